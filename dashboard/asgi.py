"""The dashboard as the ASGI app ``conflictmap serve`` runs (``streamlit run`` finds ``app``):
Streamlit's app (``app.py``) behind :class:`dashboard.hosts.HostCheck` (only the server's own
host names are answered) and, with the internal hooks on, :class:`dashboard.internals.PreloadedPage`,
plus the routes serving the map layers from the cache directory, the offline base map's tiles and
the place names drawn over it
(:func:`dashboard.data.served.app_routes`)."""

from pathlib import Path

import streamlit as st
from starlette.middleware import Middleware

from dashboard.data.served import app_routes
from dashboard.hosts import HostCheck
from dashboard.internals import page_middleware
from geo.config import load_settings

settings = load_settings()
app = st.App(str(Path(__file__).resolve().parent / "app.py"),
             routes=app_routes(settings.cache_dir, st.get_option("server.baseUrlPath"), settings.gazetteer),
             middleware=[Middleware(HostCheck), *page_middleware()])
