"""Where a text itself says a name is a settlement: "the village of X", "la localité de X", or
puts it inside a better-known place: "X in Idlib", "X near Aleppo", "X, Homs" (the gazetteer's X
must lie in that place's first-level area: :meth:`geo.extract.place_spans.SpanFinder._placed_inside`),
or on a side of its country, as the French agencies place a town for readers abroad: "Khan
Cheikhoun (nord-ouest)", "Deraa (sud)", "Homs (centre)" (X must lie on that side of its
country's point, within :data:`SIDE_TOLERANCE` degrees of its bearing, or within :data:`CENTRE_KM`
of it for "centre": :func:`on_told_side`).

A name so introduced may be a small place (a village of no recorded population, a
neighbourhood), which the gazetteer scan otherwise ignores, since people, organisations and
common words share names with small places.
"""

from __future__ import annotations

import re

from geo.extract.compass import BEARINGS, bearing
from geo.models import Place, haversine_km

#: generic heads of Arabic place names, always followed by the rest of the name
NAME_HEADS = frozenset(
    "abu abou umm um om ain ayn ein aïn bab bayt beit bir deir dayr der hay hayy jabal jebel djebel jisr "
    "kafr kafar kfar kafer khan khirbet khirbat maarat maaret maarrat marj mazraat qalaat qasr ras tal tall tel "
    "tell wadi sheikh shaykh cheikh bustan bani beni tallet zawiyat hammam hamam".split()
)

#: a noun of settlement and its "of" just before a name ("the town of", "le village d'")
SETTLEMENT_BEFORE_RE = re.compile(
    r"\b(?:villages?|towns?|city|hamlet|neighbou?rhoods?|suburbs?|camp|"
    r"localités?|ville|bourgade|quartiers?|hameau)\s+(?:of|de|d['’]|du)\s*(?:the\s+|la\s+|l['’]\s*)?$",
    re.I)
#: a noun of a settlement's edge or part and its "of" just before a name: only a settlement has an
#: entrance, outskirts or a market ("at the entrance to X", "on the outskirts of X", "à la sortie de
#: X", "aux portes de X", "sur le marché de X", "dans le centre de X"); read as SETTLEMENT_BEFORE_RE is
#: by :func:`settlement_named`, not as a qualifier's noun (:func:`qualifies_settlement`)
SETTLEMENT_PART_BEFORE_RE = re.compile(
    r"\b(?:outskirts|entrance|cent(?:re|er)|markets?|"
    r"sortie|entrée|abords|portes|périphérie|environs|alentours|faubourgs?|banlieues?|lisière|centre|cœur|"
    r"marchés?)\s+(?:of|to|de|d['’]|du)\s*(?:the\s+|la\s+|l['’]\s*)?$",
    re.I)
#: how far before a name its settlement noun may start
_WINDOW = 40
#: what may stand between a better-known place qualifying a settlement and its noun ("the Idlib
#: province town of X", "the Aleppo northern countryside village of X"): a few lower-case words
_QUALIFIER_GAP_RE = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}")


def settlement_named(text: str, start: int) -> bool:
    """Whether the name at ``text[start:]`` follows a noun of settlement, or of a settlement's edge
    or part, and its "of" ("the village of X", "à la sortie de X")."""
    before = text[max(0, start - _WINDOW):start]
    return SETTLEMENT_BEFORE_RE.search(before) is not None or SETTLEMENT_PART_BEFORE_RE.search(before) is not None


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

#: how far (degrees) from a told side's bearing a place may lie, seen from its country's point
SIDE_TOLERANCE = 67.5
#: how near its country's point a place told "(centre)" lies (km)
CENTRE_KM = 150.0
#: a French compass point or "centre" in brackets right after a name
SIDE_AFTER_RE = re.compile(r"\s*\(\s*((?:nord|sud)-(?:est|ouest)|nord|sud|est|ouest|centre)\s*\)")


def on_told_side(text: str, end: int, place: Place, country: Place | None) -> bool:
    """Whether a side of the country in brackets right after the name ending at ``end`` ("(nord-ouest)")
    is the side of ``country`` (its gazetteer entry) that ``place`` lies on."""
    m = SIDE_AFTER_RE.match(text, end)
    if m is None or country is None or country.country_code != place.country_code:
        return False
    if m.group(1) == "centre":
        return haversine_km(country.point, place.point) <= CENTRE_KM
    off = abs(bearing(country.point, place.point) - BEARINGS[m.group(1)]) % 360
    return min(off, 360 - off) <= SIDE_TOLERANCE
