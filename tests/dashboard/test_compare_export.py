"""Compare periods in the exports: the PDF briefing's first page lists the change by first-level
area (text read back from the PDF) and its map shows it; the HTML map carries the layer with
every name escaped; `--compare` without a window is one clear line."""

from __future__ import annotations

import io
import json
import re
from datetime import date
from pathlib import Path

import folium
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.data.view_model import view_frames
from dashboard.filters import Filters, from_query, to_query
from dashboard.trend_layer import trend_layer
from geo.query import matching, within
from geo.store import Store
from geo.trends import area_trends
from tests.conftest import require_chromium

START, END = date(2022, 1, 13), date(2022, 1, 22)


def per_area(db, start: date, end: date) -> dict[str, int]:
    """Reported events per stored admin1 in [start, end], counted here with pandas."""
    with Store.open(str(db)) as store:
        events, sources = view_frames(store)
    shown = within(matching(events, Filters(), sources), start, end)
    return {str(k): int(v) for k, v in shown["admin1"].value_counts().items()}


def first_page(path) -> tuple[str, int]:
    pdfplumber = pytest.importorskip("pdfplumber")
    with pdfplumber.open(path) as pdf:
        return " ".join(pdf.pages[0].extract_text().split()), len(pdf.pages[0].images)


@pytest.mark.browser
def test_pdf_first_page_lists_the_change_by_area(sample_store, run_cli, tmp_path):
    require_chromium()
    now, before = per_area(sample_store, START, END), per_area(sample_store, date(2022, 1, 3), date(2022, 1, 12))
    out = tmp_path / "brief.pdf"
    result = run_cli("export", "--out", str(out), "--from", str(START), "--to", str(END), "--compare", "previous")
    assert result.code == 0, result.err
    text, images = first_page(out)
    assert images == 1
    assert "Change by area against the previous window of the same length (2022-01-03 – 2022-01-12)" in text
    assert "Area now before change class" in text
    for area in set(now) | set(before):
        n, b = now.get(area, 0), before.get(area, 0)
        change = "new" if b == 0 else f"{round(100 * (n - b) / b):+d}%"
        # the name (a long one cut with an ellipsis), then the row's figures and class
        assert re.search(rf"{re.escape(area.split()[0])}[^0-9]* {n} {b} {re.escape(change)} low base", text), (area, text)
    assert "low baseline (< 5 events" in text and "large increase (> +25 %)" in text  # the legend (cells wrap)


def test_html_map_carries_the_layer(sample_store, run_cli, tmp_path):
    out = tmp_path / "map.html"
    result = run_cli("export", "--out", str(out), "--from", str(START), "--to", str(END), "--compare", "previous")
    assert result.code == 0, result.err
    page = out.read_text(encoding="utf-8")
    assert "cm-trend-legend" in page and "Al-Hasakah Governorate" in page


def test_compare_without_a_window_is_one_line(sample_store, run_cli, tmp_path):
    result = run_cli("export", "--out", str(tmp_path / "x.pdf"), "--compare", "year")
    assert result.code != 0
    assert result.err.strip() == "error: --compare needs a time window: give --from and --to"


def test_area_names_are_escaped_in_the_layer():
    hostile = "<img src=x onerror=alert(1)>{{ 7*7 }}"
    frame = pd.DataFrame({"country_code": ["SY"] * 6, "admin1": [hostile] * 6, "lat": [36.0] * 6,
                          "lon": [37.0] * 6})
    m = folium.Map()
    trend_layer(area_trends(frame, frame.iloc[:5]), "previous", (START, END), (date(2022, 1, 3), date(2022, 1, 12))
                ).add_to(m)
    page = m.get_root().render()
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(1)&gt;{{ 7*7 }}" in page
    assert "6 events in 2022-01-13 – 2022-01-22" in page and "5 in 2022-01-03 – 2022-01-12" in page
    assert "change: +20% · moderate increase" in page


