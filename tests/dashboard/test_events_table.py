"""What the events table sends to the browser (dashboard.events_table.table_payload); the
table itself is driven in Chromium by tests/browser/test_dashboard_browser.py."""

import math

import pandas as pd
import pytest

from dashboard.events_table import COLUMNS, table_payload


def frame(rows: list[dict]) -> pd.DataFrame:
    base = {"uid": "", "date_start": "2022-01-22", "date_end": "2022-01-22", "event_type": "Battles",
            "sub_event_type": "Armed clash", "place_name": "Al Ḩasakah", "place_precision": "point",
            "actors": "SDF; IS", "fatalities": 0, "n_sources": 1, "langs": "en", "confidence": 0.8,
            "lat": 36.5, "lon": 40.75}
    return pd.DataFrame([{**base, **row} for row in rows])


def test_rows_keep_their_order_and_values_as_json():
    table = frame([
        {"uid": "b2", "date_start": "2022-01-20", "fatalities": 12, "confidence": 2 / 3},
        {"uid": "a1", "actors": "Forces démocratiques syriennes", "fatalities": math.nan, "sub_event_type": None},
    ])
    payload = table_payload(table, selected="a1")
    assert [c["label"] for c in payload["columns"]] == [header for _, header in COLUMNS]
    assert [c["numeric"] for c in payload["columns"]].count(True) == 3
    first, second = payload["rows"]
    assert first[:3] == ["b2", "2022-01-20", "2022-01-22"] and first[8] == 12 and first[11] == 0.667
    assert (first[12], second[12]) == ("medium", "high")  # the confidence band beside the number
    assert second[7] == "Forces démocratiques syriennes"  # accents as they are
    assert second[8] is None and second[4] is None  # empty cells
    assert payload["selected"] == "a1"
    assert "lat" not in str(payload["columns"])  # only the table's columns travel


def test_markup_in_article_text_travels_as_plain_text():
    hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>'
    (row,) = table_payload(frame([{"uid": "x", "actors": hostile, "place_name": "</td><b>Homs"}]))["rows"]
    assert row[7] == hostile and row[5] == "</td><b>Homs"  # the browser sets them as text


def test_an_empty_view_and_a_frame_without_the_columns():
    assert table_payload(frame([{"uid": "x"}]).iloc[0:0])["rows"] == []
    with pytest.raises(ValueError, match="missing columns actors"):
        table_payload(frame([{"uid": "x"}]).drop(columns=["actors"]))


def test_the_popup_shows_the_confidence_and_its_band():
    from dashboard.mapview import marker_columns

    table = frame([{"uid": "a", "id": 1, "confidence": 0.41, "date_precision": "day"},
                   {"uid": "b", "id": 2, "confidence": 0.9, "date_precision": "day"}])
    assert marker_columns(table, {})["conf"] == ["0.41 (low)", "0.90 (high)"]
