"""The selected event's details, the corrections made to it (by whom), and, for an editor, the
corrections they can make (through ``dashboard.writes``, which checks again)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd
import streamlit as st

from dashboard import session, state, writes
from dashboard.page_errors import log
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
        note_key = f"note_{uid}"
        st.text_input("Note (why)", key=note_key)
        move, resolve, other = st.tabs(["Move", "Re-resolve", "Delete / merge / split"])
        with move:
            move_form(event, note_key)
        with resolve:
            resolve_form(event, note_key)
        with other:
            def delete() -> None:
                writes.delete_event(uid, note=_value(note_key))
                st.session_state["selected"] = ""

            write_button("Delete event", f"delete_{uid}", delete)
            merge_key = f"merge_{uid}"
            other_uid = st.text_input("Merge with event id", key=merge_key)
            write_button("Merge into this one", f"domerge_{uid}",
                         lambda: writes.merge_events(uid, _value(merge_key).strip(), note=_value(note_key)),
                         disabled=not other_uid.strip())
            if len(sources) > 1:
                split_key = f"split_src_{uid}"
                st.selectbox("Source to split off", list(sources["source_id"]),
                             format_func=lambda i: plain(sources.set_index("source_id").loc[i, "title"], "untitled")[:60],
                             key=split_key)
                write_button("Split into a new event", f"split_{uid}",
                             lambda: writes.split_event(uid, int(_value(split_key)), note=_value(note_key)))


def move_form(event: pd.Series, note_key: str, key: str = "") -> None:
    """Coordinates for ``event`` and a button that moves it there (:func:`dashboard.writes.move_event`),
    with the note the widget ``note_key`` holds.  ``key`` sets these widgets apart from another
    form for the same event on the page."""
    uid = event["uid"]
    lat_key, lon_key = f"{key}lat_{uid}", f"{key}lon_{uid}"
    st.number_input("lat", value=0.0 if missing(event["lat"]) else float(event["lat"]),
                    min_value=-90.0, max_value=90.0, format="%.5f", key=lat_key)
    st.number_input("lon", value=0.0 if missing(event["lon"]) else float(event["lon"]),
                    min_value=-180.0, max_value=180.0, format="%.5f", key=lon_key)
    write_button("Move here", f"{key}move_{uid}",
                 lambda: writes.move_event(uid, _value(lat_key), _value(lon_key), note=_value(note_key)))


def resolve_form(event: pd.Series, note_key: str, key: str = "") -> None:
    """A gazetteer search and a button that gives ``event`` the place chosen
    (:func:`dashboard.writes.reresolve_event`); ``note_key`` and ``key`` as in :func:`move_form`."""
    uid = event["uid"]
    query_key, pick_key = f"{key}q_{uid}", f"{key}pick_{uid}"
    query = st.text_input("Search the gazetteer", value=plain(event["place_name"]), key=query_key)
    if not query.strip():
        return
    try:
        found = _candidates(query)
    except ConflictmapError as exc:
        found = []
        st.error(error_line(exc))
    labels = [f"{p.name} ({p.country_code}, {p.admin1 or '-'}, {p.feature}, {p.lat:.3f}, {p.lon:.3f})"
              for p in found]
    if not found:
        return
    st.selectbox("Place", range(len(found)), format_func=lambda i: labels[i], key=pick_key)

    def reresolve() -> None:
        # the candidates of the query and the pick as they are when the button is clicked
        writes.reresolve_event(uid, _candidates(_value(query_key))[_value(pick_key)], note=_value(note_key))
        state.refresh_analyser()

    write_button("Use this place", f"{key}resolve_{uid}", reresolve)


def _candidates(query: str) -> list:
    return state.analyser().gazetteer.candidates(query, limit=8)


def _value(widget_key: str):
    """A widget's value as the session holds it (in a button's callback: as the click left it)."""
    value = st.session_state.get(widget_key)
    return "" if value is None else value


#: the session-state key (after a button's key) of its correction's error, left by the callback
_REFUSED = "{}__refused"


def write_button(label: str, key: str, action: Callable[[], object], **kwargs: Any) -> None:
    """A button whose click makes one correction.  ``action`` runs in the click's callback,
    which Streamlit calls before the rerun's script: a rerun that preempts that script (the map
    reporting its bounds, a fragment's timer) cannot lose the click.  ``action`` reads the form's
    values from the session state, as the click left them.  The run that follows draws the
    corrected events (a fragment's run, given the page's older frames, reruns the whole page:
    ``state.rerun_if_changed``); a refused correction is told in one line under the button."""
    st.button(label, key=key, on_click=_correct, args=(key, action), **kwargs)
    refused = st.session_state.pop(_REFUSED.format(key), None)
    if refused:
        st.error(refused)


def _correct(key: str, action: Callable[[], object]) -> None:
    try:
        action()
    except Exception as exc:  # noqa: BLE001 - any error, told in one line (the log has the rest)
        if not isinstance(exc, ConflictmapError):
            log.error("correction %s failed", key, exc_info=exc)
        st.session_state[_REFUSED.format(key)] = error_line(exc)
