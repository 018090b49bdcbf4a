"""A toll told of another weapon, named as a new act at a place of its own, is another act's, not a
part of the toll told before (geo.extract.other_weapons); one told of the act already named ("the
strikes"), or of no kind of act, is still read as a part.  Sentences of our own (EN and FR)."""

import pytest

from geo.extract.other_weapons import another_weapon
from tests.geo.reported_events import reported_events


def _acts(events):
    return sorted((e.part or e.place.name, e.fatalities) for e in events)


@pytest.mark.parametrize(("trigger", "other", "expected"), [
    ("barrel bomb", "air strikes", True),
    ("shelling", "barrel bombs", True),
    ("air strikes", "warplanes", False),  # one kind of act, two words
    ("explosion", "air strikes", False),  # a word of no kind
    ("baril d'explosifs", "frappes aériennes", True),
])
def test_two_words_name_two_kinds_of_act(trigger, other, expected):
    assert another_weapon(trigger, other) is expected


#: per language: an act's toll in a city, then a quarter's dead told of another weapon (two acts), of
#: the strikes told (a part of them)
_TEXTS = {
    "en": ("On Thursday air strikes hit Aleppo, killing 10 people. ",
           "In the Sukkari district a barrel bomb killed three children.",
           "In the Sukkari district the strikes killed three children."),
    "fr": ("Jeudi, des frappes aériennes ont touché Alep, tuant dix personnes. ",
           "Dans le quartier de Sukkari, un baril d'explosifs a tué trois enfants.",
           "Dans le quartier de Sukkari, les frappes ont tué trois enfants."),
}


@pytest.mark.parametrize("lang", sorted(_TEXTS))
def test_a_quarters_dead_told_of_another_weapon_are_another_act(place_finder, lang):
    lead, other, _ = _TEXTS[lang]
    events = reported_events(place_finder, lead + other, lang)
    assert _acts(events) == [("Aleppo", 10), ("Sukkari", 3)]
    assert {e.date_start.isoformat() for e in events} == {"2016-09-22"}


@pytest.mark.parametrize("lang", sorted(_TEXTS))
def test_a_quarters_dead_told_of_the_strikes_told_are_a_part(place_finder, lang):
    lead, _, same = _TEXTS[lang]
    (event,) = reported_events(place_finder, lead + same, lang)
    assert event.fatalities == 10



@pytest.mark.parametrize(("text", "lang"), [
    ("Rebels kill 7 in Aleppo assault. At least seven people died in rebel shelling of Aleppo on Friday.", "en"),
    ("Les rebelles tuent 7 personnes lors d'un assaut à Alep. Au moins sept personnes sont mortes vendredi "
     "dans des bombardements rebelles sur Alep.", "fr"),
])
def test_one_toll_told_at_one_place_on_one_day_is_one_act_whatever_its_kinds(place_finder, text, lang):
    (event,) = reported_events(place_finder, text, lang)
    assert (event.place.name, event.fatalities, len(event.spans)) == ("Aleppo", 7, 2)
