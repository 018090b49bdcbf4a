"""A self-contained map page: the dashboard's map (same base map, legend, scale and event layer)
framed by a title bar and an attribution line, with every script, stylesheet and tile it needs
inlined.  It opens offline from a file, and it is what the PNG and PDF exports photograph.

It loads Leaflet (and leaflet.heat for a heatmap) and nothing else of folium's assets (see
:mod:`dashboard.assets`).  Tiles are embedded as data URIs: around the view, the
zoom Leaflet draws it at and the one below, and for the interactive HTML also the whole world at
zoom 0-3 (so zooming out never shows a hole).
"""

from __future__ import annotations

import base64
import json
import math
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import folium
import pandas as pd
from branca.element import MacroElement, Template

from dashboard.assets import STATIC_URL, VENDOR_DIR
from dashboard.export.view import FOOTER_PX, HEADER_PX, MapView, world_pixel
from dashboard.map_elements import LiteralMacroElement, Raw
from dashboard.mapview import GEONAMES_ATTRIBUTION, base_map, events_layer
from dashboard.text import html_text
from dashboard.tiles import ATTRIBUTION, MAX_NATIVE_ZOOM, tile

BLANK_TILE = "data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=="
WORLD_ZOOMS = range(0, 4)


@dataclass(frozen=True)
class Frame:
    """The words around the map: all plain text (escaped when rendered)."""

    title: str
    start: date | None
    end: date | None
    events: int
    fatalities: int
    outlets: tuple[str, ...]
    articles: int
    generated_at: datetime
    version: str

    def window(self) -> str:
        if self.start and self.end:
            return f"{self.start.isoformat()} – {self.end.isoformat()}"
        return "all dates"


_TILES_TEMPLATE = Template("""
{% macro script(this, kwargs) %}
(function() {
  var tiles = {{ this.tiles }};
  var Embedded = L.TileLayer.extend({
    getTileUrl: function(c) { return tiles[c.z + "/" + c.x + "/" + c.y] || "{{ this.blank }}"; }
  });
  new Embedded("", {maxNativeZoom: {{ this.max_native }}, maxZoom: 14, minZoom: 0,
                    attribution: {{ this.attribution }}}).addTo({{ this._parent.get_name() }});
})();
{% endmacro %}
""")


class EmbeddedTiles(LiteralMacroElement):
    """A base layer whose tiles are data URIs in the page (``{"z/x/y": "data:…"}``)."""

    _template = _TILES_TEMPLATE

    def __init__(self, tiles: dict[str, str], attribution: str) -> None:
        super().__init__()
        self._name = "EmbeddedTiles"
        self.tiles = json.dumps(tiles, separators=(",", ":"))
        self.attribution = json.dumps(attribution)
        self.blank = BLANK_TILE
        self.max_native = MAX_NATIVE_ZOOM
        self.count = len(tiles)


def tile_keys(view: MapView, margin: int = 1, *, world: bool = True) -> list[tuple[int, int, int]]:
    """(z, x, y) of the tiles the page needs: around the view, the zoom Leaflet draws it with
    (round(zoom), at most the native 6) and the one below; with ``world`` (a page that can be
    zoomed out), also the whole world at zoom 0-3."""
    keys = {(z, x, y) for z in WORLD_ZOOMS for x in range(2 ** z) for y in range(2 ** z)} if world else set()
    drawn = max(0, min(MAX_NATIVE_ZOOM, round(view.zoom)))
    cx, cy = world_pixel(*view.center, view.zoom)
    for z in {drawn, max(0, drawn - 1)}:
        f = 2 ** (z - view.zoom) / 256
        n = 2 ** z
        x0, x1 = math.floor((cx - view.width / 2) * f) - margin, math.floor((cx + view.width / 2) * f) + margin
        y0, y1 = math.floor((cy - view.height / 2) * f) - margin, math.floor((cy + view.height / 2) * f) + margin
        for x in range(x0, x1 + 1):
            for y in range(max(0, y0), min(n - 1, y1) + 1):
                keys.add((z, x % n, y))
    return sorted(keys)


def embedded_tiles(view: MapView, *, world: bool = True) -> dict[str, str]:
    out = {}
    for z, x, y in tile_keys(view, world=world):
        data = tile(z, x, y)
        if data is not None:
            out[f"{z}/{x}/{y}"] = "data:image/png;base64," + base64.b64encode(data).decode("ascii")
    return out


_STYLE = """
html, body { margin: 0; padding: 0; height: 100%; background: #fff;
  font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #1b1b1b; }
#cm-header { position: absolute; top: 0; left: 0; right: 0; height: HEADERpx; box-sizing: border-box;
  padding: 8px 14px 6px; border-bottom: 2px solid #333; overflow: hidden; }
#cm-title { font-size: 21px; font-weight: bold; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
#cm-sub { font-size: 13px; color: #444; margin-top: 3px; white-space: nowrap; }
#cm-stamp { position: absolute; right: 14px; top: 10px; font-size: 11px; color: #666; text-align: right; }
.folium-map { position: absolute !important; top: HEADERpx !important; bottom: FOOTERpx !important;
  left: 0 !important; right: 0 !important; width: auto !important; height: auto !important; }
#cm-footer { position: absolute; bottom: 0; left: 0; right: 0; height: FOOTERpx; box-sizing: border-box;
  padding: 4px 14px; font-size: 10.5px; color: #444; border-top: 1px solid #bbb; white-space: nowrap;
  overflow: hidden; text-overflow: ellipsis; }
body.cm-print .leaflet-control-zoom { display: none; }
body.cm-bare .folium-map { top: 0 !important; bottom: 0 !important; }
#cm-legend { top: HEADER_LEGENDpx !important; bottom: auto !important; }
body.cm-bare #cm-legend, body.cm-heat #cm-legend, body.cm-bare .cm-trend-legend { display: none; }
""".replace("HEADER_LEGEND", str(HEADER_PX + 10)).replace("HEADER", str(HEADER_PX)).replace("FOOTER", str(FOOTER_PX))


