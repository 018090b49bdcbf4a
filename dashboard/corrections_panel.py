"""The selected event's details, the corrections made to it (by whom), and, for an editor, the
corrections they can make (through ``dashboard.writes``, which checks again)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import session, state, writes
from dashboard.text import error_line, http_url, markdown_literal, missing, plain
from geo.errors import ConflictmapError


def event_panel(event: pd.Series, sources: pd.DataFrame) -> None:
    """The event's details and its sources.  Every value from the data is shown as plain text
    (``st.text``) or Markdown-literal (the sources' expander labels), any of them may be missing,
    and a source's link is offered only for an http(s) URL."""
    st.subheader("Event")
    start, end = plain(event["date_start"], "undated"), plain(event["date_end"])
    st.text(f"{plain(event['event_type'], 'unknown type')} · {plain(event['sub_event_type'], 'unspecified')}")
    st.text(start + (f" – {end}" if end and end != start else ""))
    st.text(f"{plain(event['place_name'], 'unnamed place')} ({plain(event['place_precision'], 'precision unknown')})")
    st.text(f"actors: {plain(event['actors'], 'unknown')}")
    st.text(f"fatalities: {'unknown' if missing(event['fatalities']) else int(event['fatalities'])}")
    for _, s in sources.iterrows():
        with st.expander(f"{markdown_literal(s['title'], 'untitled')} ({markdown_literal(s['lang'], '?')})"):
            st.text(plain(s["sentence"]))
            url = http_url(s["url"])
            if url:
                st.link_button("open article", url)
    if st.button("Close", key="close_event"):
        st.session_state["selected"] = ""
        st.rerun()
    uid = event["uid"]
    correction_log(uid)
    if session.can_edit():
        correction_widgets(event, sources)


def correction_log(uid: str) -> None:
    """One line per correction made to the event: what, by whom, when, why."""
    for entry in writes.correction_log(uid):
        when = entry["created_at"].strftime("%Y-%m-%d %H:%M") if entry["created_at"] else ""
        why = f": {plain(entry['note'])}" if entry["note"] else ""
        st.caption(markdown_literal(f"{entry['kind']} by {plain(entry['user_name'], 'unknown user')} {when}{why}"))


def correction_widgets(event: pd.Series, sources: pd.DataFrame) -> None:
    uid = event["uid"]
    with st.expander("Correct this event"):
        note = st.text_input("Note (why)", key=f"note_{uid}")
        move, resolve, other = st.tabs(["Move", "Re-resolve", "Delete / merge / split"])
        with move:
            move_form(event, note)
        with resolve:
            resolve_form(event, note)
        with other:
            if st.button("Delete event", key=f"delete_{uid}"):
                _do(lambda: writes.delete_event(uid, note=note))
                st.session_state["selected"] = ""
            other_uid = st.text_input("Merge with event id", key=f"merge_{uid}")
            if st.button("Merge into this one", key=f"domerge_{uid}", disabled=not other_uid.strip()):
                _do(lambda: writes.merge_events(uid, other_uid.strip(), note=note))
            if len(sources) > 1:
                src = st.selectbox("Source to split off", list(sources["source_id"]),
                                   format_func=lambda i: plain(sources.set_index("source_id").loc[i, "title"], "untitled")[:60],
                                   key=f"split_src_{uid}")
                if st.button("Split into a new event", key=f"split_{uid}"):
                    _do(lambda: writes.split_event(uid, int(src), note=note))


def move_form(event: pd.Series, note: str, key: str = "") -> None:
    """Coordinates for ``event`` and a button that moves it there (:func:`dashboard.writes.move_event`).
    ``key`` sets these widgets apart from another form for the same event on the page."""
    uid = event["uid"]
    lat = st.number_input("lat", value=0.0 if missing(event["lat"]) else float(event["lat"]),
                          min_value=-90.0, max_value=90.0, format="%.5f", key=f"{key}lat_{uid}")
    lon = st.number_input("lon", value=0.0 if missing(event["lon"]) else float(event["lon"]),
                          min_value=-180.0, max_value=180.0, format="%.5f", key=f"{key}lon_{uid}")
    if st.button("Move here", key=f"{key}move_{uid}"):
        _do(lambda: writes.move_event(uid, lat, lon, note=note))


def resolve_form(event: pd.Series, note: str, key: str = "") -> None:
    """A gazetteer search and a button that gives ``event`` the place chosen
    (:func:`dashboard.writes.reresolve_event`); ``key`` as in :func:`move_form`."""
    uid = event["uid"]
    query = st.text_input("Search the gazetteer", value=plain(event["place_name"]), key=f"{key}q_{uid}")
    if not query.strip():
        return
    try:
        found = state.analyser().gazetteer.candidates(query, limit=8)
    except ConflictmapError as exc:
        found = []
        st.error(error_line(exc))
    labels = [f"{p.name} ({p.country_code}, {p.admin1 or '-'}, {p.feature}, {p.lat:.3f}, {p.lon:.3f})"
              for p in found]
    choice = st.selectbox("Place", range(len(found)), format_func=lambda i: labels[i],
                          key=f"{key}pick_{uid}") if found else None
    if found and st.button("Use this place", key=f"{key}resolve_{uid}"):
        def reresolve() -> None:
            writes.reresolve_event(uid, found[choice], note=note)
            state.refresh_analyser()
        _do(reresolve)


def _do(action) -> None:
    try:
        action()
    except ConflictmapError as exc:
        st.error(error_line(exc))
        return
    st.rerun()
