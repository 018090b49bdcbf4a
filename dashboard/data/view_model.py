"""The dashboard's frames: the store's events and sources frames (``geo.store.frames``) with the
columns only the dashboard shows added.

* ``n_sources``: how many sources tell the event (a column of the events table);
* ``sub_event_type`` "" and ``place_precision`` "unknown" where the store has none (the values
  the filters offer and the table shows).

pandas is imported when frames are made, not with this module (see ``dashboard.data.snapshot``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from geo.store.frames import store_frames

if TYPE_CHECKING:
    import pandas as pd

    from geo.query import EventQuery


def view_frames(store, query: EventQuery | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(events, sources) of the store as the dashboard shows them: :func:`with_view_columns` of
    the store's frames (read in one go; with a ``query``, those of its time window and bounding
    box: ``geo.store.frames.store_frames``), the way that is sooner done: through the columnar
    read's process from ``COLUMNAR_MIN_EVENTS`` events on, below that in this process (a small
    store's frames are read before that process has started)."""
    events, sources = store_frames(store, columnar=None, query=query)
    return with_view_columns(events, sources), sources


def with_view_columns(events: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """``events`` (a frame of ``geo.store.frames``) with the dashboard's own columns, in place."""
    counts = sources.groupby("event_id").size()
    events["n_sources"] = events["id"].map(counts).fillna(0).astype(int)
    events["sub_event_type"] = events["sub_event_type"].fillna("")
    events["place_precision"] = events["place_precision"].fillna("unknown")
    return events
