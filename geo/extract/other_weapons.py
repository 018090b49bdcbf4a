"""A toll told of another weapon is another act's, not a part of the toll told before: "Airstrikes
hit Aleppo killing 10.  In the Sukkari district a barrel bomb killed 3", "Des frappes aériennes
ont tué dix personnes à Alep.  Dans le quartier de X, un baril d'explosifs a tué trois civils".

A smaller count told after an act's toll is read as a part of it ("At least 22 were killed … 16
in Douma": :class:`geo.extract.tallies.Tally`).  What tells a separate act instead is a count of
dead of its own told with a *different kind of act* — a word of another rule of the lexicon
(:data:`geo.extract.event_types.RULES`: a barrel bomb after air strikes, a mortar after a car
bomb), the only kind its sentence names ("airstrikes and shelling killed 40" sums over kinds),
named as a new act (no definite article, demonstrative or possessive before it: "the barrel
bombs", "ces frappes" point back to an act told) — at a place its sentence names.  A word that
says no kind of act ("the attack", "an explosion", a bare "struck" typed by its attacker) tells
no other weapon.  Such a sentence does not continue the event before it; told at a place the
gazetteer lacks (its ``part``), it is not joined back into that event as a retelling either
(:mod:`geo.extract.retellings`).  A whole told over an area still keeps only what its parts
leave (:mod:`geo.extract.area_tolls`).

Measured on the held-out halves, joining apart two such tellings at places the gazetteer knows
("seven died in shelling of X" … "three died in barrel bombs dropped on the city") cost one
FA-KES toll, and is not done.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from geo.extract.confidence import INFERRED_SOURCES
from geo.extract.event_types import GENERIC_RANK, RULES, Rule
from geo.extract.further_acts import named_another, tells_a_further_act

__all__ = ["OWN_KIND_RANK", "another_weapon", "named_as_new", "new_act", "one_kind", "other_means_act", "other_weapon_act", "other_weapon_tolls", "own_kind", "rule_of", "tells_another_act"]

#: a definite article, demonstrative or possessive and at most one word right before an act's
#: word: the act told already ("the barrel bombs", "their strikes", "ces frappes aériennes")
_POINTS_BACK_RE = re.compile(
    r"(?<![\w-])(?:the|this|these|those|its|their|such|le|la|les|l['’]|ce|cet|cette|ces|leurs?|ses|sa|son)"
    r"\s*(?:[\w-]+\s+)?$", re.I)


@cache
def rule_of(trigger: str) -> Rule | None:
    """The lexicon rule that names ``trigger`` as a kind of act (None: a word of no kind)."""
    return next((rule for rule in RULES if rule.rank != GENERIC_RANK and rule.pattern.fullmatch(trigger)), None)


def one_kind(sentence: str) -> bool:
    """Whether a sentence names acts of one kind only ("airstrikes and shelling killed 40": a sum
    over kinds, no one act's); a word of no kind of its own (:data:`OWN_KIND_RANK`: "were also killed
    by") is none ("Three civilians were also killed by regime shelling": one kind)."""
    return sum(1 for rule in RULES if rule.rank <= OWN_KIND_RANK and rule.sub_event_type is not None
               and rule.pattern.search(sentence)) <= 1


#: the last rank of the lexicon (:data:`geo.extract.event_types.RULES`) whose words name a kind of act
#: of its own, told apart from an act of another type: strikes, shelling, bombs, executions,
#: captures, clashes (not sieges, massacres, killings told without their kind, arrests, truces)
OWN_KIND_RANK = 12


def own_kind(trigger: str) -> Rule | None:
    """The lexicon's rule of an act's word that names a kind of act of its own (up to
    :data:`OWN_KIND_RANK`), or None."""
    rule = rule_of(trigger.strip())
    return rule if rule is not None and rule.rank <= OWN_KIND_RANK else None


def new_act(sentence: str, trigger: str) -> bool:
    """Whether ``sentence`` names its act, ``trigger``, by a word of a kind of its own, as a new act
    (no word pointing back to an act told, before it or opening it: "les frappes"), and names no
    other kind."""
    return (own_kind(trigger) is not None and named_as_new(sentence, trigger)
            and _POINTS_BACK_RE.search(trigger.split(" ", 1)[0] + " ") is None and one_kind(sentence))


def another_weapon(trigger: str, other: str) -> bool:
    """Whether two acts' words name two different kinds of act, each of its own rule."""
    rule, rule_other = rule_of(trigger.strip()), rule_of(other.strip())
    return rule is not None and rule_other is not None and rule is not rule_other


#: an arm French names with its article whatever it does ("l'aviation a bombardé X", "l'artillerie a
#: pilonné Y"): the article points back to no act told
_ARM_RE = re.compile(r"(?:aviation|artillerie)\b", re.I)


def named_as_new(sentence: str, trigger: str) -> bool:
    """Whether the act's word first stands without a word pointing back to an act told (the arm
    that acts, :data:`_ARM_RE`, is no act's word)."""
    at = sentence.lower().find(trigger.lower())
    return at >= 0 and (_ARM_RE.match(trigger) is not None or _POINTS_BACK_RE.search(sentence[max(0, at - 30):at]) is None)


def other_weapon_tolls(sentence: str, trigger: str, fatalities: Sequence, last_trigger: str, placed: bool) -> bool:
    """Whether ``sentence`` (its act's word ``trigger``, its tolls ``fatalities``), right after an
    act told by ``last_trigger``, tells the dead of another act: its own count, another kind of
    act named as new, at a place it names (``placed``)."""
    return (placed and any(f.count > 0 and not f.total and not f.additional for f in fatalities)
            and another_weapon(trigger, last_trigger) and named_as_new(sentence, trigger) and one_kind(sentence))


def other_weapon_act(a, b) -> bool:
    """Whether ``b``, told after ``a`` in one article, is another act: both count their own dead,
    not the same number, and ``b``'s sentence names another kind of act as new, the only kind it
    names, at a place the gazetteer lacks that it names (its ``part``: "In the Sukkari district a
    barrel bomb killed 3")."""
    return (b.part is not None and bool(a.fatalities and b.fatalities) and a.fatalities != b.fatalities
            and bool(b.spans) and another_weapon(b.trigger, a.trigger)
            and named_as_new(b.spans[0].sentence, b.trigger) and one_kind(b.spans[0].sentence))


#: kinds of act by their means: a bomb planted or carried to its target, and fire from afar or from the
#: air; a telling of one is no retelling of an act of the other (a headline's "blast" says no kind)
_MEANS = ({"Remote explosive/landmine/IED", "Suicide bomb"}, {"Air/drone strike", "Shelling/artillery/missile attack"})


def other_means_act(a, b) -> bool:
    """Whether ``b``, told after ``a`` in one article, is another act: each names its act by a word of
    a kind of its own, the only kind its sentence names, one a planted or carried bomb and the other
    fire from afar or from the air (:data:`_MEANS`), each counts its own dead, not the same number,
    at a place its own sentence says ("Air strikes killed five in X on Tuesday" and "A car bomb
    exploded in X on Tuesday, killing three")."""
    if not (a.fatalities and b.fatalities and a.fatalities != b.fatalities and b.spans):
        return False
    groups = [next((i for i, kinds in enumerate(_MEANS) if e.sub_event_type in kinds), None) for e in (a, b)]
    told = next((sp.sentence for sp in a.spans if a.trigger and a.trigger.lower() in sp.sentence.lower()), None)
    return (None not in groups and groups[0] != groups[1] and told is not None
            and own_kind(a.trigger) is not None and own_kind(b.trigger) is not None
            and a.place_source not in INFERRED_SOURCES and b.place_source not in INFERRED_SOURCES
            and one_kind(told) and one_kind(b.spans[0].sentence))


def tells_another_act(sentence: str, trigger: str, fatalities: Sequence, last_trigger: str, placed: bool) -> bool:
    """Whether a sentence that would continue the act told by ``last_trigger`` tells another: a
    further act and no dead (:func:`geo.extract.further_acts.tells_a_further_act`), or the dead of
    another weapon (:func:`other_weapon_tolls`)."""
    return ((not any(f.count > 0 for f in fatalities) and tells_a_further_act(sentence, trigger))
            or named_another(sentence, trigger) or other_weapon_tolls(sentence, trigger, fatalities, last_trigger, placed))
