"""Events and their sources as pandas frames, as stored (any backend): what every reader of
events in bulk starts from (the query, the CLI's exports, the dashboard's data in
``dashboard.data``, which adds its own columns and caches these frames).

pandas is imported where frames are made or read, not with this module: the dashboard's
snapshot process only checks, on most starts, that the snapshot is there (about 0.6 s less)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from sqlalchemy import String, cast, func, select

from geo.store import schema as t
from geo.store.columnar import Read, read_frames
from geo.store.event_filter import narrowing

if TYPE_CHECKING:
    import pandas as pd
    from sqlalchemy.sql import ColumnElement, Select

    from geo.query import EventQuery
    from geo.store.store import Store

EVENT_COLUMNS = ["id", "uid", "date_start", "date_end", "date_precision", "event_type", "sub_event_type",
                 "actors", "fatalities", "place_name", "lat", "lon", "geonameid", "admin1", "country_code",
                 "place_precision", "confidence", "origin", "user_edited", "reported", "place_source",
                 "origin_id", "fatalities_low", "fatalities_high"]
SOURCE_COLUMNS = ["event_id", "source_id", "article_id", "title", "url", "lang", "published", "sentence", "start", "end",
                  "outlet"]


def store_version(store: Store) -> tuple:
    """Changes whenever events or sources change (cache key for the dashboard)."""
    with store.reading() as con:
        events = con.execute(select(func.count(), func.max(t.events.c.updated_at), func.max(t.events.c.id))
                             .select_from(t.events)).one()
        sources = con.execute(select(func.count(), func.max(t.event_sources.c.id))
                              .select_from(t.event_sources)).one()
    return (*map(str, events), *map(str, sources))


def events_frame(store: Store, sources: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per visible event; ``start``/``end`` as timestamps, ``actors`` joined by "; ",
    plus the languages and outlets of its sources (``langs``, ``outlets``: sorted, joined by
    ", ") from ``sources`` (the store's :func:`sources_frame`, read here when not given)."""
    if sources is None:
        return store_frames(store)[0]
    (raw,) = _read(store, [_events_read()])
    return _with_sources(raw, sources)


#: fewer events than this, and ``store_frames(columnar=None)`` reads through the Python driver:
#: the columnar read's process takes 1-2 s to start on a busy 2-core machine, the driver some
#: 72 µs an event (the figures of geo.store.columnar's docstring: about even at 25,000)
COLUMNAR_MIN_EVENTS = 20_000


