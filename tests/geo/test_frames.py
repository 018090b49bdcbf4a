"""The store's events and sources frames (``geo.store.frames``): read the columnar way or through
the Python driver, the same frames; and a store's helpers open it without migrating it."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import create_engine, text

from geo.config import load_settings
from geo.errors import StoreError
from geo.store import Store, schema
from geo.store import frames as frames_module
from geo.store.frames import events_frame, sources_frame
from tests.conftest import copy_sample_store
from tests.old_schemas import store_at_release


def test_a_store_needing_migration_is_refused_without_migrate(tmp_path):
    path = tmp_path / "old.db"
    store_at_release(str(path), "0001").dispose()
    with pytest.raises(StoreError, match="needs migrating first"):
        Store.open(str(path), migrate=False)
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as con:  # left as it was
        assert con.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0001"
    engine.dispose()
    with Store.open(str(path)) as store:  # the owner migrates; then helpers may open it
        pass
    with Store.open(str(path), migrate=False) as store:
        assert store.counts()["events"] == 0


EVENTS = schema.events


def python_path_frames(store, monkeypatch) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The frames as the Python driver's rows give them (the columnar read turned off)."""
    with monkeypatch.context() as m:
        m.setattr(frames_module, "read_frames", lambda store, reads: [None] * len(reads))
        sources = sources_frame(store)
        return events_frame(store, sources), sources


def test_the_columnar_read_gives_the_frames_of_the_python_driver(ingested_url, monkeypatch):
    """Read the columnar way (SQLite: ADBC's driver; PostgreSQL: COPY into Arrow), the events and
    sources of the French and English samples are the frames the Python driver gives, value for
    value and type for type: accents, integers with and without NULLs, booleans, and a column
    that is NULL throughout."""
    ingested = ingested_url
    from geo.store import columnar

    used = []

    def read_frames(store, reads):
        found = columnar.read_frames(store, reads)
        used.extend(read.columns[0] for read, frame in zip(reads, found, strict=True) if frame is not None)
        return found

    monkeypatch.setattr(frames_module, "read_frames", read_frames)
    with Store.open(ingested) as store:
        events, sources = frames_module.store_frames(store)
        assert used == ["id", "event_id"]  # both were read the columnar way
        assert columnar.read_frame(store, *_events_query_and_columns(), rows_from=EVENTS) is not None
        some = sorted(set(sources["event_id"]))[:2]  # a read with bound parameters: IN (?, ?)
        assert columnar.read_frame(store, *_sources_of(some), rows_from=schema.event_sources) is not None
        pd.testing.assert_frame_equal(sources_frame(store, some), sources[sources["event_id"].isin(some)]
                                      .reset_index(drop=True))
        assert used == ["id", "event_id", "event_id"]
        slow_events, slow_sources = python_path_frames(store, monkeypatch)
    pd.testing.assert_frame_equal(events, slow_events)
    pd.testing.assert_frame_equal(sources, slow_sources)
    assert {"Al Ḩasakah", "At Tanf"} <= set(events["place_name"])
    assert events["user_edited"].dtype == bool and events["id"].dtype == "int64"
    assert events["fatalities"].dtype == "float64" and 89 in set(events["fatalities"])  # and NULLs
    assert sources["sentence"].str.contains("combats déclenchés le 20 janvier").any()


def test_a_column_null_throughout_holds_none_as_from_the_python_driver(ingested_url):
    ingested = ingested_url
    from sqlalchemy import select

    from geo.store import schema as t
    from geo.store.columnar import read_frame

    with Store.open(ingested) as store:
        query = select(t.events.c.id, t.events.c.note, t.events.c.fatalities_low)
        frame = read_frame(store, query, ["id", "note", "fatalities_low"], rows_from=t.events)
        with store.engine.connect() as con:
            rows = [tuple(r) for r in con.execute(query)]
    assert frame is not None and len(frame) == len(rows) > 0
    pd.testing.assert_frame_equal(frame, pd.DataFrame.from_records(rows, columns=["id", "note", "fatalities_low"]))
    assert frame["note"].dtype == object and frame["note"].isna().all()


def _events_query_and_columns():
    from sqlalchemy import select

    from geo.store import schema as t

    return select(t.events.c.id, t.events.c.event_type), ["id", "event_type"]


def test_a_value_the_columns_type_cannot_hold_falls_back_to_the_python_driver(ingested, monkeypatch):
    """SQLite keeps any value in any column: text where fatalities are counted (a store edited
    by hand) makes the columnar read step aside, and the frame is the Python driver's."""
    from geo.store import columnar

    with Store.open(ingested) as store:
        with store.engine.begin() as con:
            con.execute(text("UPDATE events SET fatalities = 'dozens' WHERE id = (SELECT min(id) FROM events)"))
        assert columnar.read_frame(store, *_fatalities_query(), rows_from=EVENTS) is None
        events = events_frame(store)
        slow_events, _ = python_path_frames(store, monkeypatch)
    pd.testing.assert_frame_equal(events, slow_events)
    assert "dozens" in set(events["fatalities"])


def _fatalities_query():
    from sqlalchemy import select

    from geo.store import schema as t

    return select(t.events.c.id, t.events.c.fatalities), ["id", "fatalities"]


