"""Property-based: the dashboard's frames functions and every output of `conflictmap events` are
total over missing values.  Generated event frames and rows in which any column (any key) may
be None, NaN, NaT, pandas' NA or empty go through the map layer, popups, the events table, the
histogram, the query, the export panel's selection and HTML map, the serialisers of a selected
frame, and the CLI's table, JSON, CSV and GeoJSON: no exception, and what comes out is well-formed (strict JSON, GeoJSON points
with coordinates, CSV that parses to one row per event)."""

from __future__ import annotations

import csv
import html
import io
import json
import math
from datetime import date

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard.event_layer import TimeFollow, marker_data
from dashboard.events_table import table_payload
from dashboard.export import ExportOptions, data_export, render_html, selection
from dashboard.filters import Filters, histogram_bins, time_span
from dashboard.histogram import histogram_html
from dashboard.mapview import events_layer, following_data, grid, marker_columns, source_lists
from dashboard.state import filter_options
from geo.events import CSV_FIELDS, csv_rows, to_geojson, write_csv
from geo.query import select
from geo.records import dump
from geo.store.frames import EVENT_COLUMNS, SOURCE_COLUMNS
from geo.taxonomy import TYPE_COLORS

FAST = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MISSING = st.sampled_from([None, float("nan"), pd.NaT, pd.NA, ""])
#: what a number column can hold for "none" (an empty string is text)
NO_NUMBER = st.sampled_from([None, float("nan"), pd.NA])
TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=24) | st.sampled_from([
    "![b](http://evil.example/b.png)", "<img src=x onerror=alert(1)>", "Battles", "Al-Hasakah", "a; b"])
DAY = st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31))


def maybe(values: st.SearchStrategy, none: st.SearchStrategy = MISSING) -> st.SearchStrategy:
    return st.one_of(none, values)


NUMBERS = {"fatalities", "fatalities_low", "fatalities_high", "lat", "lon", "geonameid", "confidence", "n_sources",
           "source_id", "article_id"}


EVENT_VALUES = {
    "uid": TEXT, "date_start": DAY.map(str), "date_end": DAY.map(str), "date_precision": st.sampled_from(["day", "month"]),
    "event_type": st.sampled_from([*TYPE_COLORS, "Other"]) | TEXT, "sub_event_type": TEXT, "actors": TEXT,
    "fatalities": st.integers(0, 5000) | st.floats(0, 1e6, allow_nan=False), "place_name": TEXT,
    "lat": st.floats(-90, 90), "lon": st.floats(-180, 180), "geonameid": st.integers(1, 10**7), "admin1": TEXT,
    "country_code": st.sampled_from(["SY", "IQ", "UA"]), "place_precision": st.sampled_from(["point", "admin1", "country"]),
    "confidence": st.floats(0, 1), "origin": st.sampled_from(["articles", "ucdp", "csv"]) | TEXT,
    "user_edited": st.booleans(), "reported": st.booleans(),
    "place_source": st.sampled_from(["sentence", "paragraph", "document"]) | TEXT, "start": DAY.map(pd.Timestamp), "end": DAY.map(pd.Timestamp),
    "n_sources": st.integers(0, 5), "langs": st.sampled_from(["en", "fr, en"]), "outlets": TEXT,
    "origin_id": TEXT, "fatalities_low": st.integers(0, 99), "fatalities_high": st.integers(0, 99),
}
SOURCE_VALUES = {
    "source_id": st.integers(1, 10**6), "article_id": st.integers(1, 10**6), "title": TEXT,
    "url": st.sampled_from(["https://example.org/a", "javascript:alert(1)", "data:text/html,x"]) | TEXT,
    "lang": st.sampled_from(["en", "fr"]), "published": DAY.map(str), "sentence": TEXT,
    "start": DAY.map(str), "end": DAY.map(str), "outlet": TEXT,
}
assert set(EVENT_COLUMNS) - {"id"} <= set(EVENT_VALUES) and set(SOURCE_COLUMNS) - {"event_id"} <= set(SOURCE_VALUES)


