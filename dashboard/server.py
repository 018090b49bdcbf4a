"""The dashboard server: Streamlit, plus a warm-up that loads the store while the analyst opens
the browser.

``python -m dashboard.server [streamlit flags…]`` is what ``conflictmap serve`` runs.  Before
handing over to Streamlit it starts

* a process that writes the store's frames snapshot (``dashboard.data.snapshot.build_snapshot``) when
  the store changed since the last one: on its own core, while this process starts Streamlit
  (a thread would share this process's interpreter lock with it);
* a thread that imports the map page's libraries and reads the events into the shared cache
  (``dashboard.state``), from that snapshot once it is written,

so the first page view pays for neither.  A failure in either is only logged: the page reports
store errors itself.  Streamlit is kept from looking this machine's addresses up on the network
(``dashboard.internals.stop_address_lookups``), and its script thread from running the fragments
of a page the browser has left (``dashboard.internals.drop_reruns_of_left_pages``).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import sys
import threading
from multiprocessing.process import BaseProcess
from pathlib import Path

#: what ``streamlit run`` runs: the app behind the page with preloads (dashboard.internals)
APP = Path(__file__).resolve().parent / "asgi.py"
log = logging.getLogger("conflictmap.server")
WARM_UP_THREAD = "conflictmap-warm-up"


def build_snapshot(db: str, cache_dir: str, parent: int | None = None) -> None:
    """The snapshot process: write the frames snapshot unless it is there.  A store that does
    not exist yet or needs migrating is left to the server (which creates or migrates it).
    Ctrl+C in the terminal reaches this process too: it then ends at once and quietly (a partial
    file it leaves is removed by the next build); so does the server's end (``parent``)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    if parent is not None:
        from geo.processes import die_with_parent

        die_with_parent(parent)
    try:
        from dashboard.data.snapshot import build_snapshot as build
        from geo.errors import StoreError
        from geo.store import Store

        try:
            store = Store.open(db, must_exist=True, migrate=False)
        except StoreError:  # missing, or an older schema: the server's own opening deals with it
            return
        with store:
            build(store, Path(cache_dir))
    except Exception as exc:  # noqa: BLE001 - the server reads the store itself
        log.warning("snapshot not prepared: %s", str(exc).splitlines()[0] if str(exc) else type(exc).__name__)


def start_snapshot_build() -> BaseProcess | None:
    """Start :func:`build_snapshot` in a process: on Linux forked, before this one has started
    Streamlit or threads of its own; elsewhere spawned (macOS's system libraries do not support
    fork without exec, and Windows has no fork).

    Before forking, this process imports what the snapshot needs (pandas, pyarrow, SQLAlchemy),
    which the server imports anyway: the child inherits them instead of spending most of a
    second importing them again on the core the browser needs while it loads the page.  Measured
    side by side (100,000 events, a just-started server, 8 rounds): the map painted in 0.92 of
    the time.  (numpy's BLAS worker thread, started at import, is prepared for fork.)

    Forked before this process has opened the store, the child inherits no connection to it:
    it opens the store through ``sqlite3`` alone, and the columnar read it asks for runs in a
    process started afresh (``geo.store.columnar``: one SQLite library per process)."""
    try:
        from geo.config import load_settings

        settings = load_settings()
        method = "fork" if sys.platform.startswith("linux") else "spawn"
        if method == "fork":
            import pandas  # noqa: F401
            import pyarrow.parquet  # noqa: F401

            import dashboard.data.snapshot  # noqa: F401
        process = multiprocessing.get_context(method).Process(
            target=build_snapshot, args=(settings.db, str(settings.cache_dir), os.getpid()),
            name="conflictmap-snapshot",
            daemon=True)
        process.start()
        return process
    except Exception as exc:  # noqa: BLE001 - only a head start: the page builds what it needs
        log.warning("snapshot process not started: %s", exc)
        return None


def warm_up(snapshot: BaseProcess | None = None) -> None:
    from dashboard.internals import quiet_outside_scripts

    quiet_outside_scripts(WARM_UP_THREAD)  # Streamlit warns that cached calls run outside a script here
    try:
        # Not streamlit_folium: a component declared from this thread is registered where the
        # server never looks, and the map's iframe is then not served (seen with 0.27).
        from dashboard import mapview, state  # noqa: F401
        state.options()  # reads events and sources into the cache the page uses
        state.warm_following()  # and the map layer of the default view
        state.version()
    except Exception as exc:  # the page shows store errors to the user; here only note them
        log.warning("warm-up skipped: %s", str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
    finally:
        if snapshot is not None:
            snapshot.join(timeout=60)  # reaped (the cache above waited for its snapshot anyway)


def main(argv: list[str] | None = None) -> None:
    snapshot = start_snapshot_build()  # first: before this process has threads or Streamlit
    threading.Thread(target=warm_up, args=(snapshot,), name=WARM_UP_THREAD, daemon=True).start()
    from streamlit.web import cli as streamlit_cli

    from dashboard.internals import drop_reruns_of_left_pages, stop_address_lookups

    stop_address_lookups()
    drop_reruns_of_left_pages()  # a page switch never blanked by a late rerun of the page left

    sys.argv = ["streamlit", "run", str(APP), *(sys.argv[1:] if argv is None else argv)]
    streamlit_cli.main()


if __name__ == "__main__":
    main()
