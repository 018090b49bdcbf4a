"""The part of an event query (:class:`geo.query.EventQuery`) the store answers in SQL, with its
indexes: the time window and the bounding box.  A command that asks for a window or a box
(``conflictmap events``/``export`` with ``--from``/``--to``/``--bbox``, ``Store.events``) reads
only the events this condition lets through, and :func:`geo.query.select` then applies the whole
query to them, as it does to every frame: the condition may let more through than the query
keeps (never fewer), so the events selected are the same as from the whole store.

The indexes (migration 0006, the same plain B-trees on SQLite and PostgreSQL; no PostGIS):

* ``ix_events_date_start`` and ``ix_events_date_end``: an event overlaps [from, to] when it
  starts on or before ``to`` and ends on or after ``from`` (an event without an end ends on its
  start day, as in :func:`geo.query.within`; an undated one is in no window);
* ``ix_events_lat_lon``: the box's range of latitudes, and inside it of longitudes (an event
  without a place is in no box).

Dates are stored as ISO text (``YYYY-MM-DD``), which sorts as the dates do."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import and_, or_

from geo.store import schema as t

if TYPE_CHECKING:
    from sqlalchemy.sql import ColumnElement

    from geo.query import EventQuery

#: the indexes the condition is answered with (named as in geo.store.schema)
WINDOW_INDEXES = ("ix_events_date_start", "ix_events_date_end")
BBOX_INDEX = "ix_events_lat_lon"


def narrowing(query: EventQuery | None) -> ColumnElement[bool] | None:
    """The SQL condition on ``events`` of ``query``'s window and box, or None when it has
    neither (every event is read)."""
    if query is None:
        return None
    e = t.events
    conditions = []
    if query.end is not None:
        conditions.append(e.c.date_start <= query.end.isoformat())
    if query.start is not None:
        start = query.start.isoformat()
        conditions.append(or_(e.c.date_end >= start, e.c.date_start >= start))
    if query.bbox is not None:
        south, west, north, east = query.bbox
        conditions += [e.c.lat.between(south, north), e.c.lon.between(west, east)]
    return and_(*conditions) if conditions else None
