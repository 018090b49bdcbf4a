"""Several processes writing one PostgreSQL store at once (tests/test_concurrent_writers.py does
the same on SQLite): two ingests, an import and a correction meet at the store's write lock
(geo/store/postgres.py), and every one of them stores everything, or is told in one line that
the store stayed busy past the lock timeout.

As there, the test plays another writer: it holds the store's write lock (and writes a row of
its own) until every process waits for it, asleep, then lets go."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime

import pytest

import tests.test_concurrent_writers as on_sqlite
from geo.store.postgres import WRITE_LOCK
from tests.conftest import REPO
from tests.test_concurrent_writers import (
    HOLDER_SOURCE,
    PLACES,
    articles,
    cli,
    finish,
    stored_lines,
    ucdp_file,
    wait_until_waiting,
)

started = on_sqlite.started  # the fixture: the processes a test starts, none outliving it
_CORRECTION = """
import sys
from geo.store import Store
from geo.store.corrections import move_event

with Store.open(sys.argv[1], must_exist=True) as store:
    after = move_event(store, sys.argv[2], 36.2, 37.1, place_name="Aleppo citadel", note="from imagery")
print(after["lat"], after["lon"])
"""


class Writer:
    """Another client's write transaction: it takes the store's write lock, as the store's own
    writers do, and (on a store with tables) writes one source row."""

    def __init__(self, url: str) -> None:
        import psycopg

        self.con = psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"))
        self.con.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
        self.rows = 0
        if self.con.execute("SELECT to_regclass('sources')").fetchone()[0] is not None:
            self.con.execute("INSERT INTO sources (kind, name, created_at) VALUES ('outlet', %s, %s)",
                             (HOLDER_SOURCE, datetime.now(UTC)))
            self.rows = 1

    def commit(self) -> None:
        self.con.commit()
        self.con.close()


def counts(url: str) -> dict[str, int]:
    import psycopg

    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as con:
        tables = ("articles", "events", "event_sources", "sources", "place_mentions", "event_corrections")
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def correction(started: list, url: str, uid: str) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", _CORRECTION, url, uid], cwd=REPO,
                            env={**os.environ, "PYTHONPATH": str(REPO)}, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    started.append(proc)
    return proc


@pytest.mark.parametrize("schema", ["migrated", "new"])
def test_two_ingests_an_import_and_a_correction_at_once_keep_every_row(world, tmp_path, started, request,
                                                                       schema):
    """On a store at the newest schema (with an event to correct), and on an empty database that
    the first process to take the lock migrates (the others find it done)."""
    from geo.dataset_import import import_file
    from geo.store import Store

    url = request.getfixturevalue("postgres_url" if schema == "migrated" else "empty_postgres_url")
    seed = None
    if schema == "migrated":
        with Store.open(url) as store:
            import_file(store, "ucdp", ucdp_file(tmp_path / "seed.csv", 1, 1))
            (seed,) = store.events()
    other = Writer(url)
    procs = [cli(started, url, "ingest", str(articles(tmp_path / side, side))) for side in "ab"]
    procs.append(cli(started, url, "import", "ucdp", str(ucdp_file(tmp_path / "rows.csv", 1000, 300)), "--json"))
    if seed is not None:
        procs.append(correction(started, url, seed["id"]))
    wait_until_waiting(procs)
    other.commit()
    outputs = [finish(p) for p in procs]
    for code, out, err in outputs:
        assert (code, err) == (0, ""), out + err
    stored = [s for _code, out, _err in outputs[:2] for s in stored_lines(out)]
    assert len(stored) == 2 * len(PLACES)
    assert json.loads(outputs[2][1]) == {"read": 300, "imported": 300, "updated": 0, "skipped": 0}
    seeded = 1 if seed is not None else 0
    found = counts(url)
    assert found["articles"] == 2 * len(PLACES)
    assert found["sources"] == 1 + 1 + other.rows  # the outlet, the dataset, the other writer's
    assert found["events"] == seeded + 300 + sum(new for new, _merged in stored)
    assert found["event_sources"] == seeded + 300 + sum(new + merged for new, merged in stored)
    assert found["event_corrections"] == seeded
    if seed is not None:
        assert outputs[3][1].split() == ["36.2", "37.1"]
        with Store.open(url) as store:
            (moved,) = [e for e in store.events() if e["id"] == seed["id"]]
        assert (moved["place"]["lat"], moved["place"]["lon"]) == (36.2, 37.1)


#: the lock timeout of the writers that give up (seconds): each waits it out once per file
HASTY = "0.25"


def test_a_writer_gives_up_after_the_lock_timeout_in_one_line(world, tmp_path, started, postgres_url):
    folder = articles(tmp_path / "a", "a")
    other = Writer(postgres_url)
    try:
        ingest = cli(started, postgres_url, "ingest", str(folder / "a0.json"), str(folder / "a1.json"),
                     CONFLICTMAP_LOCK_TIMEOUT=HASTY)
        imported = cli(started, postgres_url, "import", "ucdp", str(ucdp_file(tmp_path / "rows.csv", 1, 20)),
                       CONFLICTMAP_LOCK_TIMEOUT=HASTY)
        (code, out, err), (import_code, import_out, import_err) = finish(ingest), finish(imported)
    finally:
        other.commit()
    assert code == 1 and out.strip() == "0 of 2 articles stored"
    lines = err.splitlines()
    assert [line.split()[:2] for line in lines] == [["failed", str(folder / "a0.json") + ":"],
                                                     ["failed", str(folder / "a1.json") + ":"]]
    for line in lines:
        assert f"store busy: another process kept it locked for writing over {HASTY} s" in line
    assert import_code != 0 and len(import_err.strip().splitlines()) == 1, import_out + import_err
    assert "store busy" in import_err and "Traceback" not in import_err
    found = counts(postgres_url)
    assert found["articles"] == found["events"] == 0 and found["sources"] == other.rows
