"""An undated news sentence counting the dead of an act at a place of its own is reported on the
day of publication (geo.extract.same_day), on sentences of our own in English and French."""

from datetime import date

import pytest

from geo.extract.confidence import band
from tests.geo.reported_events import text_events

PUBLISHED = date(2019, 3, 16)


@pytest.mark.parametrize(("text", "lang"), [
    ("Eight civilians including three children were killed when regime warplanes struck the town of Manbij.", "en"),
    ("Huit civils, dont trois enfants, ont été tués par des frappes aériennes sur la ville de Manbij.", "fr"),
])
def test_an_undated_toll_at_its_own_place_is_news_of_the_publication_day(place_finder, text, lang):
    events = text_events(place_finder, text, lang, PUBLISHED)
    assert [(e.date_start, e.place and e.place.name, e.fatalities, e.reported, e.date_source) for e in events] == [
        (PUBLISHED, "Manbij", 8, True, "publication")]
    assert band(events[0].confidence) != "high"


@pytest.mark.parametrize(("text", "lang"), [
    ("Regime warplanes struck the town of Manbij.", "en"),  # no toll: may be commentary
    ("Eight civilians were killed in air strikes, the monitor said.", "en"),  # no place of its own
    ("Des frappes aériennes ont visé la ville de Manbij.", "fr"),
])
def test_an_undated_act_without_toll_or_place_is_still_no_event(place_finder, text, lang):
    assert text_events(place_finder, text, lang, PUBLISHED) == []

