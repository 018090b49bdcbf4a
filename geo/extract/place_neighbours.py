"""Reading place names by the names next to them: a list reads like most of its names, a name
qualified by the area or country after it lies inside it, and a spelling variant the sentence
places in a city, area or country it is not in is dropped (used by
:meth:`geo.extract.places.PlaceFinder.find`)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from geo.features import AREA_FEATURES, COUNTRY_FEATURES
from geo.models import Place, haversine_km

if TYPE_CHECKING:
    from geo.extract.place_spans import _Span
    from geo.extract.places import PlaceMention

#: a country (or a dependency), not a continent
_COUNTRIES = COUNTRY_FEATURES - {"CONT"}

#: what separates the names of a list ("Alberta, Manitoba, Ontario and New Brunswick")
_LIST_GAP_RE = re.compile(r"\s*(?:,|;|&|/)?\s*(?:(?:and|or|et|ou)\s+)?"
                          r"(?:(?:en|au|aux|à|dans|le|la|les)\s+|l['’]\s*)?", re.I)
#: a part of an area or country, as a qualifier names it ("in northern", "dans le nord-est du")
_PART_OF = (r"(?:(?:in\s+(?:the\s+)?)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|central)\s+"
            r"|(?:(?:dans|à)\s+(?:le|l['’])\s*|au\s+)?(?:extrême-)?(?:nord|sud|est|ouest|centre)(?:-(?:est|ouest))?"
            r"\s+(?:du\s+|de\s+la\s+|de\s+l['’]\s*|de\s+|d['’]\s*))")
#: what separates a name from the area or country that qualifies it: "Stroud, Ontario, Canada",
#: "Tripoli, in northern Lebanon", "Tripoli, au Liban", "Tripoli (nord du Liban)", "Tal Hamis,
#: dans la province de Hassaké"
_QUALIFIER_GAP_RE = re.compile(
    rf"\s*,\s*(?:{_PART_OF}|(?:in|en|au|aux|à)\s+(?:the\s+)?|dans\s+(?:la|le|l['’])\s*"
    r"(?:(?:province|gouvernorat|région)\s+(?:de\s+|d['’]\s*))?|in\s+(?:the\s+)?province\s+of\s+)?"
    rf"|\s+\((?:{_PART_OF})?", re.I)


def _kind(place: Place) -> str:
    return "country" if place.feature in _COUNTRIES else place.feature if place.feature in (
        "ADM1", "CONT") else "place"


def _inside(place: Place, area: Place) -> bool:
    """Whether ``place`` lies in ``area`` (a country or a first-level area), by their codes."""
    if place.country_code != area.country_code or not place.country_code:
        return False
    if area.feature in _COUNTRIES:
        return place.feature not in COUNTRY_FEATURES
    if area.feature == "ADM1":
        return place.feature not in AREA_FEATURES and bool(place.admin1) and place.admin1 == area.admin1
    return False


#: how far after a spelling variant the place that contains it may be named ("X district of Y")
_CONTAINER_WINDOW = 60
#: how far from the city the text puts it in a spelling variant may lie
CONTAINER_KM = 50.0


#: what puts a place inside, or right by, the place named next: "the X neighbourhood of east Y",
#: "X district in Y city", "X a town near Y" (a scraped apposition), "the Old City of Y", "X northeast of Y", "Mare city Y", "le quartier
#: X à Y", "X au nord d'Y"
_CONTAINED_GAP_RE = re.compile(
    r"\s+(?:(?:(?:a|an|the|un|une|le|la)\s+)?(?:neighbou?rhoods?|districts?|quarters?|areas?|suburbs?|camp|village|town|city|"
    r"quartiers?|localité|ville)\s+)?"
    r"(?:(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+)?"
    r"(?:of|in|on|near|outside|inside|à|dans|près\s+d['’e]\s*|de|d['’])\s*(?:the\s+)?|"
    r"(?:au|à\s+l['’])\s*(?:nord|sud|est|ouest)(?:-(?:est|ouest))?\s+(?:de\s+|d['’]\s*))?"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|(?:city|town|province)\s+of\s+)?",
    re.I)


#: how many times more people the place that contains a town abroad must hold for the town to be
#: read as its namesake ("the Ferdous neighbourhood of east Aleppo"; not "from Aleppo in Gaziantep")
NAMESAKE_RATIO = 10


def within_named_areas(text: str, mentions: list[PlaceMention], inexact: set[int],
                       candidates: dict[int, list[Place]] | None = None) -> list[PlaceMention]:
    """The mentions less the spelling variants (``inexact``: their starts) read as a place
    outside the city, first-level area or country the same sentence places them in just after
    ("Al Qousour district of Deir ez-Zor city" is no spelling of a town 300 km away); and a
    town abroad the text puts inside, or by, a larger place of another country ("the Ferdous
    neighbourhood of east Aleppo", "the Old City of Homs", "the village of X northeast of
    Aleppo") is a namesake: the place of that name in that country among its ``candidates``
    (start -> ranked places), else no place."""
    out = []
    for k, m in enumerate(mentions):
        if m.start in inexact:
            if not _outside(m.place, _container(text, mentions, k, inexact)):
                out.append(m)
            continue
        home = _home_of_namesake(text, mentions, k)
        if home is None:
            out.append(m)
            continue
        # the namesake lies in the place that holds it, not anywhere in its country ("al-Hamidiya
        # neighbourhood in Deir Ezzor city" is no village of that name 200 km away)
        local = next((p for p in (candidates or {}).get(m.start, ())
                      if p.country_code == home.country_code and not _outside(p, home)), None)
        if local is not None:
            out.append(replace(m, place=local))
    return out


def _home_of_namesake(text: str, mentions: Sequence[PlaceMention], k: int) -> Place | None:
    """The much larger place (:data:`NAMESAKE_RATIO`) named right after mention ``k`` as
    containing it or beside it, when it is in another country than ``k``; None otherwise."""
    m = mentions[k]
    if _kind(m.place) != "place" or m.method == "demonym" or m.place.feature.startswith(("PPLA", "PPLG")):
        return None
    q = next((q for q in mentions[k + 1:] if q.method != "demonym"), None)
    if q is None or not q.place.country_code or q.place.country_code == m.place.country_code:
        return None
    if not (_CONTAINED_GAP_RE.fullmatch(text, m.end, q.start)
            or _SETTLEMENT_APPOSITION_RE.fullmatch(text, m.end, q.start)):  # "X, a town near Y"
        return None
    larger = _kind(q.place) != "place" or q.place.population >= NAMESAKE_RATIO * max(m.place.population, 1)
    return q.place if larger else None


#: an apposition that calls a name a settlement of, in or near the place named next: "X, un
#: quartier de l'est de Y", "X, une localité stratégique de la province de Y", "X, a district of
#: eastern Y", "X, a village near Y"
_SETTLEMENT_APPOSITION_RE = re.compile(
    r"\s*,\s*(?:un|une|le|la|l['’]|a|an|the)\s*(?:[\w-]+\s+){0,2}?"
    r"(?:quartiers?|localités?|villages?|villes?|bourgades?|faubourgs?|banlieues?|districts?|secteurs?|"
    r"neighbou?rhoods?|suburbs?|towns?|city|areas?)"
    r"(?:\s+[\w'’-]+){0,5}?\s+(?:de|d['’]|du|des|à|dans|près\s+de|of|in|near|outside)\s*"
    r"(?:(?:la|le|l['’]|the)\s*)?(?:[\w-]+\s+){0,3}?(?:de\s+|d['’]\s*|of\s+)?", re.I)


def _container(text: str, mentions: Sequence[PlaceMention], k: int, inexact: set[int]) -> Place | None:
    """The first exactly named place after mention ``k`` in its sentence, within a short gap, or
    named by an apposition that calls ``k`` a settlement of it (:data:`_SETTLEMENT_APPOSITION_RE`)."""
    for q in mentions[k + 1:]:
        gap = text[mentions[k].end:q.start]
        if (q.start not in inexact and q.method != "demonym" and len(gap) <= 2 * _CONTAINER_WINDOW
                and _SETTLEMENT_APPOSITION_RE.fullmatch(gap)):
            return q.place
        # one phrase: "X district of Y", "X à Y"; not past a comma or a dash ("X, une ville
        # stratégique – rattachée au Kurdistan d'Irak")
        if len(gap) > _CONTAINER_WINDOW or re.search(r"[.!?;,:()–—]|\s-\s", gap):
            return None
        if q.start not in inexact and q.method != "demonym" and not q.reference:
            return q.place
    return None


def _outside(place: Place, area: Place | None) -> bool:
    if area is None:
        return False
    if area.feature in _COUNTRIES:
        return place.country_code != area.country_code
    if area.feature == "ADM1":
        return not _inside(place, area)
    return haversine_km(place.point, area.point) > CONTAINER_KM


def read_with_neighbours(text: str, spans: Sequence[_Span], ranked: list[list[Place]],
                          strong: Sequence[bool]) -> None:
    """Re-order candidates (in place) by the names next to each mention.

    - A name qualified by the area or country after it ("Stroud, Ontario, Canada", "Blakely,
      Georgia") is the reading inside a reading of that area; the area takes that reading too.
      Two names of the same kind in a row are a list, not a qualifier ("Russia, U.S. officials").
    - A name in a list of three or more whose other names are (mostly) first-level areas of one
      country, or countries, is read as one of them too ("British Columbia, Alberta, Manitoba,
      Ontario and New Brunswick": the provinces, though the document is about the US)."""
    order = sorted(range(len(spans)), key=lambda k: spans[k].start)
    # lists: runs of names joined by commas and conjunctions
    groups: list[list[int]] = []
    for k in order:
        if groups and _LIST_GAP_RE.fullmatch(text[spans[groups[-1][-1]].end:spans[k].start]):
            groups[-1].append(k)
        else:
            groups.append([k])
    for group in groups:
        if len(group) < 3:
            continue
        readings = {k: ranked[k][0] for k in group}
        for k in group:
            kinds = Counter((_kind(readings[o]), readings[o].country_code if _kind(readings[o]) == "ADM1" else "")
                            for o in group if o != k and strong[o])
            if not kinds:
                continue
            (kind, cc), n = kinds.most_common(1)[0]
            if n < 2 or n * 2 < len(group) - 1 or kind == "place" or _kind(readings[k]) == kind:
                continue
            same = [p for p in ranked[k] if _kind(p) == kind and (not cc or p.country_code == cc)]
            if same:
                ranked[k] = [same[0]] + [p for p in ranked[k] if p is not same[0]]
    # qualifiers, from the last name of a chain back: the area's own reading settles first
    for pos in range(len(order) - 2, -1, -1):
        k = order[pos]
        for hop in (1, 2):  # "Guildford, Surrey, UK": the country two names on qualifies it too
            if pos + hop >= len(order):
                break
            q = order[pos + hop]
            gap = text[spans[order[pos + hop - 1]].end:spans[q].start]
            if not _QUALIFIER_GAP_RE.fullmatch(gap):
                break
            if _kind(ranked[k][0]) == _kind(ranked[q][0]):
                continue  # two countries or two areas in a row are a list ("Niger, Nigeria and Togo")
            pairs = [(a, b) for b in ranked[q][:5] if _kind(b) in ("country", "ADM1")
                     for a in ranked[k] if _inside(a, b)]
            if pairs:
                a, b = max(pairs, key=lambda pair: pair[0].score + pair[1].score)
                ranked[k] = [a] + [p for p in ranked[k] if p is not a]
                ranked[q] = [b] + [p for p in ranked[q] if p is not b]
                break


