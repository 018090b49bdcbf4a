"""Shared fixtures: one world gazetteer and one sample store per run (shared by the pytest-xdist workers), an isolated home per
test, and Chromium driven by Playwright.  The project's modules are imported where a fixture
needs them, not here: pytest-xdist's controller process loads this file too and runs no test
(importing the dashboard here cost it about a second before the workers started).  A process
that runs tests imports them all once it is configured (``pytest_configure``), so that property
tests draw the same inputs in any order (``tests.fuzzing.import_the_project``)."""

from __future__ import annotations

import asyncio
import compileall
import fcntl
import gc
import os
import random
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.fuzzing import import_the_project, load_profile
from tests.postgres_server import *  # noqa: F403 - the fixtures of a throw-away PostgreSQL server
from tests.postgres_server import start_soon as start_postgres_soon
from tests.postgres_server import stop_unclaimed as stop_unclaimed_postgres

if TYPE_CHECKING:
    from playwright.sync_api import Browser

REPO = Path(__file__).resolve().parents[1]

load_profile()  # the same inputs on every run unless HYPOTHESIS_PROFILE=explore (tests/fuzzing.py)
ARTICLES = REPO / "data" / "articles"
#: the sample articles as `make sample` ingests them: (file, --published)
SAMPLE_ARTICLES = (("002_a0c274ca167b7a0b.txt", None), ("000_e69315e52186f9f0.txt", "2022-01-23"))
#: the variables a test's home must not inherit from the shell (see ``isolated_home``)
OUTSIDE_SETTINGS = ("CONFLICTMAP_DB", "CONFLICTMAP_GAZETTEER", "CONFLICTMAP_CONFIG", "CONFLICTMAP_ONLINE_GEOCODER",
                    "CONFLICTMAP_USER_AGENT", "CONFLICTMAP_ALLOWED_HOSTS", "CONFLICTMAP_INTERNAL_HOOKS",
                    "CONFLICTMAP_LANGUAGE")


#: objects the garbage collector's oldest generation may hold before they are frozen (see
#: :func:`pytest_runtest_setup`)
UNFROZEN_OBJECTS = 50_000


def settle_heap() -> None:
    """Collect, then freeze what is left (``gc.freeze``): the modules, spaCy's pipelines, the
    gazetteer, Streamlit… live as long as the test process, and each full collection walked all
    of them again (some 0.1 s, ten or so times a file of the extraction tests: 5 % of their CPU)."""
    gc.collect()
    gc.freeze()


#: the folders whose modules the run's processes import
COMPILED_FOLDERS = ("geo", "dashboard", "bench", "tests")


def compile_the_project() -> None:
    """The project's modules compiled once, before the processes of the run start, where Python
    looks for them (``__pycache__``, ignored by git): where ``PYTHONDONTWRITEBYTECODE`` is set
    (the test machine sets it), no process writes what it compiles, so each of the run's
    processes (the two test processes, and the CLI, server and Dask processes they start: some
    70 a run) compiled every module it imported again (0.08 s of CPU for an ingest's modules,
    0.3 s for all of them); compiling them all here takes 0.5 s, once (a file already compiled
    is only looked at).  Where the variable is not set, the first process to import a module
    wrote it already."""
    for folder in COMPILED_FOLDERS:
        compileall.compile_dir(REPO / folder, quiet=1)


def rewrite_the_tests(config: pytest.Config) -> None:
    """The test modules (and conftest files) as pytest runs them, its asserts rewritten, written
    once where it looks for them (``__pycache__``, a file of pytest's own beside each module's
    compiled one), before the run's test processes start: where ``PYTHONDONTWRITEBYTECODE`` is
    set, pytest writes none, and each test process rewrote every test module it collected (1.7 s
    of CPU of its 3.5 s of collection; 1.7 s here, once).  Through pytest's own functions, which
    are not a public interface: if a pytest upgrade changes them, nothing is written and each
    process rewrites the modules again, as before."""
    try:
        from _pytest.assertion import rewrite

        state = config.stash.get(rewrite.assertstate_key, None)
        if state is None:  # --assert=plain: nothing is rewritten
            return
        for path in sorted((REPO / "tests").rglob("*.py")):
            if not (path.name.startswith("test_") or path.name == "conftest.py"):
                continue
            pyc = rewrite.get_cache_dir(path) / (path.name[:-3] + rewrite.PYC_TAIL)
            if rewrite._read_pyc(path, pyc, state.trace) is None and rewrite.try_makedirs(pyc.parent):
                source_hash, code = rewrite._rewrite_test(path, config)
                rewrite._write_pyc(state, code, source_hash, pyc)
    except (ImportError, AttributeError, TypeError, ValueError):
        return


