"""Exports: the view geometry, CSV/GeoJSON equal to `conflictmap events`, a self-contained HTML
map (drawn offline by the browser tests' Chromium: tests/browser/test_offline_pages.py), and
PNG/PDF files checked for what they show (pixels, pages, text), in a real Chromium."""

from __future__ import annotations

import io
import json
import math
import re
import subprocess
import sys

import pytest
from PIL import Image

from dashboard.data.view_model import view_frames
from dashboard.export import AUTO_FIT_MAX_ZOOM, ExportOptions, page_view, render, render_png, selection
from dashboard.export import browser as export_browser
from dashboard.export.standalone import tile_keys
from dashboard.export.view import HEADER_PX, SCALE, fit, map_area, points_bbox
from dashboard.filters import Filters
from geo.store import Store
from geo.taxonomy import TYPE_COLORS
from tests.conftest import REPO, require_chromium
from tests.network_trace import netns_missing, outside_attempts, strace_missing, strace_prefix


@pytest.fixture
def sample(sample_store):
    """The sample articles' store, this test's own copy (tests/conftest.py)."""
    return sample_store


@pytest.fixture
def frames(sample):
    with Store.open(str(sample)) as store:
        return view_frames(store)


@pytest.fixture
def chromium_here() -> str:
    """Exports launch their own Chromium; skip (or fail on CI) where there is none, as the
    browser fixture does.  No browser is opened here: the export is run as a user runs it, in a
    thread where no event loop is running."""
    return require_chromium()


# --- geometry (pure) -----------------------------------------------------------------------

def test_fit_contains_the_box_and_projects_its_centre_to_the_middle():
    box = (32.0, 35.5, 37.5, 42.5)
    view = fit(box, 1280, 634)
    assert view.zoom % 0.25 == 0
    x, y = view.pixel(*view.center)
    assert (round(x), round(y)) == (640, 317)
    for lat, lon in ((32.0, 35.5), (37.5, 42.5), (32.0, 42.5), (37.5, 35.5)):
        px, py = view.pixel(lat, lon)
        assert 0 <= px <= 1280 and 0 <= py <= 634
    south, west, north, east = view.bounds()
    assert south <= 32.0 and west <= 35.5 and north >= 37.5 and east >= 42.5
    tighter = fit(box, 1280, 634, padding=0)
    assert tighter.zoom >= view.zoom


def test_one_point_gets_a_regional_view_and_tiles_cover_it():
    view = fit(points_bbox([(36.50237, 40.74772)]), *map_area("slide"))
    assert 7 <= view.zoom <= 12
    keys = tile_keys(view)
    assert (0, 0, 0) in keys and all(0 <= y < 2 ** z for z, _x, y in keys)
    assert any(z == 6 for z, _x, _y in keys)


# --- CSV and GeoJSON: the same rows as `conflictmap events` ------------------------------

@pytest.mark.parametrize("args", [(), ("--from", "2022-01-20", "--to", "2022-01-22"), ("--type", "Battles"),
                                  ("--type", "air/drone strike", "--type", "Battles")])
def test_csv_and_geojson_equal_conflictmap_events(sample, run_cli, tmp_path, args):
    listed = run_cli("events", "--format", "csv", *args)
    out = tmp_path / "view.csv"
    done = run_cli("export", "--out", str(out), *args)
    assert done.code == 0 and done.out.startswith(f"wrote {out}: csv")
    assert out.read_text(encoding="utf-8") == listed.out
    geo = run_cli("events", "--format", "geojson", *args)
    out = tmp_path / "view.geojson"
    assert run_cli("export", "--out", str(out), *args).code == 0
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(geo.out)


def test_bbox_keeps_the_events_inside_it(sample, run_cli, tmp_path):
    out = tmp_path / "hasakah.geojson"
    assert run_cli("export", "--out", str(out), "--bbox", "36.0,40.0,37.0,41.5").code == 0
    features = json.loads(out.read_text(encoding="utf-8"))["features"]
    assert len(features) == 4
    assert all(36 <= f["geometry"]["coordinates"][1] <= 37 for f in features)


@pytest.mark.parametrize("args, message", [
    (("--out", "x.txt"), "--out must end in"),
    (("--out", "/no/such/dir/x.png"), "no such folder"),
    (("--out", "x.csv", "--from", "2022-02-01", "--to", "2022-01-01"), "is after"),
    (("--out", "x.csv", "--type", "Picnic"), "unknown event type"),
    (("--out", "x.png", "--bbox", "1,2"), "--bbox wants"),
])
def test_bad_export_arguments_are_one_line(sample, run_cli, args, message):
    result = run_cli("export", *args)
    assert result.code == 2
    assert message in result.err and result.err.count("\n") == 1


