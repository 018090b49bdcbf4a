"""Compass points: the bearing each word names (``geo.extract.offset_places``: "à 30 km au
nord-ouest d'Alep"; ``geo.extract.settlements``: "Khan Cheikhoun (nord-ouest)"), and the bearing
from one point to another."""

from __future__ import annotations

import math

#: a compass direction, in degrees clockwise from north, by its English and French words
BEARINGS: dict[str, float] = {
    "north": 0.0, "northeast": 45.0, "east": 90.0, "southeast": 135.0,
    "south": 180.0, "southwest": 225.0, "west": 270.0, "northwest": 315.0,
    "nord": 0.0, "nord-est": 45.0, "est": 90.0, "sud-est": 135.0,
    "sud": 180.0, "sud-ouest": 225.0, "ouest": 270.0, "nord-ouest": 315.0,
}  # fmt: skip


def bearing(a: tuple[float, float], b: tuple[float, float]) -> float:
    """The initial bearing (degrees clockwise from north) from point ``a`` to point ``b``."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    y = math.sin(lon2 - lon1) * math.cos(lat2)
    x = math.cos(lat1) * math.sin(lat2) - math.sin(lat1) * math.cos(lat2) * math.cos(lon2 - lon1)
    return math.degrees(math.atan2(y, x)) % 360