def test_map_page_toggle_adds_the_layer_for_the_chosen_window(sample_store):
    """AppTest of the map page: the toggle and its choice reach the map's feature groups."""
    app = AppTest.from_file(str(Path(__file__).resolve().parents[2] / "dashboard" / "app.py"), default_timeout=90)
    app.query_params["from"], app.query_params["to"] = str(START), str(END)
    app.run()
    assert "cm-trend" not in json.loads(app.get("component_instance")[0].proto.json_args)["feature_group"]
    app.toggle(key="f_compare").set_value(True).run()
    layer = json.loads(app.get("component_instance")[0].proto.json_args)["feature_group"]
    assert "cm-trend" in layer and "2022-01-03 – 2022-01-12" in layer and "4 events in 2022-01-13 – 2022-01-22" in layer
    assert app.query_params["cmp"] == "previous"
    app.radio(key="f_compare_basis").set_value("year").run()
    layer = json.loads(app.get("component_instance")[0].proto.json_args)["feature_group"]
    assert "2021-01-13 – 2021-01-22" in layer and "0 in 2021-01-13 – 2021-01-22" in layer
    assert app.query_params["cmp"] == "year" and not app.exception


def test_a_link_opens_the_map_comparing_with_a_year_earlier(sample_store):
    app = AppTest.from_file(str(Path(__file__).resolve().parents[2] / "dashboard" / "app.py"), default_timeout=90)
    app.query_params["from"], app.query_params["to"], app.query_params["cmp"] = str(START), str(END), "year"
    app.run()
    assert app.toggle(key="f_compare").value and app.radio(key="f_compare_basis").value == "year"
    layer = json.loads(app.get("component_instance")[0].proto.json_args)["feature_group"]
    assert "against 2021-01-13 – 2021-01-22" in layer and not app.exception


def test_the_comparison_goes_through_the_url():
    f = Filters(start=START, end=END, compare="year")
    assert to_query(f)["cmp"] == "year" and from_query(to_query(f)) == f
    assert from_query({"cmp": "decade"}).compare == "" and "cmp" not in to_query(Filters())


@pytest.mark.browser
def test_the_comparison_stays_on_the_first_page_with_many_areas(tmp_path, gazetteer_path):
    """Fourteen governorates and every event type in the window: page 1 still holds the whole
    comparison, against the same window a year earlier (its figures as counted here), and page 2
    starts with the table of events."""
    pdfplumber = pytest.importorskip("pdfplumber")
    require_chromium()
    from bench.generate_events import generate
    from dashboard.export import ExportOptions, render, selection
    from geo.trends import gazetteer_centres

    with Store.open(str(tmp_path / "many.db")) as store:
        generate(store, 1500, gazetteer_path)
        events, sources = view_frames(store)
    query = Filters(start=date(2016, 1, 1), end=date(2016, 12, 31))
    chosen = selection(events, sources, query, compare="year", centres=gazetteer_centres(gazetteer_path))
    assert chosen.areas is not None and len(chosen.areas.areas) >= 12
    data = render("pdf", chosen, ExportOptions(title="Synthetic", size="a4"))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        first, second = (" ".join(p.extract_text().split()) for p in pdf.pages[:2])
    top = chosen.areas.areas.iloc[0]
    assert re.search(rf"{re.escape(top['admin1'].split()[0])}[^0-9]* {int(top['now'])} {int(top['before'])} ", first)
    assert f"{len(chosen.areas.areas) - 7} more areas on the map." in first
    assert "size: fatalities (events), events (areas)" in first  # the legend's last line
    assert second.startswith("Events (")
    shown = matching(events, Filters(), sources)  # reported events, as the export shows by default
    assert "this a year change window before" in first  # the figures' heading, its cells wrapped
    assert f"Events {len(within(shown, query.start, query.end))} {len(within(shown, date(2015, 1, 1), date(2015, 12, 31)))} " in first
    assert "against the same window a year earlier (2015-01-01 – 2015-12-31)" in first