def test_the_columnar_read_opens_the_file_read_only_wherever_it_is(world, sample_store_file, tmp_path, monkeypatch):
    """A store in a folder whose name needs quoting in a URI is read; an in-memory store and an
    empty table are left to the Python driver."""
    from geo.store import columnar

    home = tmp_path / "analyst's data #1 ?"
    monkeypatch.setenv("CONFLICTMAP_HOME", str(home))
    monkeypatch.delenv("CONFLICTMAP_DB", raising=False)
    copy_sample_store(sample_store_file, home)  # (the run's sample store: no ingest of its own)
    with Store.open(load_settings().db) as store:
        # (the path is a path: a "?" once cut it short, to a file "analyst's data #1 " beside)
        assert Path(store.engine.url.database).parent == home and [p.name for p in tmp_path.iterdir()] == [home.name]
        uri = columnar.sqlite_uri(store)
        assert uri is not None and uri.startswith("file:") and uri.endswith("?mode=ro") and "#" not in uri
        frame = columnar.read_frame(store, *_events_query_and_columns(), rows_from=EVENTS)
        assert frame is not None and len(frame) == store.counts()["events"] > 0
        with store.engine.begin() as con:
            con.execute(text("UPDATE events SET deleted = 1"))
        assert columnar.read_frame(store, *_deleted_query(), rows_from=EVENTS) is None  # no rows
        assert events_frame(store).empty
    with Store.open("sqlite://") as memory:
        assert columnar.sqlite_uri(memory) is None
        assert columnar.read_frame(memory, *_events_query_and_columns(), rows_from=EVENTS) is None


def _deleted_query():
    from sqlalchemy import select

    from geo.store import schema as t

    return select(t.events.c.id, t.events.c.event_type).where(t.events.c.deleted.is_(False)), ["id", "event_type"]


def _sources_of(event_ids: list[int]):
    read = frames_module._sources_read(event_ids)
    return read.query, read.columns


def test_the_columnar_read_never_loads_a_second_sqlite_into_this_process(ingested):
    """The driver links its own SQLite: it runs in a process of its own, so this one, which
    opens the store through Python's sqlite3, never loads it (its module or its library)."""
    import sys

    from geo.store import columnar

    with Store.open(ingested) as store:
        events, sources = frames_module.store_frames(store)
        assert columnar.read_frame(store, *_events_query_and_columns(), rows_from=EVENTS) is not None
    assert len(events) and len(sources)
    # (ADBC's PostgreSQL driver may be loaded by a test on PostgreSQL: it links no SQLite)
    assert not [name for name in sys.modules if name.startswith("adbc_driver_sqlite")]
    if sys.platform.startswith("linux"):
        with open("/proc/self/maps") as maps:
            assert "adbc_driver_sqlite" not in maps.read()


def test_text_with_quotes_commas_line_breaks_and_empty_values_reads_the_same_both_ways(ingested_url, monkeypatch):
    """An empty text is not a NULL, and a quote, a comma or a line break inside a value is part
    of it: the columnar read (PostgreSQL's CSV stream, SQLite's Arrow) gives the Python path's
    frames."""
    tricky = 'Tall "Abyad",\nnorth of Raqqa; «\u00a0Tell Abiad\u00a0»'
    with Store.open(ingested_url) as store:
        with store.engine.begin() as con:
            first, second = con.execute(text("SELECT id FROM events ORDER BY id LIMIT 2")).scalars()
            con.execute(text("UPDATE events SET place_name = :v, admin1 = NULL WHERE id = :i"), {"v": tricky, "i": first})
            con.execute(text("UPDATE events SET place_name = '', admin1 = '' WHERE id = :i"), {"i": second})
        events, sources = frames_module.store_frames(store, columnar=True)
        slow_events, slow_sources = python_path_frames(store, monkeypatch)
    pd.testing.assert_frame_equal(events, slow_events)
    pd.testing.assert_frame_equal(sources, slow_sources)
    by_id = events.set_index("id")
    assert by_id.loc[first, "place_name"] == tricky and pd.isna(by_id.loc[first, "admin1"])
    assert by_id.loc[second, "place_name"] == "" and by_id.loc[second, "admin1"] == ""


def test_the_reads_of_one_columnar_read_on_postgresql_see_one_version_of_the_store(postgres_url, monkeypatch):
    """The queries of one read run side by side on connections of their own, in the first one's
    snapshot: a row committed by another client after that snapshot was taken (here, just before
    the second connection starts reading) is in none of them."""
    import uuid

    import psycopg

    from geo.store import pg_columnar

    run = pg_columnar._run

    def commit_meanwhile(connection, sql):
        if sql.startswith("SET TRANSACTION SNAPSHOT"):  # (in each of the two other connections' threads)
            with psycopg.connect(postgres_url.replace("postgresql+psycopg://", "postgresql://")) as other:
                other.execute("INSERT INTO sources (kind, name, created_at) VALUES ('user', %s, now())",
                              (uuid.uuid4().hex,))
        run(connection, sql)

    monkeypatch.setattr(pg_columnar, "_run", commit_meanwhile)
    with Store.open(postgres_url) as store:
        uri = pg_columnar.libpq_uri(store)
        tables = pg_columnar._tables(uri, ["SELECT count(*) AS n FROM sources"] * 3)
        assert [t.column(0).to_pylist() for t in tables] == [[0], [0], [0]]
        assert store.counts()["sources"] == 2  # both committed, after the read's snapshot
