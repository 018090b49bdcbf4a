"""One query, one frame: `conflictmap events`, `conflictmap export` and the dashboard (its map
page, counts, table and export panel) select the same events for the same query, and every
output names an event by its uid, never by the store's integer key."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest

NEWS_AND_HISTORY = """Airstrikes hit Idlib

Airstrikes killed 12 civilians in Idlib on Monday, activists said.
An attack in 2013 killed 20 people in Aleppo.
"""
HASAKAH = (36.0, 40.0, 37.0, 41.5)

# (the CLI's options, the dashboard's filters as keyword arguments, the map's extent)
QUERIES = {
    "sub-type": (["--type", "air/drone strike"], {"subtypes": ("Air/drone strike",)}, None),
    "sub-type, background": (["--type", "Air/drone strike", "--background"],
                             {"subtypes": ("Air/drone strike",), "background": True}, None),
    "bbox": (["--bbox", "36.0,40.0,37.0,41.5"], {}, HASAKAH),
    "text": (["--text", "voitures piégées"], {"text": "voitures piégées"}, None),
    "text, background": (["--text", "tanf", "--background"], {"text": "tanf", "background": True}, None),
    "type, window, bbox": (["--type", "Battles", "--from", "2022-01-20", "--to", "2022-01-22", "--bbox",
                            "36.0,40.0,37.0,41.5"], {"types": ("Battles",), "start": "2022-01-20",
                                                     "end": "2022-01-22"}, HASAKAH),
    "nothing": ([], {}, None),
    "background": (["--background"], {"background": True}, None),
}


@pytest.fixture
def store_path(sample_store, run_cli, tmp_path):
    """The sample articles (a copy of the sample store) and a news item that recalls a 2013
    attack (background)."""
    news = tmp_path / "news.txt"
    news.write_text(NEWS_AND_HISTORY, encoding="utf-8")
    assert run_cli("ingest", "--published", "2016-09-22", str(news)).code == 0
    return sample_store


def _panel_csv(store_path, filters: dict, bbox) -> bytes:
    """The CSV the dashboard's export panel prepares for these filters and map extent, from
    the frames the map page filters (its own code path, without a browser)."""
    from datetime import date

    from dashboard.export_panel import _render
    from dashboard.filters import Filters
    from geo.query import matching
    from geo.store import Store
    from geo.store.frames import store_frames

    values = {k: date.fromisoformat(v) if k in ("start", "end") else v for k, v in filters.items()}
    view = Filters(**values)
    with Store.open(str(store_path)) as store:
        events, sources = store_frames(store, columnar=None)
    untimed = matching(events, view, sources)  # as the map page keeps it (dashboard/views/map.py)
    return _render("csv", untimed, sources, view, bbox, "view", "slide", "en")


def test_the_cli_and_the_dashboard_select_the_same_events(store_path, run_cli, tmp_path):
    counts = {}
    for name, (args, filters, bbox) in QUERIES.items():
        listed = run_cli("events", "--format", "csv", *args)
        assert listed.code == 0, (name, listed.err)
        out = tmp_path / "view.csv"
        exported = run_cli("export", "--out", str(out), *args)
        assert exported.code == 0, (name, exported.err)
        assert out.read_text(encoding="utf-8") == listed.out, name
        assert _panel_csv(store_path, filters, bbox).decode("utf-8") == listed.out, name
        counts[name] = len(list(csv.DictReader(io.StringIO(listed.out))))
        table = run_cli("events", *args).out
        assert table.strip().endswith(f"\n{counts[name]} events") or table.strip() == f"{counts[name]} events"
    # each query selects something, and what it asks for makes a difference
    assert counts == {"sub-type": 3, "sub-type, background": 4, "bbox": 4, "text": 1, "text, background": 2,
                      "type, window, bbox": 2, "nothing": 6, "background": 9}


def test_the_map_page_counts_and_table_show_what_the_cli_lists(store_path, run_cli):
    """The dashboard opened by a link with a sub-type, a text and background events shows, in
    its counts and its table, the events `conflictmap events` lists for the same query."""
    from tests.dashboard.test_app import metric, run, table_rows

    cli = json.loads(run_cli("events", "--format", "json", "--type", "Air/drone strike", "--text", "deir",
                             "--background").out)
    at = run(sub="Air/drone strike", q="deir", bg="1")
    assert not at.exception
    assert metric(at, "Events in view") == str(len(cli)) == "1"
    assert sorted(r["id"] for r in table_rows(at)) == sorted(e["id"] for e in cli)


def test_every_output_names_events_by_uid_and_never_by_key(store_path, run_cli, tmp_path):
    with sqlite3.connect(store_path) as con:
        keys = dict(con.execute("select uid, id from events where deleted = 0"))
    uids = set(keys)
    records = json.loads(run_cli("events", "--format", "json", "--background").out)
    assert {e["id"] for e in records} == uids
    assert all("event_id" not in s and "source_id" not in s for e in records for s in e["sources"])
    rows = list(csv.DictReader(io.StringIO(run_cli("events", "--format", "csv", "--background").out)))
    assert {r["id"] for r in rows} == uids and "event_id" not in rows[0]
    features = json.loads(run_cli("events", "--format", "geojson", "--background").out)["features"]
    assert {f["id"] for f in features} == uids
    assert all("event_id" not in f["properties"] and f["properties"]["id"] in uids for f in features)
    for fmt in ("csv", "geojson"):
        out = tmp_path / f"all.{fmt}"
        assert run_cli("export", "--out", str(out), "--background").code == 0
        text = out.read_text(encoding="utf-8")
        assert all(uid in text for uid in uids)
    assert set(keys.values()).isdisjoint(uids)
