"""One SQLite library per process that opens the store (issue 18): the dashboard's columnar
read must not drop the locks a process holds through Python's sqlite3.  Each test runs real
processes against one store file, as a server, a CLI and a writer do (the CLI's forked from a
warm process: tests/forked_cli.py)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dashboard.cli import main
from geo.config import load_settings
from tests import forked_cli
from tests.conftest import ARTICLES
from tests.importer_fixtures import write_ucdp_events
from tests.store_processes import LARGE_IMPORT_ROWS, SHM_REGION_BYTES

STEP_SECONDS = 120


def ingested_store(capsys) -> str:
    assert main(["ingest", "--published", "2022-01-23", str(ARTICLES / "002_a0c274ca167b7a0b.txt")]) == 0
    capsys.readouterr()
    return load_settings().db


def start(function: str, db: str, **options: object) -> subprocess.Popen:
    code = f"from tests.store_processes import {function}; {function}({db!r}, **{options!r})"
    return subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            text=True, bufsize=1)


@contextmanager
def running(function: str, db: str, **options: object) -> Iterator[subprocess.Popen]:
    """The process of :func:`start` for the block, killed at its end whatever happened (the
    block checks how it ended before)."""
    process = start(function, db, **options)
    try:
        yield process
    finally:
        process.kill()
        process.wait()


def quit_server(server: subprocess.Popen) -> None:
    """A server-like process told to quit, which it does cleanly."""
    server.stdin.write("quit\n")
    assert server.wait(STEP_SECONDS) == 0


def answer(process: subprocess.Popen) -> str:
    line = process.stdout.readline()
    assert line, f"the process ended (exit status {process.wait(STEP_SECONDS)})"
    return line.strip()


def integrity(db: str) -> str:
    with sqlite3.connect(db) as con:
        return con.execute("PRAGMA integrity_check").fetchone()[0]


def test_a_writer_reading_frames_keeps_its_write_lock(world, capsys):
    """A holds the write lock and reads the frames; B, another process, is refused the lock
    until A commits; then both rows are stored.  (With the columnar read inside A, A's reading
    dropped its lock: B wrote, and A's commit then lost B's row.)"""
    db = ingested_store(capsys)
    with running("write_while_reading_frames", db) as writer:
        assert answer(writer).startswith("read ")
        other = sqlite3.connect(db, timeout=0.5, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("INSERT INTO sources (kind, name, created_at) VALUES ('user', 'B, too early', '2026-01-02')")
            other.execute("COMMIT")
            refused = False
        except sqlite3.OperationalError as exc:
            refused = "locked" in str(exc)
        assert refused, "B got the write lock while A held it"
        writer.stdin.write("commit\n")
        assert answer(writer) == "committed"
        assert writer.wait(STEP_SECONDS) == 0
        with other:
            other.execute("INSERT INTO sources (kind, name, created_at) VALUES ('user', 'written by B', '2026-01-02')")
        other.close()
    with sqlite3.connect(db) as con:
        names = {name for (name,) in con.execute("SELECT name FROM sources WHERE kind = 'user'")}
    assert names == {"written by A", "written by B"}
    assert integrity(db) == "ok"


def test_a_correction_in_the_server_survives_cli_runs_beside_it(world, capsys):
    """The dashboard's sequence: the server views the map, an ingest and an `article list` run
    from a shell meanwhile, the page reloads, and an event deleted in the server then stays
    deleted once everything has stopped.  (With the columnar read inside the server, the CLI
    believed itself the store's last user and deleted the WAL file the server still had open;
    the deletion went to the orphaned file and was lost.)"""
    db = ingested_store(capsys)
    with running("serve_like", db) as server:
        uids = answer(server).split()[1:]
        assert uids
        forked_cli.run(["ingest", str(ARTICLES / "000_e69315e52186f9f0.txt")], check=True, timeout=STEP_SECONDS)
        server.stdin.write("reload\n")
        assert answer(server).startswith("reloaded ")
        listed = forked_cli.run(["article", "list"], check=True, timeout=STEP_SECONDS).stdout
        assert "000_e69315e52186f9f0" in listed or listed.count("\n") >= 2
        wal, shm = Path(db + "-wal"), Path(db + "-shm")
        assert wal.exists() and shm.exists(), "the CLI removed the WAL files of a store the server has open"
        server.stdin.write(f"delete {uids[0]}\n")
        assert answer(server) == "deleted"
        quit_server(server)
    with sqlite3.connect(db) as con:
        deleted = con.execute("SELECT deleted FROM events WHERE uid = ?", (uids[0],)).fetchone()
        articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert deleted == (1,), "the correction made in the server was lost"
    assert articles == 2
    assert integrity(db) == "ok"


def test_a_server_reading_beside_a_large_import_survives(world, capsys, tmp_path):
    """A server-like process whose pages keep asking the store's version (a thread, as browsers
    reloading do) reads the frames after `conflictmap import ucdp` of a large file (its index in
    shared memory outgrowing a region: ``LARGE_IMPORT_ROWS``).  (With the columnar read inside
    the server, the driver's copy of SQLite, opening the file, reset the shared-memory index the
    server's sqlite3 had mapped, and the server died of SIGBUS.)"""
    rows = LARGE_IMPORT_ROWS
    db = ingested_store(capsys)
    data = write_ucdp_events(tmp_path / "ged.csv", rows)
    with running("serve_like", db, sessions=True) as server:
        assert answer(server) == "ready"
        imported = forked_cli.run(["import", "ucdp", str(data), "--json"], timeout=STEP_SECONDS * 5)
        assert imported.returncode == 0, imported.stderr
        # the server holds the store open: the index of the import's frames is still there
        assert Path(db + "-shm").stat().st_size > SHM_REGION_BYTES
        for _ in range(3):
            server.stdin.write("reload\n")
            assert answer(server).startswith("reloaded ")
        quit_server(server)
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM events WHERE origin = 'ucdp'").fetchone()[0] == rows
    assert integrity(db) == "ok"
