"""Issue 21, items 1 and 3, in a real Chromium against a live `conflictmap serve`: the map fills
a laptop's first screen under its slider, the wheel scrolls the page until the map is clicked
(or Ctrl is held), the map goes full screen, and an event without a place is listed under the
map and placed onto it through the corrections."""

import re
import sqlite3
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from tests.browser.conftest import wait_idle, wait_until
from tests.browser.test_dashboard_browser import MAP, expect_markers, guarded_page, open_map, wait_metric

pytestmark = pytest.mark.browser
LAPTOP = {"width": 1366, "height": 768}

MAP_BOX = """() => {
  const r = document.querySelector('iframe[title="streamlit_folium.st_folium"]').getBoundingClientRect();
  return {top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height};
}"""
ZOOM = "() => Object.values(window).find(v => window.L && v instanceof L.Map).getZoom()"


@pytest.fixture
def laptop(shared_tabs, served):
    """A page of the shared server in a 1366x768 window."""
    with guarded_page(shared_tabs, served) as page:
        page.set_viewport_size(LAPTOP)
        yield page


def settled(page) -> None:
    """Wait until Streamlit has no rerun going on (no element left stale)."""
    wait_until(page, "() => !document.querySelector('[data-stale=\"true\"]')", timeout=30_000)
    page.wait_for_timeout(500)


def map_frame(page):
    return page.frame(url=re.compile(r"streamlit_folium"))


def test_the_map_fills_the_first_screen_under_its_slider_and_goes_full_screen(laptop):
    page = laptop
    open_map(page)
    wait_metric(page, "Events in view", "5")
    box = page.evaluate(MAP_BOX)
    visible = min(box["bottom"], LAPTOP["height"]) - max(box["top"], 0)
    assert visible / LAPTOP["height"] >= 0.55, box
    # the slider right over the map, the histogram strip right over the slider, in its column
    track = page.locator(".st-key-f_window").bounding_box() or page.get_by_role("slider").first.bounding_box()
    strip = page.locator(".cm-histogram").bounding_box()
    assert 0 <= box["top"] - (track["y"] + track["height"]) <= 40, (track, box)
    assert 0 <= track["y"] - (strip["y"] + strip["height"]) <= 20, (strip, track)
    assert abs(strip["x"] - track["x"]) <= 2 and abs(strip["width"] - track["width"]) <= 4, (strip, track)
    # the counts are above the strip, the table below the map
    counts = page.locator('[data-testid="stMetric"]', has_text="Events in view").bounding_box()
    assert counts["y"] + counts["height"] <= strip["y"]
    assert page.locator(".cm-events").bounding_box()["y"] >= box["bottom"]
    # full screen: the map with its legend, the wheel zooming it
    frame = map_frame(page)
    button = page.frame_locator(MAP).locator(".leaflet-control-zoom-fullscreen")
    assert button.get_attribute("title") == "Full screen"
    button.click()
    wait_until(frame, "() => document.fullscreenElement !== null", timeout=10_000)
    assert frame.evaluate("() => document.fullscreenElement.classList.contains('leaflet-container')")
    assert frame.evaluate("() => document.fullscreenElement.contains(document.getElementById('cm-legend'))")
    assert frame.evaluate("() => window.cmWheel.active()") is True  # full screen: the wheel zooms
    button.click()
    wait_until(frame, "() => document.fullscreenElement === null", timeout=10_000)


#: the histogram strip's element in the page, as Streamlit wraps it
STRIP_ELEMENT = "document.querySelector('.cm-histogram').closest('[data-testid=\"stElementContainer\"]')"


def test_a_slider_move_leaves_the_histogram_strip_alone(laptop):
    """The strip shows the whole span: moving the window reruns the counts, the slider and the
    map, never the strip (drawn by the page, outside the window's fragment), which is neither
    marked stale nor drawn again: not one change in its element during the move."""
    page = laptop
    open_map(page)
    wait_metric(page, "Events in view", "5")
    settled(page)
    page.evaluate(f"""() => {{
      window.__strip = {STRIP_ELEMENT};
      window.__stripChanges = [];
      new MutationObserver(records => window.__stripChanges.push(...records.map(r => r.type + ' ' + r.attributeName)))
        .observe(window.__strip, {{attributes: true, childList: true, subtree: true, characterData: true}});
    }}""")
    page.get_by_role("slider").first.focus()
    page.keyboard.press("End")  # the window's start to the span's last day
    wait_metric(page, "Events in view", "2")
    settled(page)
    assert page.evaluate(f"() => {STRIP_ELEMENT} === window.__strip")
    assert page.evaluate("() => window.__stripChanges") == []
    # the strip still right over the slider
    track = page.locator(".st-key-f_window").bounding_box()
    strip = page.locator(".cm-histogram").bounding_box()
    assert 0 <= track["y"] - (strip["y"] + strip["height"]) <= 20, (strip, track)