@st.composite
def frames(draw) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(events, sources) as the store's frames hold them, any value but the ids missing."""
    n = draw(st.integers(1, 8))
    def value(column: str, values: st.SearchStrategy):
        return draw(maybe(values, NO_NUMBER if column in NUMBERS else MISSING))

    events = pd.DataFrame([{"id": i, **{c: value(c, v) for c, v in EVENT_VALUES.items()}} for i in range(n)])
    rows = [{"event_id": draw(st.integers(0, n) | NO_NUMBER), **{c: value(c, v) for c, v in SOURCE_VALUES.items()}}
            for _ in range(draw(st.integers(0, 6)))]
    sources = pd.DataFrame(rows, columns=SOURCE_COLUMNS)
    for column in ("start", "end"):  # the frames' timestamps: NaT where missing
        events[column] = pd.to_datetime(events[column].where(events[column].map(lambda v: isinstance(v, pd.Timestamp))))
    return events, sources


def strict_json(text: str):
    """``text`` parsed as JSON that has no NaN or Infinity (which JSON does not have)."""
    def refuse(constant: str):
        raise ValueError(f"not JSON: {constant}")

    return json.loads(text, parse_constant=refuse)


@FAST
@given(frames())
def test_map_layer_popups_and_follow_data_are_total(data):
    events, sources = data
    placed = events.dropna(subset=["lat", "lon"])
    layer = marker_data(TYPE_COLORS, marker_columns(placed, source_lists(sources)))
    payload = strict_json(layer.payload)
    assert len(payload["lat"]) == len(placed)
    for popup in payload["src"]:
        for title, url, *_ in popup:
            assert "<" not in title and (url == "" or url.startswith(("http://", "https://")))
    events_layer(events, sources)
    events_layer(events, sources, heat=True)
    lo, hi = time_span(events)
    strict_json(following_data(events, sources, TimeFollow(lo, hi)).payload)
    if len(placed):
        assert int(grid(placed)["count"].sum()) == len(placed)


@FAST
@given(frames())
def test_filters_table_and_histogram_are_total(data):
    events, sources = data
    options = filter_options(events)
    lo, hi = time_span(events)
    everything = Filters(start=lo, end=hi, types=tuple(options["event_type"][:1]) or ("Battles",),
                         subtypes=tuple(options["sub_event_type"]), actors=tuple(options["actors"][:2]) or ("x",),
                         origins=("articles", "x"), langs=("en",), precisions=("point",), admin1=("x",),
                         countries=("SY",), min_fatalities=1, text="a", bbox=(-10.0, -20.0, 40.0, 50.0))
    assert len(select(events, everything, sources)) <= len(events)
    payload = table_payload(events)
    assert len(strict_json(json.dumps(payload, allow_nan=False))["rows"]) == len(events)
    for freq in ("D", "W-MON", "MS"):
        binned = histogram_bins(events, freq)
        assert int(binned["events"].sum()) == int(events["start"].notna().sum())
        page = histogram_html(binned, lo, hi, freq, TYPE_COLORS)
        assert "<img" not in page and "<script" not in page


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(frames())
def test_export_panel_selection_and_html_map_are_total(data):
    events, sources = data
    lo, hi = time_span(events)
    chosen = selection(events, sources, Filters(start=lo, end=hi))
    page = render_html(chosen, ExportOptions(title="view"))
    assert page.startswith("<!DOCTYPE html>") or page.lstrip().lower().startswith("<!doctype html>")


SOURCE = st.fixed_dictionaries({k: maybe(v) for k, v in {
    "article_id": st.integers(1, 100), "title": TEXT, "url": SOURCE_VALUES["url"], "lang": TEXT,
    "published": DAY.map(str), "sentence": TEXT, "start": DAY.map(str), "end": DAY.map(str)}.items()})
PLACE = st.fixed_dictionaries({k: maybe(v) for k, v in {
    "name": TEXT, "lat": st.floats(-90, 90) | st.floats(), "lon": st.floats(-180, 180) | st.floats(),
    "geonameid": st.integers(1, 10**7), "admin1": TEXT, "country_code": TEXT, "precision": TEXT}.items()})
