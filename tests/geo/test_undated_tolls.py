"""An undated toll at a place of its own, told in the headline or the body's first sentence of an
article that reports no other act, is an act of the article's day (geo.extract.events,
geo.extract.toll_only).  Sentences of our own, in English and French."""

import pytest

from tests.geo.reported_events import PUBLISHED, reported_events


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Kurdish units push north of the river\n\nAt least 30 fighters were killed in Saraqib."),
    ("fr", "Les unités kurdes progressent au nord du fleuve\n\nAu moins 30 combattants ont été tués à Saraqeb."),
])
def test_an_undated_toll_at_a_place_of_its_own_is_an_act_of_the_day(place_finder, lang, text):
    events = reported_events(place_finder, text, lang)
    assert [(e.place.admin1, e.date_start, e.fatalities) for e in events] == [("Idlib Governorate", PUBLISHED, 30)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Warplanes struck Saraqib on Friday.\n\nAt least 30 fighters were killed in Daraa."),
    ("fr", "Des avions ont bombardé Saraqeb vendredi.\n\nAu moins 30 combattants ont été tués à Deraa."),
])
def test_an_undated_toll_beside_a_reported_act_is_no_act_of_its_own(place_finder, lang, text):
    events = reported_events(place_finder, text, lang)
    assert [e.place.admin1 for e in events] == ["Idlib Governorate"]


def test_an_undated_toll_further_down_or_only_in_a_country_is_no_act(place_finder):
    down = ("Kurdish units push north of the river\n\nTheir commanders spoke to reporters. Aid groups called "
            "for calm. At least 30 fighters were killed in Saraqib.")
    country = "Kurdish units push north of the river\n\nAt least 30 fighters were killed in Lebanon."
    assert reported_events(place_finder, down, "en") == reported_events(place_finder, country, "en") == []
