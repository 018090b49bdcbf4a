"""The dashboard as the ASGI app ``conflictmap serve`` runs (``streamlit run`` finds ``app``):
Streamlit's app (``app.py``) behind :class:`dashboard.hosts.HostCheck` (only the server's own
host names are answered) and, with the internal hooks on, :class:`dashboard.internals.PreloadedPage`."""

from pathlib import Path

import streamlit as st
from starlette.middleware import Middleware

from dashboard.hosts import HostCheck
from dashboard.internals import page_middleware

app = st.App(str(Path(__file__).resolve().parent / "app.py"),
             middleware=[Middleware(HostCheck), *page_middleware()])
