"""The map's place names in a real Chromium against `conflictmap serve`: zoomed to Aleppo at
zoom 10, offline, the town's name is drawn in English, and in French once the analyst picks
French; the labels come from the app's own route and no request leaves 127.0.0.1."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Error as PlaywrightError

from tests.browser.conftest import LABELS_SETTLED, POLL_MS, wait_until
from tests.browser.test_dashboard_browser import MAP, guarded_page, open_map, wait_metric
from tests.geo.test_place_labels import ALEPPO

pytestmark = pytest.mark.browser
FOLIUM = re.compile(r"streamlit_folium")
#: the names drawn and not hidden by the overlap pass, inside the map's box, once it shows ``zoom``
#: and its names are settled (``LABELS_SETTLED``); null before
SHOWN = """(zoom) => {
  if (!(""" + LABELS_SETTLED + """)(zoom)) return null;
  const box = document.querySelector('.leaflet-container').getBoundingClientRect();
  return [...document.querySelectorAll('.cm-label')].filter(e => {
    const r = e.getBoundingClientRect();
    return getComputedStyle(e).visibility === 'visible' && r.width > 0 && r.left >= box.left
      && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom;
  }).map(e => e.textContent);
}"""


@pytest.fixture
def page(shared_tabs, served):
    with guarded_page(shared_tabs, served) as opened:
        opened.labels = []
        opened.on("response", lambda r: opened.labels.append((r.status, r.url)) if "/labels/" in r.url else None)
        yield opened


#: the page holds one map, and not the one marked before the language changed
NEW_MAP_ONLY = """(sel) => {
  const maps = document.querySelectorAll(sel);
  return maps.length === 1 && maps[0].contentWindow && maps[0].contentWindow.cmBeforeFrench !== true;
}"""



def map_frame(page, seconds: float = 30):
    """The map's frame, once the page has it (it is rebuilt when the page reruns: on a loaded
    machine it may be gone for a moment)."""
    for _ in range(round(seconds * 1000 / POLL_MS)):
        frame = page.frame(url=FOLIUM)
        if frame is not None:
            return frame
        page.wait_for_timeout(POLL_MS)
    raise AssertionError("the map's frame never appeared")


def zoom_to(page, center: tuple[float, float], zoom: int) -> None:
    wait_until(map_frame(page), "() => Object.values(window).some(v => window.L && v instanceof L.Map)")
    map_frame(page).evaluate("""([lat, lon, zoom]) => {
        const map = Object.values(window).find(v => window.L && v instanceof L.Map);
        map.setView([lat, lon], zoom, {animate: false});
    }""", [*center, zoom])


def names_shown(page, wanted: Callable[[list[str]], bool], seconds: float = 30) -> list[str]:
    """The names in view at zoom 10 once they are settled and ``wanted`` holds of them (the map may
    be rebuilt meanwhile, and its label tiles arrive one by one, the overlap pass after them)."""
    shown: list[str] | None = None
    for _ in range(round(seconds * 1000 / POLL_MS)):
        try:
            shown = page.frame(url=FOLIUM).evaluate(SHOWN, 10)
        except Exception:  # noqa: BLE001 - the frame was replaced while asked
            shown = None
        if shown is not None and wanted(shown):
            return shown
        page.wait_for_timeout(POLL_MS)
    raise AssertionError(f"the names shown never were as wanted; last settled: {shown and shown[:30]}")


def map_png(page) -> bytes:
    return page.frame_locator(MAP).locator(".leaflet-container").screenshot()


def test_zoom_10_over_aleppo_names_the_town_in_english_then_in_french(page):
    open_map(page)
    wait_metric(page, "Events in view", "5")
    zoom_to(page, ALEPPO, 10)
    shown = names_shown(page, lambda shown: "Aleppo" in shown and "Alep" not in shown and len(shown) >= 5)
    assert "Aleppo" in shown and "Alep" not in shown and len(shown) >= 5  # the villages around it too
    # the names' tiles are placed by offsets, not each in a compositing layer of its own
    assert map_frame(page).evaluate("""() => { const tiles = [...document.querySelectorAll('.cm-label-tile')];
        return tiles.length > 0 && tiles.every(t => !t.style.transform && t.style.left.endsWith('px')); }""")
    # the picture differs from the bare base map: the same view with the names' pane hidden
    with_names = map_png(page)
    map_frame(page).evaluate("() => { document.querySelector('.leaflet-cmLabels-pane').style.display = 'none'; }")
    bare = map_png(page)
    map_frame(page).evaluate("() => { document.querySelector('.leaflet-cmLabels-pane').style.display = ''; }")
    assert with_names != bare
    assert page.labels and all(status == 200 and url.startswith(f"{page.base}/labels/en/")
                               for status, url in page.labels), page.labels[:5]

    # the analyst reads French: the sidebar's choice redraws the names (Streamlit mounts the new
    # map beside the old one, then removes the old one)
    map_frame(page).evaluate("() => { window.cmBeforeFrench = true; }")  # the English map, marked
    page.locator('[data-testid="stSelectbox"]', has_text="Place names").click()
    page.get_by_role("option", name="Français").click()
    shown = []
    for _ in range(6):  # a new map starts from its own view: zoom it to Aleppo once it is the only one
        wait_until(page, NEW_MAP_ONLY, arg=MAP, timeout=60_000)
        try:
            zoom_to(page, ALEPPO, 10)
            shown = names_shown(page, lambda shown: "Alep" in shown and "Aleppo" not in shown, seconds=10)
            break
        except (AssertionError, PlaywrightError):
            page.wait_for_timeout(1000)
    assert "Alep" in shown and "Aleppo" not in shown, shown[:30]
    for _ in range(5000 // POLL_MS):  # the responses' events reach Python as Playwright next waits
        if any(url.startswith(f"{page.base}/labels/fr/10/") for _, url in page.labels):
            break
        page.wait_for_timeout(POLL_MS)
    assert any(url.startswith(f"{page.base}/labels/fr/10/") for _, url in page.labels), page.labels[-10:]
