"""A Dask worker that maps an import's chunks reads the file itself (it is sent the chunk's
rows only when it cannot): the stored rows are the very rows of an import mapped in one
process, English and French text and quoted fields holding line breaks included."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import select

from geo.cluster import file_rows
from geo.cluster.connect import cluster_client
from geo.cluster.file_rows import FileRows
from geo.dataset_import import import_file
from geo.importers import ucdp
from geo.store import Store
from geo.store import schema as t
from tests import importer_fixtures as fx

#: headlines and descriptions as reports write them: commas, quotes, line breaks inside a
#: quoted field (a line-by-line or byte-range split would cut these rows in two)
HEADLINES = [
    'Shelling near "Deir ez-Zor",\nthree civilians killed',
    "Frappes aériennes près d'Alep :\r\nplusieurs morts, dont des enfants",
    "Affrontements à Raqqa ; l'armée\n\nreprend le quartier",
    "Clashes east of Homs, 4 fighters dead",
    "",
]


def rows_file(path, rows: int):
    events = []
    for i in range(rows):
        headline = HEADLINES[i % len(HEADLINES)]
        events.append(fx.ucdp_row(
            id=str(9000 + i), source_headline=headline, where_description=f"près de la ville n° {i}\nest",
            where_coordinates=f"Village {i % 7}" if i % 3 else "Deir ez Zor town", where_prec="1" if i % 2 else "2",
            latitude=f"{35 + i % 50 / 100:.2f}", best=str(i % 9),
            date_start="2017-13-40" if i == 11 else "2017-01-14 00:00:00.000"))
    return fx.write_delimited(path, ucdp.COLUMNS, [[r.get(c, "") for c in ucdp.COLUMNS] for r in events])


def stored(db) -> tuple[dict, list]:
    with Store.open(str(db)) as s, s.reading() as con:
        events = {r["origin_id"]: {k: v for k, v in dict(r).items() if k not in ("created_at", "updated_at")}
                  for r in con.execute(select(t.events)).mappings()}
        sentences = sorted((r.event_id, r.sentence) for r in con.execute(select(t.event_sources)))
    return events, sentences


@pytest.fixture
def small_chunks(monkeypatch):
    import geo.importers.chunks as chunks

    monkeypatch.setattr(chunks, "CHUNK_ROWS", 4)
    monkeypatch.setattr(chunks, "FIRST_CHUNK_ROWS", 2)


def fails_if_sent(*_args):
    raise AssertionError("a chunk's rows were sent to a worker that can read the file")


def fails_if_read(*_args):
    raise AssertionError("a worker that cannot read the file was asked to")



def log_where_mapped(monkeypatch, tmp_path):
    """A file that gets a line per part mapped: "here" (the importing process) or "worker"."""
    import geo.cluster.mapping as mapping

    pid = os.getpid()
    log = tmp_path / "mapped.log"
    real = mapping.mapped_part

    def logged(module, table):
        with log.open("a") as fh:
            fh.write(f"{'here' if os.getpid() == pid else 'worker'}\n")
        return real(module, table)

    monkeypatch.setattr(mapping, "mapped_part", logged)
    return log

def test_a_worker_of_an_existing_cluster_reads_the_file_and_stores_the_same_rows(tmp_path, monkeypatch,
                                                                                 small_chunks):
    """The cluster is up before the import (its worker has nothing of the file: no fork after
    the read), and is sent no rows: it reads the file by its path."""
    import geo.cluster.mapping as mapping

    path = rows_file(tmp_path / "ged.csv", 41)
    with Store.open(str(tmp_path / "here.db")) as s:
        here = import_file(s, "ucdp", path)
    monkeypatch.setattr(mapping, "map_chunk", fails_if_sent)  # (in the worker too: forked after this)
    log = log_where_mapped(monkeypatch, tmp_path)
    with cluster_client(workers=1) as client:
        assert client.run(lambda: len(file_rows._TABLES)) == {w: 0 for w in client.scheduler_info()["workers"]}
        with Store.open(str(tmp_path / "worker.db")) as s:
            there = import_file(s, "ucdp", path, scheduler=client.scheduler_info()["address"])
        # and the worker's copy of the table is dropped with the import
        assert set(client.run(lambda: len(file_rows._TABLES)).values()) == {0}
    assert "worker" in log.read_text().split()
    assert there.counts() == here.counts() == {"read": 41, "imported": 40, "updated": 0, "skipped": 1}
    assert stored(tmp_path / "worker.db") == stored(tmp_path / "here.db")
    events, sentences = stored(tmp_path / "worker.db")
    assert len(events) == len(sentences) == 40
    assert [text for _id, text in sentences[:5]] == [*HEADLINES[:4], "près de la ville n° 4\nest"]  # line breaks kept
    assert events["9008"]["place_name"] == "Village 1" and events["9040"]["fatalities"] == 4


def test_a_worker_that_cannot_read_the_file_is_sent_the_rows(tmp_path, monkeypatch, small_chunks):
    """Where a worker has not the same file (another machine, say), each chunk goes with its
    rows; the stored rows are the same."""
    import geo.cluster.mapping as mapping

    path = rows_file(tmp_path / "ged.csv", 23)
    with Store.open(str(tmp_path / "here.db")) as s:
        import_file(s, "ucdp", path)
    monkeypatch.setattr(mapping, "readable", lambda rows: False)  # no worker can read it
    monkeypatch.setattr(mapping, "map_rows_of_file", fails_if_read)
    with Store.open(str(tmp_path / "sent.db")) as s:
        result = import_file(s, "ucdp", path, workers=1)
    assert result.counts() == {"read": 23, "imported": 22, "updated": 0, "skipped": 1}
    assert stored(tmp_path / "sent.db") == stored(tmp_path / "here.db")


def test_a_local_worker_forked_after_the_read_has_the_table_and_reads_nothing(tmp_path, monkeypatch,
                                                                               small_chunks):
    """``--workers 1``: the worker is forked from the importing process after it read the
    file, so it maps from the table it inherited (the file may even be gone by then)."""
    import geo.cluster.mapping as mapping

    path = rows_file(tmp_path / "ged.csv", 30)
    with Store.open(str(tmp_path / "here.db")) as s:
        import_file(s, "ucdp", path)
    monkeypatch.setattr(mapping, "map_chunk", fails_if_sent)

    def no_reading(_path):
        raise AssertionError("read again")

    read = ucdp.read

    def read_once(p):
        table = read(p)
        monkeypatch.setattr(ucdp, "read", no_reading)  # the forked worker inherits this
        return table

    monkeypatch.setattr(ucdp, "read", read_once)
    with Store.open(str(tmp_path / "forked.db")) as s:
        result = import_file(s, "ucdp", path, workers=1)
    assert result.counts()["imported"] == 29
    assert stored(tmp_path / "forked.db") == stored(tmp_path / "here.db")


def test_a_changed_file_is_not_the_file_being_imported(tmp_path):
    path = rows_file(tmp_path / "ged.csv", 5)
    rows = FileRows.of("geo.importers.ucdp", path)
    assert rows is not None and file_rows.readable(rows)
    assert len(file_rows.table_of(rows).frame) == 5
    file_rows.forget(rows)
    rows_file(path, 6)  # rewritten: another size and time
    assert not file_rows.readable(rows)
    with pytest.raises(OSError, match="not the file being imported"):
        file_rows.table_of(rows)
    rows = FileRows.of("geo.importers.ucdp", path)
    assert rows is not None and file_rows.readable(rows)
    stamp = os.stat(path).st_mtime_ns
    path.write_bytes(path.read_bytes().replace(b"9000", b"9999"))  # same size and time, other bytes
    os.utime(path, ns=(stamp, stamp))
    assert (os.stat(path).st_size, os.stat(path).st_mtime_ns) == (rows.size, rows.mtime_ns)
    assert not file_rows.readable(rows)
    assert FileRows.of("geo.importers.ucdp", tmp_path / "missing.csv") is None


def test_a_table_is_handed_to_a_process_by_file_whole(tmp_path):
    """The table handed to a helper forked before the read (:func:`file_rows.handed_table`):
    the fast reader's Arrow columns as an Arrow file the helper maps, any other frame pickled;
    either way the table it gets back is the table read, row numbers and all."""
    import dataclasses

    import pandas as pd

    table = ucdp.read(rows_file(tmp_path / "ged.csv", 9))
    # (a frame Arrow would not give back as it is: its index is not 0, 1, 2…)
    shifted = dataclasses.replace(table, frame=table.frame.set_axis(range(5, 14)), bad_rows=[(3, "cut", "x")])
    for sent, arrow in ((table, True), (shifted, False)):
        rest, path = file_rows.handed_table(sent, str(tmp_path))
        assert len(rest.frame) == 0 and (open(path, "rb").read(6) == b"ARROW1") is arrow
        back = file_rows.received_table(rest, path)
        pd.testing.assert_frame_equal(back.frame, sent.frame)
        assert (back.label, back.header, back.bad_rows, list(back.row_numbers)) == (
            sent.label, sent.header, sent.bad_rows, list(sent.row_numbers))
        assert "Deir ez Zor town" in set(back.frame["where_coordinates"])


def test_a_large_file_s_default_cluster_starts_during_the_read_and_forks_its_worker_after_it(tmp_path, monkeypatch,
                                                                                               small_chunks):
    """No ``--workers``, in a process that has imported Dask already (no helper process: see
    the next test): for a file large enough (here: any), the local cluster's scheduler starts
    in a thread while the file is read and its worker is forked once the table is read (it
    maps from the table, reads nothing); the stored rows are those of an import in one process."""
    import threading

    import distributed  # noqa: F401 - imported, as in a process that uses Dask

    import geo.cluster.mapping as mapping

    path = rows_file(tmp_path / "ged.csv", 30)
    with Store.open(str(tmp_path / "here.db")) as s:
        import_file(s, "ucdp", path)
    monkeypatch.setattr(mapping, "WARM_UP_BYTES", 0)
    monkeypatch.setattr(mapping, "CLUSTER_ROWS", 0)
    monkeypatch.setattr(mapping, "map_chunk", fails_if_sent)
    log = log_where_mapped(monkeypatch, tmp_path)
    read = ucdp.read
    during: list[bool] = []

    def read_once(p):
        during.append(any(t.name == "local-dask" for t in threading.enumerate()))  # started before the read
        table = read(p)
        monkeypatch.setattr(ucdp, "read", fails_if_read)  # the worker forked after this inherits it
        return table

    monkeypatch.setattr(ucdp, "read", read_once)
    with Store.open(str(tmp_path / "early.db")) as s:
        result = import_file(s, "ucdp", path)
    assert during == [True]
    assert "worker" in log.read_text().split()
    assert result.counts() == {"read": 30, "imported": 29, "updated": 0, "skipped": 1}
    assert stored(tmp_path / "early.db") == stored(tmp_path / "here.db")
    assert not any(t.name == "local-dask" for t in threading.enumerate())  # closed with the import


def import_apart(path: str, warm: bool, runs: list[tuple[str, str, bool, bool]]) -> None:
    """(Run in a fresh process, as the command runs.)  Import ``path`` once per run ``(db, log,
    failing, few)``, one after the other, into ``db`` with the default cluster for any size and
    chunks of 4 rows, each chunk's mapper logged to ``log`` ("here" or "worker"; this process
    maps its second chunk once the worker has mapped one, or after a minute; ``failing``: the
    worker's mapping fails), the file readable once per import, and only by this process;
    ``warm``: the file is large enough for the helper to be forked before the read (else
    after); ``few``: its rows too few for a cluster.  Prints, per run, the counts (or the
    error), whether this process had imported Dask and the child processes left after that
    import, and how many helpers were forked before its read."""
    import json
    import multiprocessing
    import sys
    import time

    import geo.cluster.mapping as mapping
    import geo.importers.chunks as chunks
    from geo.cluster import helper

    warmed, warming = [], helper.Helper.warming
    helper.Helper.warming = lambda: warmed.append(1) or warming()  # type: ignore[method-assign]
    chunks.CHUNK_ROWS, chunks.FIRST_CHUNK_ROWS = 4, 2
    mapping.map_chunk = fails_if_sent
    pid, real, read = os.getpid(), mapping.mapped_part, ucdp.read
    results = []
    for db, log, failing, few in runs:
        mapping.WARM_UP_BYTES, mapping.CLUSTER_ROWS = 0 if warm else 1 << 40, 1 << 40 if few else 0
        warmed.clear()

        def logged(module, table, log=log, failing=failing):
            if os.getpid() == pid and os.path.exists(log):  # (its second chunk: the worker has one first,
                waited = 0.0                                #  unless it never starts within a minute)
                while "worker" not in open(log).read() and waited < 60:
                    time.sleep(0.05)
                    waited += 0.05
            with open(log, "a") as fh:
                fh.write(f"{'here' if os.getpid() == pid else 'worker'}\n")
            if failing and os.getpid() != pid:
                raise ValueError(f"cannot map rows {table.row_numbers[0]}-{table.row_numbers[-1]}")
            return real(module, table)

        def read_once(p):
            if os.getpid() != pid:  # (a helper forked before the read is handed the table)
                fails_if_read(p)
            table = read(p)
            ucdp.read = fails_if_read  # a helper forked after the read inherits it
            return table

        mapping.mapped_part, ucdp.read = logged, read_once
        with Store.open(db) as s:
            try:
                counts = import_file(s, "ucdp", path).counts()
            except ValueError as exc:
                counts = {"error": str(exc)}
        left = [c.name for c in multiprocessing.active_children()]
        results.append([counts, "distributed" in sys.modules, left, len(warmed)])
    print(json.dumps(results))


@pytest.mark.parametrize("warm", [True, False], ids=["forked-before-the-read", "forked-after"])
def test_a_large_file_s_default_cluster_is_held_by_a_helper_and_dask_stays_out_of_the_importing_process(tmp_path,
                                                                                                        warm):
    """No ``--workers``, in a fresh process (as the command's): a helper process holds the
    local cluster, forked before the read (a file large in bytes: its cluster starts while the
    file is read, and it is handed the table by file once it is read) or after it (it inherits
    the table); its worker maps from that table (neither reads the file).  The importing
    process never imports Dask, stores the rows of an import in one process, the helper ends
    with the import, and nothing is left in ``$TMPDIR``."""
    import json
    import subprocess
    import sys

    from tests.cluster.articles import REPO

    path = rows_file(tmp_path / "ged.csv", 30)
    with Store.open(str(tmp_path / "here.db")) as s:
        here = import_file(s, "ucdp", path)
    scratch = tmp_path / "tmp"
    scratch.mkdir()

    # one process imports three times (each import as the command's: a process that imported
    # Dask for one import would show it in the next): a process start each cost about a second
    runs = [(str(tmp_path / db), str(tmp_path / f"{db}.log"), failing, few)
            for db, failing, few in (("apart.db", False, False), ("failed.db", True, False), ("few.db", False, True))]
    run = f"from {__name__} import import_apart; import_apart{(str(path), warm, runs)!r}"
    out = subprocess.run([sys.executable, "-c", run], capture_output=True, text=True, timeout=300, cwd=REPO,
                         env={**os.environ, "PYTHONPATH": str(REPO), "TMPDIR": str(scratch)})
    assert out.returncode == 0 and not out.stderr, out.stderr
    assert not list(scratch.glob("conflictmap-*"))
    (counts, dask_here, left, warmed), failed, few = json.loads(out.stdout)

    assert counts == here.counts() == {"read": 30, "imported": 29, "updated": 0, "skipped": 1}
    assert dask_here is False and left == [] and warmed == int(warm)
    assert set((tmp_path / "apart.db.log").read_text().split()) == {"here", "worker"}
    assert stored(tmp_path / "apart.db") == stored(tmp_path / "here.db")

    # a chunk that fails on the helper's worker fails the import: its error, nothing stored
    counts, dask_here, left, _ = failed
    assert counts["error"].startswith("cannot map rows") and dask_here is False and left == []
    assert stored(tmp_path / "failed.db") == ({}, [])

    # too few rows for a cluster: a helper forked before the read is stopped, every chunk mapped here
    counts, dask_here, left, warmed = few
    assert counts == here.counts() and dask_here is False and left == [] and warmed == int(warm)
    assert not (tmp_path / "few.db.log").exists()  # no chunk shared: all mapped here, in one process's way
    assert stored(tmp_path / "few.db") == stored(tmp_path / "here.db")


def test_a_cluster_started_for_a_file_of_few_rows_is_closed_unused(tmp_path, monkeypatch, small_chunks):
    """A file large in bytes but of fewer rows than a cluster pays for: the helper forked
    before the read (or, where Dask is imported already, the cluster started during the read)
    is stopped unused, and ends with the import; every chunk is mapped here."""
    import multiprocessing
    import threading

    import geo.cluster.mapping as mapping
    from geo.cluster import helper

    path = rows_file(tmp_path / "ged.csv", 12)
    monkeypatch.setattr(mapping, "WARM_UP_BYTES", 0)
    monkeypatch.setattr(mapping, "shared_chunks", fails_if_sent)
    with Store.open(str(tmp_path / "few.db")) as s:
        result = import_file(s, "ucdp", path)
    assert result.counts() == {"read": 12, "imported": 11, "updated": 0, "skipped": 1}
    assert not any(c.name == helper.NAME for c in multiprocessing.active_children())
    assert not any(t.name == "local-dask" for t in threading.enumerate())


def test_a_local_worker_hands_its_chunks_over_by_file_and_none_is_left(tmp_path, monkeypatch, small_chunks):
    """A local cluster's worker returns each chunk it maps as a file in a directory of the
    import's own (in ``$TMPDIR``): the stored rows are those of an import in one process, and
    no file or directory is left, after an import that went through or one that failed."""
    import tempfile

    import geo.cluster.mapping as mapping

    path = rows_file(tmp_path / "ged.csv", 41)
    with Store.open(str(tmp_path / "here.db")) as s:
        import_file(s, "ucdp", path)
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))  # (the forked worker's too)
    log = tmp_path / "handed.log"
    real = mapping.handed

    def logged(frame, directory):
        handed = real(frame, directory)
        with log.open("a") as fh:
            fh.write(f"{handed if isinstance(handed, str) else 'frame'}\n")
        return handed

    monkeypatch.setattr(mapping, "handed", logged)
    with Store.open(str(tmp_path / "handed.db")) as s:
        result = import_file(s, "ucdp", path, workers=1)
    files = log.read_text().split()
    assert files and all(f.startswith(str(scratch)) and f.endswith(".pickle") for f in files)
    assert result.counts() == {"read": 41, "imported": 40, "updated": 0, "skipped": 1}
    assert stored(tmp_path / "handed.db") == stored(tmp_path / "here.db")
    assert not list(scratch.glob("conflictmap-*"))  # (Dask keeps a scratch directory there too)

    def fails(frame, directory):
        real(frame, directory)  # the file written, then the task fails
        raise ValueError("worker lost its disk")

    monkeypatch.setattr(mapping, "handed", fails)
    with Store.open(str(tmp_path / "failed.db")) as s, pytest.raises(ValueError, match="lost its disk"):
        import_file(s, "ucdp", path, workers=1)
    assert not list(scratch.glob("conflictmap-*"))
    assert stored(tmp_path / "failed.db") == ({}, [])


@pytest.mark.timeout(120)  # the import hung for good before issue 22's fix: fail, do not hang the suite
def test_an_import_finishes_while_dask_s_callback_thread_is_held_by_another_client(tmp_path, monkeypatch,
                                                                                    small_chunks):
    """Dask runs every future's done-callback, of every client of the process, on one thread:
    a callback that waits there (one of an earlier import or cluster, say) must not stop an
    import on a local cluster of its own, whose chunks are mapped on its worker and stored as
    an import in one process stores them."""
    import threading

    path = rows_file(tmp_path / "ged.csv", 41)
    with Store.open(str(tmp_path / "here.db")) as s:
        here = import_file(s, "ucdp", path)
    log = log_where_mapped(monkeypatch, tmp_path)
    holding, gate = threading.Event(), threading.Event()

    def hold(_future) -> None:
        holding.set()
        gate.wait()

    with cluster_client(workers=1) as other:
        other.submit(int, "1").add_done_callback(hold)
        try:
            assert holding.wait(60)
            with Store.open(str(tmp_path / "held.db")) as s:
                held = import_file(s, "ucdp", path, workers=1)
        finally:
            gate.set()
    assert "worker" in log.read_text().split()
    assert held.counts() == here.counts() == {"read": 41, "imported": 40, "updated": 0, "skipped": 1}
    assert stored(tmp_path / "held.db") == stored(tmp_path / "here.db")
