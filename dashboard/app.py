"""conflictmap dashboard (Streamlit entry point).

This release shows what the store and the gazetteer hold; the map, timeline, filters and
corrections arrive with issue #4.  Pages stay thin: everything they show comes from
``dashboard.overview`` over the ``geo`` core.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.overview import load_overview
from geo.config import load_settings
from geo.errors import ConflictmapError

st.set_page_config(page_title="conflictmap", page_icon=None, layout="wide")
st.title("conflictmap")
st.caption("News articles about armed conflict, as dated and geolocated events.")

try:
    overview = load_overview(load_settings())
except ConflictmapError as exc:
    st.error(str(exc))
    st.stop()

for problem in overview.problems:
    st.warning(problem)

cols = st.columns(4)
cols[0].metric("Articles", overview.counts["articles"])
cols[1].metric("Events", overview.counts["events"])
cols[2].metric("Place mentions", overview.counts["place_mentions"])
cols[3].metric("Gazetteer corrections", overview.counts["gazetteer_entries"])

if overview.gazetteer:
    g = overview.gazetteer
    st.caption(
        f"Gazetteer: {int(g['places']):,} places, {int(g['names']):,} names, built {g['built_at']} "
        f"from {g['sources']}. Place data © GeoNames (CC BY 4.0)."
    )

st.subheader("Articles")
if overview.articles:
    table = pd.DataFrame(overview.articles)[["id", "title", "published", "lang", "url"]]
    table["published"] = table["published"].fillna("undated")
    st.dataframe(table, hide_index=True, width="stretch")
else:
    st.info("No articles yet: run `conflictmap ingest data/articles`.")

st.info("The map, timeline slider, filters and corrections arrive with the dashboard issue (#4).")
