"""Several processes writing one store: real CLI processes side by side.

To make the processes meet where they write, the test itself plays a third writer: it holds
the store's write lock (``BEGIN IMMEDIATE``, committing a row of its own) until every CLI
process is waiting for it (asleep, using no CPU), then lets go.  Each test then checks that
every process succeeded, that ``PRAGMA integrity_check`` is ``ok`` and that every committed
row is there (counted).
"""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

import tests.importer_fixtures as fx
from geo.importers import ucdp
from tests.conftest import REPO
from tests.forked_cli import ForkedCli

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads process states in /proc")

#: seconds any one process of these tests may take at most (a loaded machine: bounds, not timings)
LIMIT = 240
#: seconds a write waits for another process's write where nothing sets it: Python's sqlite3
#: (``connect(timeout=5.0)``), as SQLAlchemy opens it.  The waiting test holds the lock longer;
#: that the configured wait reaches SQLite whole (not cut to a fixed bound: 10 s before it was
#: configurable) is checked where it is set, below
DEFAULT_WAIT = 5
HOLDER_SOURCE = "holder.example.net"
OUTLET = "news.example.org"
PLACES = ("Aleppo", "Homs", "Hama", "Idlib")


# -- the processes -----------------------------------------------------------------------------
@pytest.fixture
def started() -> Iterator[list[subprocess.Popen]]:
    """The processes a test starts: none outlives it."""
    procs: list[subprocess.Popen] = []
    yield procs
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()


def cli(started: list, db: Path, *args: str, fresh: bool = False, **env: str) -> subprocess.Popen | ForkedCli:
    """``conflictmap --db DB ARGS`` in a process of its own, forked from a warm one
    (tests/forked_cli.py), or with ``fresh`` started afresh as ``python -m dashboard.cli``."""
    argv, environ = ["--db", str(db), *args], {**os.environ, "PYTHONPATH": str(REPO), **env}
    if fresh:
        proc = subprocess.Popen([sys.executable, "-m", "dashboard.cli", *argv], cwd=REPO, env=environ,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    else:
        proc = ForkedCli(argv, env=environ, cwd=REPO)
    started.append(proc)
    return proc


def finish(proc: subprocess.Popen) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=LIMIT)
    return proc.returncode, out, err


