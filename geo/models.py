"""Value types of the core.  Coordinates are always ``(lat, lon)`` in Python."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from geo.features import COUNTRY_FEATURES

#: place precision, from most to least exact
PRECISIONS = ("point", "district", "admin1", "country")
#: the precisions whose point stands for an area (a centroid: the map draws it hollow, "approx.")
AREA_PRECISIONS = frozenset(PRECISIONS[1:])
#: date precision, from most to least exact
DATE_PRECISIONS = ("day", "week", "month", "year")
_PRECISION_RANK = {p: i for i, p in enumerate(PRECISIONS)}
_DATE_PRECISION_RANK = {p: i for i, p in enumerate(DATE_PRECISIONS)}

# GeoNames feature codes whose point stands for an area, not a spot.
_AREA_PRECISION = {
    **dict.fromkeys(COUNTRY_FEATURES, "country"),
    "ADM1": "admin1", "ADM1H": "admin1",
    "ADM2": "district", "ADM3": "district", "PPLX": "district",
}


def precision_rank(precision: str | None) -> int:
    """The place of a place precision in :data:`PRECISIONS` (lower is more exact; unknown or
    missing: after all of them)."""
    return _PRECISION_RANK.get(precision or "", len(PRECISIONS))


def date_precision_rank(precision: str | None) -> int:
    """The place of a date precision in :data:`DATE_PRECISIONS` (lower is more exact; unknown or
    missing: after all of them)."""
    return _DATE_PRECISION_RANK.get(precision or "", len(DATE_PRECISIONS))


def precision_for_feature(feature_code: str | None) -> str:
    """Place precision implied by a GeoNames feature code."""
    return _AREA_PRECISION.get(feature_code or "", "point")


def check_coordinates(lat: float, lon: float) -> tuple[float, float]:
    """Validate a ``(lat, lon)`` pair; never swap or wrap silently (a swap is the usual bug)."""
    from geo.errors import InvalidInputError

    try:
        lat_f, lon_f = float(lat), float(lon)
    except (TypeError, ValueError):
        raise InvalidInputError(f"coordinates are not numbers: {lat!r}, {lon!r}") from None
    if math.isnan(lat_f) or math.isnan(lon_f):
        raise InvalidInputError("coordinates are NaN")
    if not -90.0 <= lat_f <= 90.0:
        raise InvalidInputError(f"latitude {lat_f} out of range [-90, 90] (is it (lat, lon)?)")
    if not -180.0 <= lon_f <= 180.0:
        raise InvalidInputError(f"longitude {lon_f} out of range [-180, 180]")
    return lat_f, lon_f


@dataclass(frozen=True, slots=True)
class PlaceRecord:
    """One place as a gazetteer source provides it, before indexing."""

    name: str
    lat: float | None
    lon: float | None
    country_code: str
    feature_class: str = "P"
    feature_code: str = "PPL"
    admin1_code: str = ""
    population: int = 0
    alternate_names: tuple[str, ...] = ()
    geonameid: int | None = None
    source: str = "geonames"
    precision: str | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved place: what a geocode returns."""

    name: str
    lat: float
    lon: float
    country_code: str
    admin1: str
    feature: str
    source: str
    geonameid: int | None
    population: int = 0
    precision: str = "point"
    matched_name: str = ""
    score: float = 0.0
    raw: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def point(self) -> tuple[float, float]:
        return (self.lat, self.lon)

    @property
    def ref(self) -> str:
        """Stable identity of a gazetteer place: ``geonames:173811``, ``supplement:sy-at-tanf``."""
        if self.geonameid is not None:
            return f"geonames:{self.geonameid}"
        return self.source

    def as_dict(self) -> dict[str, Any]:
        """The JSON shape the CLI prints (``conflictmap geocode --json``)."""
        return {
            "name": self.name,
            "lat": self.lat,
            "lon": self.lon,
            "country_code": self.country_code,
            "admin1": self.admin1,
            "feature": self.feature,
            "source": self.source,
            "geonameid": self.geonameid,
        }


#: the Earth's mean radius (km), for every distance and offset on the sphere
EARTH_RADIUS_KM = 6371.0088


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km between two ``(lat, lon)`` points."""
    lat1, lon1 = map(math.radians, a)
    lat2, lon2 = map(math.radians, b)
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(
        (lon2 - lon1) / 2
    ) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def destination(point: tuple[float, float], km: float, bearing: float) -> tuple[float, float]:
    """The ``(lat, lon)`` ``km`` away from ``point`` along the initial ``bearing`` (degrees
    clockwise from north), rounded to 5 decimals."""
    lat1, lon1 = map(math.radians, point)
    d, b = km / EARTH_RADIUS_KM, math.radians(bearing)
    lat2 = math.asin(math.sin(lat1) * math.cos(d) + math.cos(lat1) * math.sin(d) * math.cos(b))
    lon2 = lon1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(lat1), math.cos(d) - math.sin(lat1) * math.sin(lat2))
    return round(math.degrees(lat2), 5), round((math.degrees(lon2) + 540) % 360 - 180, 5)
