"""A first-level area in brackets after a name ("X (province d'Idleb)", "X (Idlib province)") is no
gloss: it is where the name before it lies, the act's place when the gazetteer lacks that name
(geo.extract.event_places).  Sentences of our own."""

import pytest

from tests.geo.reported_events import reported_events


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Des raids ont tué jeudi trois civils dans le village de Kafr Oueid, dans le Jabal Zaouié (province "
           "d'Idleb)."),
    ("en", "Air strikes killed three civilians on Thursday in the village of Kafr Oueid in Jabal Zaouie (Idlib "
           "province)."),
])
def test_an_unlisted_village_before_a_bracketed_province_is_in_it(place_finder, lang, text):
    (event,) = reported_events(place_finder, text, lang)
    assert (event.part, event.place.admin1) == ("Kafr Oueid", "Idlib Governorate")


def test_a_known_town_before_a_bracketed_province_keeps_its_point(place_finder):
    (event,) = reported_events(place_finder, "Des raids ont tué jeudi trois civils à Saraqeb (province d'Idleb).", "fr")
    assert event.place.name == "Saraqib"
