"""The place names an exported map carries: the label tiles around its view, embedded in the
page (it fetches nothing), drawn by the same layer as the dashboard's (:mod:`dashboard.place_labels`)."""

from __future__ import annotations

import math

from dashboard.export.view import MapView, world_pixel
from dashboard.place_labels import LabelTiles, PlaceLabels
from geo.gazetteer.labels import MAX_ZOOM, MIN_ZOOM


def tile_range(center: tuple[float, float], zoom: float, width: int, height: int, z: int,
               margin: int = 1) -> list[tuple[int, int, int]]:
    """(z, x, y) of the label tiles of zoom ``z`` covering a ``width`` x ``height`` view centred
    on ``center`` at ``zoom`` (and ``margin`` tiles around)."""
    cx, cy = world_pixel(*center, zoom)
    f = 2 ** (z - zoom) / 256
    n = 1 << z
    x0, x1 = math.floor((cx - width / 2) * f) - margin, math.floor((cx + width / 2) * f) + margin
    y0, y1 = math.floor((cy - height / 2) * f) - margin, math.floor((cy + height / 2) * f) + margin
    return [(z, x % n, y) for x in range(x0, x1 + 1) for y in range(max(0, y0), min(n - 1, y1) + 1)]


def embedded_labels(tiles: LabelTiles, lang: str, view: MapView, *, zooms: int = 0) -> dict[str, str]:
    """The label tiles an exported page needs, by "z/x/y": those Leaflet draws the view with
    (round(zoom)) and, with ``zooms``, that many levels above and below (a page that can zoom)."""
    drawn = round(view.zoom)
    out = {}
    for z in range(max(MIN_ZOOM, drawn - zooms), min(MAX_ZOOM, drawn + zooms) + 1):
        for key in tile_range(view.center, view.zoom, view.width, view.height, z):
            out["/".join(map(str, key))] = tiles.tile_json(lang, *key)
    return out


def labels_layer(tiles: LabelTiles, lang: str, view: MapView, *, zooms: int = 0) -> PlaceLabels:
    """The place-name layer of an exported view, its tiles embedded."""
    return PlaceLabels(lang, tiles=embedded_labels(tiles, lang, view, zooms=zooms))
