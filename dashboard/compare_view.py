"""The map page's "compare periods" control: a toggle (and the earlier window to compare with)
and the layer it adds to the map, the change by first-level area (:mod:`geo.trends`, drawn by
:mod:`dashboard.trend_layer`).

The page calls :func:`init_compare` once per session (from the URL's ``cmp``), puts
:func:`compare_basis` into its :class:`~dashboard.filters.Filters` (so the URL, the map and the
exports carry it), draws :func:`compare_widget` with its map controls and adds
:func:`compare_layers` to the map's layers."""

from __future__ import annotations

import folium
import pandas as pd
import streamlit as st

from dashboard import state
from dashboard.filters import Filters
from dashboard.trend_layer import trend_layer
from geo.query import within
from geo.trends import BASES, area_trends, earlier_window

__all__ = ["compare_basis", "compare_layers", "compare_widget", "init_compare"]

COMPARE_KEY = "f_compare"
BASIS_KEY = "f_compare_basis"
#: the choices of earlier window, as the control names them
BASIS_LABELS = {"previous": "previous window", "year": "a year earlier"}


def init_compare(url: Filters) -> None:
    """The control's state from a link's filters (a session's first run)."""
    st.session_state[COMPARE_KEY] = bool(url.compare)
    st.session_state[BASIS_KEY] = url.compare or "previous"


def compare_basis() -> str:
    """The earlier window the map compares with ("previous" or "year"), or "" when off."""
    if not st.session_state.get(COMPARE_KEY, False):
        return ""
    basis = st.session_state.get(BASIS_KEY, "previous")
    return basis if basis in BASES else "previous"


def compare_widget() -> None:
    """The toggle, and while it is on the choice of earlier window."""
    st.toggle("Compare periods", key=COMPARE_KEY,
              help="Colour each first-level area by the change in its events between the time window and "
                   "an earlier one (classes as ACLED's Trendfinder); the numbers are in each area's tooltip.")
    if st.session_state.get(COMPARE_KEY):
        st.radio("Compare with", list(BASIS_LABELS), key=BASIS_KEY, horizontal=True,
                 format_func=BASIS_LABELS.__getitem__)


def compare_layers(untimed: pd.DataFrame, filters: Filters) -> list[folium.FeatureGroup]:
    """The change-by-area layer of the filters' window over ``untimed`` (the events passing the
    filters, all times), as a list of at most one layer for the map's feature groups."""
    basis, start, end = filters.compare, filters.start, filters.end
    if not basis or start is None or end is None:
        return []
    earlier = earlier_window(start, end, basis)
    trends = area_trends(within(untimed, start, end), within(untimed, *earlier), state.area_centres())
    return [trend_layer(trends, basis, (start, end), earlier)]