def pytest_configure(config: pytest.Config) -> None:
    """In the process that starts the run (xdist's controller, or the only process with ``-n
    0``): the modules compiled for all its processes (:func:`compile_the_project`) and the test
    modules rewritten for them (:func:`rewrite_the_tests`).  In a process that runs tests (an
    xdist worker, or the only process): every module of the project, before the first test
    (then frozen: :func:`settle_heap`)."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not worker:
        compile_the_project()
        rewrite_the_tests(config)
    if worker or not getattr(config.option, "numprocesses", None):
        import_the_project()
        settle_heap()


_last_module: list[object] = [None]


def pytest_runtest_setup(item: pytest.Item) -> None:
    """At each test module's first test: what the oldest generation gathered meanwhile (a model or
    a gazetteer a test loaded, a session's fixtures) is frozen too, once it holds more than
    :data:`UNFROZEN_OBJECTS` objects (counted once a module: a few milliseconds)."""
    module = getattr(item, "module", None)
    if module is not _last_module[0]:
        _last_module[0] = module
        if len(gc.get_objects(generation=2)) > UNFROZEN_OBJECTS:
            settle_heap()


#: the test packages and modules that take longest (many processes each: servers, Chromium, dask,
#: PostgreSQL, concurrent writers), longest first, each kept whole: they run first, so that no
#: worker is left running one of them while the other has nothing left to do (their durations
#: on the README's suite run); the rest keep the collected order
LONG_FIRST = ("tests/browser/", "tests/test_concurrent_writers_postgres.py", "tests/test_concurrent_writers.py",
              "tests/geo/test_one_sqlite_per_process.py", "tests/test_fuzz_repeatable.py",
              "tests/geo/test_reader_fuzz.py", "tests/cluster/", "tests/geo/test_import_worker_reads.py",
              "tests/test_one_query.py", "tests/dashboard/test_ingest_batch.py", "tests/geo/test_event_indexes.py")
#: the orders ``--test-order`` offers
TEST_ORDERS = ("long-first", "collected", "reversed", "shuffled")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--test-order", default="long-first", choices=TEST_ORDERS,
                     help="long-first (the default: LONG_FIRST in tests/conftest.py first), collected, reversed, "
                          "or shuffled (by --test-order-seed): whatever the order, every test must pass")
    parser.addoption("--test-order-seed", type=int, default=0, help="the seed of --test-order=shuffled")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The tests in the ``--test-order`` asked for (every pytest-xdist worker collects, in the same
    order: the seed is the option's)."""
    order = config.getoption("test_order")
    if order == "long-first":
        rank = {prefix: i for i, prefix in enumerate(LONG_FIRST)}
        items.sort(key=lambda item: next((rank[p] for p in LONG_FIRST if item.nodeid.startswith(p)), len(rank)))
    elif order == "reversed":
        items.reverse()
    elif order == "shuffled":
        random.Random(config.getoption("test_order_seed")).shuffle(items)


def pytest_collection_finish(session: pytest.Session) -> None:
    """In a process that runs tests: the PostgreSQL server starts now if a collected test needs
    it (tests/postgres_server.py), while the first tests run."""
    if os.environ.get("PYTEST_XDIST_WORKER") or not getattr(session.config.option, "numprocesses", None):
        start_postgres_soon(session.items)


def pytest_sessionfinish(session: pytest.Session) -> None:
    stop_unclaimed_postgres()
    forked = sys.modules.get("tests.forked_cli")  # the warm process CLI tests fork from, if started
    if forked is not None:
        forked.stop()


@pytest.fixture(autouse=True)
def main_module_restored() -> Iterator[None]:
    """``sys.modules["__main__"]`` as the test found it: Streamlit's AppTest leaves the page
    script it ran there, whose constants Hypothesis would add to its draws (tests/fuzzing.py)."""
    main = sys.modules["__main__"]
    yield
    sys.modules["__main__"] = main


@pytest.fixture(scope="session")
def gazetteer_path(tmp_path_factory) -> Path:
    """The world gazetteer: the one `make test` built, else built here (about 25 s)."""
    prebuilt = os.environ.get("CONFLICTMAP_TEST_GAZETTEER")
    if prebuilt and Path(prebuilt).exists():
        return Path(prebuilt)
    from geo.gazetteer.build import build_gazetteer

    path = tmp_path_factory.mktemp("gazetteer") / "gazetteer.sqlite"
    build_gazetteer(path)
    return path


@pytest.fixture
def sy_zip(tmp_path) -> Path:
    """A small SY.zip GeoNames dump (see tests/geonames_fixtures.py)."""
    from tests.geonames_fixtures import write_sy_zip

    return write_sy_zip(tmp_path)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch) -> Path:
    """Each test gets its own home: no user config, store or online geocoder leaks in."""
    home = tmp_path / "home"
    monkeypatch.setenv("CONFLICTMAP_HOME", str(home))
    for var in OUTSIDE_SETTINGS:
        monkeypatch.delenv(var, raising=False)
    return home


