"""A "bomb attack" is a planted bomb's explosion (Remote explosive/landmine/IED, as French "attentat
à la bombe"), not a battle; a bomb dropped ("cluster bomb", "barrel bomb") or a suicide bomber keeps
its own kind; and told so, a bomb attack's later toll joins its first telling (geo.extract.retellings).
Sentences of our own, in English and French."""

import pytest

from geo.extract.event_types import type_sentence

IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")


@pytest.mark.parametrize("text", [
    "A bomb attack on a bus convoy outside Aleppo killed 40 people on Thursday.",
    "The death toll from the bomb attack on the market has risen to 52, the monitor said.",
    "Two bomb-attacks hit checkpoints in Qamishli.",
    "L'attentat à la bombe contre le convoi a tué 40 personnes jeudi.",
])
def test_a_bomb_attack_is_an_explosive_device(text):
    t = type_sentence(text)
    assert (t.event_type, t.sub_event_type) == IED


@pytest.mark.parametrize(("text", "sub"), [
    ("A suicide bomb attack killed 12 soldiers at a checkpoint.", "Suicide bomb"),
    ("A barrel bomb attack killed five people in Daraya.", "Air/drone strike"),
])
def test_a_bomb_of_its_own_kind_keeps_it(text, sub):
    assert type_sentence(text).sub_event_type == sub


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A bomb attack hit a bus convoy outside Aleppo on Thursday, killing 40 people, rescuers said. "
           "The death toll from the bomb attack on the convoy has reached at least 55, the monitor said on Friday."),
])
def test_a_bomb_attacks_risen_toll_is_its_own(told_events, lang, text):
    assert [(e.place.name, e.fatalities) for e in told_events] == [("Aleppo", 55)]
