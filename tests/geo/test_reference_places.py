"""An event whose sentence names its place only as a reference point (a village the gazetteer
lacks, "12 km west of Hama") is placed at that reference, marked as inferred, before any place
of its context (geo.extract.reference_places)."""

from datetime import date

import pytest

from geo.extract.confidence import INFERRED_SOURCES
from geo.extract.events import extract_events

TEXTS = {
    "en": ("Syria: clashes continue.\n\nWarplanes bombed the village of Tell Zawiyeh Kabir, 12 km west of "
           "Hama, on Monday, killing five civilians."),
    "fr": ("Syrie : les combats continuent.\n\nLundi, l'aviation a bombardé le village de Tell Zawiyeh "
           "Kabir, à 12 km à l'ouest de Hama, tuant cinq civils."),
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_event_at_an_unknown_village_is_placed_at_the_sentences_reference_point(place_finder, lang):
    text = TEXTS[lang]
    mentions = place_finder.find(text, lang)
    hama = next(m.place for m in mentions if m.text == "Hama")
    (event,) = extract_events(text, lang, date(2016, 5, 4), mentions)
    assert event.place == hama
    assert event.place_source == "reference" and event.place_source in INFERRED_SOURCES
