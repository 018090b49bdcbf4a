"""Issue 21, items 1 and 3, below the browser: the timeline's span (reported, placed events, its
far tail apart), the events without a place and their lines, the histogram strip, and the map's
in-page controls as rendered (offline)."""

from datetime import date

import pandas as pd
import pytest

from dashboard.assets import STATIC_URL, offline_folium
from dashboard.histogram import OWN_LAYER, STRIP_HEIGHT, histogram_strip
from dashboard.map_controls import WHEEL_HINT
from dashboard.mapview import base_map
from dashboard.timeline_span import TAIL_MIN_EVENTS, Span, timeline_span
from dashboard.unplaced_panel import SENTENCE_CHARS, unplaced, unplaced_lines
from tests.dashboard.test_assets import local_refs
from tests.geo.test_query import events, sources_of


def frame(days: list[str], *, placed: bool = True, reported: bool = True, ends: list[str] | None = None) -> pd.DataFrame:
    """Events on ``days`` (ISO), placed in Homs or nowhere."""
    df = pd.DataFrame({"uid": [f"e{i}" for i in range(len(days))], "date_start": days, "date_end": ends or days,
                       "lat": 34.72 if placed else None, "lon": 36.73 if placed else None, "reported": reported})
    df["start"], df["end"] = pd.to_datetime(df["date_start"]), pd.to_datetime(df["date_end"])
    return df


def this_year(n: int) -> list[str]:
    return [d.date().isoformat() for d in pd.date_range("2024-01-01", periods=n, freq="2D")]


def test_one_old_event_does_not_stretch_the_span_but_stays_reachable():
    days = this_year(TAIL_MIN_EVENTS + 30) + ["1989-06-01"]  # a UCDP file of this year, and one of 1989
    span = timeline_span(frame(days))
    assert (span.lo, span.hi) == (date(2024, 1, 1), date.fromisoformat(this_year(50)[-1]))
    assert (span.first, span.before, span.after, span.tail) == (date(1989, 6, 1), 1, 0, 1)
    assert span.bounds(whole=True) == (date(1989, 6, 1), span.hi)
    assert span.bounds(whole=False) == (span.lo, span.hi)


def test_a_late_wrong_date_is_a_tail_too():
    days = this_year(60)
    span = timeline_span(frame(days, ends=days[:-1] + ["2042-01-01"]))  # an end date mistyped
    assert (span.hi, span.last, span.after, span.before) == (date.fromisoformat(days[-2]), date(2042, 1, 1), 1, 0)


@pytest.mark.parametrize("days", [
    # decades of events spread evenly (UCDP's Syria file): no tail
    [d.date().isoformat() for d in pd.date_range("1989-01-01", "2023-12-31", periods=400)],
    # too few events to tell a tail from the span (the sample articles)
    this_year(TAIL_MIN_EVENTS - 2) + ["1989-06-01"],
    # more old events than a tail holds (1 %): a second period, not a tail
    this_year(100) + ["1989-06-01", "1990-02-01"],
])
def test_no_tail(days):
    span = timeline_span(frame(days))
    assert span.tail == 0 and (span.lo, span.hi) == (span.first, span.last)


def test_the_span_comes_from_the_reported_placed_events():
    placed, history = frame(this_year(30)), frame(["2015-03-01", "2016-03-01"], reported=False)
    nowhere = frame(["2023-01-01", "2025-06-01"], placed=False)  # without a place: not on the map
    both = pd.concat([placed, history, nowhere], ignore_index=True)
    assert (timeline_span(both).first, timeline_span(both).last) == (date(2024, 1, 1), date(2024, 2, 28))
    with_history = timeline_span(both, background=True)
    assert (with_history.first, with_history.last) == (date(2015, 3, 1), date(2024, 2, 28))
    # nothing placed: the span of the events there are, so that they are in a window
    assert timeline_span(nowhere) == Span(date(2023, 1, 1), date(2025, 6, 1), date(2023, 1, 1), date(2025, 6, 1))
    assert timeline_span(frame([]), today=date(2026, 12, 2)).lo == date(2026, 12, 2)


def test_events_without_a_place_and_their_lines():
    df = events()  # "c" has no place, "a" and "b" do
    hostile = frame(["2022-01-12"], placed=False).assign(
        id=9, uid="h", event_type="Explosions/Remote violence", fatalities=4.0)
    both = pd.concat([df, hostile], ignore_index=True)
    assert list(unplaced(both)["uid"]) == ["c", "h"]
    sentence = "Le 12 janvier 2022, une frappe a tué 4 civils <img src=x onerror=alert(1)> près d'[ici](javascript:x)."
    sources = pd.concat([sources_of(), pd.DataFrame({"event_id": [9, 9], "sentence": [sentence, "second source"]})])
    lines = unplaced_lines(unplaced(both), sources)
    assert list(lines) == ["h", "c"]  # latest first
    assert lines["h"] == f"2022-01-12 · Explosions/Remote violence · 4 killed · “{sentence}”"  # as written
    assert lines["c"] == "2021-10-01 – 2021-10-31 · Explosions/Remote violence · 0 killed · “no sentence”"
    long = sources.assign(sentence="Des combats ont eu lieu. " * 40)
    assert len(unplaced_lines(unplaced(both), long)["h"].split("“")[1]) == SENTENCE_CHARS + 1  # and the ”
    assert list(unplaced_lines(unplaced(both), sources, limit=1)) == ["h"]


def test_the_histogram_strip_leaves_the_tail_out():
    df = frame(this_year(30) + ["1989-06-01"]).assign(event_type="Battles")
    html = histogram_strip(df, date(2024, 1, 1), date(2024, 2, 28))
    assert f"height:{STRIP_HEIGHT}px" in html and "events per day" in html
    assert html.count('title="') == 30 and "1989" not in html  # one bar per day, none left of the strip
    assert "left:-" not in html


def test_the_page_map_has_its_controls_offline_and_the_export_map_none():
    offline_folium()
    page = base_map(in_page=True).get_root().render()
    assert "L.control.fullscreen(" in page and "cm-wheel-hint" in page and WHEEL_HINT in page
    assert "scrollWheelZoom.disable()" in page
    refs = local_refs(page)
    assert f"{STATIC_URL}/leaflet.fullscreen/Control.FullScreen.js" in refs
    assert f"{STATIC_URL}/leaflet.fullscreen/Control.FullScreen.css" in refs
    assert all(r.startswith(STATIC_URL + "/") for r in refs), refs
    export = base_map(offline_tiles=False).get_root().render()
    assert "fullscreen" not in export.lower() and "cm-wheel-hint" not in export


def test_the_histogram_strip_is_a_compositing_layer_of_its_own():
    """Each slider move redraws the slider and the counts around the strip: in a layer of its
    own, the browser does not paint its bars again for every move."""
    html = histogram_strip(frame(this_year(30)).assign(event_type="Battles"), date(2024, 1, 1), date(2024, 2, 28))
    outer = html.split(">", 1)[0]
    assert outer.startswith('<div class="cm-histogram"') and OWN_LAYER in outer
