"""The time window and the bounding box are read through the store's indexes (migration 0006,
:mod:`geo.store.event_filter`), on SQLite and on a real PostgreSQL server: the query plans name
the indexes, every earlier schema upgrades to them, and the events read that way are those the
whole store gives once filtered in memory (:func:`geo.query.select`)."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import inspect, text

from geo.query import EventQuery, select
from geo.records import records
from geo.store import Store
from geo.store import schema as t
from geo.store.event_filter import BBOX_INDEX, WINDOW_INDEXES, narrowing
from geo.store.frames import events_query, store_frames
from tests.old_schemas import store_at_release

NEW_INDEXES = {"ix_events_date_end", BBOX_INDEX}
#: windows and boxes asked for, their edges on stored values too
QUERIES = [
    EventQuery(start=date(2022, 3, 1), end=date(2022, 3, 31)),
    EventQuery(start=date(2022, 3, 10)),
    EventQuery(end=date(2021, 12, 31)),
    EventQuery(start=date(2022, 2, 1), end=date(2022, 2, 1)),
    EventQuery(bbox=(33.0, 36.0, 36.5, 41.0)),
    EventQuery(bbox=(34.5, 38.5, 34.5, 40.0)),  # lat on the edge: 34.5 is inside
    EventQuery(start=date(2022, 1, 15), end=date(2022, 6, 30), bbox=(32.0, 35.0, 37.0, 42.0)),
    EventQuery(start=date(2022, 1, 15), bbox=(32.0, 35.0, 37.0, 42.0), background=True, types=("battles",)),
    EventQuery(start=date(2030, 1, 1)),
]


@pytest.fixture
def empty_url(db_backend, request, tmp_path) -> str:
    if db_backend == "sqlite":
        return str(tmp_path / "new.db")
    return request.getfixturevalue("empty_postgres_url")


@pytest.mark.parametrize("release", ["0001", "0002", "0003", "0004", "0005"])
def test_every_earlier_schema_upgrades_to_the_window_and_box_indexes(empty_url, release):
    engine = store_at_release(empty_url, release)
    with engine.connect() as con:
        assert not NEW_INDEXES & {i["name"] for i in inspect(con).get_indexes("events")}
    engine.dispose()
    with Store.open(empty_url) as store:
        indexes = {i["name"]: i["column_names"] for i in inspect(store.engine).get_indexes("events")}
    assert indexes["ix_events_date_start"] == ["date_start"]
    assert indexes["ix_events_date_end"] == ["date_end"]
    assert indexes[BBOX_INDEX] == ["lat", "lon"]


def stored_events(store: Store, count: int = 300) -> None:
    """``count`` events spread over 2021-2022 and over Syria and its neighbours: some over
    several days, some without an end day, undated, without a place, background or deleted, and
    some exactly on the edges the queries ask for."""
    rng = random.Random(22)
    now = datetime(2026, 12, 2, tzinfo=UTC)
    rows = []
    for i in range(count):
        first = date(2021, 1, 1) + timedelta(days=rng.randrange(730))
        last = first + timedelta(days=rng.choice([0, 0, 1, 5, 40]))
        lat, lon = round(rng.uniform(30.0, 38.0), 4), round(rng.uniform(34.0, 43.0), 4)
        kind = i % 10
        rows.append({
            "uid": f"e{i}", "event_type": rng.choice(["Battles", "Explosions/Remote violence"]), "actors": [],
            "origin": "test", "user_edited": False, "created_at": now, "updated_at": now,
            "date_start": None if kind == 1 else first.isoformat(),
            "date_end": None if kind in (1, 2) else last.isoformat(),
            "lat": None if kind == 3 else lat, "lon": None if kind == 3 else lon,
            "reported": kind != 4, "deleted": kind == 5,
        })
    edges = [("2022-03-31", "2022-04-02", 34.5, 38.5), ("2022-02-20", "2022-03-01", 36.5, 41.0),
             ("2022-03-10", None, 33.0, 36.0), ("2022-02-01", "2022-02-01", 34.5, 40.0)]
    for j, (first_day, last_day, lat, lon) in enumerate(edges):
        rows.append({"uid": f"edge{j}", "event_type": "Battles", "actors": [], "origin": "test", "user_edited": False,
                     "created_at": now, "updated_at": now, "date_start": first_day, "date_end": last_day,
                     "lat": lat, "lon": lon, "reported": True, "deleted": False})
    with store.transaction() as con:
        con.execute(t.events.insert(), rows)


def test_the_events_of_a_window_and_a_box_are_those_of_the_whole_store_filtered(store_url):
    with Store.open(store_url) as store:
        stored_events(store)
        whole, whole_sources = store_frames(store, columnar=False)
        for query in QUERIES:
            expected = records(select(whole, query, whole_sources), whole_sources)
            events, sources = store_frames(store, columnar=None, query=query)
            assert len(events) < len(whole) or query.start == date(2030, 1, 1)  # read fewer
            assert store.events(query) == expected, query
            assert records(select(events, query, sources), sources) == expected, query
        assert sum(bool(store.events(q)) for q in QUERIES) >= len(QUERIES) - 1  # not all empty
        query = QUERIES[6]  # the columnar read too (its own process on SQLite, COPY on PostgreSQL)
        events, sources = store_frames(store, columnar=True, query=query)
        assert records(select(events, query, sources), sources) == store.events(query)


def plan(store: Store, query: EventQuery) -> str:
    """The server's plan of the events frame's query, as text (indexes preferred on PostgreSQL:
    the test's tables are small enough for a scan to be cheaper)."""
    sql = str(events_query(narrowing(query)).compile(dialect=store.engine.dialect,
                                                      compile_kwargs={"literal_binds": True}))
    with store.engine.connect() as con:
        if con.dialect.name == "sqlite":
            return "\n".join(str(row[-1]) for row in con.execute(text(f"EXPLAIN QUERY PLAN {sql}")))
        con.execute(text("SET enable_seqscan = off"))
        return "\n".join(row[0] for row in con.execute(text(f"EXPLAIN {sql}")))


def test_the_plans_of_a_window_and_of_a_box_use_their_indexes(store_url):
    with Store.open(store_url) as store:
        stored_events(store)
        box = plan(store, EventQuery(bbox=(33.0, 36.0, 36.5, 41.0)))
        window = plan(store, EventQuery(start=date(2022, 3, 1), end=date(2022, 3, 31)))
        since = plan(store, EventQuery(start=date(2022, 3, 1)))
        everything = plan(store, EventQuery())
        dialect = store.engine.dialect.name
    assert BBOX_INDEX in box, box
    assert any(name in window for name in WINDOW_INDEXES), window
    assert all(name in since for name in WINDOW_INDEXES), since  # either end: both indexes
    if dialect == "sqlite":
        assert f"USING INDEX {BBOX_INDEX}" in box
        assert "SCAN events" in everything and "INDEX" not in everything
    else:
        assert "Index Scan" in box and "Index Scan" in window
        assert "Seq Scan" in everything and "Index" not in everything
