"""A neighbourhood named after a province or a country abroad is no event place.

Cities have quarters named like a first-level area of another country ("Salah Eddin
neighbourhood in Aleppo city": Iraq's Salah ad Din governorate is its namesake).  Where the
article calls a name a neighbourhood or a quarter of a place ("X neighbourhood in Y", "the X
quarter of Y", "the neighbourhood of X in Y", "le quartier (de) X à Y") in another country than the area the gazetteer reads the name
as (a first-level area or a country), every mention of that name read as that area is left out of
the event places: the act is in a city quarter, placed from its sentence's city or its context,
never at a province's centre abroad.  "The Homs neighbourhood of al-Waer" (one country) stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.extract.places import PlaceMention
from geo.models import AREA_PRECISIONS

__all__ = ["without_named_quarters"]

_QUARTER = r"(?:neighbou?rhoods?|quarters?|quartiers?)"
#: what puts a place around a quarter: "in (the city of) Y", "of eastern Y", "à Y", "dans la ville de Y"
_OF = (r"\s*(?:in|of|à|de|d['’]|dans)\s*(?:the\s+|la\s+)?"
       r"(?:(?:city|town|ville)\s+(?:of|de|d['’])\s*|(?:north|south|east|west)(?:ern)?\s+)?")
#: between a name and the place it is a quarter of: "X neighbourhood in Y", "X quarter of Y"
_QUARTER_OF_RE = re.compile(rf"\s+{_QUARTER}\s+{_OF}", re.I)
#: a quarter named before its name: "the neighbourhood of X (in Y)", "le quartier (de) X (à Y)"
_QUARTER_BEFORE_RE = re.compile(rf"\b{_QUARTER}\s+(?:of\s+|de\s+|d['’]\s*)?$", re.I)
_AROUND_RE = re.compile(_OF, re.I)


def without_named_quarters(text: str, mentions: Sequence[PlaceMention]) -> list[PlaceMention]:
    """The mentions (sorted by start) less those of a name ``text`` calls a neighbourhood or a
    quarter of a place in another country than the first-level area or country the gazetteer
    reads the name as."""
    named = sorted((m for m in mentions if m.method != "demonym"), key=lambda m: m.start)
    quarters = set()
    for m, q in zip(named, named[1:], strict=False):
        if (m.place.precision in AREA_PRECISIONS and q.place.country_code
                and q.place.country_code != m.place.country_code
                and (_QUARTER_OF_RE.fullmatch(text, m.end, q.start)
                     or (_QUARTER_BEFORE_RE.search(text, max(0, m.start - 30), m.start)
                         and _AROUND_RE.fullmatch(text, m.end, q.start)))):
            quarters.add((m.text.casefold(), m.place.ref))
    if not quarters:
        return list(mentions)
    return [m for m in mentions if (m.text.casefold(), m.place.ref) not in quarters]
