"""Where a text itself says a name is a settlement: "the village of X", "la localité de X", or
puts it inside a better-known place: "X in Idlib", "X near Aleppo", "X, Homs" (the gazetteer's X
must lie in that place's first-level area: :meth:`geo.extract.place_spans.SpanFinder._placed_inside`).

A name so introduced may be a small place (a village of no recorded population, a
neighbourhood), which the gazetteer scan otherwise ignores, since people, organisations and
common words share names with small places.
"""

from __future__ import annotations

import re

#: a noun of settlement and its "of" just before a name ("the town of", "le village d'")
SETTLEMENT_BEFORE_RE = re.compile(
    r"\b(?:villages?|towns?|city|hamlet|neighbou?rhoods?|suburbs?|camp|"
    r"localités?|ville|bourgade|quartiers?|hameau)\s+(?:of|de|d['’]|du)\s*(?:the\s+|la\s+|l['’]\s*)?$",
    re.I)
#: how far before a name its settlement noun may start
_WINDOW = 40
#: what may stand between a better-known place qualifying a settlement and its noun ("the Idlib
#: province town of X", "the Aleppo northern countryside village of X"): a few lower-case words
_QUALIFIER_GAP_RE = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}")


def settlement_named(text: str, start: int) -> bool:
    """Whether the name at ``text[start:]`` follows a noun of settlement and its "of"."""
    return SETTLEMENT_BEFORE_RE.search(text[max(0, start - _WINDOW):start]) is not None


def qualifies_settlement(text: str, end: int, start: int) -> bool:
    """Whether the name ending at ``end`` qualifies a settlement named at ``start`` by its noun and
    "of": "the Idlib town of X", "the Damascus suburb of X" (the name says where the settlement
    lies; the settlement is where things happen)."""
    m = SETTLEMENT_BEFORE_RE.search(text, end, start)
    return (m is not None and m.end() == start and start - end <= _WINDOW
            and _QUALIFIER_GAP_RE.fullmatch(text, end, m.start()) is not None)


#: a better-known place right after a name, said to hold it or lie by it ("X in Idlib", "X near
#: Aleppo", "X, Homs", "X dans la province d'Idleb"), also after a comma or a bracket ("X, dans la
#: province d'Idleb", "X, in northern Idlib province", "X (province d'Idleb)") and a side of it ("X,
#: dans le nord de la province d'Idleb", "X, in the south of Daraa"): the capitalised words of its name
_BY = r"(?:(?:in|near|outside|inside|à|dans|près\s+de)\s+|près\s+d['’]\s*)"
INSIDE_AFTER_RE = re.compile(
    rf"(?:,\s*{_BY}?|\s*\(\s*|\s+{_BY})"
    r"(?:(?:the|rural|eastern|western|northern|southern|north-?western|north-?eastern|south-?western|"
    r"south-?eastern|la|le|l['’])\s*){0,2}"
    r"(?:(?:nord|sud|est|ouest|centre|north|south|east|west)(?:-(?:est|ouest|east|west))?\s+"
    r"(?:de\s+la|du|de|d['’]|of\s+the|of)\s*)?"
    r"(?:(?:province|governorate|countryside|campagne|région|gouvernorat)\s+(?:of|de|d['’])\s*)?"
    r"([A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+)?)")
