"""Two acts told in one sentence, each at a place of its own, the second opened by a contrast,
"et" / "and" after a comma or a semicolon: "L'armée a bombardé Homs, tandis que des combats opposaient
soldats et rebelles à Hama", "…, et des combats ont fait trois morts à Hama", "… Homs ; à Hama,
des combats …", "Warplanes struck Saraqib, while clashes raged in Hama", "…, and clashes raged in Hama".

ACLED codes one event per act, place and day; read as one sentence, the second act was no event
(the sentence's event took its first place).  Such a sentence is read as two, split where the
second clause opens, when each clause tells an act (:func:`geo.extract.event_types.type_sentence`)
and names a place inside a country that is no reference point ("au nord d'Alep"), the second
clause an act of violence or a protest (not a truce kept: "tandis qu'une trêve était respectée à
X"); the second clause keeps the first's day when it tells none (the next sentence's rule in
:mod:`geo.extract.events`).  A clause that tells a background ("alors que le conflit a fait
100 000 morts en Syrie") names no such place and splits nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from geo.extract.event_types import type_sentence
from geo.extract.places import PlaceMention
from geo.extract.sentences import Sentence
from geo.taxonomy import STRATEGIC

__all__ = ["clause_sentences", "second_clause"]

#: the conjunction opening a second clause of contrast or of the same time, after a comma
_CONJUNCTION = r"(?:(?:tandis|alors|pendant)\s+qu(?:e|['’])|(?:while|whereas)(?![\w-]))"
#: where a second clause opens: after the comma before such a conjunction or before "et" and a
#: clause of its own ("…, et des combats ont fait trois morts à Hama"), or at a semicolon
_OPENING_RE = re.compile(rf",\s+(?={_CONJUNCTION}|(?-i:et|and)\s)|(?=;)", re.I)
_CLAUSE_RE = re.compile(rf"{_CONJUNCTION}|;|(?-i:et|and)\s", re.I)


def _places(m: PlaceMention) -> bool:
    return m.method != "demonym" and not m.reference and m.place.precision != "country"


def _split(sentence: Sentence, said: Sequence[PlaceMention]) -> list[Sentence]:
    for opening in _OPENING_RE.finditer(sentence.text):
        comma, cut = sentence.start + opening.start(), sentence.start + opening.end()
        if not (any(_places(m) and m.end <= comma for m in said) and any(_places(m) and m.start >= cut for m in said)):
            continue  # (the places first: typing a clause costs more)
        first, second = sentence.text[:opening.start()], sentence.text[opening.end():]
        typing = type_sentence(second)
        if typing is not None and typing.event_type != STRATEGIC and type_sentence(first) is not None:
            return [Sentence(sentence.start, comma, first, sentence.paragraph),
                    *_split(Sentence(cut, sentence.end, second, sentence.paragraph), said)]
    return [sentence]


def clause_sentences(sentences: Sequence[Sentence], mentions: Sequence[PlaceMention],
                     starts: Sequence[int]) -> list[Sentence]:
    """``sentences`` with each that tells two acts at two places split in two (see the module);
    ``mentions`` sorted by start, ``starts`` their starts."""
    out: list[Sentence] = []
    for s in sentences:
        out.extend(_split(s, mentions[bisect_left(starts, s.start):bisect_left(starts, s.end)]))
    return out


def second_clause(text: str) -> bool:
    """Whether a sentence is the second clause :func:`clause_sentences` split off: another act,
    never more of the one told just before."""
    return _CLAUSE_RE.match(text) is not None
