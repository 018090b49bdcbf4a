"""Compare periods on the dashboard's map, in a real Chromium against `conflictmap serve`: the
toggle adds a circle per first-level area with its numbers in the tooltip and a legend, the
numbers are those counted here from the store, and the earlier window can be a year before."""

from __future__ import annotations

import re
from datetime import date

import pytest

from dashboard.data.view_model import view_frames
from dashboard.filters import Filters
from geo.query import matching, within
from geo.store import Store
from tests.browser.test_dashboard_browser import MAP, guarded_page, open_map, wait_metric
from tests.conftest import copy_sample_store

pytestmark = pytest.mark.browser
START, END = date(2022, 1, 13), date(2022, 1, 22)


@pytest.fixture
def page(shared_tabs, served):
    with guarded_page(shared_tabs, served) as opened:
        yield opened


@pytest.fixture
def counts(sample_store_file, tmp_path) -> dict[str, dict[str, int]]:
    """Events per stored admin1 in the window, the ten days before and the same days of 2021,
    counted here with pandas from a copy of the store the server serves (reported events, as the
    page shows by default)."""
    db = copy_sample_store(sample_store_file, tmp_path / "home")
    with Store.open(str(db)) as store:
        events, sources = view_frames(store)
    shown = matching(events, Filters(), sources)

    def per_area(start: date, end: date) -> dict[str, int]:
        return {str(k): int(v) for k, v in within(shown, start, end)["admin1"].value_counts().items()}

    return {"now": per_area(START, END), "previous": per_area(date(2022, 1, 3), date(2022, 1, 12)),
            "year": per_area(date(2021, 1, 13), date(2021, 1, 22))}


def tooltip_of(page, name: str) -> str:
    """Hover each area's circle until the tooltip naming ``name`` shows; its text."""
    frame = page.frame_locator(MAP)
    circles = frame.locator("path.cm-trend")
    for i in range(circles.count()):
        circles.nth(i).hover(force=True)
        tip = frame.locator(".leaflet-tooltip")
        tip.first.wait_for(timeout=10_000)
        text = tip.first.inner_text()
        if text.startswith(name):
            return text
        page.mouse.move(1, 1)
    raise AssertionError(f"no area circle has a tooltip for {name!r}")


def test_compare_periods_shows_areas_with_their_numbers_and_a_legend(page, counts):
    open_map(page, f"?from={START}&to={END}")
    wait_metric(page, "Events in view", str(sum(counts["now"].values())))
    frame = page.frame_locator(MAP)
    assert frame.locator("path.cm-trend").count() == 0 and frame.locator(".cm-trend-legend").count() == 0

    page.locator('[data-testid="stSidebar"]').get_by_text("Compare periods").click()
    areas = set(counts["now"]) | set(counts["previous"])
    frame.locator(f"path.cm-trend >> nth={len(areas) - 1}").wait_for(timeout=60_000)
    assert frame.locator("path.cm-trend").count() == len(areas)
    legend = frame.locator(".cm-trend-legend")
    assert legend.is_visible()
    text = legend.inner_text()
    assert "Change by area" in text and "2022-01-13 – 2022-01-22" in text and "2022-01-03 – 2022-01-12" in text
    for label in ("large increase (> +25 %)", "moderate increase (+10 to +25 %)", "limited change (-25 to +10 %)",
                  "large decrease (< -25 %)", "low baseline (< 5 events before)"):
        assert label in text

    assert "cmp=previous" in page.url  # a link reproduces the view
    busiest = max(counts["now"], key=counts["now"].get)
    now, before = counts["now"][busiest], counts["previous"].get(busiest, 0)
    tip = tooltip_of(page, busiest.split()[0])
    assert f"{now} events in 2022-01-13 – 2022-01-22" in tip
    assert f"{before} in 2022-01-03 – 2022-01-12" in tip
    assert "low baseline" in tip  # fewer than five events before

    # the same window a year earlier
    page.locator('[data-testid="stSidebar"]').get_by_text("a year earlier").click()
    frame.locator(".cm-trend-legend", has_text="2021-01-13 – 2021-01-22").wait_for(timeout=60_000)
    assert "cmp=year" in page.url
    tip = tooltip_of(page, busiest.split()[0])
    assert f"{now} events in 2022-01-13 – 2022-01-22" in tip
    assert f"{counts['year'].get(busiest, 0)} in 2021-01-13 – 2021-01-22" in tip

    # off again: the circles and the legend go, the events stay
    page.locator('[data-testid="stSidebar"]').get_by_text("Compare periods").click()
    frame.locator(".cm-trend-legend").wait_for(state="detached", timeout=60_000)
    assert frame.locator("path.cm-trend").count() == 0
    assert re.search(r"from=2022-01-13", page.url) and "cmp=" not in page.url
