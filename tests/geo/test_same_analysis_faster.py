"""The shortcuts of the analysis give what the plain rules give (EN and FR): the event-type rules
tried as one pattern first (geo.extract.event_types), the background cues' opening word boundary
tested once (geo.extract.background)."""

from __future__ import annotations

import re

import pytest

from geo.extract import background
from geo.extract.event_types import RULES, type_sentence

SENTENCES = [
    # a less specific trigger told before a more specific one: the more specific one types it
    "Clashes broke out in the town after an air strike hit the market on Tuesday.",
    "Des combats ont éclaté après une frappe aérienne sur le marché mardi.",
    "Protesters gathered on Friday after the shelling of the old city.",
    "Des manifestants se sont rassemblés vendredi après le bombardement du quartier.",
    "Since the war began in 2011, more than 300,000 people have been killed across the country.",
    "Depuis le début de la guerre en 2011, le conflit a fait plus de 300 000 morts.",
    "It was the deadliest attack since the war began, two years after a similar massacre.",
    "« Depuis mars, les raids se multiplient », a déclaré le porte-parole il y a deux ans.",
    "The army said it retook the village on Monday, the anniversary of its fall.",
    "No trigger here: the minister spoke about the economy.",
]


def _first_rule_by_rule(sentence: str) -> tuple[str | None, str] | None:
    for rule in RULES:  # most specific first, each searched alone
        m = rule.pattern.search(sentence)
        if m:
            return rule.sub_event_type, m.group(0)
    return None


@pytest.mark.parametrize("sentence", SENTENCES)
def test_rules_at_once_type_as_rule_by_rule(sentence):
    typing = type_sentence(sentence)
    expected = _first_rule_by_rule(sentence)
    if expected is None:
        assert typing is None or typing.how == "actor"
    else:
        assert (typing.sub_event_type, typing.trigger) == expected or typing.event_type == "Protests"


def test_the_more_specific_trigger_told_later_wins():
    assert type_sentence(SENTENCES[0]).sub_event_type == "Air/drone strike"
    assert type_sentence(SENTENCES[1]).sub_event_type == "Air/drone strike"


@pytest.mark.parametrize("sentence", SENTENCES)
def test_background_cues_match_as_their_plain_alternation(sentence):
    plain = re.compile("|".join((*background._CUES_EN, *background._CUES_FR)), re.I)
    assert ([(m.span(), m.group(0)) for m in background.BACKGROUND_CUE_RE.finditer(sentence)]
            == [(m.span(), m.group(0)) for m in plain.finditer(sentence)])


def test_a_cue_with_an_alternative_of_its_own_keeps_its_boundary_to_itself():
    union = re.compile(background._union((r"\bwar\b", r"\bsince|ago", r"\bsiege\b")), re.I)
    assert union.search("a year ago") is not None and union.search("imago") is not None
    assert union.search("besieged") is None
