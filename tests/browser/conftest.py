"""A live `conflictmap serve` on 127.0.0.1 and a system Chromium driven by Playwright.

The tests that only read the store share one server (``served``); a test that writes gets a
server of its own (``server``).  Both serve a copy of the session's sample store."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import copy_sample_store, launched_chromium


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass(frozen=True)
class Server:
    url: str
    process: subprocess.Popen
    env: dict[str, str]  # CONFLICTMAP_HOME and the gazetteer: a CLI run with it uses the server's store


@contextmanager
def serving(home: Path, gazetteer_path: Path, *options: str) -> Iterator[Server]:
    """`conflictmap serve [OPTIONS]` on a free port with ``home``'s store, until the block ends.  Its output
    goes to ``serve.log`` beside the home (a pipe nobody reads would stop a long-lived server
    once full)."""
    port = free_port()
    env = {**os.environ, "CONFLICTMAP_HOME": str(home), "CONFLICTMAP_GAZETTEER": str(gazetteer_path)}
    env.pop("CONFLICTMAP_DB", None)
    log = home.parent / "serve.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "dashboard.cli", "serve", "--port", str(port),
                                 "--address", "127.0.0.1", *options], env=env,
                                stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.read() == b"ok":
                    break
        except OSError:
            time.sleep(0.05)  # not up yet: looked at again soon (each look is one refused connection)
    else:
        proc.kill()
        pytest.fail(f"dashboard did not start: {log.read_text(errors='replace')[-2000:]}")
    try:
        yield Server(url, proc, env)
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


#: Streamlit's page once its script run has ended (every element of the run has arrived)
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'


def wait_idle(page, timeout: float = 60_000) -> None:
    """Wait until the page's script run is over and no element is left stale from an earlier
    run: what the server sends for this run has arrived."""
    page.locator(IDLE).wait_for(state="attached", timeout=timeout)
    page.wait_for_function("() => !document.querySelector('[data-stale=\"true\"]')", timeout=timeout)


@pytest.fixture(scope="package")
def browser():
    """One Chromium for the browser tests (its event loop ends with them: tests/conftest.py)."""
    with launched_chromium() as b:
        yield b


@pytest.fixture(scope="package")
def shared_server(tmp_path_factory, sample_store_file, gazetteer_path) -> Iterator[Server]:
    """One server for the tests that only read: the sample articles' store (a copy)."""
    home = tmp_path_factory.mktemp("shared-server") / "home"
    copy_sample_store(sample_store_file, home)
    with serving(home, gazetteer_path) as server:
        yield server


@pytest.fixture(scope="package")
def shared_tabs(browser):
    """The reading tests' pages: tabs of one browser window (one context), sharing its cache of
    the app's files as an analyst's tabs do (each page loaded the app's scripts afresh before)."""
    context = browser.new_context()
    yield context
    context.close()


@pytest.fixture
def served(shared_server) -> str:
    """The URL of the shared server: for tests that do not change its store."""
    return shared_server.url


@pytest.fixture
def server(tmp_path, sample_store_file, gazetteer_path) -> Iterator[Server]:
    """A server of this test's own, on its own copy of the sample store: for tests that write."""
    home = tmp_path / "home"
    copy_sample_store(sample_store_file, home)
    with serving(home, gazetteer_path) as started:
        yield started
