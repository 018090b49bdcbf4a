"""A part of a country named by its compass point ("in northern Syria", "in eastern Syria", "dans le
nord-est de la Syrie"), and whether a place lies in that part (north of the country's point for
"north", and so on).  An event known only as in such a part is at the place its context names in
that part (:mod:`geo.extract.events`), never at one elsewhere in the country."""

from __future__ import annotations

import re

from geo.models import Place

_POINTS = {"north": "n", "south": "s", "east": "e", "west": "w", "nord": "n", "sud": "s", "est": "e",
           "ouest": "w"}
#: the compass point right before a country's name: "northern Syria", "north-eastern Syria", "le
#: nord de la Syrie", "le nord-est du Liban"
_PART_BEFORE_RE = re.compile(
    r"\b(?:(north|south)[-\s]?(east|west)?(?:ern)?|(east|west)(?:ern)?"
    r"|(nord|sud)(?:-(est|ouest))?\s+(?:de\s+la|du|de\s+l['’]|des)|(est|ouest)\s+(?:de\s+la|du|de\s+l['’]|des))"
    r"\s*$", re.I)
#: the compass point before a country's French adjective: "le nord-ouest syrien", "l'est libanais"
_PART_BEFORE_ADJECTIVE_RE = re.compile(r"\b(?:le|l['’])\s*(?:(nord|sud)(?:-(est|ouest))?|(est|ouest))\s+$", re.I)


def part_before_adjective(text: str, start: int) -> re.Match[str] | None:
    """The compass point before the country's adjective at ``start`` ("le nord-ouest |syrien": a
    part of the country, where an act is; "des raids |russes" names who acted), if any."""
    if not text[start:start + 1].islower():
        return None
    return _PART_BEFORE_ADJECTIVE_RE.search(text[max(0, start - 30):start])


def country_part(text: str, start: int) -> str | None:
    """The compass point ("n", "ne", "e" …) that qualifies the country named at ``start`` (or its
    adjective), if any."""
    m = _PART_BEFORE_RE.search(text[max(0, start - 30):start]) or part_before_adjective(text, start)
    if m is None:
        return None
    return "".join(_POINTS[w.lower()] for w in m.groups() if w)


def in_part(place: Place, country: Place, part: str) -> bool:
    """Whether ``place`` lies in ``part`` of ``country`` (by the country's own point)."""
    if place.country_code != country.country_code or place.precision == "country":
        return False
    checks = {"n": place.lat > country.lat, "s": place.lat < country.lat,
              "e": place.lon > country.lon, "w": place.lon < country.lon}
    return all(checks[p] for p in part)
