"""conflictmap dashboard: Streamlit entry point (pages in ``dashboard/views``)."""

from __future__ import annotations

import streamlit as st

st.set_page_config(page_title="conflictmap", layout="wide", initial_sidebar_state="expanded")

pages = [
    st.Page("views/map.py", title="Map", default=True),
    st.Page("views/sources.py", title="Sources"),
]
st.navigation(pages).run()
