"""Ingest on Dask: a real ``dask scheduler`` and two ``dask worker`` processes on 127.0.0.1
(one thread each), and a local cluster (``--workers 2``), ingesting real English and French
articles into SQLite and PostgreSQL (the throw-away server of tests/postgres_server.py); the
store must end with the events an ingest in one process stores, a worker killed mid-ingest must
lose and duplicate nothing, and a scheduler that is not there is one line.  The module's tests
share one cluster (its workers load the NER models once); a worker killed by a test is
replaced when a later test needs the cluster.  Without PostgreSQL its test is skipped with the
reason (before the cluster starts).  The ingests run in the test process, through the command's
entry point (its NER models are loaded once, and a local cluster's workers forked from it have
them), except those that must run beside the test, each in a process of its own (forked from a
warm one: tests/forked_cli.py): the one whose worker is killed mid-way and those of a scheduler
that is not there (a whole process's output must be one line)."""

from __future__ import annotations

import io
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from geo.cluster.connect import CONNECT_SECONDS, CONNECT_VARIABLE, connect_seconds
from geo.store import Store
from tests.cluster.articles import REPO, write_articles
from tests.conftest import OUTSIDE_SETTINGS
from tests.forked_cli import ForkedCli

DASK = Path(sys.executable).with_name("dask")
#: the memory each test worker may use (the NER models of English and French and a few texts)
WORKER_MEMORY = "2GiB"
#: the cluster's processes get this long to start and load what they need
START_SECONDS = 120


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def clean_env(**extra: str) -> dict[str, str]:
    """This repository's code first on the path, none of the caller's conflictmap settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CONFLICTMAP_")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
    env.update(extra)
    return env


#: how long a stopped process of the test cluster may take to end before it is killed
STOP_SECONDS = 5


class Cluster:
    """A scheduler and its workers, each a process of its own (no nanny: killing a worker's
    process kills the worker)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.address = f"tcp://127.0.0.1:{free_port()}"
        self.scheduler = self._start("scheduler", [str(DASK), "scheduler", "--host", "127.0.0.1",
                                                   "--port", self.address.rsplit(":", 1)[1], "--no-dashboard"])
        self.workers: list[subprocess.Popen] = []

    def _start(self, name: str, command: list[str]) -> subprocess.Popen:
        log = (self.folder / f"{name}.log").open("wb")
        return subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=clean_env(),
                                start_new_session=True)

    def start_worker(self) -> subprocess.Popen:
        number = len(self.workers)
        worker = self._start(f"worker-{number}", [
            str(DASK), "worker", self.address, "--name", f"w{number}", "--host", "127.0.0.1",
            "--nthreads", "1", "--memory-limit", WORKER_MEMORY, "--no-nanny", "--no-dashboard"])
        self.workers.append(worker)
        return worker

    def wait_for_workers(self, count: int) -> None:
        from distributed import Client

        with Client(self.address, timeout=START_SECONDS) as client:
            client.wait_for_workers(count, timeout=START_SECONDS)
            for _ in range(START_SECONDS * 10):  # a killed worker's departure is seen a little later
                if len(client.scheduler_info()["workers"]) == count:
                    return
                time.sleep(0.1)
        raise AssertionError(f"the cluster never had {count} workers")

    def busy_worker(self) -> subprocess.Popen:
        """A worker process the scheduler has given a task to."""
        from distributed import Client

        with Client(self.address, timeout=START_SECONDS) as client:
            names = {addr: w["name"] for addr, w in client.scheduler_info()["workers"].items()}
            for _ in range(START_SECONDS * 50):
                busy = [addr for addr, keys in client.processing().items() if keys]
                if busy:
                    return self.workers[int(names[busy[0]][1:])]
                time.sleep(0.02)
        raise AssertionError("no worker was given a task")

    def stop(self) -> None:
        """The workers first, then the scheduler (a worker told to stop while its scheduler also
        goes waits on it; after a test nothing is to be kept, so a slow one is killed)."""
        for group in (self.workers, [self.scheduler]):
            for process in group:
                if process.poll() is None:
                    process.terminate()
            for process in group:
                try:
                    process.wait(timeout=STOP_SECONDS)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


#: the workers of the module's cluster
WORKERS = 2


@pytest.fixture(scope="module")
def running_cluster(tmp_path_factory) -> Iterator[Cluster]:
    """A scheduler and two workers on 127.0.0.1 for this module's tests."""
    running = Cluster(tmp_path_factory.mktemp("dask"))
    try:
        for _ in range(WORKERS):
            running.start_worker()
        running.wait_for_workers(WORKERS)
        yield running
    finally:
        running.stop()


@pytest.fixture
def cluster(running_cluster) -> Cluster:
    """The module's cluster with its two workers: one an earlier test killed is replaced here,
    when a test needs it (not after the killing, which runs last)."""
    alive = sum(worker.poll() is None for worker in running_cluster.workers)
    if alive < WORKERS:
        for _ in range(WORKERS - alive):
            running_cluster.start_worker()
        running_cluster.wait_for_workers(WORKERS)
    return running_cluster


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> list[Path]:
    return write_articles(tmp_path_factory.mktemp("articles"))


