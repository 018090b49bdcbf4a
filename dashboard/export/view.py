"""What an export shows: the page size, the map area in it, and the map view (centre and zoom)
that fits a bounding box.  Pure functions over Web Mercator, the projection Leaflet draws in,
so a point's pixel in the exported image can be computed without a browser."""

from __future__ import annotations

import math
from dataclasses import dataclass

from geo.errors import InvalidInputError
from geo.query import BBox, check_bbox

#: CSS pixels of the whole page; PNGs are taken at twice that (device scale factor 2)
SIZES: dict[str, tuple[int, int]] = {"slide": (1280, 720), "a4": (1123, 794)}
HEADER_PX = 64
FOOTER_PX = 22
SCALE = 2
MIN_ZOOM, MAX_ZOOM = 2.0, 12.0
ZOOM_SNAP = 0.25
MAX_LAT = 85.0511287798
#: the default view when nothing is placed: Syria and its neighbours
DEFAULT_BBOX = (32.0, 35.5, 37.5, 42.5)


@dataclass(frozen=True)
class MapView:
    """A map of ``width`` x ``height`` CSS pixels centred on ``center`` (lat, lon) at ``zoom``."""

    center: tuple[float, float]
    zoom: float
    width: int
    height: int

    def pixel(self, lat: float, lon: float) -> tuple[float, float]:
        """(x, y) of a point inside the map area, in CSS pixels from its top-left corner."""
        cx, cy = world_pixel(*self.center, self.zoom)
        x, y = world_pixel(lat, lon, self.zoom)
        return x - cx + self.width / 2, y - cy + self.height / 2

    def bounds(self) -> BBox:
        """The (south, west, north, east) the map area shows."""
        cx, cy = world_pixel(*self.center, self.zoom)
        north, west = unproject(cx - self.width / 2, cy - self.height / 2, self.zoom)
        south, east = unproject(cx + self.width / 2, cy + self.height / 2, self.zoom)
        return south, west, north, east


def page_size(size: str) -> tuple[int, int]:
    try:
        return SIZES[size]
    except KeyError:
        raise InvalidInputError(f"unknown size {size!r} (choose {' or '.join(SIZES)})") from None


def map_area(size: str) -> tuple[int, int]:
    width, height = page_size(size)
    return width, height - HEADER_PX - FOOTER_PX


def world_pixel(lat: float, lon: float, zoom: float) -> tuple[float, float]:
    scale = 256 * 2 ** zoom
    s = math.sin(math.radians(max(-MAX_LAT, min(MAX_LAT, lat))))
    return (lon + 180) / 360 * scale, (0.5 - math.log((1 + s) / (1 - s)) / (4 * math.pi)) * scale


def unproject(x: float, y: float, zoom: float) -> tuple[float, float]:
    scale = 256 * 2 ** zoom
    lon = x / scale * 360 - 180
    lat = math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * y / scale))))
    return lat, lon


def fit(bbox: BBox | None, width: int, height: int, padding: int = 28) -> MapView:
    """The view showing all of ``bbox`` in a ``width`` x ``height`` map, zoom snapped down to
    quarter steps (the map's zoomSnap) and kept between MIN_ZOOM and MAX_ZOOM."""
    south, west, north, east = check_bbox(bbox or DEFAULT_BBOX)
    x0, y1 = world_pixel(south, west, 0)
    x1, y0 = world_pixel(north, east, 0)
    span_x, span_y = max(x1 - x0, 1e-9), max(y1 - y0, 1e-9)
    zoom = min(math.log2(max(width - 2 * padding, 1) / span_x), math.log2(max(height - 2 * padding, 1) / span_y))
    zoom = max(MIN_ZOOM, min(MAX_ZOOM, math.floor(zoom / ZOOM_SNAP) * ZOOM_SNAP))
    center = unproject((x0 + x1) / 2, (y0 + y1) / 2, 0)
    return MapView(center=(round(center[0], 6), round(center[1], 6)), zoom=zoom, width=width, height=height)


def points_bbox(latlons: list[tuple[float, float]], pad_degrees: float = 0.3) -> BBox | None:
    """The box around some points (with a margin, so a single point gets a regional view)."""
    if not latlons:
        return None
    lats = [p[0] for p in latlons]
    lons = [p[1] for p in latlons]
    pad = max(pad_degrees, 0.0)
    return (max(-85.0, min(lats) - pad), max(-180.0, min(lons) - pad),
            min(85.0, max(lats) + pad), min(180.0, max(lons) + pad))
