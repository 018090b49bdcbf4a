"""Map page: timeline, filters, map, table of the events in view, and corrections."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import date

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from dashboard import session, state
from dashboard.compare_view import compare_basis, compare_layers, compare_widget, init_compare
from dashboard.corrections_panel import event_panel
from dashboard.events_table import events_table
from dashboard.export_panel import export_panel, map_bounds
from dashboard.filters import Filters, background_count, shifted
from dashboard.histogram import histogram_strip
from dashboard.internals import quiet_first_report
from dashboard.language import current_language, language_choice
from dashboard.mapview import (
    FOLLOW_MAX,
    MAX_POINTS,
    base_map,
    events_layer,
    following_layer,
)
from dashboard.page_errors import one_line_errors
from dashboard.text import UNKNOWN_TYPE, error_line, markdown_literal
from dashboard.timeline_span import timeline_span
from dashboard.unplaced_panel import unplaced, unplaced_panel
from geo.errors import ConflictmapError
from geo.extract.background import REPORTED_WINDOW_DAYS
from geo.query import filled, matching, within

#: whether this run of the page has reached its end: the fragments below, rerun on their own
#: afterwards, see it True (they keep this run's globals), and only then ask whether the store
#: changed under them (in the page's own run the frames were just read)
page_drawn = False
try:
    events, sources, read_at = state.versioned_frames()  # read_at: the store's version they hold
except ConflictmapError as exc:
    st.error(error_line(exc))
    st.stop()

PLAY_SECONDS = 1.5
TABLE_ROWS = 2_000
#: the map's height in pixels: with the rows above it, the map fills a 1366x768 screen's first view
MAP_HEIGHT = 455
#: the timeline's columns: step back, step forward, play, slider (the histogram strip above the
#: slider sits in a column of the same place and width)
TIMELINE_COLUMNS = (1, 1, 1.4, 12)
if events.empty:
    st.title("conflictmap")
    st.info("No events yet. Add articles on the Sources page, or run `conflictmap ingest FOLDER`.")
    st.stop()

url = state.url_filters()
if "f_background" not in st.session_state:
    st.session_state["f_background"] = url.background
# The timeline spans the events the map shows: the reported, placed ones (the background ones
# too when asked for), without a far tail unless asked for (dashboard.timeline_span).
span = timeline_span(events, st.session_state["f_background"])
if "f_tail" not in st.session_state:  # a link to a window in the tail opens the whole timeline
    st.session_state["f_tail"] = bool((url.start and url.start < span.lo) or (url.end and url.end > span.hi))
lo, hi = span.bounds(bool(st.session_state["f_tail"]) and span.tail > 0)


def _clamp(d: date | None, default: date) -> date:
    return min(max(d or default, lo), hi)


# -- session state from the URL: once per session, and again whenever Streamlit has dropped one
# of these widgets' values (it drops them all when another page runs, and only some when a rerun
# of this page's fragment, asked for before the page changed, reaches the server after it): the
# URL, which each run writes, holds the view they showed --------------------------------------
URL_STATE = ("f_window", "f_types", "f_subtypes", "f_actors", "f_origins", "f_langs", "f_precisions", "f_admin1",
             "f_countries", "f_minfat", "f_text", "f_heat", "online_tiles")
if any(key not in st.session_state for key in URL_STATE):
    st.session_state["f_window"] = (_clamp(url.start, lo), _clamp(url.end, hi))
    opts = state.options()
    st.session_state["f_types"] = [t for t in url.types if t in opts["event_type"]]
    st.session_state["f_subtypes"] = [t for t in url.subtypes if t in opts["sub_event_type"]]
    st.session_state["f_actors"] = [t for t in url.actors if t in opts["actors"]]
    st.session_state["f_origins"] = [t for t in url.origins if t in opts["origins"]]
    st.session_state["f_langs"] = [t for t in url.langs if t in opts["langs"]]
    st.session_state["f_precisions"] = [t for t in url.precisions if t in opts["place_precision"]]
    st.session_state["f_admin1"] = [t for t in url.admin1 if t in opts["admin1"]]
    st.session_state["f_countries"] = [t for t in url.countries if t in opts["country_code"]]
    st.session_state["f_minfat"] = url.min_fatalities
    st.session_state["f_text"] = url.text
    st.session_state["f_heat"] = url.heat
    init_compare(url)
    st.session_state["selected"] = url.selected
    st.session_state["playing"] = False
    st.session_state["online_tiles"] = False
elif st.session_state.get("f_span") != (lo, hi):
    # The span changed (background events or the tail shown or hidden): the window stays as it was, inside
    # the span; set here, as the slider (a new widget for a new span) would start from the span.
    st.session_state["f_window"] = tuple(_clamp(d, default)
                                         for d, default in zip(st.session_state["f_window"], (lo, hi), strict=True))
st.session_state["f_span"] = (lo, hi)


def _step(direction: int) -> None:
    current = Filters(start=st.session_state["f_window"][0], end=st.session_state["f_window"][1])
    moved = shifted(current, direction, lo, hi)
    st.session_state["f_window"] = (moved.start, moved.end)
    if direction > 0 and moved.end >= hi:
        st.session_state["playing"] = False


# The sidebar's widgets are drawn at the end of the page (below), so the browser loads the map
# before their code; their values are read here from the session state, which holds them (set
# from the URL on a session's first run) before any widget is drawn.
online = bool(st.session_state.get("online_tiles", False))

filters = Filters(
    types=tuple(st.session_state["f_types"]),
    subtypes=tuple(st.session_state["f_subtypes"]), actors=tuple(st.session_state["f_actors"]),
    origins=tuple(st.session_state["f_origins"]), langs=tuple(st.session_state["f_langs"]),
    precisions=tuple(st.session_state["f_precisions"]), admin1=tuple(st.session_state["f_admin1"]),
    countries=tuple(st.session_state["f_countries"]),
    min_fatalities=int(st.session_state["f_minfat"] or 0), text=st.session_state["f_text"].strip(),
    heat=st.session_state["f_heat"], background=st.session_state["f_background"], compare=compare_basis(),
)
untimed = matching(events, filters, sources)  # the time window is applied in timeline_and_view

def follow_layer(untimed: pd.DataFrame, base: Filters):
    """The layer of every event of the span, which follows the time window in the browser, or
    None (heatmap, a single day, or more events than that layer holds).  The same layer for
    every window: moving the slider reuses it, so the map keeps it and never reloads."""
    if base.heat or lo >= hi or int((untimed["lat"].notna() & untimed["start"].notna()).sum()) > FOLLOW_MAX:
        return None
    data = state.following(untimed, sources, base, lo, hi, read_at)
    return following_layer(replace(data, url=session.layer_url(data.url)))


def map_view(view: pd.DataFrame, untimed: pd.DataFrame, base: Filters, filters: Filters, linked: Filters,
             online: bool) -> None:
    """The map, the selected event's panel and the export panel.  A fragment inside the
    timeline's: moving the window reruns both, while what the map sends back (a click, and its
    extent after every pan or zoom, the first time as soon as it has loaded) reruns only this,
    not the counts and the table."""
    if page_drawn:
        state.rerun_if_changed(read_at)
    selected_uid = st.session_state.get("selected", "")
    center, zoom = None, None
    selected_row = view[view["uid"] == selected_uid] if selected_uid else view.iloc[0:0]
    if len(selected_row) and pd.notna(selected_row.iloc[0]["lat"]):
        center = (float(selected_row.iloc[0]["lat"]), float(selected_row.iloc[0]["lon"]))
        zoom = 9
    map_col, panel_col = st.columns([3, 1]) if len(selected_row) else (st.container(), None)
    with map_col:
        layer = follow_layer(untimed, base)
        if layer is None:  # the layer holds the window's events only; a new one each move
            view_sources = sources[sources["event_id"].isin(view["id"])] if len(view) <= MAX_POINTS else sources.iloc[0:0]
            layer = events_layer(view, view_sources, heat=filters.heat)
        fmap = base_map(online_tiles=online, origins=state.options()["origin"], in_page=True,
                        labels=current_language())
        quiet_first_report(fmap)
        layers = [layer, *compare_layers(untimed, filters)]
        # render=False: st_folium renders the map itself either way; its first rendering of the
        # whole figure is not sent (the same arguments, some 3 ms less CPU a move)
        clicked = st_folium(fmap, feature_group_to_add=layers, key="events-map", height=MAP_HEIGHT, width=None,
                            center=center, zoom=zoom, returned_objects=["last_object_clicked", "bounds"],
                            render=False)
        point = (clicked or {}).get("last_object_clicked")
        if point and len(view):
            d = ((view["lat"] - point["lat"]) ** 2 + (view["lon"] - point["lng"]) ** 2).dropna()  # placed only
            nearest = view.loc[d.idxmin()] if len(d) else None
            if nearest is not None and d.min() < 1e-6 and nearest["uid"] != selected_uid:
                st.session_state["selected"] = nearest["uid"]
                state.write_url(replace(linked, selected=nearest["uid"]))  # the link opens this event
                st.rerun(scope="fragment")
    if panel_col is not None:
        with panel_col:
            event_panel(selected_row.iloc[0], sources[sources["event_id"] == selected_row.iloc[0]["id"]])

    export_panel(untimed, sources, filters, map_bounds(clicked))


# -- counts, timeline, map, event panel, unplaced events and table ------------------------------
# From the top: the counts and the type breakdown in one row, then the histogram strip, the
# slider and the map, so that the map fills most of the first screen.  One fragment: moving the
# time window (slider, steps, play) reruns only the counts, the slider, the map and the table,
# not the sidebar nor the strip, which shows the whole span (the slider shows the window).  The
# strip is drawn by the page, which reruns whenever the events, the filters or the span change;
# the fragment writes the counts above it and the slider right under it, into containers of the
# page (Streamlit redraws a fragment's writes in place there).
counts_row = st.container()
timeline = st.container(gap=None)  # the strip right over the slider, in a column of the same width
with timeline.columns(TIMELINE_COLUMNS)[-1]:
    one_line_errors(lambda: st.html(histogram_strip(untimed, lo, hi)))()


def timeline_and_view(untimed: pd.DataFrame, base: Filters, online: bool) -> None:
    if page_drawn:
        state.rerun_if_changed(read_at)
    if st.session_state["playing"] and time.monotonic() - st.session_state.get("advanced_at", 0.0) >= PLAY_SECONDS * 0.9:
        st.session_state["advanced_at"] = time.monotonic()
        _step(1)
        if not st.session_state["playing"]:  # reached the end: a full run stops the timer
            st.rerun()
    window = st.session_state["f_window"]  # the slider's (drawn below; its value is set before the run)
    view = within(untimed, window[0], window[1])
    filters = replace(base, start=window[0], end=window[1], selected=st.session_state.get("selected", ""))
    linked = filters if (window[0], window[1]) != (lo, hi) else replace(filters, start=None, end=None)
    state.write_url(linked)  # before the counts: a count that changed finds the URL changed already
    head = counts_row.columns([1, 1.2, 1, 1.25, 1.3, 2.2], vertical_alignment="top")
    head[0].metric("Events in view", f"{len(view):,}")
    placeless = unplaced(view)  # counted here, listed under the map
    head[1].metric("Without a place", f"{len(placeless):,}",
                   help="Events in view that are not on the map: listed under the map, where an editor can place them.")
    head[2].metric("Fatalities", f"{int(view['fatalities'].fillna(0).sum()):,}")
    head[3].metric("Window (days)", f"{(window[1] - window[0]).days + 1:,}", help=f"{window[0]} → {window[1]}")
    head[4].metric("Approximate places", f"{int(view['place_precision'].isin(['admin1', 'district', 'country']).sum()):,}")
    # Always one caption: an element that comes and goes would shift the map's place in the page,
    # and Streamlit would then mount a new map (a reload and a flash) instead of updating it.
    head[5].caption(" · ".join(f"{markdown_literal(t)}: {n}"
                               for t, n in filled(view["event_type"], UNKNOWN_TYPE).value_counts().items())
                    or "No events in this window.")
    cols = timeline.columns(TIMELINE_COLUMNS)  # under the strip (drawn by the page, above)
    cols[0].button("◀", key="step_back", on_click=_step, args=(-1,), help="Previous window")
    cols[1].button("▶", key="step_fwd", on_click=_step, args=(1,), help="Next window")
    play_label = "Pause" if st.session_state["playing"] else "Play"
    if cols[2].button(play_label, key="play"):
        st.session_state["playing"] = not st.session_state["playing"]
        st.rerun()  # the whole page: the fragment's timer starts or stops with it
    if lo < hi:
        cols[3].slider("Time window", min_value=lo, max_value=hi, key="f_window", format="YYYY-MM-DD",
                       label_visibility="collapsed")
    # -- map, event panel and export: a fragment of their own (see map_view) ----------------------
    st.fragment(one_line_errors(map_view))(view, untimed, base, filters, linked, online)

    # -- the events without a place, which the map cannot show ------------------------------------
    one_line_errors(unplaced_panel)(placeless, sources, editable=session.can_edit())

    # -- table ----------------------------------------------------------------------------------
    shown = view
    if len(view) > TABLE_ROWS:  # a browser table of 100,000 rows only slows the page down
        # the latest TABLE_ROWS (picked before sorting: sorting 100,000 rows takes a tenth of a second)
        latest = view["start"].nlargest(TABLE_ROWS, keep="first").index
        shown = view.loc[latest] if len(latest) == TABLE_ROWS else view.sort_values("date_start").tail(TABLE_ROWS)
    table = shown.sort_values("date_start")
    if len(view) > TABLE_ROWS:
        st.caption(f"The table shows the latest {TABLE_ROWS:,} of {len(view):,} events in view: narrow the "
                   "window or the filters, or export the CSV for all of them.")
    chosen = events_table(table, key="events_table", selected=st.session_state.get("selected", ""))
    if chosen and chosen != st.session_state.get("selected", ""):
        st.session_state["selected"] = chosen
        st.rerun(scope="fragment")
    st.caption("Map data © OpenStreetMap contributors (ODbL) · places © GeoNames (CC BY 4.0) · "
               f"event sources: {len(state.options()['outlets'])} outlets")


st.fragment(one_line_errors(timeline_and_view), run_every=PLAY_SECONDS if st.session_state["playing"] else None)(
    untimed, filters, online)

# -- sidebar filters (drawn last: see above) ---------------------------------------------------
# The filters an analyst sets most stay in view; the others open from "More filters": the
# browser draws a popover's widgets only when it opens (measured side by side: the page without
# the sidebar paints its map in 0.83-0.87 of the time, with these six in the popover in 0.90).
MORE_FILTERS = (("Sub-type", "sub_event_type", "f_subtypes"), ("Source / origin", "origins", "f_origins"),
                ("Language", "langs", "f_langs"), ("Place precision", "place_precision", "f_precisions"),
                ("Country", "country_code", "f_countries"), ("Admin area", "admin1", "f_admin1"))
with st.sidebar:
    st.title("conflictmap", anchor=False)  # in the sidebar: the map page's first screen is the map's
    st.header("Filters")
    opts = state.options()
    st.multiselect("Event type", opts["event_type"], key="f_types")
    st.multiselect("Actor", opts["actors"], key="f_actors")
    st.number_input("Minimum fatalities", min_value=0, step=1, key="f_minfat")
    st.text_input("Search text", key="f_text", max_chars=200,
                  help="In the source sentences and in the events' places, actors and types "
                       "(as written, any case).")
    with st.popover("More filters", width="stretch"):
        for label, option, key in MORE_FILTERS:
            st.multiselect(label, opts[option], key=key)
    # what the closed popover holds, so a filter set there (or by a link) is never invisible
    st.caption("; ".join(f"{label}: {markdown_literal(', '.join(st.session_state[key]))}"
                         for label, _, key in MORE_FILTERS if st.session_state[key]) or "No other filter.")
    st.toggle(f"Background events ({background_count(events):,})", key="f_background",
              help="History and running tolls the articles recall (older than "
                   f"{REPORTED_WINDOW_DAYS} days before publication, \"since 2011\", \"the war has killed…\"): "
                   "hidden unless this is on.")
    if span.tail:
        st.toggle(f"Whole timeline ({span.tail:,} more event{'s' * (span.tail != 1)}, {span.first} → {span.last})",
                  key="f_tail",
                  help="A few events lie far from all the others (an old event in this year's data, a wrong "
                       f"date): the slider spans {span.lo} → {span.hi} without them unless this is on.")
    st.toggle("Heatmap", key="f_heat")
    compare_widget()
    language_choice()
    st.toggle("Online map tiles", key="online_tiles",
              help="Off: the offline OpenStreetMap tiles served by this app (zoom ≤ 6).")
page_drawn = True
