"""The map page's "compare periods" control: a toggle (and the earlier window to compare with)
and the layer it adds to the map, the change by first-level area (:mod:`geo.trends`, drawn by
:mod:`dashboard.trend_layer`).

The page calls :func:`compare_widget` where its map controls are and :func:`compare_layers`
where it builds the map's layers; both read and write the same session state keys."""

from __future__ import annotations

import folium
import pandas as pd
import streamlit as st

from dashboard import state
from dashboard.trend_layer import trend_layer
from geo.query import within
from geo.trends import BASES, area_trends, earlier_window

__all__ = ["compare_basis", "compare_layers", "compare_widget"]

COMPARE_KEY = "f_compare"
BASIS_KEY = "f_compare_basis"
#: the choices of earlier window, as the control names them
BASIS_LABELS = {"previous": "previous window", "year": "a year earlier"}


def compare_basis() -> str | None:
    """The earlier window the map compares with ("previous" or "year"), or None when off."""
    if not st.session_state.get(COMPARE_KEY, False):
        return None
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


def compare_layers(untimed: pd.DataFrame, start, end) -> list[folium.FeatureGroup]:
    """The change-by-area layer of the window [start, end] over ``untimed`` (the events passing
    the filters, all times), as a list of at most one layer for the map's feature groups."""
    basis = compare_basis()
    if basis is None or start is None or end is None:
        return []
    earlier = earlier_window(start, end, basis)
    trends = area_trends(within(untimed, start, end), within(untimed, *earlier), state.area_centres())
    return [trend_layer(trends, basis, (start, end), earlier)]
