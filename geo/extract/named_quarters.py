"""A neighbourhood named like a place elsewhere is no event place.

Cities have quarters named like a first-level area of another country ("Salah Eddin
neighbourhood in Aleppo city": Iraq's Salah ad Din governorate is its namesake), like a town of
another governorate ("al-Midan", a quarter of Aleppo or Damascus, read as Al Mayadin on the
Euphrates) or like a village abroad.  Where the article calls a name a neighbourhood, quarter or
district of a place ("X neighbourhood in Y", "the X quarter of Y", "the neighbourhood of X in Y",
"le quartier (de) X à Y"), alone or in a list ("A, B and X neighbourhoods (and the C) in Y", "the
neighbourhoods of A, B and X in Y", "A and X areas in Y", "les quartiers de A et de X à Y"), and
the gazetteer reads the name as a place that is not in Y — a first-level area or a country of
another country, or, when Y is a town or city, any place farther from it than one place's reach
(:func:`geo.events.near`) — every mention of that name read as that place is left out of the event
places: the act is in a city quarter, placed in its sentence's city as a part
(:mod:`geo.extract.listed_parts`, :mod:`geo.extract.unlisted_places`) or from its context, never at
a namesake's point far away.  "The Homs neighbourhood of al-Waer" (the city named first) stays,
and so does a quarter the gazetteer reads inside its city.

Nor is a name the article calls a neighbourhood or a quarter ("X neighbourhood", "the (southern)
neighbourhood of X", "le quartier (de) X"), or a district when read as a small place, read as a
place farther than one place's reach (:func:`geo.events.near`) from the city it is a quarter of,
and no larger: a quarter's namesake elsewhere ("the neighbourhood of Midan" in Damascus is no Al
Mayādīn, "al-Sulaymaniyah neighbourhood" in Aleppo no Iraqi city).  Its city is the place the text
puts around it ("in Y", "of Y"), else the nearest place named before it (after it, when none is),
a country never; an area as city holds the places inside it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.events import near
from geo.extract.listed_parts import LIST_SEP, LIST_TAIL, NAME_LIST
from geo.extract.places import PlaceMention
from geo.features import is_notable
from geo.models import AREA_PRECISIONS, Place

__all__ = ["without_named_quarters"]

_QUARTER = r"(?i:neighbou?rhoods?|quarters?|quartiers?|districts?|areas)"
#: what puts a place around a quarter: "in (the city of) Y", "of eastern Y", "à Y", "dans la ville de Y"
_OF = (r"\s*(?:in|of|à|de|d['’]|dans)\s*(?:the\s+|la\s+)?"
       r"(?:(?:city|town|ville)\s+(?:of|de|d['’])\s*|(?:north|south|east|west)(?:ern)?\s+)?")
#: between a name and the place it is a quarter of: "X neighbourhood in Y", "X quarter of Y",
#: "X, B and C neighbourhoods (and the D) in Y"
_QUARTER_OF_RE = re.compile(rf"{LIST_TAIL}\s+{_QUARTER}(?:\s+(?i:and|et)\s+(?:the\s+)?{NAME_LIST})?\s+(?i:{_OF})")
#: a quarter named before its name: "the neighbourhood of X (in Y)", "le quartier (de) X (à Y)",
#: "the neighbourhoods of A, B and X", "les quartiers de A, de X"
_QUARTER_BEFORE_RE = re.compile(rf"\b{_QUARTER}\s+(?i:of\s+|de\s+|d['’]\s*)?(?:{NAME_LIST}{LIST_SEP})?$")
_AROUND_RE = re.compile(rf"{LIST_TAIL}(?i:{_OF})")
#: the most mentions a list of quarters may hold between a name and the place it is set in
_LIST_MENTIONS = 4
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
    quarter of a place that the gazetteer's reading of the name does not lie in (module
    docstring)."""
    named = sorted((m for m in mentions if m.method != "demonym"), key=lambda m: m.start)
    quarters = set()
    for i, m in enumerate(named):
        for q in named[i + 1:i + 1 + _LIST_MENTIONS]:
            if _a_quarter_of(text, m, q) and _elsewhere(m, q):
                quarters.add((m.text.casefold(), m.place.ref))
                break
    quarters |= _far_quarters(text, [m for m in named if m.place.precision != "country"])
    if not quarters:
        return list(mentions)
    return [m for m in mentions if (m.text.casefold(), m.place.ref) not in quarters]


def _a_quarter_of(text: str, m: PlaceMention, q: PlaceMention) -> bool:
    """Whether the text calls ``m``'s name a neighbourhood or quarter of ``q``'s place."""
    return bool(_QUARTER_OF_RE.fullmatch(text, m.end, q.start)
                or (_QUARTER_BEFORE_RE.search(text, max(0, m.start - 80), m.start)
                    and _AROUND_RE.fullmatch(text, m.end, q.start)))


def _elsewhere(m: PlaceMention, q: PlaceMention) -> bool:
    """Whether the gazetteer reads ``m`` (called a quarter of ``q``) as a place that is not in
    ``q``: a first-level area or a country of another country, or, for a quarter of a town or city,
    any place farther from it than one place's reach (:func:`geo.events.near`)."""
    if not q.place.country_code:
        return False
    if m.place.precision in AREA_PRECISIONS:
        return q.place.country_code != m.place.country_code
    return q.place.precision not in AREA_PRECISIONS and not near(m.place, q.place)


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
    return near(place, city)
