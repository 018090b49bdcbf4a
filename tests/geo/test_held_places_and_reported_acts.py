"""A place NER takes for a person after "in rebel-held" is a place (geo.extract.place_spans); an
undated sentence after history does not take history's date, and "reported clashes at X" in
same-day reporting is an act of the day (geo.extract.events, geo.extract.same_day).  Sentences
of our own, in English and French."""

import pytest

from tests.geo.reported_events import PUBLISHED, reported_events


@pytest.mark.parametrize("text", [
    "Five civilians died on Thursday in government-held Jisr al-Shughur.",
    "At least 12 people were killed early on Thursday in rebel-held Khan Shaykhun.",
])
def test_a_place_read_as_a_person_after_a_held_locative_is_the_event_place(place_finder, text):
    events = reported_events(place_finder, text, "en")
    assert [(e.place.admin1, e.place_precision) for e in events] == [("Idlib Governorate", "point")]


def test_an_undated_act_after_history_is_not_dated_by_it(place_finder):
    text = ("Kurdish fighters killed 10 militants on Friday in Tal Abyad. "
            "The city of Deir Ezzor was the scene of fierce fighting last year before the militants were ousted from the town. "
            "The Observatory also reported clashes in Kobani.")
    events = reported_events(place_finder, text, "en")
    kobani = [e for e in events if e.place is not None and e.place.admin1 == "Aleppo Governorate"
              and e.event_type == "Battles"]
    assert [e.date_start for e in kobani] == [PUBLISHED]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Rebels shelled Hama on Friday. The UN called for calm. The Observatory also reported fierce clashes in Idlib."),
    ("fr", "Les rebelles ont bombardé Hama vendredi. L'ONU a appelé au calme. "
           "L'OSDH a aussi fait état de violents combats à Idleb."),
])
def test_a_reported_act_of_same_day_reporting_is_dated_by_the_publication(place_finder, lang, text):
    events = reported_events(place_finder, text, lang)
    assert [(e.place.admin1, e.date_start) for e in events if e.event_type == "Battles"] == [
        ("Idlib Governorate", PUBLISHED)]