def test_csv_cells_never_start_a_formula(world, run_cli, tmp_path):
    article = tmp_path / "formula.txt"
    article.write_text("=HYPERLINK(\"http://x\") On 3 March 2022, clashes erupted in Homs between the SDF "
                       "and IS militants.", encoding="utf-8")
    assert run_cli("ingest", str(article)).code == 0
    out = tmp_path / "f.csv"
    assert run_cli("export", "--out", str(out)).code == 0
    text = out.read_text(encoding="utf-8")
    assert ",=HYPERLINK" not in text and "'=HYPERLINK" in text


# --- HTML: self-contained --------------------------------------------------------------------

def test_html_map_stands_alone_and_escapes_the_title(sample, run_cli, tmp_path):
    out = tmp_path / "map.html"
    assert run_cli("export", "--out", str(out), "--title", "Hasakah </title><script>alert(1)</script> {{ 7*7 }}").code == 0
    page = out.read_text(encoding="utf-8")
    assert not re.search(r'<(script|link|img)[^>]+(src|href)="(https?:|//|\.\./)', page)
    assert "app/static" not in page
    assert "Hasakah &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; {{ 7*7 }}" in page
    assert "<script>alert(1)" not in page
    assert page.count("data:image/png;base64,") >= 85  # zoom 0-3 for the world, and the view's tiles


def test_html_map_shows_text_holding_template_syntax_as_written(world, run_cli, tmp_path):
    """The events' texts are data in the page, never read as a template: a place holding a
    block never closed failed the export, an expression in an actor's name was evaluated."""
    data = tmp_path / "jinja.csv"
    data.write_text("date,latitude,longitude,event_type,actor1,place,fatalities\n"
                    '2024-03-01,36.7,38.95,Battles,"{{ 6*7 }} forces","{% if true %}Tall Abyad",2\n',
                    encoding="utf-8")
    assert run_cli("import", "csv", str(data)).code == 0
    out = tmp_path / "map.html"
    result = run_cli("export", "--out", str(out))
    assert result.code == 0, result.err
    page = out.read_text(encoding="utf-8")
    assert '"{% if true %}Tall Abyad (point)"' in page and '"{{ 6*7 }} forces"' in page
    assert "42 forces" not in page


# --- PNG: what it shows --------------------------------------------------------------------

def _near(pixel, color: str, tolerance: int) -> bool:
    rgb = tuple(int(color[i:i + 2], 16) for i in (1, 3, 5))
    return all(abs(a - b) <= tolerance for a, b in zip(pixel[:3], rgb, strict=True))


#: the PNG sizes and their pixels (twice the page's CSS pixels)
PNG_SIZES = (("slide", (2560, 1440)), ("a4", (2246, 1588)))


@pytest.mark.browser
def test_png_shows_the_events_in_legend_colours_on_a_drawn_map(frames, chromium_here):
    events, sources = frames
    chosen = selection(events, sources, Filters())
    with export_browser.launched() as browser:  # one Chromium for both sizes, as render() starts one
        for size, pixels in PNG_SIZES:
            options = ExportOptions(title="Sample", size=size).checked()
            image = Image.open(io.BytesIO(render_png(chosen, options, browser))).convert("RGB")
            assert image.size == pixels
            _shows_the_events_on_a_drawn_map(image, chosen, options, size)


def _shows_the_events_on_a_drawn_map(image: Image.Image, chosen, options: ExportOptions, size: str) -> None:
    view = page_view(chosen, options)
    assert view.zoom <= AUTO_FIT_MAX_ZOOM
    checked = 0
    for ev in chosen.events.itertuples():
        x, y = view.pixel(ev.lat, ev.lon)
        cx, cy = round(x * SCALE), round((y + HEADER_PX) * SCALE)
        if ev.place_precision == "admin1":  # hollow: its fill is faint, its dashed ring is not
            continue
        same_place = chosen.events[(chosen.events["lat"] == ev.lat) & (chosen.events["lon"] == ev.lon)]
        colors = {TYPE_COLORS[t] for t in same_place["event_type"]}
        window = [image.getpixel((cx + dx, cy + dy)) for dx in range(-3, 4) for dy in range(-3, 4)]
        assert any(_near(p, c, 60) for p in window for c in colors), (size, ev.place_name, window[24], colors)
        checked += 1
    # every point event of the default view was looked at: the sample's reported events less its
    # area-level one (the two acts recalled from 2021 are background, not drawn)
    assert checked == (chosen.events["place_precision"] != "admin1").sum() == 4
    # the base map is drawn: the map area is not blank, and holds OpenStreetMap's sea colour
    width, height = image.size
    area = image.crop((0, (HEADER_PX + 10) * SCALE, width, height - 40 * SCALE)).resize((320, 160))
    colors = area.getcolors(maxcolors=100_000)
    assert colors is not None and len(colors) > 500, size
    assert sum(n for n, c in colors if _near(c, "#aad3df", 12)) > 200, size


# --- PDF: pages and text ---------------------------------------------------------------------

