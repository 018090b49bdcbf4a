"""The dashboard's data (``dashboard.data``): the store's frames with the dashboard's columns,
their Parquet snapshot shared between processes (built once, by one process at a time, read by
the others: the server's snapshot process and its pages), the store version the pages watch, and
nothing of it written inside the installed package."""

from __future__ import annotations

import threading
import time

import pandas as pd

from dashboard.data import snapshot as snapshot_module
from dashboard.data.snapshot import _building, build_snapshot, frames
from dashboard.data.view_model import view_frames
from geo.config import load_settings
from geo.store import Store
from geo.store.frames import events_frame, sources_frame
from tests.conftest import ARTICLES


def counting(monkeypatch) -> list[int]:
    """Count the reads of the events through SQL (each build reads them once)."""
    calls: list[int] = []
    real = snapshot_module.view_frames
    monkeypatch.setattr(snapshot_module, "view_frames", lambda *a, **k: calls.append(1) or real(*a, **k))
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
        fresh_events, fresh_sources = view_frames(store)
        pd.testing.assert_frame_equal(events, fresh_events)
        pd.testing.assert_frame_equal(sources, fresh_sources)
        assert set(events["place_name"]) >= {"Al Ḩasakah"}
        for path in cache.glob("frames-*.parquet"):  # a damaged snapshot is built again
            path.write_bytes(b"PAR1 torn")
        stale = cache / "frames-0123456789abcdef-events.4242.tmp"  # a build stopped half-way
        stale.write_bytes(b"PAR1 half")
        assert build_snapshot(store, cache) is True
        pd.testing.assert_frame_equal(frames(store, cache)[0], view_frames(store)[0])
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
            version = snapshot_module.store_version(other)
            snapshot_module._build_snapshot(other, cache, version,
                                            snapshot_module._snapshot_paths(other, cache, version))
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
        pd.testing.assert_frame_equal(events, view_frames(store)[0])


def test_a_file_system_without_locks_builds_without_waiting(ingested, tmp_path, monkeypatch, caplog):
    """Some network mounts refuse locks (ENOLCK): the snapshot is built and read all the same,
    without waiting for a lock nobody holds (with no wait allowed, such a wait would end at
    once in a "gave up waiting" warning)."""
    import errno
    import fcntl

    def refuse(*args):
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(fcntl, "flock", refuse)
    monkeypatch.setattr(snapshot_module, "LOCK_WAIT_SECONDS", 0.0)
    cache = tmp_path / "cache"
    with caplog.at_level("WARNING", logger=snapshot_module.__name__), Store.open(ingested) as store:
        assert build_snapshot(store, cache) is True
        events, _ = frames(store, cache)
        pd.testing.assert_frame_equal(events, view_frames(store)[0])
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
            "from dashboard.data.snapshot import build_snapshot; "
            f"store = Store.open({ingested!r}, must_exist=True, migrate=False); "
            f"print(build_snapshot(store, Path({str(cache)!r})), 'pandas' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False"]


def test_frames_snapshot_is_the_store_and_follows_its_changes(world, tmp_path, capsys):
    """The dashboard's Parquet snapshot of the events gives the same frames as SQL, is replaced
    when the store changes, and a damaged snapshot is rebuilt rather than trusted."""
    from dashboard.cli import main

    assert main(["ingest", str(ARTICLES / "002_a0c274ca167b7a0b.txt")]) == 0
    cache = tmp_path / "cache"
    with Store.open(load_settings().db) as store:
        frames(store, cache)
        assert len(list(cache.glob("frames-*.parquet"))) == 2
        events, sources = frames(store, cache)
        pd.testing.assert_frame_equal(events, view_frames(store)[0])
        pd.testing.assert_frame_equal(sources, sources_frame(store))
        assert events["user_edited"].dtype == bool and not events["user_edited"].any()
        some = sorted(set(sources["event_id"]))[:2]  # the sources of chosen events only
        assert sorted(set(sources_frame(store, some)["event_id"])) == some
        assert sources_frame(store, []).empty
        before = sorted(cache.glob("frames-*.parquet"))
    assert main(["ingest", "--published", "2022-01-23", str(ARTICLES / "000_e69315e52186f9f0.txt")]) == 0
    capsys.readouterr()
    with Store.open(load_settings().db) as store:
        events, _ = frames(store, cache)
        assert len(events) == len(events_frame(store)) == 7
        after = sorted(cache.glob("frames-*.parquet"))
        assert len(after) == 2 and not set(before) & set(after)
        for path in after:
            path.write_bytes(b"not parquet")
        rebuilt, _ = frames(store, cache)
        pd.testing.assert_frame_equal(rebuilt, view_frames(store)[0])


def test_version_watch_sees_every_commit_and_only_then_recounts(world, capsys, monkeypatch):
    """The dashboard asks the store's version on every rerun: the watch answers from SQLite's
    data_version, and recounts only after a commit (here, one by another process's CLI)."""
    from dashboard.cli import main
    from dashboard.data import watch as watch_module
    from dashboard.data.watch import VersionWatch
    from geo.store.frames import store_version

    assert main(["ingest", str(ARTICLES / "002_a0c274ca167b7a0b.txt")]) == 0
    with Store.open(load_settings().db) as store:
        watch = VersionWatch(store)
        first = watch()
        assert first == store_version(store)
        calls = []
        monkeypatch.setattr(watch_module, "store_version", lambda s: calls.append(1) or store_version(s))
        assert watch() == first and watch() == first and calls == []
        assert main(["ingest", "--published", "2022-01-23", str(ARTICLES / "000_e69315e52186f9f0.txt")]) == 0
        capsys.readouterr()
        second = watch()
        assert second != first and calls == [1]
        assert watch() == second and calls == [1]
        watch.close()
