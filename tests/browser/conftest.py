"""A live `conflictmap serve` on 127.0.0.1 and a system Chromium driven by Playwright.

The tests that only read the store share one server (``served``); the tests that add to it
share another (``writing_server``); a test that changes what the others would see gets a
server of its own (``server``).  Both serve a copy of the session's sample store."""

from __future__ import annotations

import os
import shutil
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


#: how often a condition on a page is looked at again while a test waits for it (milliseconds).
#: Playwright's ``wait_for_function`` looks at every animation frame by default, which keeps the
#: page drawing frames, 60 a second, for as long as the test waits: 0.5 s of Chromium's CPU per
#: 8 s waited on an empty page, 0.02-0.05 s at 100 ms (its locators' waits cost that already)
POLL_MS = 100


def wait_until(target, expression: str, arg=None, timeout: float = 30_000):
    """``target.wait_for_function(expression, arg)`` (a page or a frame), the condition looked at
    every :data:`POLL_MS`, not every frame; its value once true."""
    return target.wait_for_function(expression, arg=arg, timeout=timeout, polling=POLL_MS)


#: the map's place names are drawn as they will stay: every label tile in view has arrived and
#: shows fully (Leaflet fades tiles in), and the overlap pass, which runs once the last tile is
#: drawn, has hidden the names that overlap (dashboard/static/place_labels/place_labels.js); at
#: ``zoom`` when one is given.  Until then the names in view change from one moment to the next.
LABELS_SETTLED = """(zoom) => {
  let map = null;  // window's values one by one: a page without an origin refuses its localStorage
  for (const key of window.L ? Object.keys(window) : []) {
    try { if (window[key] instanceof L.Map) { map = window[key]; break; } } catch (e) { /* not readable */ }
  }
  if (!map || (zoom != null && map.getZoom() !== zoom)) return false;
  let labels = null;
  map.eachLayer(l => { if (typeof l.declutter === 'function') labels = l; });
  if (!labels || labels.isLoading() || labels._cmTimer) return false;
  const tiles = Object.values(labels._tiles).filter(t => t.coords.z === labels._tileZoom);
  return tiles.length > 0 && tiles.every(t => t.loaded && getComputedStyle(t.el).opacity === '1');
}"""


#: Streamlit's page once its script run has ended (every element of the run has arrived)
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'


def wait_idle(page, timeout: float = 60_000) -> None:
    """Wait until the page's script run is over and no element is left stale from an earlier
    run: what the server sends for this run has arrived."""
    page.locator(IDLE).wait_for(state="attached", timeout=timeout)
    wait_until(page, "() => !document.querySelector('[data-stale=\"true\"]')", timeout=timeout)


def submit_form(page, button: str, fields: dict[str, str] | None = None) -> None:
    """Type ``fields`` (label: text) into the form whose submit button is ``button``, then click
    it once the page's script run is over.  The fields are looked for inside that form, which
    sends them with the click in one message: the click's run is then the only one (a field
    outside a form sends its value on blur, in a run of its own that could supersede the
    click's and lose the click: dashboard/views/sources.py)."""
    form = page.locator('[data-testid="stForm"]').filter(has=page.get_by_role("button", name=button))
    for label, value in (fields or {}).items():
        form.get_by_label(label, exact=True).fill(value)
    wait_idle(page)
    form.get_by_role("button", name=button).click()


#: what a page shows, for a failure's report: its script run's state, messages and fields
SHOWN = """() => ({
  url: location.href,
  script: document.querySelector('[data-testid="stApp"]')?.getAttribute('data-test-script-state'),
  connection: document.querySelector('[data-test-connection-state]')?.getAttribute('data-test-connection-state'),
  spinners: document.querySelectorAll('[data-testid="stSpinner"]').length,
  messages: [...document.querySelectorAll('[data-testid="stAlert"], [data-testid="stException"]')].map(e => e.innerText),
  fields: [...document.querySelectorAll('input[aria-label], textarea[aria-label]')]
    .filter(e => e.type !== 'file').map(e => `${e.getAttribute('aria-label')}=${JSON.stringify(e.value)}`),
})"""
#: how many lines of a server's log a failure's report ends with
LOG_TAIL = 30


