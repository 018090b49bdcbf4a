"""Places named as where something goes, not where it is: "after delivering aid to X", "marching
towards X", "en route vers X", and the later items of their list ("waited to continue their journey
to A, the coastal province of B or C", "leur route vers A, B ou C").  Such a place comes after any the
sentence locates the act at (:mod:`geo.extract.event_places`); "close to X" still locates.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from geo.extract.places import PlaceMention

__all__ = ["DESTINATION_WORDS", "destination", "listed_destination"]

#: words that govern where something goes, not where it is
DESTINATION_WORDS = frozenset("to towards toward vers".split())
#: "to" that locates ("close to X", "next to X")
_LOCATING_TO_RE = re.compile(r"\b(?:close|next|near|adjacent|nearby|due)\s+to\b(?:\s+\S+){0,4}\s*$", re.I)
#: between two items of a list of destinations ("to A, B or C", "to A, the coastal province of B or C", "vers
#: A, B ou C"): a comma, a conjunction, an article and up to three words of no clause nor verb, maybe "of"
_LIST_GAP_RE = re.compile(
    r"\s*,?\s*(?:(?:and|or|et|ou)\s+)?(?:(?:the|la|le|les)\s+|l['’]\s*)?"
    r"(?:(?!(?:while|as|after|when|where|who|which|that|but|tandis|alors|où|qui)\b)"
    r"(?![\w'’-]*(?:ing|ed|é|ée|és|ées)\b)[a-zà-ÿ][\w'’-]*\s+){0,3}?(?:(?:of|de|du|d['’])\s*)?", re.I)


def destination(text: str, m: PlaceMention, governing: str, sentence_start: int) -> bool:
    """Whether the place ``m``, governed by the word ``governing`` (lower case), is where something goes."""
    return governing in DESTINATION_WORDS and not _LOCATING_TO_RE.search(text, max(sentence_start, m.start - 60), m.start)


def listed_destination(text: str, first: PlaceMention, m: PlaceMention, verbs: Collection[str]) -> bool:
    """Whether ``m`` follows the destination ``first`` as a later item of its list (:data:`_LIST_GAP_RE`),
    none of the act ``verbs`` (lower case) between ("to Aleppo as shells hit Homs": Homs is hit)."""
    gap = text[first.end:m.start]
    return (_LIST_GAP_RE.fullmatch(gap) is not None
            and not any(w.lower() in verbs for w in re.findall(r"[\w'’-]+", gap)))