ROW = st.fixed_dictionaries({
    "id": maybe(TEXT), "date_start": maybe(DAY.map(str)), "date_end": maybe(DAY.map(str)),
    "date_precision": maybe(TEXT), "event_type": maybe(TEXT), "sub_event_type": maybe(TEXT),
    "actors": st.none() | st.lists(maybe(TEXT), max_size=3), "fatalities": maybe(st.integers(0, 9999) | st.floats()),
    "fatalities_low": maybe(st.integers(0, 99)), "fatalities_high": maybe(st.integers(0, 99)),
    "place": st.none() | PLACE, "confidence": maybe(st.floats()), "origin": maybe(TEXT), "origin_id": maybe(TEXT),
    "reported": maybe(st.booleans()), "place_source": maybe(TEXT),
    "sources": st.none() | st.lists(SOURCE, max_size=3),
})


def _cli_safe(rows: list[dict]) -> list[dict]:
    """pandas' NA and NaT are no values a store row holds (SQLite gives None); NaN may be."""
    def clean(v):
        if v is pd.NA or v is pd.NaT:
            return None
        if isinstance(v, dict):
            return {k: clean(x) for k, x in v.items()}
        if isinstance(v, list):
            return [clean(x) for x in v]
        return v

    return [clean(r) for r in rows]


@FAST
@given(st.lists(ROW, max_size=6).map(_cli_safe))
def test_every_cli_output_of_events_is_total_and_well_formed(rows):
    from dashboard.cli import table_lines
    from geo.events import json_ready

    assert len(strict_json(json.dumps(json_ready(rows), allow_nan=False))) == len(rows)
    collection = strict_json(json.dumps(to_geojson(rows), allow_nan=False))
    assert collection["type"] == "FeatureCollection"
    for feature in collection["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert math.isfinite(lon) and math.isfinite(lat) and -90 <= lat <= 90 and -180 <= lon <= 180
    out = io.StringIO()
    assert write_csv(rows, out) == len(rows)
    parsed = list(csv.reader(io.StringIO(out.getvalue())))
    assert len(parsed) == len(rows) + 1 and all(len(r) == len(CSV_FIELDS) for r in parsed)
    lines = table_lines(rows)
    assert len(lines) == len(csv_rows(rows)) == len(rows) and all("\n" not in line for line in lines)


@FAST
@given(frames())
def test_every_serialisation_of_a_selected_frame_is_total_and_well_formed(data):
    """JSON, CSV and GeoJSON of generated frames (what `conflictmap events` and the exports
    write): strict JSON, one CSV row per event, each identified by its uid, never its key."""
    events, sources = data
    # keys no uid can look like; uids as the store makes them (never blank, unique, plain text)
    events = events.assign(id=range(1001, 1001 + len(events)), uid=[f"ev{i:06x}" for i in range(len(events))])
    records = strict_json(dump("json", events, sources))
    assert len(records) == len(events)
    rows = list(csv.DictReader(io.StringIO(dump("csv", events, sources))))
    assert len(rows) == len(events)
    expected = sorted("" if pd.isna(u) else str(u) for u in events["uid"])
    assert sorted(r["id"] for r in rows) == expected
    assert sorted(str(r["id"]) if r["id"] is not None else "" for r in records) == expected
    assert not {str(k) for k in events["id"]} & set(expected)
    collection = strict_json(dump("geojson", events, sources))
    assert all(f["id"] != "" and f["id"] not in set(events["id"]) for f in collection["features"])
    full = selection(events, sources, Filters(background=True))
    assert data_export("csv", full).decode("utf-8") == dump("csv", events, sources)


@pytest.mark.parametrize("value", [None, float("nan"), pd.NaT, pd.NA, "", 0, 0.0, "x", [1], date(2024, 1, 1)])
def test_plain_text_of_a_missing_value_is_the_default(value):
    from dashboard.text import html_text, markdown_literal, missing, plain

    is_missing = value is None or value is pd.NaT or value is pd.NA or (isinstance(value, float) and value != value)
    assert missing(value) == is_missing
    assert plain(value, "-") == ("-" if is_missing or value == "" else str(value))
    assert html_text(value, "-") == html.escape(plain(value, "-"), quote=True)
    assert markdown_literal(value) in ("", markdown_literal(str(value)))
