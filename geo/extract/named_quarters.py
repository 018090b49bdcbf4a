"""A neighbourhood named after a province or a country abroad is no event place.

Cities have quarters named like a first-level area of another country ("Salah Eddin
neighbourhood in Aleppo city": Iraq's Salah ad Din governorate is its namesake).  Where the
article calls a name a neighbourhood or a quarter of a place ("X neighbourhood in Y", "the X
quarter of Y", "the neighbourhood of X in Y", "le quartier (de) X à Y") in another country than the area the gazetteer reads the name
as (a first-level area or a country), every mention of that name read as that area is left out of
the event places: the act is in a city quarter, placed from its sentence's city or its context,
never at a province's centre abroad.  "The Homs neighbourhood of al-Waer" (one country) stays.

Nor is a name the article calls a neighbourhood or a quarter ("X neighbourhood", "the (southern)
neighbourhood of X", "le quartier (de) X"), or a district when read as a small place, read as a place farther than :data:`QUARTER_KM` from
the city it is a quarter of, and no larger: a quarter's namesake elsewhere ("the neighbourhood of
Midan" in Damascus is no Al Mayādīn, "al-Sulaymaniyah neighbourhood" in Aleppo no Iraqi city).  Its
city is the place the text puts around it ("in Y", "of Y"), else the nearest place named before it
(after it, when none is), a country never; an area as city holds the places inside it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.extract.places import PlaceMention
from geo.features import is_notable
from geo.models import AREA_PRECISIONS, Place, haversine_km

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
#: how far from its city a quarter may lie
QUARTER_KM = 25.0
#: a name called a neighbourhood: "X neighbourhood" (one, and not "of" another: "Aleppo
#: neighbourhoods", "the Homs neighbourhood of al-Waer" are the city's), "the (southern)
#: neighbourhood of X", "le quartier (de) X"
_CALLED_QUARTER_AFTER_RE = re.compile(r"\s+(?i:neighbou?rhood|quarter)\b(?!\s+of\b)")
#: ... or a district, when the gazetteer reads the name as a small place ("the Al Mallah district"; a
#: notable town's district is the town's: "the Manbij district")
_CALLED_DISTRICT_AFTER_RE = re.compile(r"\s+(?i:district)\b(?!\s+of\b)")
_CALLED_QUARTER_BEFORE_RE = re.compile(
    r"\b(?i:the|le)\s+(?:[a-z][\w-]*\s+){0,2}(?i:neighbou?rhood|quarter|quartier)\s+(?i:of\s+|de\s+|d['’]\s*)?$")


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
    quarters |= _far_quarters(text, [m for m in named if m.place.precision != "country"])
    if not quarters:
        return list(mentions)
    return [m for m in mentions if (m.text.casefold(), m.place.ref) not in quarters]


def _far_quarters(text: str, named: Sequence[PlaceMention]) -> set[tuple[str, str]]:
    """The (name, place) of the mentions ``text`` calls a quarter, read as a place far from their
    city and no larger than it (``named``: the mentions by start, no country)."""
    far = set()
    for i, m in enumerate(named):
        before = _CALLED_QUARTER_BEFORE_RE.search(text, max(0, m.start - 50), m.start)
        if not (before or _CALLED_QUARTER_AFTER_RE.match(text, m.end) or (
                _CALLED_DISTRICT_AFTER_RE.match(text, m.end) and not is_notable(m.place.feature, m.place.population,
                                                                                 m.place.source))):
            continue
        following = named[i + 1] if i + 1 < len(named) else None
        if following is not None and (_QUARTER_OF_RE.fullmatch(text, m.end, following.start)
                                      or (before and _AROUND_RE.fullmatch(text, m.end, following.start))):
            city = following
        else:
            others = [o for o in named if o.text.casefold() != m.text.casefold()]
            city = next((o for o in reversed(others) if o.start < m.start), None) or next(iter(others), None)
        if city is not None and m.place.population <= city.place.population and not _inside(m.place, city.place):
            far.add((m.text.casefold(), m.place.ref))
    return far


def _inside(place: Place, city: Place) -> bool:
    if city.precision in AREA_PRECISIONS:
        return place.country_code == city.country_code and place.admin1 == city.admin1
    return haversine_km(place.point, city.point) <= QUARTER_KM
