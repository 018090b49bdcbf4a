"""conflictmap dashboard: Streamlit entry point (pages in ``dashboard/views``)."""

from __future__ import annotations

import streamlit as st

from dashboard import session
from dashboard.page_errors import SHOW_ERROR_DETAILS, show_error

# also set by `conflictmap serve`; here too for `streamlit run dashboard/app.py` and tests
st.set_option("client.showErrorDetails", SHOW_ERROR_DETAILS)
st.set_page_config(page_title="conflictmap", layout="wide", initial_sidebar_state="expanded")

pages = [
    st.Page("views/map.py", title="Map", default=True),
    st.Page("views/sources.py", title="Sources"),
]
try:
    session.gate()  # where sign-in is asked: only the sign-in form until someone signs in
    st.navigation(pages).run()
except Exception as exc:  # noqa: BLE001 - a page's error: one line here, the traceback in the log
    show_error(exc, "page")
