"""A toll shared out between places: one act per place, each with its own dead.

Agencies sum up a day's killings and then share the toll out: "six civils ont été tués, un à
Homs, un à Hama, un près de Damas et trois à Idleb"; "Une personne est morte à A, deux autres
ont perdu la vie à B"; "two people died in A and three in B".  ACLED codes one event per place,
each with the dead of that place, not one event with the total.

A place has a share when the clause just before it (after the previous place, and after the
last comma or semicolon before it) counts dead: a toll of its own ("deux autres ont perdu la vie
à") or a bare number before the place's preposition ("un à", "et trois à", "three in").  A
sentence distributes its toll when at least two of its event places have a share, each a
separate place named once, none a country.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.extract.numbers import NUMBER, YEARS, find_fatalities, parse_number
from geo.extract.places import PlaceMention

__all__ = ["distributed_tolls"]

#: a bare count before a place's preposition: "un à", "et trois à", "and three in", "2 others in"
_BARE_COUNT_RE = re.compile(
    rf"^\s*(?:(?:and|et)\s+)?(?:(?:at least|au moins)\s+)?(?P<n>{NUMBER})\s+"
    r"(?:(?:autres?|others?|more|de plus)\s+)?"
    r"(?:à|a|au|aux|dans|près\s+de|près\s+d['’]|en|in|at|near|on|outside|inside)\s*"
    r"(?:(?:la|le|les|l['’]|the)\s*)?$",
    re.I,
)
_CLAUSE_BREAK_RE = re.compile(r"[,;:(]")


def _share(clause: str, lang: str) -> int | None:
    """The dead a clause ending right before a place counts for that place, or ``None``."""
    m = _BARE_COUNT_RE.match(clause)
    if m is not None:
        n = parse_number(m.group("n"), lang)
        if n is not None and not (n in YEARS and re.fullmatch(r"\d{4}", m.group("n").strip())):
            return n
        return None
    tolls = [f for f in find_fatalities(clause, lang) if f.count > 0]
    return tolls[-1].count if tolls else None


def distributed_tolls(text: str, sentence_start: int, places: Sequence[PlaceMention],
                      lang: str) -> list[tuple[PlaceMention, int]]:
    """(place, its dead) for each event place of a sentence that has a share of its toll, in text
    order, when at least two have one; else ``[]``.  ``places``: the sentence's event places
    (any order); ``sentence_start``: the offset in ``text`` where the sentence starts."""
    ordered = sorted(places, key=lambda m: m.start)
    shares: list[tuple[PlaceMention, int]] = []
    previous_end = sentence_start
    for m in ordered:
        if m.start < previous_end:
            continue
        segment = text[previous_end:m.start]
        breaks = list(_CLAUSE_BREAK_RE.finditer(segment))
        clause = segment[breaks[-1].end():] if breaks else segment
        n = _share(clause, lang)
        if n is not None:
            shares.append((m, n))
        previous_end = m.end
    # a toll is shared out between separate places, each named once ("18 dead in Syria … 18 dead
    # as an air raid hits Syria" retells one toll)
    names = [m.place.name for m, _n in shares]
    if len(shares) < 2 or len(set(names)) < len(names) or any(m.place.precision == "country" for m, _n in shares):
        return []
    return shares
