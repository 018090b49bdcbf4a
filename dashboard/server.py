"""The dashboard server: Streamlit, plus a warm-up that loads the store while the analyst opens
the browser.

``python -m dashboard.server [streamlit flags…]`` is what ``conflictmap serve`` runs.  Before
handing over to Streamlit it starts one background thread that imports the map page's libraries
and reads the store's events into the shared cache (``dashboard.state``), so the first page
view does not pay for them.  A failure there is only logged: the page reports store errors
itself.
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

APP = Path(__file__).resolve().parent / "app.py"
log = logging.getLogger("conflictmap.server")
WARM_UP_THREAD = "conflictmap-warm-up"


def warm_up() -> None:
    # Streamlit warns that cached calls run outside a script here; that is the point.  (A filter,
    # not a level: Streamlit resets its loggers' levels when the server starts.)
    logging.getLogger("streamlit.runtime.scriptrunner_utils.script_run_context").addFilter(
        lambda record: threading.current_thread().name != WARM_UP_THREAD)
    try:
        # Not streamlit_folium: a component declared from this thread is registered where the
        # server never looks, and the map's iframe is then not served (seen with 0.27).
        from dashboard import mapview, state  # noqa: F401
        state.options()  # reads events and sources into the cache the page uses
        state.warm_following()  # and the map layer of the default view
        state.version()
    except Exception as exc:  # the page shows store errors to the user; here only note them
        log.warning("warm-up skipped: %s", str(exc).splitlines()[0] if str(exc) else type(exc).__name__)


def main(argv: list[str] | None = None) -> None:
    from streamlit.web import cli as streamlit_cli

    threading.Thread(target=warm_up, name=WARM_UP_THREAD, daemon=True).start()
    sys.argv = ["streamlit", "run", str(APP), *(sys.argv[1:] if argv is None else argv)]
    streamlit_cli.main()


if __name__ == "__main__":
    main()