def conflictmap(home: Path, gazetteer: Path, *args: str, **env: str) -> ForkedCli:
    """``conflictmap ARGS`` in a process of its own (with ``env`` set), forked from a warm one
    (tests/forked_cli.py)."""
    return ForkedCli(args, env=clean_env(CONFLICTMAP_HOME=str(home), CONFLICTMAP_GAZETTEER=str(gazetteer), **env),
                     cwd=REPO)


def finished(process: ForkedCli) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=600)
    return process.returncode, out, err


def assert_stored_once(store, out: str, articles: list[Path], in_one_process) -> None:
    """A rerun's output and its store: every article ``unchanged``, each stored once, with the
    events of an ingest in one process."""
    assert [line.split()[0] for line in out.splitlines()[:-1]] == ["unchanged"] * len(articles)
    assert article_count(store) == len(articles)
    assert stored_events(store) == in_one_process


def ingested(home: Path, gazetteer: Path, paths: list[Path], *options: str, **env: str) -> tuple[int, str, str]:
    return finished(conflictmap(home, gazetteer, "--db", str(home / "store.db"), "ingest", "--no-progress",
                                *options, *map(str, paths), **env))


def stored_events(db: Path) -> list[tuple]:
    """The store's events, each with its sources by article text (not by article id)."""
    with Store.open(str(db), must_exist=True) as store:
        events = store.events()
        texts = {a["id"]: a["title"] for a in store.articles()}
    out = []
    for e in events:
        sources = sorted((texts[s["article_id"]], s["sentence"], s["start"], s["end"]) for s in e.pop("sources"))
        out.append((repr(sorted(e.items())), tuple(sources)))
    return sorted(out)


def article_count(db: Path) -> int:
    with Store.open(str(db), must_exist=True) as store:
        return len(store.articles())


def ingested_here(home: Path, gazetteer: Path, paths: list[Path], *options: str,
                  db: str | None = None) -> tuple[int, str]:
    """``conflictmap --db DB ingest --no-progress OPTIONS PATHS`` in this process (``DB``:
    ``HOME/store.db`` unless given),
    through the command's entry point with ``home`` of its own: its code and output.  The test
    process has the NER models loaded already (``in_one_process``), where a new process took
    4.4 s of CPU to load them again; a local cluster's workers, forked from it, have them too."""
    from dashboard.cli import main

    out = io.StringIO()
    with pytest.MonkeyPatch.context() as env, redirect_stdout(out):
        for var in OUTSIDE_SETTINGS:
            env.delenv(var, raising=False)
        env.setenv("CONFLICTMAP_HOME", str(home))
        env.setenv("CONFLICTMAP_GAZETTEER", str(gazetteer))
        code = main(["--db", db or str(home / "store.db"), "ingest", "--no-progress", *options, *map(str, paths)])
    return code, out.getvalue()


@pytest.fixture(scope="module")
def in_one_process(tmp_path_factory, gazetteer_path, articles) -> list[tuple]:
    """The events of the articles ingested in one process, this one (no cluster)."""
    home = tmp_path_factory.mktemp("one-process")
    code, out = ingested_here(home, gazetteer_path, articles)
    assert code == 0, out
    assert sum(line.startswith("new ") for line in out.splitlines()) == len(articles)
    events = stored_events(home / "store.db")
    assert len(events) >= len(articles)  # every article reports an event
    return events


def test_the_workers_of_a_scheduler_ingest_the_same_events_and_a_rerun_adds_nothing(
        tmp_path, gazetteer_path, cluster, articles, in_one_process):
    from geo.articles.model import Article
    from geo.cluster.ingest import partitions, send_order

    # the partitions go out longest first, not in file order: they are still stored in file order
    items = [(str(p), Article(title=p.name, text=p.read_text(encoding="utf-8"))) for p in articles]
    assert send_order(partitions(items, 3)) != list(range(len(partitions(items, 3))))
    code, out = ingested_here(tmp_path, gazetteer_path, articles, "--scheduler", cluster.address,
                              "--partition-size", "3")
    assert code == 0, out
    assert f"{len(articles)} of {len(articles)} articles stored" in out
    lines = [line for line in out.splitlines() if line.startswith("new ")]
    assert [line.split()[1] for line in lines] == [str(p) for p in articles]  # stored in their order
    assert any(", fr, " in line for line in lines) and any(", en, " in line for line in lines)
    assert stored_events(tmp_path / "store.db") == in_one_process

    code, out = ingested_here(tmp_path, gazetteer_path, articles, "--scheduler", cluster.address)
    assert code == 0, out
    assert_stored_once(tmp_path / "store.db", out, articles, in_one_process)


def test_a_local_cluster_of_two_workers_ingests_the_same_events(tmp_path, gazetteer_path, articles,
                                                                  in_one_process):
    # run here: the cluster's workers are forked from this process, whose models are loaded
    code, out = ingested_here(tmp_path, gazetteer_path, articles, "--workers", "2")
    assert code == 0, out
    assert f"{len(articles)} of {len(articles)} articles stored" in out
    assert stored_events(tmp_path / "store.db") == in_one_process


