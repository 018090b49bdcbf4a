"""A place whose possessive qualifies a part of an area: "Hama's northern countryside", "Idlibs
outskirts" and "Deir Ezzors countryside" in scraped copy (the apostrophe stripped).  Read whole,
such a name folds like other places' ("Hamas" like a German city's) or like none ("Idlibs"):
the name without its possessive is tried first (:mod:`geo.extract.place_spans`), when it is a
well-known place's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

#: a name whose possessive qualifies a part of an area is a place ("X's eastern suburbs", "Xs outskirts")
#: (also a quarter's name between the possessive and its noun: "Qamishli's Antariya district", "Aleppo's
#: Sheikh Saeed neighbourhood": the city is the place, the quarter a part of it)
AREA_POSSESSIVE_AFTER_RE = re.compile(
    r"(?:['’]s|['’]|s)?\s+(?:(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|rural|old)\s+)?"
    r"(?:outskirts|suburbs?|countryside|districts?|neighbou?rhoods?|province|governorate|old city|"
    r"city cent(?:re|er)|airport|airbase|(?:(?-i:[A-Z])[\w’'-]*\s+){1,3}(?:districts?|neighbou?rhoods?|quarters?)\b)\b",
    re.I)
#: up to three capitalised words before a possessive, with or without its apostrophe
_OWNER_RE = re.compile(r"(?<![\w’'-])([A-Z][\w-]*?(?:\s+[A-Z][\w-]*?){0,2})(?=(?:['’]s|['’]|s)\s)")


def area_owners(text: str, well_known: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """The spans of the names whose possessive qualifies a part of an area, without the
    possessive: the longest run of their last words that ``well_known`` accepts."""
    for m in _OWNER_RE.finditer(text):
        end = m.end(1)
        if AREA_POSSESSIVE_AFTER_RE.match(text, end) is None:
            continue
        for word in re.finditer(r"\S+", m.group(1)):
            if well_known(text[m.start(1) + word.start():end]):
                yield m.start(1) + word.start(), end
                break