def _stat(pid: int) -> tuple[str, int, int] | None:
    """(state, parent pid, CPU ticks used) of a process; None when it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError):
        return None
    return fields[0], int(fields[1]), int(fields[11]) + int(fields[12])


#: seconds a process must sleep without using any CPU to be taken as waiting for the store, and
#: how often it is looked at
QUIET_SECONDS, POLL_SECONDS = 0.5, 0.05


def wait_until_waiting(procs: list[subprocess.Popen]) -> None:
    """Until every process sleeps without using any CPU (in any of its threads: its ticks are
    the whole process's) for ``QUIET_SECONDS``: waiting for the write lock (SQLite's busy wait
    sleeps; reading, parsing and analysing keep a process busy, or waiting for a core under load,
    which is not sleeping either)."""
    quiet = dict.fromkeys((p.pid for p in procs), 0)
    used: dict[int, int | None] = dict.fromkeys(quiet)
    deadline = time.monotonic() + LIMIT
    while time.monotonic() < deadline:
        for proc in procs:
            if proc.poll() is not None:
                out, err = proc.communicate()
                raise AssertionError(f"a process ended before it waited for the store: {out}{err}")
            state, _parent, cpu = _stat(proc.pid) or ("", 0, 0)
            quiet[proc.pid] = quiet[proc.pid] + 1 if state == "S" and cpu == used[proc.pid] else 0
            used[proc.pid] = cpu
        if all(n * POLL_SECONDS >= QUIET_SECONDS for n in quiet.values()):
            return
        time.sleep(POLL_SECONDS)
    raise AssertionError("the processes never waited for the store")


class Writer:
    """Another process's write transaction on the store: it holds the write lock from the start
    and (on a store with tables) writes one source row of its own."""

    def __init__(self, db: Path) -> None:
        self.con = sqlite3.connect(db, isolation_level=None, timeout=LIMIT)
        self.con.execute("PRAGMA journal_mode=WAL")
        self.con.execute("BEGIN IMMEDIATE")
        self.rows = 0
        if self.con.execute("SELECT 1 FROM sqlite_master WHERE name = 'sources'").fetchone():
            self.con.execute("INSERT INTO sources (kind, name, created_at) VALUES ('outlet', ?, ?)",
                             (HOLDER_SOURCE, datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")))
            self.rows = 1

    def commit(self) -> None:
        self.con.execute("COMMIT")
        self.con.close()


def checked(db: Path) -> dict[str, int]:
    """Row counts of the store, after checking its integrity."""
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        tables = ("articles", "events", "event_sources", "sources", "place_mentions")
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    finally:
        con.close()


def new_store(db: Path) -> None:
    from geo.store import Store

    Store.open(str(db)).close()


# -- the inputs ---------------------------------------------------------------------------------
def articles(folder: Path, side: str) -> Path:
    """Articles of one outlet (one per place), each reporting an airstrike and clashes."""
    folder.mkdir(parents=True)
    for i, place in enumerate(PLACES):
        text = (f"On January {i + 3}, 2022, an airstrike hit a market in {place}, killing {i + 2} civilians. "
                f"Clashes erupted near {place} the next day, the {side} desk reported.")
        (folder / f"{side}{i}.json").write_text(json.dumps({
            "title": f"{side}: {place}", "text": text, "url": f"https://{OUTLET}/2022/01/{side}-{i}",
            "published": f"2022-01-{i + 4:02d}"}))
    return folder


_STORED = re.compile(r"^new +\S+ \(article \d+, [^,]+, \w+, \d+ places, (\d+) new events, (\d+) merged\)$")


def stored_lines(out: str) -> list[tuple[int, int]]:
    """(new events, merged) of each article an ingest output says it stored."""
    return [(int(m[1]), int(m[2])) for m in map(_STORED.match, out.splitlines()) if m]


def ucdp_file(path: Path, first_id: int, rows: int) -> Path:
    events = [fx.ucdp_row(id=str(first_id + i), latitude=f"{35 + i % 90 / 100:.2f}", best=str(i % 7))
              for i in range(rows)]
    return fx.write_delimited(path, ucdp.COLUMNS, [[r.get(c, "") for c in ucdp.COLUMNS] for r in events])


# -- ingests ------------------------------------------------------------------------------------
def ingests_meeting(started: list, db: Path, folders: list[Path], *,
                    fresh: bool = False) -> tuple[list[tuple[int, str, str]], Writer]:
    """One ``conflictmap ingest`` per folder (``fresh``: started afresh, see :func:`cli`),
    started while another writer holds the store and let go once all wait for it; their (exit
    code, stdout, stderr), each checked to have stored every article without a failure line,
    and the other writer."""
    other = Writer(db)
    procs = [cli(started, db, "ingest", str(folder), fresh=fresh) for folder in folders]
    wait_until_waiting(procs)
    other.commit()
    outputs = [finish(p) for p in procs]
    for code, out, err in outputs:
        assert (code, err) == (0, ""), out + err
        assert f"{len(PLACES)} of {len(PLACES)} articles stored" in out
    return outputs, other


@pytest.mark.parametrize("store", ["migrated", "new"])
def test_two_ingests_of_articles_from_one_outlet_both_store_everything(world, tmp_path, started, store):
    """Before: one failed with ``UNIQUE constraint failed: sources.kind, sources.name`` (both
    saw no source for the outlet), or, on a store not created yet, with ``table events already
    exists`` (both migrated it)."""
    db = tmp_path / "store.db"
    if store == "migrated":
        new_store(db)
    # on a new store, the two processes are started afresh, from the interpreter's start (the
    # other tests fork theirs from a warm process: tests/forked_cli.py)
    outputs, other = ingests_meeting(started, db, [articles(tmp_path / side, side) for side in "ab"],
                                     fresh=store == "new")
    stored = [s for _code, out, _err in outputs for s in stored_lines(out)]
    assert len(stored) == 2 * len(PLACES)
    counts = checked(db)
    assert counts["articles"] == 2 * len(PLACES)
    assert counts["sources"] == 1 + other.rows  # the outlet once, and the other writer's
    assert counts["events"] == sum(new for new, _merged in stored) > 0
    assert counts["event_sources"] == sum(new + merged for new, merged in stored)


def test_two_ingests_of_the_same_files_store_each_once_without_failures(world, tmp_path, started):
    """Before: dozens of ``failed … UNIQUE constraint failed: articles.content_hash`` lines
    (exit 1), though what was stored was right."""
    db = tmp_path / "store.db"
    new_store(db)
    folder = articles(tmp_path / "a", "a")
    outputs, other = ingests_meeting(started, db, [folder, folder])
    lines = [line for _code, out, _err in outputs for line in out.splitlines()[:-1]]
    # each file: stored by one process, "unchanged" (already stored) in the other, as a re-ingest says
    assert sorted(line.split()[0] for line in lines) == ["new"] * len(PLACES) + ["unchanged"] * len(PLACES)
    for path in folder.iterdir():
        assert sorted(line.split()[0] for line in lines if line.split()[1] == str(path)) == ["new", "unchanged"]
    stored = [s for _code, out, _err in outputs for s in stored_lines(out)]
    counts = checked(db)
    assert counts["articles"] == len(PLACES) and counts["sources"] == 1 + other.rows
    assert counts["events"] == sum(new for new, _merged in stored) > 0
    assert counts["event_sources"] == sum(new + merged for new, merged in stored)


def test_an_ingest_waits_as_long_as_configured_and_one_configured_shorter_gives_up_one_line_per_file(
        world, tmp_path, started):
    """While another writer holds the store longer than SQLite's default wait, an ingest
    configured to wait longer waits and stores its article; one configured to wait 1 s gives up
    on each of its files in one line.  Before: ``failed … database is locked`` after a fixed 10 s
    per file, whatever was configured (the two ingests share the writer's hold: one wait of the
    suite's)."""
    db = tmp_path / "store.db"
    new_store(db)
    folder = articles(tmp_path / "a", "a")
    other = Writer(db)
    try:
        patient = cli(started, db, "ingest", str(folder / "a0.json"), CONFLICTMAP_LOCK_TIMEOUT=str(LIMIT))
        hasty = cli(started, db, "ingest", str(folder / "a1.json"), str(folder / "a2.json"),
                    CONFLICTMAP_LOCK_TIMEOUT="1")
        wait_until_waiting([patient])
        waiting_since = time.monotonic()  # the patient ingest waits for the store from here at the latest
        code, out, err = finish(hasty)  # gone after about two seconds, the other writer still holding
        assert code == 1
        assert out.strip() == "0 of 2 articles stored"
        lines = err.splitlines()
        assert [line.split()[:2] for line in lines] == [["failed", str(folder / "a1.json") + ":"],
                                                         ["failed", str(folder / "a2.json") + ":"]]
        for line in lines:
            assert "store busy: another process kept it locked for writing over 1 s" in line
            assert "CONFLICTMAP_LOCK_TIMEOUT" in line
        # the other writer holds on: the patient ingest waits longer than the default
        time.sleep(max(0.0, waiting_since + DEFAULT_WAIT + 1 - time.monotonic()))
        assert patient.poll() is None  # still waiting
    finally:
        other.commit()
    code, out, err = finish(patient)
    assert (code, err) == (0, ""), out + err
    assert len(stored_lines(out)) == 1 and "1 of 1 articles stored" in out
    counts = checked(db)
    assert counts["articles"] == 1 and counts["sources"] == 1 + other.rows


# -- imports ------------------------------------------------------------------------------------
def test_two_imports_at_once_store_every_row(world, tmp_path, started):
    """Before: the second always failed with ``UNIQUE constraint failed: events.id`` (both
    numbered their rows after the same ``max(id)``)."""
    from geo.dataset_import import import_file
    from geo.store import Store

    db = tmp_path / "store.db"
    with Store.open(str(db)) as store:  # the dataset's source and a first event are stored
        import_file(store, "ucdp", ucdp_file(tmp_path / "seed.csv", 1, 1))
    files = [ucdp_file(tmp_path / "one.csv", 1000, 300), ucdp_file(tmp_path / "two.csv", 100_000, 300)]
    other = Writer(db)
    procs = [cli(started, db, "import", "ucdp", str(path), "--json") for path in files]
    wait_until_waiting(procs)
    other.commit()
    for code, out, err in (finish(p) for p in procs):
        assert code == 0, out + err
        assert json.loads(out) == {"read": 300, "imported": 300, "updated": 0, "skipped": 0}
    counts = checked(db)
    assert counts["events"] == counts["event_sources"] == 1 + 300 + 300
    assert counts["sources"] == 1 + other.rows


_STOPPED_IMPORT = """
import sys, time
from pathlib import Path

import geo.cluster.mapping as mapping
import geo.importers.chunks as chunks
from geo.store.event_writer import EventWriter

# small chunks, and no threshold: a file of a few thousand rows is mapped by a local Dask cluster's worker too
chunks.CHUNK_ROWS = chunks.FIRST_CHUNK_ROWS = 200
mapping.CLUSTER_ROWS = 0
write = EventWriter.insert


def insert_then_stop(self, rows):
    # the first two chunks written (the cluster is started once the first is), the transaction
    # open, the worker mapping: say so and stop here
    write(self, rows)
    self.chunks_written = getattr(self, "chunks_written", 0) + 1
    if self.chunks_written == 2:
        Path(sys.argv[1]).write_text("writing")
        time.sleep(3600)


EventWriter.insert = insert_then_stop
from dashboard.cli import main

sys.exit(main(sys.argv[2:]))
"""


def test_kill_9_of_an_import_ends_its_worker_and_changes_nothing(world, tmp_path, started):
    """Before: the forked mapping worker lived on (blocked on a pipe whose reading end it held
    itself), holding its memory, indefinitely.  Now the mapping worker is a local Dask
    cluster's: it too must end with the import."""
    from geo.dataset_import import import_file
    from geo.store import Store

    db = tmp_path / "store.db"
    with Store.open(str(db)) as store:
        import_file(store, "ucdp", ucdp_file(tmp_path / "seed.csv", 1, 10))
    before = checked(db)
    path = ucdp_file(tmp_path / "big.csv", 1000, 3000)
    script, marker = tmp_path / "stopped_import.py", tmp_path / "writing"
    script.write_text(_STOPPED_IMPORT)
    proc = subprocess.Popen([sys.executable, str(script), str(marker), "--db", str(db), "import", "ucdp", str(path)],
                            cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    started.append(proc)
    deadline = time.monotonic() + LIMIT
    while not marker.exists():
        assert proc.poll() is None and time.monotonic() < deadline, "the import never started writing"
        time.sleep(0.1)
    # the local cluster starts in the background while the first chunks are mapped and written
    workers: list[int] = []
    while not workers:
        assert proc.poll() is None and time.monotonic() < deadline, "the import has no worker process"
        workers = [int(p.name) for p in Path("/proc").iterdir()
                   if p.name.isdigit() and (_stat(int(p.name)) or ("", 0, 0))[1] == proc.pid]
        time.sleep(0.1)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=LIMIT)
    try:
        deadline = time.monotonic() + 10
        alive = workers
        while alive and time.monotonic() < deadline:
            time.sleep(0.1)
            alive = [w for w in alive if (_stat(w) or ("Z",))[0] not in ("Z", "X")]  # gone, or a zombie
        assert alive == [], "the worker outlived the killed import"
    finally:
        for w in workers:
            if (_stat(w) or ("Z",))[0] not in ("Z", "X"):
                os.kill(w, signal.SIGKILL)
    assert checked(db) == before  # the file's one transaction never committed
    with Store.open(str(db)) as store:  # and the store takes the file afterwards
        assert import_file(store, "ucdp", path).counts() == {"read": 3000, "imported": 3000, "updated": 0,
                                                              "skipped": 0}
    assert checked(db)["events"] == before["events"] + 3000


# -- the setting ---------------------------------------------------------------------------------
def test_the_lock_timeout_is_configurable(monkeypatch, isolated_home, tmp_path):
    from geo.config import LOCK_TIMEOUT_SECONDS, load_settings
    from geo.errors import ConfigurationError
    from geo.store import Store

    assert load_settings().lock_timeout == LOCK_TIMEOUT_SECONDS
    isolated_home.mkdir(parents=True, exist_ok=True)
    (isolated_home / "config.toml").write_text("[store]\nlock_timeout_seconds = 90\n")
    assert load_settings().lock_timeout == 90
    monkeypatch.setenv("CONFLICTMAP_LOCK_TIMEOUT", "2.5")
    assert load_settings().lock_timeout == 2.5
    for bad in ("0", "-3", "soon", "nan", "1e12"):
        monkeypatch.setenv("CONFLICTMAP_LOCK_TIMEOUT", bad)
        with pytest.raises(ConfigurationError, match="lock timeout"):
            load_settings()
    # the store's connections wait as long as configured, however long (SQLite's busy timeout)
    for seconds in (2.5, LIMIT, LOCK_TIMEOUT_SECONDS):
        with Store.open(str(tmp_path / "store.db"), lock_timeout=seconds) as store, store.engine.connect() as con:
            assert con.exec_driver_sql("PRAGMA busy_timeout").scalar_one() == seconds * 1000