def test_the_workers_of_a_scheduler_ingest_into_postgresql_the_events_of_one_process(
        empty_postgres_url, tmp_path, gazetteer_path, cluster, articles, in_one_process):
    def ingest(paths: list[Path], *options: str) -> tuple[int, str]:
        return ingested_here(tmp_path, gazetteer_path, paths, "--scheduler", cluster.address, *options,
                             db=empty_postgres_url)

    code, out = ingest(articles, "--partition-size", "3")
    assert code == 0, out
    assert f"{len(articles)} of {len(articles)} articles stored" in out
    lines = [line for line in out.splitlines() if line.startswith("new ")]
    assert [line.split()[1] for line in lines] == [str(p) for p in articles]  # stored in their order
    assert any(", fr, " in line for line in lines) and any(", en, " in line for line in lines)
    assert stored_events(empty_postgres_url) == in_one_process  # the events SQLite holds

    code, out = ingest(articles)
    assert code == 0, out
    assert_stored_once(empty_postgres_url, out, articles, in_one_process)


#: what the tests of a scheduler that is not there wait for it (Dask tries again meanwhile), in
#: place of the 5 s a command waits by default (``geo.cluster.connect.CONNECT_SECONDS``)
NOT_THERE = {CONNECT_VARIABLE: "0.25"}


def test_a_scheduler_that_is_not_there_is_one_line(tmp_path, gazetteer_path, articles, run_cli):
    for address in (f"tcp://127.0.0.1:{free_port()}", "127.0.0.1"):
        code, out, err = ingested(tmp_path, gazetteer_path, articles[:1], "--scheduler", address, **NOT_THERE)
        assert code == 2
        assert err.startswith(f"error: cannot reach the Dask scheduler at {address!r}: ")
        assert len(err.strip().splitlines()) == 1, err
    result = run_cli("--db", str(tmp_path / "store.db"), "ingest", str(articles[0]), "--scheduler", "tcp://127.0.0.1:1",
                     "--workers", "2")
    assert result.code == 2 and len(result.err.strip().splitlines()) == 1 and "give one" in result.err


def test_an_import_on_a_scheduler_that_is_not_there_is_one_line_and_changes_nothing(tmp_path, gazetteer_path):
    from tests import importer_fixtures as fx

    address = f"tcp://127.0.0.1:{free_port()}"
    code, out, err = finished(conflictmap(tmp_path, gazetteer_path, "--db", str(tmp_path / "store.db"), "import",
                                          "acled", str(fx.write_acled(tmp_path)), "--scheduler", address,
                                          **NOT_THERE))
    assert code == 2
    assert err.strip() == f"error: cannot reach the Dask scheduler at {address!r}: Timed out trying to connect " \
                          f"to {address} after {NOT_THERE[CONNECT_VARIABLE]} s"
    with Store.open(str(tmp_path / "store.db"), must_exist=True) as store:
        assert store.counts()["events"] == 0


def test_the_wait_for_a_scheduler_is_5_s_unless_configured(monkeypatch, run_cli, tmp_path, articles):
    monkeypatch.delenv(CONNECT_VARIABLE, raising=False)
    assert connect_seconds() == CONNECT_SECONDS == 5
    monkeypatch.setenv(CONNECT_VARIABLE, "0.5")
    assert connect_seconds() == 0.5
    for bad in ("0", "-1", "soon", "inf", "nan"):
        monkeypatch.setenv(CONNECT_VARIABLE, bad)
        result = run_cli("--db", str(tmp_path / "store.db"), "ingest", str(articles[0]), "--scheduler",
                         "tcp://127.0.0.1:1")
        assert result.code == 2
        assert result.err.strip() == f"error: {CONNECT_VARIABLE} must be a number of seconds above 0 (got {bad!r})"


def test_a_worker_killed_mid_ingest_loses_nothing_and_a_rerun_duplicates_nothing(
        tmp_path, gazetteer_path, cluster, articles, in_one_process):
    process = conflictmap(tmp_path, gazetteer_path, "--db", str(tmp_path / "store.db"), "ingest", "--no-progress",
                          "--scheduler", cluster.address, "--partition-size", "1", *map(str, articles))
    # killed while the scheduler has given it a partition: the ingest cannot have finished, and
    # that partition must be run again elsewhere (waiting for a first article stored instead lost
    # the race on a fast machine: the other partitions were all done before the worker was chosen)
    victim = cluster.busy_worker()
    assert process.poll() is None
    os.kill(victim.pid, signal.SIGKILL)
    victim.wait()
    out, err = process.communicate(timeout=600)
    assert process.returncode == 0, err
    assert [line.split()[1] for line in out.splitlines() if line.startswith("new ")] == list(map(str, articles))
    assert stored_events(tmp_path / "store.db") == in_one_process

    code, out = ingested_here(tmp_path, gazetteer_path, articles, "--scheduler", cluster.address)
    assert code == 0, out
    assert_stored_once(tmp_path / "store.db", out, articles, in_one_process)
