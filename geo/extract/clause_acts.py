"""Two acts told in one sentence, each at a place of its own (or the second, of another type, at the
first's town told again: "…, tandis que l'aviation bombardait un hôpital de la ville"; of the same
type when it says it is another: "…, while a second blast hit a checkpoint at the city's entrance"),
the second opened by a contrast, "et" / "and" after a comma or a semicolon: "L'armée a bombardé
Homs, tandis que des combats opposaient soldats et rebelles à Hama", "…, et des combats ont fait
trois morts à Hama", "… Homs ; à Hama, des combats …", "Warplanes struck Saraqib, while clashes
raged in Hama", "…, and clashes raged in Hama".

ACLED codes one event per act, place and day; read as one sentence, the second act was no event
(the sentence's event took its first place).  Such a sentence is read as two, split where the
second clause opens, when each clause tells an act (:func:`geo.extract.event_types.type_sentence`)
and names a place inside a country that is no reference point ("au nord d'Alep"), the second
clause an act of violence or a protest (not a truce kept: "tandis qu'une trêve était respectée à
X"); the second clause keeps the first's day when it tells none (the next sentence's rule in
:mod:`geo.extract.events`).  Two clauses that each name a day, not the same, tell two acts whatever
places they name ("On Tuesday, militants shelled the town, …, and on Wednesday rebels attacked a
checkpoint on its edge": ACLED's one act is of one day), and so does a relative clause of place
with a day of its own, read with the place it follows ("… advanced towards the town of B, where
fighting continued on Tuesday": the fighting at B on Tuesday; "…, where 12 were killed on Tuesday"
after an act of that day tells no other), or one of an act of another type ("Des frappes ont tué six
civils à Idleb, où des centaines de personnes ont ensuite manifesté": a protest at Idleb).  A clause that tells a background ("alors que le conflit a fait
100 000 morts en Syrie") names no such place and splits nothing.

Acts are also listed clause by clause with commas, the last after "and" / "et": "Warplanes bombed
A, a car bomb went off in B and rebels shelled C", "des raids ont visé A, des obus sont tombés sur
B et des combats ont eu lieu à C".  A listed clause opens at a bare comma, or at the bare "and" /
"et" after one, when up to the next comma it tells an act at a place of its own and has a subject
of its own, read from spaCy's parse (made only then, once per sentence: only sentences with two
places and two acts get that far): no apposition ("A, a town rebels took"), participle ("…,
killing five in B"), relative or subordinate clause ("…, where clashes raged in B", "…, after
rebels attacked B").  A list of places under one act ("airstrikes hit A, B and C") has no clause
of its own after its commas and is an event per place elsewhere (:mod:`geo.extract.place_lists`);
tolls told place by place with the verb left out ("five killed in A, three in B") are shared out
by :mod:`geo.extract.place_tolls`.  Ground taken is an act here too ("les forces ont repris A,
l'aviation a bombardé B": :func:`geo.extract.territory.territory_typing`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import Any

from geo.extract import nlp
from geo.extract.dates import find_dates
from geo.extract.event_types import Typing, type_sentence
from geo.extract.further_acts import named_another
from geo.extract.inserted_adverbs import without_inserted_adverbs
from geo.extract.paragraph_context import BACKDROP_RE
from geo.extract.places import PlaceMention
from geo.extract.sentences import Sentence
from geo.extract.territory import territory_typing
from geo.taxonomy import STRATEGIC

__all__ = ["clause_sentences", "second_clause"]

#: the conjunction opening a second clause of contrast or of the same time, after a comma
_CONJUNCTION = r"(?:(?:tandis|alors|pendant)\s+qu(?:e|['’])|(?:while|whereas)(?![\w-]))"
#: where a second clause opens: after the comma before such a conjunction or before "et" and a
#: clause of its own ("…, et des combats ont fait trois morts à Hama"), or at a semicolon; or, a
#: clause of a list (``listed``), at a bare comma ("Warplanes bombed A, a car bomb went off in B")
#: or at the "and"/"et" that closes such a list ("… in B and rebels shelled C")
_OPENING_RE = re.compile(rf",\s+(?={_CONJUNCTION}|(?-i:et|and)\s)|(?=;)|,\s+(?P<relative>(?=(?-i:where|où)\s))|"
                         r"(?P<listed>(?=,\s)|\s+(?=(?-i:et|and)\s))", re.I)
_CLAUSE_RE = re.compile(rf"{_CONJUNCTION}|[;,]|(?-i:et|and)\s", re.I)
#: a listed clause: up to the next comma or semicolon, past its opening comma
_LISTED_CLAUSE_RE = re.compile(r",?\s*[^,;]*")
#: the parse's subjects; what a clause's verb hangs from when it is no clause of the sentence's own
#: ("a town rebels took", "où des combats …"); what a clause's verb is when it heads one
_SUBJECTS = frozenset("nsubj nsubjpass nsubj:pass expl".split())
_DEPENDENT = frozenset("relcl acl acl:relcl".split())
_CLAUSE_HEADS = frozenset("ROOT conj ccomp advcl parataxis dep".split())
#: words that make a clause a relative one, a place's or a time's ("…, where clashes raged", "…, où …")
_RELATIVE_WORDS = frozenset("where when which who whom whose où qui que qu' qu’ dont lequel laquelle lesquels".split())
#: the kinds of date that name a day of their own (not "the same day")
_DAY_KINDS = frozenset({"absolute", "relative", "weekday", "anaphoric"})
#: words without which a clause names no day (cheap to look for before reading its dates)
_DAY_CUE_RE = re.compile(r"day|\d|yesterday|night|morning|evening|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|veille|lendemain", re.I)
#: the first clause's town told again in a second one of contrast ("…, tandis que l'aviation
#: bombardait un hôpital de la ville", "…, while jets struck the town"): its place, for an act of another type
_SAME_TOWN_RE = re.compile(r"(?<![\w-])(?:la\s+(?:ville|localité)|the\s+(?:city|town))(?![\w-])", re.I)


def _act(clause: str) -> Typing | None:
    """The act a clause tells, ground taken included ("les forces ont repris X"), read as a sentence
    is, without its inserted adverbs ("ont ensuite manifesté": geo.extract.inserted_adverbs)."""
    clause = without_inserted_adverbs(clause)
    return territory_typing(clause, type_sentence(clause))


def _places(m: PlaceMention) -> bool:
    return m.method != "demonym" and not m.reference and m.place.precision != "country"


def _own_subject(doc: Any, start: int, end: int) -> bool:
    """Whether the parsed sentence ``doc`` has, between characters ``start`` and ``end``, a verb
    of a clause of its own (no relative or subordinate one: "a town rebels took", "after rebels
    attacked B") and that verb's subject: one the parse reads, or, before a verb hung from outside,
    a noun it read as conjoined to a word before ("A and rebels shelled C": rebels and A), never
    a verb opening the clause ("killing five", "and killed five")."""
    inside = [t for t in doc if start <= t.idx < end and not t.is_punct]
    if not inside or inside[0].lower_ in _RELATIVE_WORDS:
        return False
    for t in inside:
        verb = t.head if t.dep_ in _SUBJECTS and start <= t.head.idx < end else t
        if ((verb.dep_ in _DEPENDENT and start <= verb.head.idx < end)  # ("a town rebels took")
                or any(c.dep_ == "mark" or c.lower_ in _RELATIVE_WORDS for c in verb.children)):
            continue
        if verb is not t:
            return True
        if (t.dep_ in _CLAUSE_HEADS and not start <= t.head.idx < end
                and any(w.i < t.i and w.dep_ == "conj" and w.head.idx < start for w in inside)):
            return True
    return False


class _Parse:
    """The sentence's parse, made only when a listed clause needs it (and only once)."""

    def __init__(self, sentence: Sentence, lang: str) -> None:
        self.sentence, self.lang, self.doc, self.done = sentence, lang, None, False

    def own_subject(self, start: int, end: int) -> bool:
        """:func:`_own_subject` between offsets ``start`` and ``end`` of the text."""
        if not self.done:
            pipe = nlp.parser(self.lang)
            self.doc, self.done = (pipe(self.sentence.text) if pipe is not None else None), True
        base = self.sentence.start
        return self.doc is not None and _own_subject(self.doc, start - base, end - base)


def _listed_clause(sentence: Sentence, at: int, said: Sequence[PlaceMention], parse: _Parse) -> bool:
    """Whether a clause of a list opens at ``at`` (an offset in the sentence): up to the next
    comma, it tells an act (not a truce), names a place, and has a subject of its own."""
    clause = _LISTED_CLAUSE_RE.match(sentence.text, at)
    start, end = sentence.start + at, sentence.start + clause.end()
    typing = _act(clause.group(0))
    return (typing is not None and typing.event_type != STRATEGIC
            and any(_places(m) and start <= m.start and m.end <= end for m in said)
            and parse.own_subject(start, end))


def _split(sentence: Sentence, said: Sequence[PlaceMention], parse: _Parse, listing: bool = False) -> list[Sentence]:
    for opening in _OPENING_RE.finditer(sentence.text):
        comma, cut = sentence.start + opening.start(), sentence.start + opening.end()
        listed = opening.group("listed") is not None
        if listed and opening.start() != opening.end() and not listing:
            continue  # a bare "and" closes a list of clauses only
        if opening.group("relative") is not None:
            parts = _relative_split(sentence, opening, said, parse.lang)
            if parts is not None:
                return [parts[0], *_split(parts[1], said, parse)]
            continue
        placed = any(_places(m) and m.start >= cut for m in said)
        same_town = not (placed or listed) and _SAME_TOWN_RE.search(sentence.text, opening.end()) is not None
        first, second = sentence.text[:opening.start()], sentence.text[opening.end():]
        other_day = None  # whether each clause tells its own day (read only when needed)
        if not (any(_places(m) and m.end <= comma for m in said) and (placed or same_town)):
            # (the places first: typing a clause costs more) ... unless each clause tells its own day
            other_day = not listed and _other_days(first, second, parse.lang)
            if not other_day:
                continue
        typing, told = _act(second), _act(first)
        if (typing is not None and typing.event_type != STRATEGIC and told is not None
                and not (same_town and typing.event_type == told.event_type
                         and not named_another(second, typing.trigger)
                         and not (other_day if other_day is not None else _other_days(first, second, parse.lang)))
                and (not listed or _listed_clause(sentence, opening.end(), said, parse))):
            return [Sentence(sentence.start, comma, first, sentence.paragraph),
                    *_split(Sentence(cut, sentence.end, second, sentence.paragraph), said, parse, listed)]
    return [sentence]


def _days_told(clause: str, lang: str) -> set[str]:
    """The days a clause names (their words: "tuesday", "the next day")."""
    return {d.text.lower() for d in find_dates(clause, lang, None) if d.precision == "day" and d.kind in _DAY_KINDS}


def _other_days(first: str, second: str, lang: str) -> bool:
    """Whether two clauses each name a day, not the same ("On Tuesday, … shelled the town, and on
    Wednesday rebels attacked …"): two acts, even at one place or at none named."""
    if not _DAY_CUE_RE.search(second) or not _DAY_CUE_RE.search(first):
        return False
    days, told = _days_told(second, lang), _days_told(first, lang)
    return bool(days) and bool(told) and not days & told


def _relative_split(sentence: Sentence, opening: re.Match[str], said: Sequence[PlaceMention],
                    lang: str) -> tuple[Sentence, Sentence] | None:
    """A relative clause of place that tells an act of its own day, or of another type, at the place
    it follows ("… captured A on Sunday and pushed on to B, where fierce fighting erupted on Monday",
    "… à Idleb, où des centaines de personnes ont ensuite manifesté"): the sentence up to the comma,
    and that place with the clause (the act at B, on Monday)."""
    comma = sentence.start + opening.start()
    at = next((m for m in reversed(said) if _places(m) and m.end <= comma), None)
    if at is None or sentence.text[at.end - sentence.start:opening.start()].strip():
        return None
    first, second = sentence.text[:opening.start()], sentence.text[opening.end():]
    typing, told = _act(second), _act(first)
    # (an act of another type, not a backdrop in the pluperfect: "…, où des combats avaient eu lieu")
    other_kind = (typing is not None and told is not None and told.event_type != typing.event_type
                  and BACKDROP_RE.search(second) is None)
    if typing is None or typing.event_type == STRATEGIC or not (other_kind or _other_days(first, second, lang)):
        return None
    return (Sentence(sentence.start, comma, first, sentence.paragraph),
            Sentence(at.start, sentence.end, sentence.text[at.start - sentence.start:], sentence.paragraph))


def clause_sentences(sentences: Sequence[Sentence], mentions: Sequence[PlaceMention],
                     starts: Sequence[int], lang: str) -> list[Sentence]:
    """``sentences`` with each that tells two acts at two places split in two (see the module);
    ``mentions`` sorted by start, ``starts`` their starts."""
    out: list[Sentence] = []
    for s in sentences:
        out.extend(_split(s, mentions[bisect_left(starts, s.start):bisect_left(starts, s.end)], _Parse(s, lang)))
    return out


def second_clause(text: str) -> bool:
    """Whether a sentence is the second clause :func:`clause_sentences` split off: another act,
    never more of the one told just before."""
    return _CLAUSE_RE.match(text) is not None
