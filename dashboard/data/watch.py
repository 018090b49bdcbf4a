"""The store's version as the dashboard asks it on every rerun: cheaply (``VersionWatch``)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from geo.store.frames import store_version


class VersionWatch:
    """:func:`store_version`, recomputed only when something was committed since the last call.

    On a SQLite file, a connection of its own asks ``PRAGMA data_version``, which changes when
    any other connection (this process's or another's, such as a CLI import) commits: a check
    of microseconds instead of counting the events (tens of milliseconds at 100,000 events,
    on every rerun of the dashboard).  Other databases compute the version every time."""

    def __init__(self, store) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._seen: int | None = None
        self._version: tuple | None = None
        self._watch: sqlite3.Connection | None = None
        url = store.engine.url
        if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
            try:
                self._watch = sqlite3.connect(f"file:{Path(url.database).resolve()}?mode=ro", uri=True,
                                              check_same_thread=False)
            except sqlite3.Error:
                self._watch = None

    def __call__(self) -> tuple:
        if self._watch is None:
            return store_version(self.store)
        with self._lock:
            try:
                seen = self._watch.execute("PRAGMA data_version").fetchone()[0]
            except sqlite3.Error:
                return store_version(self.store)
            if self._version is None or seen != self._seen:
                # read after data_version: a commit in between is in this version, and changes
                # data_version again, so the next call reads once more
                self._version, self._seen = store_version(self.store), seen
            return self._version

    def close(self) -> None:
        if self._watch is not None:
            self._watch.close()
