"""A country a coalition is said to fight in names the coalition ("the US-led coalition fighting IS in
Iraq and Syria", "la coalition qui combat l'EI en Irak et en Syrie"), not where the sentence's act
happened (geo.extract.group_fields); strikes of the coalition in a country are still there.
Sentences of our own, in English and French."""

import pytest

from geo.extract.event_places import event_places_of
from geo.extract.group_fields import names_a_coalitions_field
from geo.extract.sentences import split_sentences


def _places(place_finder, text: str, lang: str) -> list[str]:
    return [m.place.name for m in event_places_of(text, split_sentences(text)[0], place_finder.find(text, lang))]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The group said the rebels killed in the blast took orders from the US-led coalition fighting IS in "
           "Iraq and Syria."),
    ("en", "The attack was claimed by a faction that accuses the coalition against the jihadists in Syria of "
           "killing civilians."),
    ("fr", "Le groupe a affirmé que les rebelles tués recevaient leurs ordres de la coalition qui combat l'EI en "
           "Irak et en Syrie."),
])
def test_the_countries_a_coalition_fights_in_are_no_event_places(place_finder, lang, text):
    assert _places(place_finder, text, lang) == []


@pytest.mark.parametrize(("text", "word", "field"), [
    ("Strikes by the US-led coalition against IS in Syria killed 20 civilians.", "Syria", False),
    ("Coalition air strikes against IS positions in Syria killed 20 civilians.", "Syria", False),
    ("Des frappes de la coalition contre l'EI en Syrie ont tué 20 civils.", "Syrie", False),
    ("The US-led coalition fighting Islamic State in Syria said its jets hit a bridge.", "Syria", True),
])
def test_a_coalitions_own_acts_are_in_the_country(text, word, field):
    assert names_a_coalitions_field(text, text.index(word), 0, country=True) is field


def test_a_town_a_coalition_fights_in_is_where_it_fights():
    text = "The coalition fighting IS in Raqqa said its jets hit a bridge."
    assert not names_a_coalitions_field(text, text.index("Raqqa"), 0, country=False)
