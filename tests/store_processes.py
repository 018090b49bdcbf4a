"""What the processes of tests/geo/test_one_sqlite_per_process.py run, each in a Python of its
own (``python -c "from tests.store_processes import …; …(db)"``): they talk to the test over
stdin and stdout, one line per step."""

from __future__ import annotations

import sys
import threading

from dashboard.data.view_model import with_view_columns
from dashboard.data.watch import VersionWatch
from geo.store import Store
from geo.store.corrections import delete_event
from geo.store.frames import store_frames, store_version

#: between two asks of the store's version by the browser sessions of :func:`serve_like`: a hundred a
#: second.  Without a pause the thread held a core the import beside it needed (its 100,000 rows
#: took 13-14 s beside it instead of 8-9 s, load 7), and the crash the test guards against is
#: reproduced all the same (the columnar read put back inside this process: SIGBUS in 4 of 4 runs).
SESSION_PAUSE_SECONDS = 0.01

#: rows of the "large import" the server-like process and the dashboard's server read beside:
#: enough for the import's one transaction to outgrow the first region of SQLite's shared-memory
#: index (:data:`SHM_REGION_BYTES`, 4,096 WAL frames): the region a second copy of SQLite in the
#: reading process, resetting the index, cut off under its mapping (SIGBUS).  40,000 rows write
#: 7,057 frames (shm 64 KiB; 20,000 rows: 3,524 frames, one region, and the old in-process
#: columnar read survived them, 2 of 2 runs; 40,000 rows: SIGBUS in 2 of 2, as at 100,000,
#: which took 2.5 times as long).  The tests check the index did outgrow its first region.
LARGE_IMPORT_ROWS = 40_000
#: one region of SQLite's WAL index (the ``-shm`` file): 32 KiB, the index of 4,096 WAL frames
SHM_REGION_BYTES = 32 * 1024


def say(line: str) -> None:
    print(line, flush=True)


def frames(store: Store):
    """(events, sources) as the dashboard reads a store of ``geo.store.frames.COLUMNAR_MIN_EVENTS`` events or
    more: through the columnar read's own process.  The stores here are smaller (until the
    import ends), and the dashboard reads those through this process's ``sqlite3``: the read
    these processes are here to put beside a writer would not happen."""
    events, sources = store_frames(store, columnar=True)
    return with_view_columns(events, sources), sources


def write_while_reading_frames(db: str) -> None:
    """Hold the store's write lock (BEGIN IMMEDIATE and an insert through the store's sqlite3
    connection), read the frames as the dashboard does, and commit when the test says so."""
    with Store.open(db, must_exist=True) as store, store.engine.connect() as con:
        raw = con.connection.dbapi_connection
        raw.isolation_level = None  # the transaction below is ours, not the driver's
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("INSERT INTO sources (kind, name, created_at) VALUES ('user', 'written by A', '2026-01-01')")
        events, _ = frames(store)
        say(f"read {len(events)}")
        sys.stdin.readline()
        raw.execute("COMMIT")
        say("committed")


def serve_like(db: str, *, sessions: bool = False) -> None:
    """What the dashboard's server does with the store: opens it once, watches its version,
    reads the frames on every page view, keeps its connections open between them, and
    applies a correction from the events panel.  Commands on stdin: ``reload``,
    ``delete UID``, ``quit``.  With ``sessions``, a thread also asks the store's version over
    and over (:data:`SESSION_PAUSE_SECONDS` apart), as the pages of browsers reloading meanwhile
    do, and the first page came from the frames snapshot (a server started on an unchanged
    store): the frames are first read on the first ``reload``."""
    with Store.open(db, must_exist=True) as store:
        watch = VersionWatch(store)
        watch()
        stop = threading.Event()

        def browsers() -> None:
            while not stop.wait(SESSION_PAUSE_SECONDS):
                watch()
                store_version(store)

        if sessions:
            threading.Thread(target=browsers, daemon=True).start()
        uids = [] if sessions else list(frames(store)[0]["uid"])
        say("ready " + " ".join(uids))
        for line in sys.stdin:
            command, _, argument = line.strip().partition(" ")
            if command == "reload":
                watch()
                events, _ = frames(store)
                say(f"reloaded {len(events)}")
            elif command == "delete":
                delete_event(store, argument, note="not an event")
                say("deleted")
            else:
                break
        stop.set()
        watch.close()
