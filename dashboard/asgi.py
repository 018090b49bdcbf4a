"""The dashboard as the ASGI app ``conflictmap serve`` runs (``streamlit run`` finds ``app``):
Streamlit's app (``app.py``) behind :class:`dashboard.hosts.HostCheck` (only the server's own
host names are answered) and, with the internal hooks on, :class:`dashboard.internals.PreloadedPage`,
plus the routes serving the map layers from the cache directory, the offline base map's tiles and
the place names drawn over it
(:func:`dashboard.data.served.app_routes`; where sign-in is asked, the layers only to a
signed-in page: :func:`dashboard.data.served.layer_readers`)."""

import os
from pathlib import Path

import streamlit as st
from starlette.middleware import Middleware

from dashboard.access import sign_in_required
from dashboard.data.served import app_routes, layer_readers
from dashboard.hosts import HostCheck
from dashboard.internals import page_middleware
from geo.config import load_settings

settings = load_settings()
# as dashboard.session.required() decides it for the pages
signed = sign_in_required(st.get_option("server.address") or "localhost", os.environ)
app = st.App(str(Path(__file__).resolve().parent / "app.py"),
             routes=app_routes(settings.cache_dir, st.get_option("server.baseUrlPath"), settings.gazetteer,
                               layer_readers(settings.db) if signed else None),
             middleware=[Middleware(HostCheck), *page_middleware()])
