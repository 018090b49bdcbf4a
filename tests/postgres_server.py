"""A throw-away PostgreSQL server for the tests: ``initdb`` and ``pg_ctl`` in a temporary
directory, listening on 127.0.0.1 only at a free port, started once per test process (each
pytest-xdist worker has its own) and stopped at the end of the run.

Each test that asks for it gets a database of its own, copied from a template (``CREATE
DATABASE … TEMPLATE``: tens of milliseconds): ``empty`` (nothing in it: the store's migrations
run on open) or ``migrated`` (the store's newest schema, made once per run).  The database is
dropped after the test.

PostgreSQL comes from Debian's packages (``make postgresql``: ``apt-get install postgresql``;
binaries in /usr/lib/postgresql/VERSION/bin).  ``initdb`` refuses to run as root: as root, the
server runs as the ``postgres`` user (the package creates it) in a directory it owns.  Without
PostgreSQL, the tests that need it are skipped with the reason (failed on CI, where `make test`
installs it)."""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest

#: the fixtures (tests/conftest.py offers them to every test)
__all__ = ["cli_store", "db_backend", "empty_postgres_url", "ingested_url", "postgres_migrated", "postgres_sample",
           "postgres_server", "postgres_url", "store_url"]
#: what a test is told when the server cannot be had
INSTALL_HINT = "install it with `make postgresql` (apt-get install postgresql)"
#: the user the server runs as when the tests run as root
SERVER_USER = "postgres"
#: the server's settings: a throw-away server that need not survive a crash
SETTINGS = {"listen_addresses": "127.0.0.1", "fsync": "off", "synchronous_commit": "off",
            "full_page_writes": "off", "max_connections": "100", "shared_buffers": "64MB",
            "max_locks_per_transaction": "128"}


