"""An event the sentence places only in a part of a country ("in northern Syria", "dans le nord de la
Syrie") is at the place its paragraph, lead or headline names in that part of the country
(geo.extract.country_parts, geo.extract.events); a place of the context elsewhere in the country
does not move it.  Sentences of our own, in English and French."""

import pytest

from tests.geo.reported_events import reported_events


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Car bomb hits Qamishli. On Friday a car bomb killed 22 people in a Kurdish town in northern "
           "Syria, state TV said."),
    ("fr", "Attentat à Qamichli. Vendredi, une voiture piégée a tué 22 personnes dans une ville kurde du nord "
           "de la Syrie."),
])
def test_a_part_of_a_country_takes_the_place_the_context_names_there(told_events):
    events = told_events
    assert [(e.place.name, e.place_source) for e in events] == [("Al Qāmishlī", "headline")]


def test_a_place_of_the_context_in_another_part_of_the_country_does_not(place_finder):
    text = ("Car bomb hits Qamishli. On Friday a car bomb killed 22 people in a town in southern Syria, "
            "state TV said.")
    events = reported_events(place_finder, text, "en")
    assert [(e.place.name, e.place_precision) for e in events] == [("Syria", "country")]