def frame_markup(frame: Frame) -> tuple[str, str]:
    """The title bar and the attribution line (every text escaped)."""
    outlets = ", ".join(frame.outlets[:8]) + (f" and {len(frame.outlets) - 8} more" if len(frame.outlets) > 8 else "")
    header = (
        f'<div id="cm-header"><div id="cm-title">{html_text(frame.title)}</div>'
        f'<div id="cm-sub">{html_text(frame.window())} · {frame.events:,} events · {frame.fatalities:,} fatalities reported</div>'
        f'<div id="cm-stamp">generated {html_text(frame.generated_at.strftime("%Y-%m-%d %H:%M %Z").strip())}<br>'
        f"conflictmap {html_text(frame.version)}</div></div>"
    )
    footer = (
        '<div id="cm-footer">Map data © OpenStreetMap contributors (ODbL) · places © GeoNames (CC BY 4.0) · '
        f"event sources: {html_text(outlets) or 'none'} ({frame.articles:,} article{'s' if frame.articles != 1 else ''})</div>"
    )
    return header, footer


def map_page(events: pd.DataFrame, sources: pd.DataFrame, view: MapView, frame: Frame, *,
             heat: bool = False, print_mode: bool = False, bare: bool = False,
             overlay: folium.FeatureGroup | None = None, labels: MacroElement | None = None) -> str:
    """The whole page as one HTML string with nothing left to fetch.  ``print_mode`` hides the
    zoom buttons (for PNG and PDF); ``bare`` leaves out the title bar, the attribution line and
    the legends (the PDF prints its own around the map); ``overlay`` is drawn over the events
    (the change by area); ``labels`` is the place-name layer, its tiles embedded
    (:func:`dashboard.export.labels.labels_layer`)."""
    m = base_map(center=view.center, zoom=view.zoom, offline_tiles=False, zoom_snap=0.25, zoom_delta=0.5)
    # a printed page never zooms out: it needs only the tiles around its view
    tiles = embedded_tiles(view, world=not print_mode)
    EmbeddedTiles(tiles, ATTRIBUTION + GEONAMES_ATTRIBUTION).add_to(m)
    if labels is not None:
        labels.add_to(m)
    events_layer(events, sources, heat=heat).add_to(m)
    if overlay is not None:
        overlay.add_to(m)
    root = m.get_root()
    root.title = html_text(frame.title)  # branca puts it in <title> as it is
    root.header.add_child(Raw(f"<style>{_STYLE}</style>"), name="cm_style")
    if not bare:
        header, footer = frame_markup(frame)
        root.html.add_child(Raw(header), name="cm_header", index=0)
        root.html.add_child(Raw(footer), name="cm_footer")
    page = root.render()
    # the type legend does not describe a heatmap: it is hidden there
    classes = " ".join(c for c, on in (("cm-print", print_mode), ("cm-bare", bare), ("cm-heat", heat)) if on)
    if classes:
        page = page.replace("<body>", f'<body class="{classes}">', 1)
    return inline_assets(page)


_SCRIPT_SRC = re.compile(r'<script src="([^"]+)"></script>')
_CSS_LINK = re.compile(r'<link rel="stylesheet" href="([^"]+)"\s*/>')
_CSS_URL = re.compile(r"url\((['\"]?)([^'\")]+)\1\)")


def _vendored(url: str) -> Path | None:
    prefix = STATIC_URL.rstrip("/") + "/"
    if not url.startswith(prefix):
        return None
    path = (VENDOR_DIR / url[len(prefix):]).resolve()
    return path if path.is_file() and VENDOR_DIR in path.parents else None


def _data_uri(path: Path) -> str:
    kind = {".png": "image/png", ".gif": "image/gif", ".svg": "image/svg+xml", ".woff2": "font/woff2"}
    mime = kind.get(path.suffix, "application/octet-stream")
    return f"data:{mime};base64," + base64.b64encode(path.read_bytes()).decode("ascii")


def inline_assets(page: str) -> str:
    """Replace every vendored <script src>/<link href> by its content (stylesheet images as
    data URIs).  Anything else that would be fetched is an error: the page must stand alone."""

    def script(m: re.Match) -> str:
        path = _vendored(m.group(1))
        if path is None:
            raise ValueError(f"export page would fetch {m.group(1)}")
        return "<script>" + path.read_text(encoding="utf-8").replace("</script", "<\\/script") + "</script>"

    def stylesheet(m: re.Match) -> str:
        path = _vendored(m.group(1))
        if path is None:
            raise ValueError(f"export page would fetch {m.group(1)}")

        def url(u: re.Match) -> str:
            target = u.group(2)
            if target.startswith("data:"):
                return u.group(0)
            ref = (path.parent / target.split("#")[0].split("?")[0]).resolve()
            return f'url("{_data_uri(ref)}")' if ref.is_file() else "url()"

        return "<style>" + _CSS_URL.sub(url, path.read_text(encoding="utf-8")) + "</style>"

    return _CSS_LINK.sub(stylesheet, _SCRIPT_SRC.sub(script, page))

