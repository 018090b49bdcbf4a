"""The dead told group by group: "killing a woman and nine children" = 10, "the raid killed 17
militants and a child" = 18, "killing a woman, two children and an elderly man" = 4, "killed three
children and their mother" = 4, "a father, a mother and a son were killed" = 3, "a woman and her
three children as well as another child were killed" = 5, "la frappe a tué une femme et un enfant" = 2.

GUIDELINES: the toll is the number killed in the act.  A toll pattern of :mod:`geo.extract.numbers`
reads the first group (the count next to "killed", or the one victim it takes as its object); the
groups listed after it, each a count or an article and its victims ("nine children", "a child",
"their mother"), joined by "and", "as well as", "along with" or commas, are more dead, added to it.  A list
told before "were killed" or after "killing" with no toll read in it is counted whole, its first
group the toll.

The groups that open a sentence and are listed up to the count a pattern read, its people the
subject of a passive "were killed" right after ("a child and two women were killed" = 3), are more
dead too (tried and dropped: any such list before the count, opening the sentence or not: held-out
FA-KES toll 121 -> 120).

Not more dead: a list whose later groups add up to the first count is its parts told in
apposition ("three civilians, two women and a man, were killed"); a group the next words say
wounded ("… and a child was injured") ends the list; a group already counted (by a pattern or as
kin: :mod:`geo.extract.kin_tolls`) is not counted twice; the dead a funeral mourns
(:mod:`geo.extract.mourned_dead`) are no act's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.extract.kin_tolls import ONE_KIN
from geo.extract.mourned_dead import mourned
from geo.extract.number_words import NUMBER, is_year, parse_number
from geo.extract.toll_words import AS_WELL_AS, AUX, DEAD, KILL_VERBS, ONE_VICTIM, OTHERS_WOUNDED
from geo.extract.victim_kinds import VICTIMS

__all__ = ["group_counts"]

#: one of the people a count's victims may be besides those a toll pattern counts by an article
#: ("killing a shepherd and six children": the shepherd, told in the list)
ONE_MORE = (r"(?:shepherd|teacher|student|pupil|medic|paramedic|rescuer|volunteer|reporter|driver|passenger|patient|"
            r"officer|guard|militant|rebel|gunman|baby|infant|relative|neighbou?r|"
            r"berger|enseignant|élève|secouriste|chauffeur|passager|officier|rebelle|infirmier|bébé|voisin)")
#: the people a group may name: the victims' words, one victim's, one of kin's and kin told in the plural
_WHO = (rf"(?:{VICTIMS}|{ONE_VICTIM}|{ONE_KIN}|{ONE_MORE}|sons|daughters|brothers|sisters|parents|grandchildren|"
        r"grandsons?|granddaughters?|adults|fils|filles|frères|sœurs|parents|petits-enfants|vieillards?|adultes)")
#: the most words (adjectives, a nation) between a group's count and its people ("an elderly man")
GROUP_WORDS = 2
#: a group: a count or an article, or a possessive (kin: "their mother", "her three children"), then its people
_GROUP = (rf"(?:(?P<n>{NUMBER})|(?P<one>an?|one|another|une?)|(?P<kin>his|her|their|ses|leurs?|sa|son)"
          rf"(?:\s+(?P<kn>{NUMBER}))?)\s+(?:(?!(?:and|et|of|de)\b)[\w'’-]+\s+){{0,{GROUP_WORDS}}}?(?P<who>{_WHO})\b")
_SEPARATOR = rf"(?:\s*,\s*(?:and\s+|et\s+)?|\s+(?:and|et|{AS_WELL_AS})\s+|\s+)"
_NEXT_RE = re.compile(rf"{_SEPARATOR}{_GROUP}", re.I)
#: the first group's people, right after the count a pattern read ("[17] militants", "[a] child")
_PEOPLE_RE = re.compile(rf"\s+(?:(?!(?:and|et|of|de)\b)[\w'’-]+\s+){{0,{GROUP_WORDS}}}?{_WHO}\b", re.I)
_FIRST_RE = re.compile(rf"(?<![\w.,-]){_GROUP}", re.I)
#: a verb of killing right before a list ("killing a shepherd and six children")
_KILLED_BEFORE_RE = re.compile(rf"{KILL_VERBS}\s+$", re.I)
#: what a list told with no count read in it cannot go without: a word of death or killing, and
#: its people (a group's people stand at most this many characters after its count's start)
_TOLD_CUE_RE = re.compile(rf"{DEAD}|{KILL_VERBS}", re.I)
_WHO_RE = re.compile(rf"(?<![\w-]){_WHO}\b", re.I)
_HEAD_CHARS = 80
#: the next words say the group wounded: "and a child was injured"
_WOUNDED_RE = re.compile(OTHERS_WOUNDED, re.I)
_DEAD_AFTER_RE = re.compile(rf"\s+{AUX}{DEAD}\b", re.I)
#: the words that say a list the parts of the count before it: "three children and a woman among them"
_PARTS_AFTER_RE = re.compile(r",?\s*(?:among them|of them|among the dead|were among|parmi eux|parmi elles|parmi les morts)\b",
                             re.I)
#: the words a count of anyone is told by: a list told after them with a comma is the count's parts
#: ("seven people, two children and five adults")
_ANYONE_RE = re.compile(r"\b(?:people|persons|civilians|victims|personnes|civils|victimes)$", re.I)

Group = tuple[int, int, int, str]  # count, start, end, text


def _count(m: re.Match[str], lang: str | None) -> Group | None:
    for name in ("n", "kn"):
        if m.group(name):
            n = parse_number(m.group(name), lang)
            if n is None or n <= 0 or is_year(n, m.group(name)):
                return None
            return n, m.start(name), m.end(name), m.group(name)
    name = "one" if m.group("one") else "who"  # (one of kin: the kin told, as geo.extract.kin_tolls counts it)
    return 1, m.start(name), m.end(name), m.group(name)


def _later_groups(sentence: str, at: int, lang: str | None) -> tuple[list[tuple[Group, int, int]], int]:
    """The groups listed from ``at`` (just past a group's people) on, up to a wounded one, each
    with where its words start and end, and where the list ends."""
    out: list[tuple[Group, int, int]] = []
    while (m := _NEXT_RE.match(sentence, at)) is not None:
        if _WOUNDED_RE.match(sentence, m.end()):
            break
        group = _count(m, lang)
        if group is None:
            break
        out.append((group, min(m.start(g) for g in ("n", "one", "kin") if m.group(g)), m.end()))
        at = m.end()
    return out, at


def _subject_groups_before(sentence: str, start: int, after: int | None, lang: str | None) -> list[tuple[Group, int, int]]:
    """The groups that open the sentence and are listed up to the count at ``start`` (its people
    end at ``after``), the subject of a passive "were killed" right after ("[A child and] two women
    were killed"), each with where its words start and end (none when no such list reaches the count)."""
    m = _FIRST_RE.match(sentence)
    if m is None or after is None or (first := _count(m, lang)) is None or not _DEAD_AFTER_RE.match(sentence, after):
        return []
    later, _end = _later_groups(sentence, m.end(), lang)
    if not any(g_start == start for _g, g_start, _e in later):
        return []
    return [(first, first[1], m.end()), *((g, a, b) for g, a, b in later if a < start)]


def _told_apart(first: int, later: Sequence[tuple[Group, int, int]]) -> bool:
    """Whether the later groups are the first count's parts told in apposition (they add up to it)."""
    return first > 1 and sum(g[0] for g, _a, _b in later) == first


def group_counts(sentence: str, counted: Sequence[tuple[int, int, int, bool]], lang: str | None = None,
                 told: bool | None = None) -> list[tuple[Group, bool]]:
    """The groups of dead ``sentence`` lists beside the counts found (``counted``: (start, end,
    count, added) of each), each with whether it is added to a toll (else it is the toll itself:
    a list before "were killed" in which no count was found); ``told``: whether the sentence has
    a word of death or killing, when the caller knows (else it is looked for)."""
    firsts = [(start, end, n) for start, end, n, added in sorted(counted) if not added and n > 0][:1]
    if firsts:
        start, end, n = firsts[0]
        people = _PEOPLE_RE.match(sentence, end)
        later, stop = _later_groups(sentence, people.end(), lang) if people is not None else ([], end)
        apposed = (people is not None and n > 1 and _ANYONE_RE.search(people.group(0))
                   and sentence[people.end():people.end() + 2].lstrip().startswith(","))
        if _told_apart(n, later) or apposed or _PARTS_AFTER_RE.match(sentence, stop):
            return []
        return [(g, True) for g, g_start, g_end in [*_subject_groups_before(sentence, start, people and people.end(), lang), *later]
                if not any(a < g_end and g_start < b for a, b, _n, _x in counted)]
    if told is None:
        told = _TOLD_CUE_RE.search(sentence) is not None
    who = None if counted or not told else _WHO_RE.search(sentence)
    if who is None:
        return []
    for m in _FIRST_RE.finditer(sentence, max(0, who.start() - _HEAD_CHARS)):
        first = _count(m, lang)
        later, end = _later_groups(sentence, m.end(), lang)
        killed = _DEAD_AFTER_RE.match(sentence, end) or _KILLED_BEFORE_RE.search(sentence, max(0, m.start() - 30), m.start())
        if first is not None and later and not _told_apart(first[0], later) and killed and not mourned(sentence, m.start()):
            return [(first, False), *((g, True) for g, _a, _b in later)]
    return []
