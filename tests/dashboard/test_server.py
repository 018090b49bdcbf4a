"""The dashboard server's head start: a process writes the frames snapshot while Streamlit
starts; it never creates, migrates or damages a store."""

from __future__ import annotations

import sys

import pandas as pd
import pytest
from sqlalchemy import text

from dashboard.cli import main
from dashboard.data import snapshot as snapshot_module
from dashboard.data import view_model
from dashboard.data.snapshot import frames
from dashboard.data.view_model import view_frames
from dashboard.server import start_snapshot_build
from geo.config import load_settings
from geo.store import Store
from tests.conftest import ARTICLES
from tests.old_schemas import store_at_release

#: seconds after which a snapshot process is hung: a bound, not a timing (a loaded 2-core machine
#: spawns a process that imports pandas slowly; 60 s were once too few there)
HUNG = 600


@pytest.mark.parametrize("platform", ["linux", "darwin"])
def test_snapshot_process_writes_the_snapshot_the_page_reads(world, isolated_home, capsys, monkeypatch, platform):
    """Forked on Linux, spawned elsewhere (here on Linux, as macOS and Windows would)."""
    monkeypatch.setattr(sys, "platform", platform)
    assert main(["ingest", "--published", "2022-01-23", str(ARTICLES / "002_a0c274ca167b7a0b.txt")]) == 0
    capsys.readouterr()
    process = start_snapshot_build()
    assert process is not None
    process.join(HUNG)
    assert process.exitcode == 0
    cache = isolated_home / "cache"
    assert len(list(cache.glob("frames-*.parquet"))) == 2
    with monkeypatch.context() as m, Store.open(load_settings().db) as store:
        m.setattr(snapshot_module, "view_frames", lambda *a, **k: (_ for _ in ()).throw(AssertionError("read SQL")))
        events, _ = frames(store, cache)  # from the snapshot: the SQL reader above would fail
    assert len(events) == 4
    with Store.open(load_settings().db) as store:
        pd.testing.assert_frame_equal(events, view_frames(store)[0])


def test_snapshot_process_leaves_a_missing_store_missing(isolated_home):
    process = start_snapshot_build()
    process.join(HUNG)
    assert process.exitcode == 0
    assert not (isolated_home / "conflictmap.db").exists()
    assert not list(isolated_home.glob("cache/frames-*.parquet"))


def test_snapshot_process_does_not_migrate_an_old_store(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    engine = store_at_release(str(path), "0001")
    monkeypatch.setenv("CONFLICTMAP_DB", str(path))
    process = start_snapshot_build()
    process.join(HUNG)
    assert process.exitcode == 0
    with engine.connect() as con:
        assert con.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0001"
    engine.dispose()


def test_ctrl_c_ends_the_snapshot_process_quietly(world, isolated_home, capsys, monkeypatch):
    """Ctrl+C reaches the whole foreground group: the snapshot process ends on it at once,
    killed by the signal, not with a KeyboardInterrupt traceback in the analyst's terminal."""
    import os
    import signal
    import time

    assert main(["ingest", "--published", "2022-01-23", str(ARTICLES / "002_a0c274ca167b7a0b.txt")]) == 0
    capsys.readouterr()
    building = isolated_home / "building"  # written by the forked build once it is in the long step
    monkeypatch.setattr(view_model, "store_frames", lambda *a, **k: (building.touch(), time.sleep(60)))
    process = start_snapshot_build()
    deadline = time.monotonic() + 60
    while not building.exists() and process.is_alive() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert building.exists()  # well into the build (waited for, not guessed at 3 s)
    os.kill(process.pid, signal.SIGINT)
    process.join(30)
    assert process.exitcode == -signal.SIGINT
    assert not list(isolated_home.glob("cache/frames-*.parquet"))
