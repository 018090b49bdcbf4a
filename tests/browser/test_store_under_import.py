"""The dashboard's server beside a large import (issue 18): browser tabs reloading the map
while `conflictmap import ucdp` writes 100,000 rows, and after it.  With the columnar read inside
the server, the server was killed by SIGBUS when its pages read the store while the driver's
copy of SQLite reset the shared-memory index.  Here that crash depends on timing (it did not
happen in 4 runs against the old code on this machine); the same sequence with pages that read
without pause is tests/geo/test_one_sqlite_per_process.py, which reproduces it every time."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.importer_fixtures import write_ucdp_events

pytestmark = pytest.mark.browser
ROWS = 100_000
#: bounds of the test: the import, and the reloads (one every RELOAD_SECONDS) beside it
IMPORT_SECONDS = 600
RELOAD_SECONDS = 2.0
TABS = 4
AFTER_SECONDS = 20.0
AFTER_RELOAD_SECONDS = 0.2
CLI = [sys.executable, "-m", "dashboard.cli"]


def reload(page, url: str, wait_seconds: float) -> None:
    page.goto(url, wait_until="commit")
    page.wait_for_timeout(wait_seconds * 1000)


def healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=10) as response:
            return response.read() == b"ok"
    except OSError:
        return False


def test_the_server_survives_a_large_import_while_the_map_reloads(browser, server, tmp_path):
    data = write_ucdp_events(tmp_path / "ged.csv", ROWS)
    db = Path(server.env["CONFLICTMAP_HOME"]) / "conflictmap.db"
    with sqlite3.connect(db) as con:
        before = con.execute("SELECT count(*) FROM events").fetchone()[0]
    pages = [browser.new_page() for _ in range(TABS)]
    importer = subprocess.Popen([*CLI, "import", "ucdp", str(data), "--json"], env=server.env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + IMPORT_SECONDS
        while importer.poll() is None and time.monotonic() < deadline and server.process.poll() is None:
            reload(pages[0], server.url, RELOAD_SECONDS)
        # the import committed: the pages read the changed store while the analyst keeps
        # reloading, now in several tabs
        deadline = time.monotonic() + AFTER_SECONDS
        while time.monotonic() < deadline and server.process.poll() is None:
            for page in pages:
                reload(page, server.url, AFTER_RELOAD_SECONDS)
        out, err = importer.communicate(timeout=IMPORT_SECONDS)
    finally:
        importer.kill()
        for page in pages:
            page.close()
    code = server.process.poll()
    assert code is None, f"the server ended ({signal.Signals(-code).name if code < 0 else code})"
    assert healthy(server.url)
    assert importer.returncode == 0, err
    counts = json.loads(out)
    assert counts["imported"] == ROWS and counts["skipped"] == 0
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM events").fetchone()[0] == before + ROWS
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
