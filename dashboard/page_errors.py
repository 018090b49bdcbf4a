"""What a dashboard page shows when something fails: one line in an error box, never a
traceback (server paths, Streamlit's "Ask Google / Ask ChatGPT" links); the traceback goes to
the server log.  Streamlit's own box for an error nothing caught is cut down the same way by
``client.showErrorDetails=none`` (set by ``conflictmap serve`` and by ``dashboard/app.py``)."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import ParamSpec

from dashboard.text import error_line

# Streamlit is imported where a page part runs, not here: `conflictmap serve` reads
# SHOW_ERROR_DETAILS before it hands over to the server, and would load Streamlit for nothing.

log = logging.getLogger("conflictmap.dashboard")
P = ParamSpec("P")
#: Streamlit's option for errors nothing in a page caught: a generic line, no message or trace
SHOW_ERROR_DETAILS = "none"


def show_error(error: BaseException, where: str) -> None:
    """Log ``error`` with its traceback and show it as one line."""
    import streamlit as st

    log.error("%s failed", where, exc_info=error)
    st.error(error_line(error))


def one_line_errors(fn: Callable[P, None]) -> Callable[P, None]:
    """``fn`` (a page part, a fragment) with any error shown as one line.  Streamlit's own
    control flow (``st.rerun``, ``st.stop``) is no error and passes through.  A fragment's
    rerun does not run the app's sign-in gate (``dashboard.session.gate``): where sign-in is
    asked and the session's has expired (or its user was removed), the whole app reruns
    instead, and shows the sign-in form."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> None:
        import streamlit as st

        from dashboard import session

        if not session.signed_in():
            st.rerun()
        try:
            fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - any error, shown as one line and logged
            show_error(exc, fn.__qualname__)

    return wrapper
