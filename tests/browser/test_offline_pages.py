"""Maps as pages of their own in the browser tests' shared Chromium (tests/browser/conftest.py:
one launch for them all, not one a test): folium's map on the vendored files and the offline
tiles, at the page's root and at the depth of st_folium's frame; the HTML export; the PDF
briefing's map with its place names.  What the pages hold is checked without a browser in
tests/dashboard/test_assets.py, test_export.py and test_export_labels.py."""

from __future__ import annotations

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from dashboard import assets, tiles
from dashboard.assets import VENDOR_DIR, offline_folium
from dashboard.export import PDF_MAP_PX, ExportOptions, place_labels, selection
from dashboard.export.standalone import map_page
from dashboard.export.view import HEADER_PX, fit
from dashboard.filters import Filters
from tests.browser.conftest import LABELS_SETTLED, wait_until
from tests.dashboard.test_assets import sample_map
from tests.dashboard.test_export_labels import AROUND_ALEPPO, _empty_frames, _frame

pytestmark = pytest.mark.browser


# --- folium's map on the vendored files (tests/dashboard/test_assets.py) ---------------------------

@pytest.fixture(scope="module")
def tile_tree(tmp_path_factory) -> Path:
    """The tiles of zoom 0-2 as files (for a plain file server standing for the app)."""
    root = tmp_path_factory.mktemp("tiles")
    for z in range(3):
        for x in range(2**z):
            for y in range(2**z):
                path = root / str(z) / str(x) / f"{y}.png"
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(tiles.tile(z, x, y))
    return root


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


@pytest.mark.parametrize("page_path", ["index.html", "component/streamlit_folium.st_folium/index.html"],
                         ids=["page-at-root", "st_folium-iframe-depth"])
def test_offline_map_renders_in_chromium_without_leaving_127_0_0_1(tmp_path, tile_tree, page_path, browser):
    """The map as a standalone page and at the depth of st_folium's component iframe
    (``/component/<name>/index.html``, where ``../../app/static`` must climb back to the app root)."""
    site = tmp_path / "site"
    (site / "app" / "static").mkdir(parents=True)
    (site / "app" / "static" / "vendor").symlink_to(VENDOR_DIR, target_is_directory=True)
    (site / "tiles").symlink_to(tile_tree, target_is_directory=True)
    page_file = site / page_path
    page_file.parent.mkdir(parents=True, exist_ok=True)
    offline_folium()
    page_file.write_text(sample_map(offline_tiles=True).get_root().render(), encoding="utf-8")

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    outside: list[str] = []
    failed: list[str] = []
    fetched: list[str] = []
    context = browser.new_context(viewport={"width": 1000, "height": 700})
    try:

        def guard(route):
            url = route.request.url
            if urlsplit(url).hostname != "127.0.0.1":
                outside.append(url)
                route.abort()
            else:
                fetched.append(urlsplit(url).path)
                route.continue_()

        context.route("**/*", guard)
        page = context.new_page()
        page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
        page.on("requestfailed", lambda r: failed.append(f"failed {r.url}"))
        page.goto(f"{origin}/{page_path}", wait_until="load")
        wait_until(page, "document.querySelectorAll('img.leaflet-tile-loaded').length > 0",
                   timeout=30_000)
        page.evaluate("document.fonts.ready.then(() => true)")
        page.wait_for_load_state("networkidle")
        page.screenshot(path=str(tmp_path / "offline_map.png"))

        assert page.evaluate("typeof window.L") == "object"
        tile_srcs = page.evaluate("[...document.querySelectorAll('img.leaflet-tile-loaded')].map(i => i.src)")
        assert tile_srcs and all(s.startswith(f"{origin}/tiles/2/") for s in tile_srcs)
        assert page.evaluate("typeof window.jQuery") == "undefined"
        assert page.evaluate("""(() => { const map = Object.values(window).find(v => v instanceof L.Map);
            let n = 0; map.eachLayer(l => { if (l instanceof L.CircleMarker) n++; }); return n; })()""") == 6
        assert page.locator("#cm-legend").is_visible()
        heat = page.evaluate(
            "(() => { const c = document.querySelector('canvas.leaflet-heatmap-layer');"
            " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
            " let any = 0, red = 0; for (let i = 0; i < d.length; i += 4) {"
            " if (d[i + 3] > 0) any++; if (d[i] > 200 && d[i + 1] < 80 && d[i + 2] < 80) red++; }"
            " return [any, red]; })()")
        # drawn, and weighted: the heaviest spot reaches the red end of the gradient (folium's
        # patched leaflet.heat; npm's 0.2.0 draws every point at min_opacity below max_zoom - 12)
        assert heat[0] > 100 and heat[1] > 0, heat
    finally:
        context.close()
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)

    assert outside == []
    assert failed == []
    vendor = sorted(path.removeprefix("/app/static/vendor/") for path in fetched if "/vendor/" in path)
    # and the full-screen button's icon, which its stylesheet names
    assert vendor == sorted([a.path for a in assets.ASSETS] + ["leaflet.fullscreen/icon-fullscreen.svg"])


# --- the HTML export (tests/dashboard/test_export.py) ---------------------------------------------

def test_html_map_renders_offline_in_chromium(sample_store, run_cli, tmp_path, browser):
    out = tmp_path / "map.html"
    assert run_cli("export", "--out", str(out)).code == 0
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    outside = []
    context.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:"))
                  else (outside.append(r.request.url), r.abort()))
    page = context.new_page()
    try:
        page.goto(out.as_uri(), wait_until="load")
        wait_until(page, "document.querySelectorAll('img.leaflet-tile-loaded').length > 4")
        markers = page.evaluate("""() => { let n = 0; for (const k in window) { const g = window[k];
            if (k.startsWith('feature_group_') && g && g.eachLayer) g.eachLayer(() => n++); } return n; }""")
        assert markers == 5  # the reported events (the two acts recalled from 2021 are background)
        assert "OpenStreetMap" in page.locator(".leaflet-control-attribution").inner_text()
        assert page.locator(".leaflet-control-scale").count() == 1
        assert page.locator("#cm-legend").is_visible()
        assert page.locator("#cm-legend").bounding_box()["y"] >= HEADER_PX  # on the map, not the title bar
    finally:
        context.close()
    assert outside == []


# --- the PDF briefing's map (tests/dashboard/test_export_labels.py) --------------------------------

def test_the_pdf_briefings_map_shows_the_names_in_french(world, browser):
    """The PDF briefing photographs this page (bare, print mode) at its map's size: the names
    in view are drawn, in the language asked for."""
    events = selection(*_empty_frames(), Filters())
    with_names = ExportOptions(bbox=AROUND_ALEPPO, lang="fr")
    pdf_view = fit(AROUND_ALEPPO, *PDF_MAP_PX)
    page = map_page(events.events, events.sources, pdf_view, _frame(), print_mode=True, bare=True,
                    labels=place_labels(pdf_view, with_names))
    opened = browser.new_page(viewport={"width": PDF_MAP_PX[0], "height": PDF_MAP_PX[1]})
    try:
        opened.set_content(page, wait_until="load")
        wait_until(opened, LABELS_SETTLED)  # the tiles drawn, then the overlap pass
        shown = opened.evaluate("""() => [...document.querySelectorAll('.cm-label')]
            .filter(e => getComputedStyle(e).visibility === 'visible').map(e => e.textContent)""")
    finally:
        opened.close()
    assert "Alep" in shown and "Aleppo" not in shown