def store_frames(store: Store, *, columnar: bool | None = True,
                 query: EventQuery | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(events, sources) as :func:`events_frame` and :func:`sources_frame` give them, both read
    from the store in one go (one columnar read process, one read transaction; with
    ``columnar=False`` through the Python driver; with None, the way that is sooner done for
    the events read, :data:`COLUMNAR_MIN_EVENTS`).  With a ``query``, only the events of its
    time window and bounding box are read, and their sources, found through the store's indexes
    (:func:`geo.store.event_filter.narrowing`; the caller still selects by the whole query)."""
    where = narrowing(query)
    if columnar is None:  # on PostgreSQL, the columnar read (COPY) has no process to start
        columnar = store.engine.dialect.name == "postgresql" or _event_rows(store, where) >= COLUMNAR_MIN_EVENTS
    raw, sources = _read(store, [_events_read(where), _sources_read(where=where)], columnar=columnar)
    return _with_sources(raw, sources), sources


def _event_rows(store: Store, where: ColumnElement[bool] | None) -> int:
    """How many rows of ``events`` ``where`` lets through (all without it): counted in the
    index that answers it."""
    query = select(func.count()).select_from(t.events)
    with store.reading() as con:
        return con.execute(query if where is None else query.where(where)).scalar_one()


def events_query(where: ColumnElement[bool] | None = None) -> Select:
    """The query of the events frame's rows (those ``where`` lets through, when given)."""
    e = t.events
    # actors as raw JSON text: decoded once per distinct list, not once per event
    columns = [cast(e.c.actors, String).label("actors") if c == "actors" else e.c[c] for c in EVENT_COLUMNS]
    query = select(*columns).where(e.c.deleted.is_(False))
    return query if where is None else query.where(where)


def _events_read(where: ColumnElement[bool] | None = None) -> Read:
    return Read(events_query(where), EVENT_COLUMNS, t.events)


def _read(store: Store, reads: list[Read], *, columnar: bool = True) -> list[pd.DataFrame]:
    """The frames of ``reads``: the columnar way (``geo.store.columnar``), each it did not give
    (all, without ``columnar``) through the Python driver."""
    import pandas as pd

    found: list[pd.DataFrame | None] = read_frames(store, reads) if columnar else [None] * len(reads)
    for index, (frame, read) in enumerate(zip(found, reads, strict=True)):
        if frame is None:
            with store.reading() as con:
                rows = _fetch_all(con, read.query)
            found[index] = pd.DataFrame.from_records(rows, columns=read.columns)
    return found


def _with_sources(df: pd.DataFrame, src: pd.DataFrame) -> pd.DataFrame:
    """The events' raw rows, typed, with the languages and outlets of their sources ``src``."""
    import pandas as pd

    df["user_edited"] = df["user_edited"].astype(bool)  # SQLite's 0/1 when read through the driver
    df["reported"] = df["reported"].astype(bool)
    df["start"] = pd.to_datetime(df["date_start"], errors="coerce")
    df["end"] = pd.to_datetime(df["date_end"], errors="coerce").fillna(df["start"])
    decoded = {raw: _actors_text(raw) for raw in df["actors"].unique()}
    df["actors"] = df["actors"].map(decoded)
    if len(src):
        agg = pd.DataFrame(index=pd.Index(src["event_id"].unique(), name="event_id"))
        for column, name in (("lang", "langs"), ("outlet", "outlets")):
            pairs = src[["event_id", column]].dropna().drop_duplicates().sort_values(["event_id", column])
            pairs = pairs[pairs[column] != ""]
            # Most events have one source: take single values as they are, join only the rest.
            sizes = pairs.groupby("event_id")[column].transform("size")
            joined = pairs[sizes == 1].set_index("event_id")[column]
            several = pairs[sizes > 1]
            if len(several):
                joined = pd.concat([joined, several.groupby("event_id")[column].agg(", ".join)])
            agg[name] = joined
        df = df.merge(agg, left_on="id", right_index=True, how="left")
    else:
        df["langs"], df["outlets"] = "", ""
    df[["langs", "outlets"]] = df[["langs", "outlets"]].fillna("").astype(str)
    return df


def _fetch_all(con, query) -> list[tuple]:
    """The rows of ``query``.  On SQLite and PostgreSQL, through the driver in one ``fetchall``
    (SQLAlchemy's row-by-row fetching took most of a second for 100,000 events); the columns read this way
    need no conversion but booleans (0/1), which the callers convert."""
    if con.dialect.name not in ("sqlite", "postgresql"):
        return [tuple(r) for r in con.execute(query)]
    compiled = query.compile(dialect=con.dialect, compile_kwargs={"render_postcompile": True})  # IN (?, ?, …)
    if compiled.positiontup is None:  # psycopg's named parameters, %(name)s
        params: tuple | dict = dict(compiled.params)
    else:
        params = tuple(compiled.params[name] for name in compiled.positiontup)
    cursor = con.connection.dbapi_connection.cursor()
    try:
        return cursor.execute(str(compiled), params).fetchall()
    finally:
        cursor.close()


def _actors_text(raw: str | None) -> str:
    try:
        value = json.loads(raw) if raw else []
    except ValueError:
        return str(raw)
    if isinstance(value, list):
        return "; ".join(str(a) for a in value if a is not None and str(a))
    return "" if value is None else str(value)


def sources_frame(store: Store, event_ids: list[int] | None = None) -> pd.DataFrame:
    """Sources of events (all, or of ``event_ids``) with their article's title, URL, language."""
    return _read(store, [_sources_read(event_ids)])[0]


def _sources_read(event_ids: list[int] | None = None, where: ColumnElement[bool] | None = None) -> Read:
    s, a, src = t.event_sources, t.articles, t.sources
    dataset = t.sources.alias("dataset")  # an imported event's source: the dataset, no article
    query = (
        select(s.c.event_id, s.c.id.label("source_id"), s.c.article_id,
               func.coalesce(a.c.title, dataset.c.name).label("title"), a.c.url, a.c.lang,
               a.c.published, s.c.sentence, s.c.start, s.c.end,
               func.coalesce(src.c.name, dataset.c.name).label("outlet"))
        .join(a, a.c.id == s.c.article_id, isouter=True)
        .join(src, src.c.id == a.c.source_id, isouter=True)
        .join(dataset, dataset.c.id == s.c.source_id, isouter=True)
        .join(t.events, t.events.c.id == s.c.event_id)
        .where(t.events.c.deleted.is_(False))
    )
    if event_ids is not None:
        query = query.where(s.c.event_id.in_(event_ids))
    if where is not None:
        query = query.where(where)
    return Read(query.order_by(s.c.id), SOURCE_COLUMNS, s)
