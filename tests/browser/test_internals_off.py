"""The dashboard with every hook into third-party internals off (``CONFLICTMAP_INTERNAL_HOOKS=off``,
``dashboard.internals``), in a real Chromium: the map paints and a filter change reaches it."""

from __future__ import annotations

import re

import pytest

from dashboard import internals
from tests.browser.conftest import wait_until

pytestmark = pytest.mark.browser
LOCAL = re.compile(r"^(https?|wss?)://127\.0\.0\.1[:/]|^(data|blob|about):")
MAP = 'iframe[title="streamlit_folium.st_folium"]'
#: the markers of the map's event layer (streamlit_folium's last feature group)
MARKERS = """() => {
  const groups = window.feature_group || [];
  if (!groups.length || window.cmPending === true) return -1;
  let n = 0;
  groups[groups.length - 1].eachLayer(layer => { if (layer.eachLayer) layer.eachLayer(() => n++); else n++; });
  return n;
}"""


@pytest.fixture
def unhooked(request, monkeypatch) -> str:
    """The URL of a `conflictmap serve` of this test's own, started with the hooks off (the shared
    server runs with them on)."""
    monkeypatch.setenv(internals.SWITCH, "off")
    return request.getfixturevalue("server").url


def events_in_view(page, value: str) -> None:
    wait_until(page, """(value) => [...document.querySelectorAll('[data-testid="stMetric"]')]
                 .some(m => m.innerText.includes('Events in view')
                            && m.querySelector('[data-testid="stMetricValue"]').innerText.trim() === value)""",
               arg=value, timeout=60_000)


def markers_on_map(page, n: int) -> None:
    frame = page.frame(url=re.compile(r"streamlit_folium"))
    wait_until(frame, f"() => ({MARKERS})() === {n}", timeout=60_000)


def test_without_the_hooks_the_map_paints_and_follows_a_filter(browser, unhooked):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    outside: list[str] = []  # every request is seen (tests/browser/test_dashboard_browser.guarded_page)
    page.on("request", lambda r: None if LOCAL.match(r.url) else outside.append(r.url))
    try:
        served = page.goto(unhooked + "/", wait_until="domcontentloaded")
        # Streamlit's own page, without the element modules announced: the hooks are off in this server
        assert "</head>" in served.text() and not re.search(r'modulepreload[^>]*/Slider\.', served.text())
        page.frame_locator(MAP).locator("img.leaflet-tile-loaded").first.wait_for(timeout=60_000)
        events_in_view(page, "5")
        markers_on_map(page, 5)
        thumb = page.get_by_role("slider").first
        thumb.focus()
        page.keyboard.press("End")  # the window starts on the last day: 2022-01-22
        events_in_view(page, "2")
        markers_on_map(page, 2)
        assert "from=2022-01-22" in page.url
    finally:
        page.close()
    assert outside == []