def test_the_wheel_scrolls_the_page_until_the_map_is_clicked(laptop):
    page = laptop
    open_map(page)
    wait_metric(page, "Events in view", "5")
    frame = map_frame(page)
    box = page.evaluate(MAP_BOX)
    x, y = (box["left"] + box["right"]) / 2, box["top"] + box["height"] / 2
    start_zoom = frame.evaluate(ZOOM)
    # over a map not clicked: the page scrolls, the map keeps its zoom and says how to zoom
    page.mouse.move(x, y)
    page.mouse.wheel(0, 150)
    wait_until(page, "(top) => document.querySelector('iframe[title=\"streamlit_folium.st_folium\"]')"
               ".getBoundingClientRect().top < top - 100", arg=box["top"], timeout=10_000)
    assert frame.evaluate(ZOOM) == start_zoom
    assert frame.locator(".cm-wheel-hint.cm-show").count() == 1
    assert "Ctrl" in frame.locator(".cm-wheel-hint").inner_text()
    page.mouse.wheel(0, -150)
    wait_until(page, "(top) => Math.abs(document.querySelector('iframe[title=\"streamlit_folium.st_folium\"]')"
               ".getBoundingClientRect().top - top) < 2", arg=box["top"], timeout=10_000)
    # a click into the map: the wheel zooms it and the page stays
    page.mouse.click(x, y)
    page.mouse.wheel(0, -120)
    wait_until(frame, "(z) => Object.values(window).find(v => window.L && v instanceof L.Map).getZoom() > z",
               arg=start_zoom, timeout=10_000)
    assert abs(page.evaluate(MAP_BOX)["top"] - box["top"]) < 2
    settled(page)  # the page's rerun for the map's new extent is over
    clicked_zoom = frame.evaluate(ZOOM)
    # out of the map and back: the wheel scrolls the page again, unless Ctrl is held
    page.mouse.move(x, 5)
    page.mouse.move(x, y)
    page.keyboard.down("Control")
    page.mouse.wheel(0, -120)
    page.keyboard.up("Control")
    wait_until(frame, "(z) => Object.values(window).find(v => window.L && v instanceof L.Map).getZoom() > z",
               arg=clicked_zoom, timeout=10_000)
    assert abs(page.evaluate(MAP_BOX)["top"] - box["top"]) < 2
    assert frame.evaluate("() => window.cmWheel.active()") is False


#: the first and last day of the sample store's reported events
SAMPLE_DAYS = ("2022-01-04", "2022-01-22")
NO_PLACE = ("Air strike kills four\n\nOn 12 January 2022, an air strike killed 4 civilians "
            "<img src=x onerror=\"window.parent.__pwned = 1\">, according to the SOHR.\n")


def test_an_event_without_a_place_is_listed_and_placed_onto_the_map(browser, writing_server, tmp_path, monkeypatch,
                                                                    run_cli):
    """On the server of the tests that add articles: the page is opened on the sample's days
    (the others add theirs in March)."""
    server = writing_server
    article = tmp_path / "no_place.txt"
    article.write_text(NO_PLACE, encoding="utf-8")
    for name in ("CONFLICTMAP_HOME", "CONFLICTMAP_GAZETTEER"):  # the CLI, run here, on the server's store
        monkeypatch.setenv(name, server.env[name])
    ingested = run_cli("ingest", "--published", "2022-01-13", str(article))
    assert ingested.code == 0, ingested.err
    db = Path(server.env["CONFLICTMAP_HOME"]) / "conflictmap.db"
    with sqlite3.connect(db) as con:
        ((uid,),) = con.execute("SELECT uid FROM events WHERE lat IS NULL AND NOT deleted "
                                "AND date_start = '2022-01-12'").fetchall()
    with guarded_page(browser, server.url) as page:
        page.set_viewport_size({"width": 1440, "height": 900})
        open_map(page, f"?from={SAMPLE_DAYS[0]}&to={SAMPLE_DAYS[1]}")
        wait_metric(page, "Events in view", "6")
        wait_metric(page, "Without a place", "1")
        expect_markers(page, 5)
        page.get_by_text("Events without a place in this window (1)").click()
        listed = page.locator('[data-testid="stExpander"]', has_text="Events without a place")
        text = listed.locator('[data-testid="stText"]').first.inner_text()
        assert "2022-01-12 · Explosions/Remote violence · 4 killed" in text
        assert '<img src=x onerror="window.parent.__pwned = 1">' in text  # as written, as text
        assert page.locator('img[src="x"]').count() == 0 and page.evaluate("() => window.__pwned") is None
        listed.get_by_label("Search the gazetteer").fill("Homs")
        listed.get_by_label("Search the gazetteer").press("Enter")
        # the analyst reads the candidates (the button comes with them), then clicks: the run
        # that drew them is over
        use = listed.get_by_role("button", name="Use this place")
        use.wait_for(timeout=60_000)
        wait_idle(page)
        use.click()
        try:
            wait_metric(page, "Without a place", "0")
        except PlaywrightTimeoutError:
            alerts = page.locator('[data-testid="stAlert"], [data-testid="stException"]').all_inner_texts()
            raise AssertionError(f"the event was not placed; the page says: {alerts}") from None
        wait_metric(page, "Events in view", "6")
        page.frame_locator(MAP).locator("img.leaflet-tile-loaded").first.wait_for(timeout=60_000)
        expect_markers(page, 6)
    with sqlite3.connect(db) as con:
        lat, lon, name, user_edited = con.execute(
            "SELECT lat, lon, place_name, user_edited FROM events WHERE uid = ?", (uid,)).fetchone()
        kinds = [k for (k,) in con.execute(
            "SELECT kind FROM event_corrections JOIN events ON events.id = event_corrections.event_id "
            "WHERE events.uid = ?", (uid,))]
    assert (round(lat, 1), round(lon, 1)) == (34.7, 36.7) and name == "Homs" and user_edited
    assert kinds == ["re-resolve"]