def failure_report(item: pytest.Item) -> str:
    """What each open page of a failed test shows (:data:`SHOWN`) and the end of each of its
    servers' logs: in the test's report, where a flaky failure is read."""
    parts = []
    for value in item.funcargs.values():
        if hasattr(value, "console_messages") and not value.is_closed():
            try:
                parts.append(f"page shows: {value.evaluate(SHOWN)}")
            except Exception as error:  # noqa: BLE001 - a page that cannot answer says so
                parts.append(f"page unreadable: {error!r}")
        elif isinstance(value, Server):
            log = Path(value.env["CONFLICTMAP_HOME"]).parent / "serve.log"
            tail = log.read_text(errors="replace").splitlines()[-LOG_TAIL:] if log.exists() else ["(no log)"]
            parts.append(f"server {value.url} (exit code {value.process.poll()}), its log's end:\n" + "\n".join(tail))
    return "\n".join(parts)


def dump_pages(item: pytest.Item, folder: Path) -> None:
    """What a failed browser test saw, into ``folder``: each page of the test (a screenshot, the
    HTML of each of its frames, its console and uncaught errors) and the log of each server it
    used."""
    folder.mkdir(parents=True, exist_ok=True)
    values = list(item.funcargs.values())
    pages = [v for v in values if hasattr(v, "console_messages")]
    for n, page in enumerate(pages):
        if page.is_closed():
            continue
        page.screenshot(path=folder / f"page{n}.png", full_page=True)
        for m, frame in enumerate(page.frames):
            (folder / f"page{n}-frame{m}.html").write_text(f"<!-- {frame.url} -->\n{frame.content()}")
        lines = [f"{msg.type}: {msg.text} ({msg.location})" for msg in page.console_messages()]
        lines += [f"pageerror: {error}" for error in page.page_errors()]
        (folder / f"page{n}-console.txt").write_text("\n".join(lines))
    for n, server in enumerate(v for v in values if isinstance(v, Server)):
        log = Path(server.env["CONFLICTMAP_HOME"]).parent / "serve.log"
        if log.exists():
            shutil.copyfile(log, folder / f"serve{n}.log")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    """A browser test failing in its body says what its pages show and how its servers' logs end
    (``failure_report``), and leaves its pages and servers' logs in its tmp dir (``dump_pages``);
    the report names the folder."""
    outcome = yield
    report = outcome.get_result()
    if report.when != "call" or not report.failed:
        return
    try:
        report.sections.append(("browser failure", failure_report(item)))
    except Exception as error:  # noqa: BLE001 - the test's own failure is what the report is about
        report.sections.append(("browser failure", f"could not read the pages: {error!r}"))
    if "tmp_path" in item.funcargs:
        folder = item.funcargs["tmp_path"] / "browser-failure"
        try:
            dump_pages(item, folder)
            report.sections.append(("browser failure", f"pages and server logs in {folder}"))
        except Exception as error:  # the test's own failure is what the report is about
            report.sections.append(("browser failure", f"could not save the pages: {error!r}"))


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


@pytest.fixture(scope="package")
def writing_server(tmp_path_factory, sample_store_file, gazetteer_path) -> Iterator[Server]:
    """One server for the tests that add to the store: each adds its own (days, places and words
    of its own) and looks at it through a link naming its window or its words, so that neither
    sees what another added (a server start is some 3 s of CPU)."""
    home = tmp_path_factory.mktemp("writing-server") / "home"
    copy_sample_store(sample_store_file, home)
    with serving(home, gazetteer_path) as server:
        yield server


@pytest.fixture
def server(tmp_path, sample_store_file, gazetteer_path) -> Iterator[Server]:
    """A server of this test's own, on its own copy of the sample store: for tests that write."""
    home = tmp_path / "home"
    copy_sample_store(sample_store_file, home)
    with serving(home, gazetteer_path) as started:
        yield started