@pytest.fixture
def world(gazetteer_path, monkeypatch) -> Path:
    """Point the CLI and settings at the session's world gazetteer."""
    monkeypatch.setenv("CONFLICTMAP_GAZETTEER", str(gazetteer_path))
    return gazetteer_path


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """This process alone in the block among those locking ``path`` (the others wait)."""
    with path.open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


@pytest.fixture(scope="session")
def sample_store_file(tmp_path_factory, gazetteer_path) -> Path:
    """The two sample articles ingested once per run, through the real CLI, into a store of its
    own: tests take a copy of this file (``sample_store``), never open it themselves.  The
    pytest-xdist workers of a run share it (their folders' parent is the run's): the first that
    needs it ingests, the others wait for it under a lock (each worker ingesting it cost about
    5 s)."""
    from dashboard.cli import main

    run = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        run = run.parent
    db = run / "sample-store" / "conflictmap.db"
    with _locked(run / "sample-store.lock"):
        if db.exists():
            return db
        home = tmp_path_factory.mktemp("sample-home")
        with pytest.MonkeyPatch.context() as env:
            for var in OUTSIDE_SETTINGS:
                env.delenv(var, raising=False)
            env.setenv("CONFLICTMAP_HOME", str(home))
            env.setenv("CONFLICTMAP_GAZETTEER", str(gazetteer_path))
            for name, published in SAMPLE_ARTICLES:
                assert main(["ingest", *(["--published", published] if published else []), str(ARTICLES / name)]) == 0
        built = home / "conflictmap.db"
        assert [p.name for p in home.iterdir()] == [built.name]  # closed: no -wal or -shm beside it
        db.parent.mkdir()
        os.replace(built, db)  # whole or not there: the others look for it only under the lock
    return db


def copy_sample_store(sample_store_file: Path, home: Path) -> Path:
    """A copy of the sample store as ``home``'s store (the file SQLite left whole on closing)."""
    home.mkdir(parents=True, exist_ok=True)
    db = home / "conflictmap.db"
    shutil.copyfile(sample_store_file, db)
    return db


@pytest.fixture
def sample_store(sample_store_file, isolated_home, world) -> Path:
    """This test's own copy of the sample store, as the store of its home (the CLI, the app and
    ``load_settings()`` find it there); the world gazetteer is set too."""
    return copy_sample_store(sample_store_file, isolated_home)


@pytest.fixture
def ingested(sample_store) -> str:
    """A store holding the French and English sample articles' events (this test's copy of the
    sample store): its database."""
    from geo.config import load_settings

    return load_settings().db


class CliResult:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err


@pytest.fixture
def run_cli(capsys):
    """Run `conflictmap ARGS…` in-process through its real entry point."""
    from dashboard.cli import main

    def run(*args: str) -> CliResult:
        capsys.readouterr()
        code = main(list(args))
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


def chromium_path() -> str | None:
    """The Chromium the exports would use (``dashboard.export.browser.CHROMIUM_NAMES``: the
    headless shell first), found on the PATH."""
    from dashboard.export.browser import CHROMIUM_NAMES

    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def require_chromium() -> str:
    """The system Chromium's path; the test is skipped without one (failed on CI, where `make
    test` installs it)."""
    path = chromium_path()
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing: `make test` installs it with apt (apt-get install chromium-headless-shell)")
        pytest.skip("no Chromium: install it with `apt-get install chromium-headless-shell`")
    return path


@contextmanager
def launched_chromium() -> Iterator[Browser]:
    """A headless Chromium driven by Playwright's sync API.  While it is open, Playwright's
    event loop runs in this thread (``asyncio.get_running_loop()`` finds it, and ``asyncio.run``,
    Playwright elsewhere or Streamlit's AppTest would fail), so it is open only around the
    tests that drive it: tests/browser's ``browser`` fixture, one for the package (a test that
    needs a page in Chromium is written there: a launch costs about a second)."""
    path = require_chromium()
    from playwright.sync_api import sync_playwright

    from dashboard.export.browser import CHROMIUM_FLAGS  # the exports' own: offline

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=CHROMIUM_FLAGS, headless=True)
        try:
            yield b
        finally:
            b.close()


def _running_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


@pytest.fixture(autouse=True)
def no_event_loop_left_running(request) -> None:
    """A test starts with no event loop running in its thread, unless it drives the browser
    (whose loop another browser test may have opened): none leaks into the tests after them."""
    if "browser" not in request.fixturenames:
        assert _running_loop() is None, "an event loop left running by an earlier test (Playwright's?)"