@pytest.mark.browser
def test_pdf_briefing_pages_and_table_text(sample, run_cli, tmp_path, chromium_here):
    pdfplumber = pytest.importorskip("pdfplumber")
    out = tmp_path / "brief.pdf"
    result = run_cli("export", "--out", str(out), "--title", "Hasakah & At-Tanf", "--from", "2022-01-13",
                     "--to", "2022-01-22")
    assert result.code == 0, result.err
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == 3
        first, table, listed = (p.extract_text() for p in pdf.pages)
        assert first.startswith("Hasakah & At-Tanf")
        assert "2022-01-13 – 2022-01-22" in first and "Key figures" in first
        assert re.search(r"Events 4 1 \+300%", first)  # the ten days before held the Deir ez-Zor strike
        assert len(pdf.pages[0].images) == 1
        lines = table.splitlines()
        assert lines[0] == "Events (4)" and lines[1].startswith("Date Place Type Actors Fatalities Sources")
        rows = [line for line in lines if line.startswith("2022-01-")]
        assert [r.split()[0] for r in rows] == ["2022-01-20", "2022-01-20", "2022-01-22", "2022-01-22"]
        assert any("Syrian Democratic Forces; US forces; Islamic State 89" in r for r in rows)
        assert "Sources (2 articles)" in listed and "https://fr.sputniknews.com/" in listed.replace("\n", "")
        assert "page 3 of 3" in listed


@pytest.mark.browser
def test_a_long_table_repeats_its_header(world, tmp_path, chromium_here, gazetteer_path):
    pdfplumber = pytest.importorskip("pdfplumber")
    from bench.generate_events import generate

    with Store.open(str(tmp_path / "many.db")) as store:
        generate(store, 120, gazetteer_path)
        events, sources = view_frames(store)
    chosen = selection(events, sources, Filters())
    data = render("pdf", chosen, ExportOptions(title="Synthetic", size="a4"))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        texts = [p.extract_text() for p in pdf.pages]
    table_pages = [t for t in texts if re.search(r"^\d{4}-\d\d-\d\d ", t, re.M) and "Key figures" not in t]
    assert len(table_pages) >= 2
    assert all("Date Place Type Actors Fatalities Sources" in t for t in table_pages)
    dates = [m for t in table_pages for m in re.findall(r"^(\d{4}-\d\d-\d\d) ", t, re.M)]
    assert len(dates) == 120 and dates == sorted(dates)


# --- offline ---------------------------------------------------------------------------------

def test_png_export_makes_no_network_attempt(world, run_cli, chromium_here, tmp_path):
    """The whole export (Python, Playwright's driver, Chromium and its helpers) in a network
    namespace with no route, under strace: no connect or send to any address but loopback (its
    DNS queries, its component update and its IPv6 probe would each show as one)."""
    reason = netns_missing() or strace_missing()
    if reason:
        pytest.skip(reason)
    from tests.importer_fixtures import GENERIC_HEADER, write_delimited

    rows = [["2022-03-01", "36.2012", "37.1612", "Airstrike", "Aleppo", "Syria", "2", "Russia; HTS", "Strike"],
            ["2022-03-02", "34.7241", "36.7256", "Battles", "Homs", "Syria", "5", "SAA; ISIS", "Clashes"]]
    events = write_delimited(tmp_path / "events.csv", GENERIC_HEADER, rows)
    imported = run_cli("import", "csv", str(events), "--origin", "sample")  # no article analysis: quick
    assert imported.code == 0, imported.err
    trace, out = tmp_path / "export.trace", tmp_path / "view.png"
    result = subprocess.run(["unshare", "-n", *strace_prefix(trace), sys.executable, "-m", "dashboard.cli",
                             "export", "--out", str(out)], cwd=REPO, capture_output=True, timeout=300)
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-2000:]
    assert out.read_bytes().startswith(b"\x89PNG")
    assert outside_attempts(trace.read_text(errors="replace")) == []


# --- no browser ------------------------------------------------------------------------------

def test_without_chromium_png_is_one_line_naming_the_fix(sample, run_cli, tmp_path, monkeypatch):
    monkeypatch.setenv("CONFLICTMAP_CHROMIUM", str(tmp_path / "no-chromium"))
    monkeypatch.setattr(export_browser, "chromium_executable", lambda: None)
    monkeypatch.setattr(export_browser, "bundled_chromium", lambda playwright: None)
    result = run_cli("export", "--out", str(tmp_path / "x.png"))
    assert result.code == 2 and result.err.count("\n") == 1
    assert "apt-get install chromium-headless-shell" in result.err and "playwright install chromium" in result.err
    assert not (tmp_path / "x.png").exists()


def test_marker_radius_grows_with_fatalities():
    from dashboard.mapview import radius

    assert radius(None) == radius(0) == 5.0 and radius(89) > radius(4) > 5.0 and not math.isnan(radius(1))
