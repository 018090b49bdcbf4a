"""Streamlit-side plumbing shared by the pages: cached store, gazetteer, analyser and frames,
and the URL <-> filter synchronisation.  Pages stay thin and call these."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date

import pandas as pd
import streamlit as st

from dashboard.data.served import LAYERS_URL, layers_dir
from dashboard.data.snapshot import frames as load_frames
from dashboard.data.watch import VersionWatch
from dashboard.event_layer import MarkerData, TimeFollow, published
from dashboard.filters import Filters, from_query, to_query
from geo.config import Settings, load_settings
from geo.query import matching
from geo.store import Store

_log = logging.getLogger("conflictmap.dashboard")


@st.cache_resource
def _store(db: str) -> Store:
    return Store.open(db, lock_timeout=settings().lock_timeout)


def settings() -> Settings:
    return load_settings()


def store() -> Store:
    return _store(settings().db)


@st.cache_resource(max_entries=2, show_spinner="loading events…")
def _frames(db: str, version: tuple) -> tuple[pd.DataFrame, pd.DataFrame, dict[str, list[str]]]:
    events, sources = load_frames(_store(db), settings().cache_dir)
    return events, sources, filter_options(events)


def frames() -> tuple[pd.DataFrame, pd.DataFrame]:
    """(events, sources) of the store, recomputed only when the store changed.  Shared, not
    copied, between reruns and sessions: treat them as read-only."""
    return versioned_frames()[:2]


def versioned_frames() -> tuple[pd.DataFrame, pd.DataFrame, tuple]:
    """:func:`frames` and the store's version they hold (at least: asked before they were read,
    so that what is cached under a version is never older than it)."""
    seen = version()
    events, sources, _options = _frames(settings().db, seen)
    return events, sources, seen


def rerun_if_changed(seen: tuple) -> None:
    """In a fragment's rerun: run the whole page again if the store changed since its frames
    (version ``seen``) were read.  A fragment is given the frames of the page's last full run;
    drawn from them after a change, it would show the old events (and the map layer built from
    them would be cached under the new version, for every session)."""
    if version() != seen:
        st.rerun()


@st.cache_resource
def _version_watch(db: str) -> VersionWatch:
    return VersionWatch(_store(db))


def version() -> tuple:
    """The store's version (changes whenever its events or sources do; cheap to ask)."""
    return _version_watch(settings().db)()


def options() -> dict[str, list[str]]:
    """The values each filter offers (computed once per store version)."""
    return _frames(settings().db, version())[2]


def filter_options(events: pd.DataFrame) -> dict[str, list[str]]:
    def distinct(column: str) -> list[str]:
        return sorted({v for v in events[column].dropna().unique() if v})

    def split(column: str, sep: str) -> list[str]:
        return sorted({x.strip() for s in events[column].dropna().unique() for x in s.split(sep) if x.strip()})

    return {
        "event_type": distinct("event_type"), "sub_event_type": distinct("sub_event_type"),
        "actors": split("actors", ";"), "langs": split("langs", ","),
        "origins": sorted(set(distinct("origin")) | set(split("outlets", ","))),
        "place_precision": distinct("place_precision"), "admin1": distinct("admin1"),
        "country_code": distinct("country_code"), "outlets": split("outlets", ","),
        "origin": distinct("origin"),
    }


@st.cache_resource(max_entries=8, show_spinner=False)
def _following(key: tuple, lo: date, hi: date, _events: pd.DataFrame, _sources: pd.DataFrame) -> MarkerData:
    from dashboard.mapview import following_data

    return following_data(_events, _sources, TimeFollow(lo=lo, hi=hi))


def following(untimed: pd.DataFrame, sources: pd.DataFrame, base: Filters, lo: date, hi: date,
              seen: tuple) -> MarkerData:
    """The map layer data of every event passing ``base`` (all times), which the browser filters
    by the time window; built once per store version (``seen``: the version ``untimed`` and
    ``sources`` were read at, from :func:`versioned_frames`), filter set and span, for every
    session, and published as a file the map fetches (embedded instead when it cannot be written)."""
    key = (settings().db, seen,
           tuple(sorted(to_query(replace(base, start=None, end=None, selected="", compare="")).items())))
    data = _following(key, lo, hi, untimed, sources)
    try:
        return published(data, layers_dir(settings().cache_dir), LAYERS_URL)
    except OSError as exc:  # a read-only home: the page embeds the data (slower, still right)
        _log.warning("map layer data embedded, not published: %s", exc)
        return data


def warm_following() -> None:
    """Build the default view's layer data (no filters, the whole span) ahead of the first page."""
    from dashboard.filters import time_span
    from dashboard.mapview import FOLLOW_MAX

    events, sources, seen = versioned_frames()
    shown = matching(events, Filters(), sources)  # reported events: the default view
    lo, hi = time_span(shown)
    placed = shown[shown["lat"].notna() & shown["start"].notna()]
    if lo < hi and len(placed) <= FOLLOW_MAX:
        following(shown, sources, Filters(), lo, hi, seen)


@st.cache_resource
def _analyser(gazetteer_path: str, db: str):
    from geo.gazetteer.index import Gazetteer
    from geo.pipeline import Analyser
    from geo.store.layer import StoreLayer

    return Analyser(Gazetteer(gazetteer_path, layer=StoreLayer.from_store(_store(db))))


def analyser():
    cfg = settings()
    return _analyser(str(cfg.gazetteer), cfg.db)


@st.cache_resource(show_spinner=False)
def _area_centres(gazetteer_path: str) -> dict[tuple[str, str], tuple[float, float]]:
    from geo.trends import gazetteer_centres

    return gazetteer_centres(gazetteer_path)


def area_centres() -> dict[tuple[str, str], tuple[float, float]]:
    """The centres of the gazetteer's first-level areas (:func:`geo.trends.gazetteer_centres`),
    read once per process.  Shared: treat as read-only."""
    return _area_centres(str(settings().gazetteer))


def refresh_analyser() -> None:
    """After a gazetteer correction, the next analysis must see it."""
    _analyser.clear()


def url_filters() -> Filters:
    return from_query({k: st.query_params.get_all(k) for k in st.query_params.keys()})


def write_url(f: Filters) -> None:
    wanted = to_query(f)
    current = {k: st.query_params.get(k) for k in st.query_params.keys()}
    if wanted != current:
        st.query_params.from_dict(wanted)
