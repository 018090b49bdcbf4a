"""The window's events without a place: not on the map, listed here with their sentences, and
placed one by one through the corrections (a gazetteer search, or coordinates).

:func:`unplaced` and :func:`unplaced_lines` are pure; :func:`unplaced_panel` draws the list, and
:func:`place_controls` (the only part that changes the store) the form that places one event."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.corrections_panel import move_form, resolve_form
from dashboard.text import UNKNOWN_TYPE, missing, plain

#: most events the panel lists (the rest are counted, and reached by narrowing the window)
LISTED = 100
#: longest sentence shown in the list (characters)
SENTENCE_CHARS = 300


def unplaced(view: pd.DataFrame) -> pd.DataFrame:
    """The events of ``view`` the map cannot show: no coordinates."""
    mask = view["lat"].isna().to_numpy() | view["lon"].isna().to_numpy()
    return view[mask] if mask.any() else view.iloc[0:0]  # none, as in most windows: no rows to pick


def unplaced_lines(events: pd.DataFrame, sources: pd.DataFrame, limit: int = LISTED) -> dict[str, str]:
    """One line of plain text per event (the first ``limit``, latest first) by uid: its dates,
    type, toll and its first source's sentence."""
    latest = events.sort_values("start", ascending=False, na_position="last").head(limit)
    first_sentence = (sources[sources["event_id"].isin(latest["id"])]
                      .drop_duplicates("event_id").set_index("event_id")["sentence"])
    lines = {}
    for e in latest.itertuples(index=False):
        start, end = plain(e.date_start, "undated"), plain(e.date_end)
        when = start + (f" – {end}" if end and end != start else "")
        toll = "" if missing(e.fatalities) else f" · {int(e.fatalities)} killed"
        sentence = plain(first_sentence.get(e.id), "no sentence")
        if len(sentence) > SENTENCE_CHARS:
            sentence = sentence[:SENTENCE_CHARS - 1] + "…"
        lines[e.uid] = f"{when} · {plain(e.event_type, UNKNOWN_TYPE)}{toll} · “{sentence}”"
    return lines


def unplaced_panel(events: pd.DataFrame, sources: pd.DataFrame, *, editable: bool = True) -> None:
    """The events in view without a place (``unplaced(view)``, which the page counts too), and
    (``editable``) the form that places one."""
    with st.expander(f"Events without a place in this window ({len(events):,})"):
        if events.empty:
            st.caption("Every event in this window has a place on the map.")
            return
        lines = unplaced_lines(events, sources)
        st.caption("Not on the map: they have no coordinates (no place found in their articles, or none "
                   "in their dataset's row)."
                   + (f" The latest {len(lines):,} of {len(events):,} are listed." if len(events) > len(lines) else ""))
        st.text("\n".join(lines.values()))  # plain text: article text never becomes markup
        if editable:
            uid = st.selectbox("Event to place", list(lines), format_func=lambda u: lines[u][:160],
                               key="unplaced_pick")
            place_controls(events[events["uid"] == uid].iloc[0])


def place_controls(event: pd.Series) -> None:
    """Place ``event``: a gazetteer search or coordinates, through the corrections path
    (:mod:`geo.store.corrections`), with a note.  The one part of the panel that writes."""
    note_key = f"unplaced_note_{event['uid']}"
    st.text_input("Note (why)", key=note_key)
    search, coordinates = st.tabs(["Gazetteer", "Coordinates"])
    with search:
        resolve_form(event, note_key, key="unplaced_")
    with coordinates:
        move_form(event, note_key, key="unplaced_")
