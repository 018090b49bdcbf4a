"""Names NER reads as a person or an organisation where an act's place stands: right after "in",
"at", "near", "à", "dans" ("In Sarmin, an air strike killed two children"), after an attack and
its "on" ("air strikes on Saraqeb", "raids against Sarmin"), after a noun of settlement ("the
towns of X"), and every name joined to one of these by "and", "et", "or" or a comma ("air strikes
on Saraqeb and Sarmin", "in Taftanaz, Sarmin and Binnish").

Such a name is tried as any place of that name (a village of no recorded population too), as a
tentative span kept only in a country the rest of the document names
(:meth:`geo.extract.place_spans.SpanFinder._struck_village`); elsewhere a person or an
organisation is a place only when a notable place has its name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from geo.extract.settlements import settlement_named

__all__ = ["STRUCK_BEFORE_RE", "act_place_entities"]

#: what an attack hits is a place ("warplanes bombed X", "ont pilonné X")
STRUCK_BEFORE_RE = re.compile(
    r"\b(?:bombed|bombing|shelled|shelling|struck|pounded|pounding|targeted|targeting|attacked|attacking|"
    r"captured|capturing|seized|stormed|besieged|overran|recaptured|bombardé|pilonné|attaqué|pris|repris)\s+$",
    re.I)

#: what stands just before an act's place: a locative, or an attack and its "on"
_ACT_PLACE_BEFORE_RE = re.compile(
    r"(?:\b(?:in|at|near|outside|à|dans|près\s+de)\s+(?:[\w]+-(?:held|controlled|besieged)\s+)?"
    r"|\b(?:strikes?|airstrikes?|raids?|attacks?|assaults?|offensive|shelling|bombardments?|bombings?|"
    r"frappes?|bombardements?|attaques?|offensives?)\s+(?:on|against|upon|of|sur|contre)\s+|\bhit\s+)$", re.I)
#: what joins a name to the one before it in a list of places ("A and B", "A, B et C")
_JOINED_RE = re.compile(r"\s*(?:,\s*(?:(?:and|et|or|ou)\s+)?|\s(?:and|et|or|ou)\s+)")
#: how far before a name its locative or attack is looked for
_WINDOW = 40


def act_place_entities(text: str, ents: Iterable[Any]) -> set[tuple[int, int]]:
    """The ``(start, end)`` of the entities (any label) standing where an act's place stands, or
    joined to one that does (see the module)."""
    found: set[tuple[int, int]] = set()
    last_end = -1  # the end of the last entity found, to which a list joins the next
    for ent in ents:
        start, end = ent.start_char, ent.end_char
        before = text[max(0, start - _WINDOW):start]
        joined = last_end >= 0 and _JOINED_RE.fullmatch(text, last_end, start) is not None
        if not text[start:end].isupper() and (
                joined or _ACT_PLACE_BEFORE_RE.search(before) or STRUCK_BEFORE_RE.search(before)
                or settlement_named(text, start)):
            found.add((start, end))
            last_end = end
    return found
