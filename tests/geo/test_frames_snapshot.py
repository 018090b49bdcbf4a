"""The frames snapshot shared between processes: built once, by one process at a time, and
read by the others (the dashboard server's snapshot process and its page)."""

from __future__ import annotations

import threading
import time

import pandas as pd
import pytest
from sqlalchemy import create_engine, text

from geo.config import load_settings
from geo.errors import StoreError
from geo.store import Store, schema
from geo.store import frames as frames_module
from geo.store.frames import _building, build_snapshot, events_frame, frames, sources_frame
from tests.conftest import ARTICLES


@pytest.fixture
def ingested(sample_store):
    """A store holding the French and English sample articles' events (this test's own copy)."""
    return str(sample_store)


def counting(monkeypatch) -> list[int]:
    """Count the reads of the events through SQL (each build reads them once)."""
    calls: list[int] = []
    real = frames_module.store_frames
    monkeypatch.setattr(frames_module, "store_frames", lambda *a, **k: calls.append(1) or real(*a, **k))
    return calls


def test_build_snapshot_writes_what_frames_then_reads_without_sql(ingested, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    reads = counting(monkeypatch)
    with Store.open(ingested) as store:
        assert build_snapshot(store, cache) is True
        assert len(list(cache.glob("frames-*.parquet"))) == 2 and reads == [1]
        assert build_snapshot(store, cache) is False  # there already: only its footers are read
        events, sources = frames(store, cache)
        assert reads == [1]  # read from the snapshot, not the store
        pd.testing.assert_frame_equal(events, events_frame(store))
        pd.testing.assert_frame_equal(sources, sources_frame(store))
        assert set(events["place_name"]) >= {"Al Ḩasakah"}
        for path in cache.glob("frames-*.parquet"):  # a damaged snapshot is built again
            path.write_bytes(b"PAR1 torn")
        stale = cache / "frames-0123456789abcdef-events.4242.tmp"  # a build stopped half-way
        stale.write_bytes(b"PAR1 half")
        assert build_snapshot(store, cache) is True
        pd.testing.assert_frame_equal(frames(store, cache)[0], events_frame(store))
        assert not stale.exists() and (cache / "frames.lock").exists()
        assert len(list(cache.glob("frames-*"))) == 2


def test_a_process_needing_the_snapshot_waits_for_the_one_building_it(ingested, tmp_path, monkeypatch):
    """While another holds the lock (here a thread: a lock file's locks are per open file, so it
    stands for another process), ``frames`` waits, then reads what that one wrote: the events
    are read from the store once, not twice."""
    cache = tmp_path / "cache"
    reads = counting(monkeypatch)
    locked, released = threading.Event(), []

    def other_builder() -> None:
        with Store.open(ingested) as other, _building(cache):
            locked.set()
            time.sleep(0.3)  # the reader below asks meanwhile
            version = frames_module.store_version(other)
            frames_module._build_snapshot(other, cache, version,
                                          frames_module._snapshot_paths(other, cache, version))
            released.append(time.monotonic())

    builder = threading.Thread(target=other_builder)
    builder.start()
    assert locked.wait(10)
    with Store.open(ingested) as store:
        asked = time.monotonic()
        events, _ = frames(store, cache)
        builder.join()
        assert asked < released[0]  # it asked while the other was building
        assert reads == [1]
        pd.testing.assert_frame_equal(events, events_frame(store))


def test_a_store_needing_migration_is_refused_without_migrate(tmp_path):
    from alembic import command

    from geo.store.migrate import alembic_config

    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as con:
        command.upgrade(alembic_config(con), "0001")
    engine.dispose()
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


def test_a_file_system_without_locks_builds_without_waiting(ingested, tmp_path, monkeypatch, caplog):
    """Some network mounts refuse locks (ENOLCK): the snapshot is built and read all the same,
    without waiting for a lock nobody holds (with no wait allowed, such a wait would end at
    once in a "gave up waiting" warning)."""
    import errno
    import fcntl

    def refuse(*args):
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(fcntl, "flock", refuse)
    monkeypatch.setattr(frames_module, "LOCK_WAIT_SECONDS", 0.0)
    cache = tmp_path / "cache"
    with caplog.at_level("WARNING", logger="geo.store.frames"), Store.open(ingested) as store:
        assert build_snapshot(store, cache) is True
        events, _ = frames(store, cache)
        pd.testing.assert_frame_equal(events, events_frame(store))
    assert not [r for r in caplog.records if "gave up waiting" in r.getMessage()]


def test_a_present_snapshot_is_confirmed_without_pandas(ingested, tmp_path):
    """The dashboard's snapshot process, on a store whose snapshot is there (most starts), only
    reads the Parquet footers: pandas is not even imported (checked in a fresh interpreter)."""
    import subprocess
    import sys

    cache = tmp_path / "cache"
    with Store.open(ingested) as store:
        assert build_snapshot(store, cache) is True
    code = ("import sys; from pathlib import Path; from geo.store import Store; "
            "from geo.store.frames import build_snapshot; "
            f"store = Store.open({ingested!r}, must_exist=True, migrate=False); "
            f"print(build_snapshot(store, Path({str(cache)!r})), 'pandas' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False"]


# -- the columnar read (geo.store.columnar) ------------------------------------------------------
EVENTS = schema.events


def python_path_frames(store, monkeypatch) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The frames as the Python driver's rows give them (the columnar read turned off)."""
    with monkeypatch.context() as m:
        m.setattr(frames_module, "read_frames", lambda store, reads: [None] * len(reads))
        sources = sources_frame(store)
        return events_frame(store, sources), sources


def test_the_columnar_read_gives_the_frames_of_the_python_driver(ingested, monkeypatch):
    """Read through ADBC's SQLite driver, the events and sources of the French and English
    samples are the frames the Python driver gives, value for value and type for type: accents,
    integers with and without NULLs, booleans, and a column that is NULL throughout."""
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


def test_a_column_null_throughout_holds_none_as_from_the_python_driver(ingested):
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


def test_the_columnar_read_opens_the_file_read_only_wherever_it_is(world, tmp_path, monkeypatch, capsys):
    """A store in a folder whose name needs quoting in a URI is read; an in-memory store and an
    empty table are left to the Python driver."""
    from dashboard.cli import main
    from geo.store import columnar

    home = tmp_path / "analyst's data #1 ?"
    monkeypatch.setenv("CONFLICTMAP_HOME", str(home))
    monkeypatch.delenv("CONFLICTMAP_DB", raising=False)
    assert main(["ingest", str(ARTICLES / "002_a0c274ca167b7a0b.txt")]) == 0
    capsys.readouterr()
    with Store.open(load_settings().db) as store:
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
    assert not [name for name in sys.modules if name.startswith("adbc")]
    if sys.platform.startswith("linux"):
        with open("/proc/self/maps") as maps:
            assert "adbc" not in maps.read()
