"""A place told by its distance and direction from another: "à 30 km au nord-ouest d'Alep",
"20 km south of Damascus".

When an act is placed only by such a reference point (the place it names is one the gazetteer
does not know, or none: "l'aéroport militaire de X, à 30 km au nord-ouest d'Alep"), the point
that distance away in that direction is nearer the act than the reference itself, which lies
the whole told distance from it.  A direction without a distance ("east of Homs") moves
nothing, but for a village the gazetteer lacks (:mod:`geo.extract.unlisted_places`: "le village
de X, au sud de Saraqeb"), which moves a nominal distance into that town's countryside.  The
point keeps the reference's country and first-level area (the distances told are a few tens of
kilometres) and is named as the text tells it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from geo.extract.compass import BEARINGS
from geo.extract.places import PlaceMention
from geo.models import AREA_PRECISIONS, Place, destination

#: kilometres in a unit of distance the press uses
KM_PER_UNIT = {"km": 1.0, "kilomet": 1.0, "kilomèt": 1.0, "mile": 1.609344}
#: a told offset farther than this is no estimate of where the act lies
MAX_OFFSET_KM = 150.0

_DIRECTION_EN = r"(?P<en>(?:north|south)[\s-]?(?:east|west)|north|south|east|west)"
_DIRECTION_FR = r"(?P<fr>(?:nord|sud)-(?:est|ouest)|nord|sud|est|ouest)"
_UNIT = r"(?P<unit>km|kilomet(?:er|re)s?|kilomètres?|miles?)"
#: "north of (the town of)", "au nord de (la ville de)", "à l'est d'" right before the reference
#: a direction from a reference right before it: "north of (the town of)", "au nord de (la ville de)", "à l'est d'"
DIRECTION_OF = (rf"(?:(?:to\s+the\s+)?{_DIRECTION_EN}\s+of\s+(?:the\s+(?:city|town|village)\s+of\s+)?"
                 rf"|(?:au\s+|à\s+l['’]\s*){_DIRECTION_FR}\s+(?:de\s+(?:la\s+ville\s+)?(?:de\s+|d['’]\s*)?|d['’]\s*))$")
_OFFSET_BEFORE_RE = re.compile(rf"(?P<n>\d{{1,3}}(?:[.,]\d)?)\s*{_UNIT}\s+{DIRECTION_OF}", re.I)
#: a direction told without a distance ("X, au nord d'Alep"): a place of that town's countryside
_DIRECTION_BEFORE_RE = re.compile(rf"(?<![\w-]){DIRECTION_OF}", re.I)
#: how far from the reference a direction without a distance puts the act: the near countryside
#: a town's "north" names (nearer than the reference itself for a village up to some 35 km out)
NOMINAL_OFFSET_KM = 10.0


def offset_place(text: str, reference: PlaceMention | None, *, nominal: bool = False) -> Place | None:
    """The point the text places ``N km <direction> of`` the reference mention, or None when no
    distance and direction are told right before it (or there is no reference); ``nominal``: a
    direction alone ("au sud de Saraqeb") moves :data:`NOMINAL_OFFSET_KM` (a place the gazetteer
    lacks told so: :mod:`geo.extract.unlisted_places`)."""
    if reference is None:
        return None
    m = _OFFSET_BEFORE_RE.search(text, max(0, reference.start - 80), reference.start)
    if m is None:
        m = _DIRECTION_BEFORE_RE.search(text, max(0, reference.start - 40), reference.start) if nominal else None
        if m is None or reference.place.precision in AREA_PRECISIONS:
            return None
    direction = (m.group("en") or m.group("fr")).lower().replace(" ", "").replace("-", "")
    bearing = BEARINGS.get(direction, BEARINGS.get(_french(direction)))
    if "unit" in m.re.groupindex:
        unit = next(v for k, v in KM_PER_UNIT.items() if m.group("unit").lower().startswith(k))
        km = float(m.group("n").replace(",", ".")) * unit
    else:
        km = NOMINAL_OFFSET_KM
    if bearing is None or not 0 < km <= MAX_OFFSET_KM:
        return None
    lat, lon = destination(reference.place.point, km, bearing)
    place = reference.place
    return replace(place, name=text[m.start():reference.end], lat=lat, lon=lon, precision="point",
                   feature="PPL", geonameid=None, population=0, source=f"offset:{place.ref}:{km:g}:{bearing:g}")


def _french(direction: str) -> str:
    """A French compound direction written without its hyphen ("nordouest") with it back."""
    for first in ("nord", "sud"):
        if direction.startswith(first) and direction != first:
            return f"{first}-{direction[len(first):]}"
    return direction


__all__ = ["BEARINGS", "DIRECTION_OF", "offset_place"]
