"""An event whose sentence names its place only as a reference point (a village the gazetteer
lacks, "12 km west of Hama") is placed by that reference, at the distance and in the direction
told (geo.extract.offset_places), marked as inferred, before any place of its context
(geo.extract.reference_places)."""

from datetime import date

import pytest

from geo.extract.confidence import INFERRED_SOURCES
from geo.extract.events import extract_events
from geo.models import haversine_km

TEXTS = {
    "en": ("Syria: clashes continue.\n\nWarplanes bombed the village of Tell Zawiyeh Kabir, 12 km west of "
           "Hama, on Monday, killing five civilians."),
    "fr": ("Syrie : les combats continuent.\n\nLundi, l'aviation a bombardé le village de Tell Zawiyeh "
           "Kabir, à 12 km à l'ouest de Hama, tuant cinq civils."),
}


def events_and_place(place_finder, text, lang, published, name):
    """The events of ``text`` and the place its mention ``name`` was read as."""
    mentions = place_finder.find(text, lang)
    return extract_events(text, lang, published, mentions), next(m.place for m in mentions if m.text == name)


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_event_at_an_unknown_village_is_placed_at_the_sentences_reference_point(place_finder, lang):
    events, hama = events_and_place(place_finder, TEXTS[lang], lang, date(2016, 5, 4), "Hama")
    (event,) = events
    # 12 km west of Hama, the village the gazetteer lacks named before it (geo.extract.unlisted_places)
    assert event.part == "Tell Zawiyeh Kabir"
    assert haversine_km(event.place.point, hama.point) == pytest.approx(12, abs=0.5)
    assert event.place.lon < hama.lon and event.place.admin1 == hama.admin1
    assert event.place_source == "reference" and event.place_source in INFERRED_SOURCES


#: an act the sentence places only in the country and near a reference point; the paragraph names
#: a place of another act further on
IN_THE_COUNTRY = {
    "en": ("Jihadists killed 90 guards on Thursday in an attack on a gas plant east of Homs in central Syria, a "
           "monitor said. The group has seized large areas of Raqqa province in recent months."),
    "fr": ("Des jihadistes ont tué 90 gardes jeudi lors d'une attaque contre une usine de gaz à l'est de Homs, dans "
           "le centre de la Syrie, selon une ONG. Le groupe s'est emparé de larges zones de la province de Raqqa "
           "ces derniers mois."),
}


@pytest.mark.parametrize("lang", sorted(IN_THE_COUNTRY))
def test_an_act_placed_only_in_the_country_is_at_its_reference_point_there(place_finder, lang):
    events, homs = events_and_place(place_finder, IN_THE_COUNTRY[lang], lang, date(2016, 9, 23), "Homs")
    event = events[0]
    assert (event.place, event.place_source, event.fatalities) == (homs, "reference", 90)


def test_a_retellings_reference_point_beats_a_place_of_the_paragraph(place_finder):
    # the headline and the lead tell the act without a place; a retelling places it near Homs; the
    # paragraph names the city of Raqqa, as precise
    text = ("Saturday 19 July 2014 Jihadists kill 270 in gas plant battle: monitor. Jihadists killed 270 guards and "
            "workers when they seized a gas plant on Thursday in the bloodiest clash yet with the army, a monitor "
            "said on Saturday. The monitor had said on Thursday that 90 people were killed in the attack on the gas "
            "plant east of Homs in central Syria. The jihadists have held the city of Raqqa since last year.")
    mentions = place_finder.find(text, "en")
    homs = next(m.place for m in mentions if m.text == "Homs")
    event = next(e for e in extract_events(text, "en", date(2014, 7, 19), mentions) if e.fatalities == 270)
    assert (event.place, event.place_source, len(event.spans)) == (homs, "reference", 3)