def bin_dir() -> Path | None:
    """The directory of the newest installed PostgreSQL's ``initdb`` and ``pg_ctl``."""
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                      key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0)
    return versions[-1].parent if versions else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class PostgresServer:
    """A running server and the databases made on it."""

    bin: Path
    root: Path
    port: int
    user: str | None  # run the server's programs as this user (None: as ourselves)
    made: itertools.count = field(default_factory=lambda: itertools.count(1))

    @property
    def data(self) -> Path:
        return self.root / "data"

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
        command = [str(self.bin / args[0]), *args[1:]]
        if self.user:
            command = ["runuser", "-u", self.user, "--", *command]
        return subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)

    def start(self) -> None:
        done = self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                         "--locale=C.UTF-8", "--no-sync")
        if done.returncode:
            raise RuntimeError(f"initdb failed: {done.stderr.strip().splitlines()[-1:]}")
        options = " ".join(f"-c {k}={v}" for k, v in {**SETTINGS, "port": self.port,
                                                     "unix_socket_directories": self.root}.items())
        done = self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"), "-o", options,
                         "-w", "-t", "60", "start")
        if done.returncode:
            log = (self.root / "server.log").read_text(errors="replace") if (self.root / "server.log").exists() else ""
            raise RuntimeError(f"the server did not start: {(log or done.stderr).strip().splitlines()[-1:]}")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop", timeout=60)

    def execute(self, *statements: str, database: str = "postgres") -> None:
        """Statements run one by one outside a transaction (CREATE/DROP DATABASE)."""
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname=database,
                             autocommit=True) as con:
            for statement in statements:
                con.execute(statement)

    def new_database(self, template: str = "template0") -> str:
        name = f"t{os.getpid()}_{next(self.made)}"
        self.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return name

    def drop_database(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def start_server() -> PostgresServer:
    """A started server, or ``pytest.skip`` (``pytest.fail`` on CI) saying why there is none."""
    directory = bin_dir()
    problem = None
    if directory is None:
        problem = f"PostgreSQL is not installed: {INSTALL_HINT}"
    try:
        import psycopg  # noqa: F401
    except ImportError:
        problem = "psycopg is not installed: pip install 'psycopg[binary]' (the [test] extra)"
    user = None
    if problem is None and os.geteuid() == 0:
        try:
            pwd.getpwnam(SERVER_USER)
        except KeyError:
            problem = f"running as root and there is no {SERVER_USER!r} user for the server: {INSTALL_HINT}"
        user = SERVER_USER
    if problem is None:
        root = Path(tempfile.mkdtemp(prefix="conflictmap-pg-"))
        if user:
            entry = pwd.getpwnam(user)
            os.chown(root, entry.pw_uid, entry.pw_gid)
        for attempt in range(3):  # another process may take the free port first
            server = PostgresServer(directory, root, free_port(), user)
            try:
                server.start()
                return server
            except (RuntimeError, subprocess.TimeoutExpired, OSError) as exc:
                problem = f"PostgreSQL would not start: {exc}"
                server.stop()
                shutil.rmtree(server.data, ignore_errors=True)
                time.sleep(0.2 * (attempt + 1))
        shutil.rmtree(root, ignore_errors=True)
    if os.environ.get("CI"):
        pytest.fail(f"{problem} (`make test` installs and starts it on CI)")
    pytest.skip(problem)


#: the fixtures that need the server (besides ``db_backend``'s postgresql tests): a test process
#: that collected a test needing it starts it at once (:func:`start_soon`)
NEEDING = frozenset({"postgres_server", "postgres_url", "empty_postgres_url", "postgres_migrated", "postgres_sample"})
#: the server being started in the background, when :func:`start_soon` was called
_soon: Future | None = None


def needs_server(item: pytest.Item) -> bool:
    params = getattr(getattr(item, "callspec", None), "params", {})
    return params.get("db_backend") == "postgresql" or bool(NEEDING.intersection(item.fixturenames))


def start_soon(items: list[pytest.Item]) -> None:
    """Start the run's server in a thread if any of ``items`` needs it: ``initdb`` and the start
    (3.2 s for 0.6 s of CPU on a loaded machine: mostly waiting) then overlap the first tests
    instead of holding up the first test that needs the server."""
    global _soon
    if _soon is None and any(map(needs_server, items)):
        _soon = ThreadPoolExecutor(1, thread_name_prefix="postgres").submit(start_server)


def stop(server: PostgresServer) -> None:
    server.stop()
    shutil.rmtree(server.root, ignore_errors=True)


def stop_unclaimed() -> None:
    """Stop the server :func:`start_soon` started if no test asked for it (end of the session)."""
    global _soon
    soon, _soon = _soon, None
    if soon is not None and soon.exception() is None:
        stop(soon.result())


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """The run's server (this process's: each xdist worker starts its own), stopped at the end;
    the one :func:`start_soon` began starting, when it did."""
    global _soon
    soon, _soon = _soon, None
    server = soon.result() if soon is not None else start_server()  # its skip or failure, raised here
    try:
        yield server
    finally:
        stop(server)


@pytest.fixture(scope="session")
def postgres_migrated(postgres_server) -> str:
    """A template database holding the store's newest schema and nothing else."""
    from geo.store import Store

    name = postgres_server.new_database()
    with Store.open(postgres_server.url(name)):
        pass
    return name


@pytest.fixture
def postgres_url(postgres_server, postgres_migrated) -> Iterator[str]:
    """A database of this test's own at the newest schema, dropped after it."""
    name = postgres_server.new_database(postgres_migrated)
    yield postgres_server.url(name)
    postgres_server.drop_database(name)


@pytest.fixture
def empty_postgres_url(postgres_server) -> Iterator[str]:
    """An empty database of this test's own (no tables), dropped after it."""
    name = postgres_server.new_database()
    yield postgres_server.url(name)
    postgres_server.drop_database(name)


#: the store backends a parametrised test runs on
BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(params=BACKENDS)
def db_backend(request) -> str:
    return request.param


@pytest.fixture
def store_url(db_backend, request, tmp_path) -> str:
    """Where this test's store is: a new SQLite file, or a new PostgreSQL database at the newest
    schema (the test runs once on each: ``db_backend``)."""
    if db_backend == "sqlite":
        return str(tmp_path / "store.db")
    return request.getfixturevalue("postgres_url")


@pytest.fixture(scope="session")
def postgres_sample(postgres_server, postgres_migrated, gazetteer_path, tmp_path_factory) -> str:
    """A template database holding the two sample articles as `make sample` ingests them (through
    the real CLI, once per run): the PostgreSQL twin of ``sample_store_file``."""
    from dashboard.cli import main
    from tests.conftest import ARTICLES, OUTSIDE_SETTINGS, SAMPLE_ARTICLES

    name = postgres_server.new_database(postgres_migrated)
    with pytest.MonkeyPatch.context() as env:
        for var in OUTSIDE_SETTINGS:
            env.delenv(var, raising=False)
        env.setenv("CONFLICTMAP_HOME", str(tmp_path_factory.mktemp("postgres-sample-home")))
        env.setenv("CONFLICTMAP_GAZETTEER", str(gazetteer_path))
        env.setenv("CONFLICTMAP_DB", postgres_server.url(name))
        for article, published in SAMPLE_ARTICLES:
            assert main(["ingest", *(["--published", published] if published else []), str(ARTICLES / article)]) == 0
    return name


@pytest.fixture
def ingested_url(db_backend, request, monkeypatch) -> Iterator[str]:
    """A store holding the French and English sample articles' events, this test's own copy
    (SQLite: the ``ingested`` file; PostgreSQL: a database copied from ``postgres_sample``), also
    the store of the test's CLI and settings (CONFLICTMAP_DB)."""
    if db_backend == "sqlite":
        yield request.getfixturevalue("ingested")
        return
    server = request.getfixturevalue("postgres_server")
    request.getfixturevalue("world")
    name = server.new_database(request.getfixturevalue("postgres_sample"))
    monkeypatch.setenv("CONFLICTMAP_DB", server.url(name))
    yield server.url(name)
    server.drop_database(name)


@pytest.fixture
def cli_store(store_url, monkeypatch) -> str:
    """``store_url`` made the store of the test's CLI and settings (CONFLICTMAP_DB)."""
    monkeypatch.setenv("CONFLICTMAP_DB", store_url)
    return store_url
