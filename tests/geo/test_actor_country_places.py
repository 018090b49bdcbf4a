"""A country or a capital named for who acted or who reported is no place of the act
(geo.extract.event_places): the nationality of a force or of its strikes ("US airstrikes",
"Russias Aerospace Forces"), an agency's dateline ("MOSCOW (Sputnik)", "Moscow AFP"), an
organisation's long name ("Islamic State in Iraq and the Levant").  A name a country's stripped possessive qualifies is a place, however
NER labels it ("Syrias Quneitra", "Syrias Raqqa Local reports").  Sentences of our own."""

import pytest

from tests.geo.reported_events import reported_events


def places_of(events):
    return [(e.place.name, e.place.country_code) for e in events if e.place is not None]


#: a headline that names the place; the act's sentence names a country or capital that is none
HEADLINE = "Fighting in the city of Raqqa goes on. "


@pytest.mark.parametrize("text", [
    "At least 45 people were killed on Thursday in US airstrikes.",
    "At least 45 people were killed on Thursday in the US latest airstrike.",
    "Moscow AFP Ten militants were killed on Thursday in fighting.",
])
def test_a_country_or_capital_that_acted_or_reported_is_no_event_place(place_finder, text):
    events = reported_events(place_finder, HEADLINE + text, "en")
    assert places_of(events) == [("Ar Raqqah", "SY")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On Thursday at least 33 members of the Islamic State in Iraq and the Levant were killed "
           "in fighting in Syria."),
    ("fr", "Jeudi, au moins 33 membres de l'État islamique en Irak et au Levant ont été tués dans des "
           "combats en Syrie."),
    # an armed group's name holding "al-Cham" / "al-Sham", a name of Damascus
    ("fr", "Jeudi, un commandant du Front Fateh al-Cham a été tué dans un raid aérien en Syrie."),
    ("fr", "Jeudi, des combattants d'Ahrar al-Cham ont été tués dans des combats en Syrie."),
    ("en", "On Thursday a commander of Jabhat Fateh al-Sham was killed in an air strike in Syria."),
])
def test_an_organisations_long_name_is_no_event_place(told_events):
    events = told_events
    assert places_of(events) == [("Syria", "SY")]


@pytest.mark.parametrize(("text", "where"), [
    ("Three fighters were killed on Thursday in Syrias Quneitra when a drone struck their position.",
     "SY"),
    ("At least 45 killed on Thursday in airstrike in Syrias Raqqa Local reports.", "SY"),
])
def test_a_name_a_countrys_stripped_possessive_qualifies_is_a_place(place_finder, text, where):
    events = reported_events(place_finder, text, "en")
    assert events and events[0].place is not None
    assert events[0].place.country_code == where and events[0].place_precision != "country"


def test_a_country_where_the_act_was_stays_its_place(place_finder):
    events = reported_events(place_finder, "On Thursday air strikes killed 20 fighters in Syria.", "en")
    assert places_of(events) == [("Syria", "SY")]
