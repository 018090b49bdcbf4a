"""Events and their sources as pandas frames, for the dashboard and exports (any backend).

pandas is imported where frames are made or read, not with this module: the dashboard's
snapshot process only checks, on most starts, that the snapshot is there (about 0.6 s less)."""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import String, cast, func, select

from geo.atomic import TEMPORARY_SUFFIX, write_atomically
from geo.store import schema as t
from geo.store.columnar import Read, read_frames

if TYPE_CHECKING:
    import pandas as pd

log = logging.getLogger(__name__)
#: bump when the frames' columns or types change, so older snapshots are not read
SNAPSHOT_FORMAT = 3
EVENT_COLUMNS = ["id", "uid", "date_start", "date_end", "date_precision", "event_type", "sub_event_type",
                 "actors", "fatalities", "place_name", "lat", "lon", "geonameid", "admin1", "country_code",
                 "place_precision", "confidence", "origin", "user_edited", "reported", "place_source"]
SOURCE_COLUMNS = ["event_id", "source_id", "article_id", "title", "url", "lang", "published", "sentence", "start", "end",
                  "outlet"]


def store_version(store) -> tuple:
    """Changes whenever events or sources change (cache key for the dashboard)."""
    with store.reading() as con:
        events = con.execute(select(func.count(), func.max(t.events.c.updated_at), func.max(t.events.c.id))
                             .select_from(t.events)).one()
        sources = con.execute(select(func.count(), func.max(t.event_sources.c.id))
                              .select_from(t.event_sources)).one()
    return (*map(str, events), *map(str, sources))


def events_frame(store, sources: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per visible event; ``start``/``end`` as timestamps, ``actors`` joined by "; ",
    plus per-event source aggregates (``n_sources``, ``langs``, ``outlets``) from ``sources``
    (the store's :func:`sources_frame`, read here when not given)."""
    if sources is None:
        return store_frames(store)[0]
    (raw,) = _read(store, [_events_read()])
    return _with_sources(raw, sources)


def store_frames(store) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(events, sources) as :func:`events_frame` and :func:`sources_frame` give them, both read
    from the store in one go (one columnar read process, one read transaction)."""
    raw, sources = _read(store, [_events_read(), _sources_read()])
    return _with_sources(raw, sources), sources


def _events_read() -> Read:
    e = t.events
    # actors as raw JSON text: decoded once per distinct list, not once per event
    columns = [cast(e.c.actors, String).label("actors") if c == "actors" else e.c[c] for c in EVENT_COLUMNS]
    return Read(select(*columns).where(e.c.deleted.is_(False)), EVENT_COLUMNS, e)


def _read(store, reads: list[Read]) -> list[pd.DataFrame]:
    """The frames of ``reads``: the columnar way (``geo.store.columnar``), each it did not give
    through the Python driver."""
    import pandas as pd

    found = read_frames(store, reads)
    for index, (frame, read) in enumerate(zip(found, reads, strict=True)):
        if frame is None:
            with store.reading() as con:
                rows = _fetch_all(con, read.query)
            found[index] = pd.DataFrame.from_records(rows, columns=read.columns)
    return found


def _with_sources(df: pd.DataFrame, src: pd.DataFrame) -> pd.DataFrame:
    """The events' raw rows, typed, with the aggregates of their sources ``src``."""
    import pandas as pd

    df["user_edited"] = df["user_edited"].astype(bool)  # SQLite's 0/1 when read through the driver
    df["reported"] = df["reported"].astype(bool)
    df["start"] = pd.to_datetime(df["date_start"], errors="coerce")
    df["end"] = pd.to_datetime(df["date_end"], errors="coerce").fillna(df["start"])
    decoded = {raw: _actors_text(raw) for raw in df["actors"].unique()}
    df["actors"] = df["actors"].map(decoded)
    if len(src):
        agg = src.groupby("event_id").size().rename("n_sources").to_frame()
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
        df["n_sources"], df["langs"], df["outlets"] = 0, "", ""
    df["n_sources"] = df["n_sources"].fillna(0).astype(int)
    df[["langs", "outlets"]] = df[["langs", "outlets"]].fillna("").astype(str)
    df["sub_event_type"] = df["sub_event_type"].fillna("")
    df["place_precision"] = df["place_precision"].fillna("unknown")
    return df


def _fetch_all(con, query) -> list[tuple]:
    """The rows of ``query``.  On SQLite, through the driver in one ``fetchall`` (SQLAlchemy's
    row-by-row fetching took most of a second for 100,000 events); the columns read this way
    need no conversion but booleans (0/1), which the callers convert."""
    if con.dialect.name != "sqlite":
        return [tuple(r) for r in con.execute(query)]
    compiled = query.compile(dialect=con.dialect, compile_kwargs={"render_postcompile": True})  # IN (?, ?, …)
    params = tuple(compiled.params[name] for name in compiled.positiontup or ())
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


def sources_frame(store, event_ids: list[int] | None = None) -> pd.DataFrame:
    """Sources of events (all, or of ``event_ids``) with their article's title, URL, language."""
    return _read(store, [_sources_read(event_ids)])[0]


def _sources_read(event_ids: list[int] | None = None) -> Read:
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
    return Read(query.order_by(s.c.id), SOURCE_COLUMNS, s)


def frames(store, cache_dir: Path | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(events, sources) as :func:`events_frame` and :func:`sources_frame` give them, read from a
    snapshot in ``cache_dir`` when one was written for the store's current version.

    Reading 100,000 events through SQL takes seconds; the snapshot (Parquet, one pair of files per
    store version, older pairs removed) takes a tenth of a second.  The snapshot is only a cache:
    any problem reading or writing it falls back to the store, which stays the one truth.  One
    process at a time builds it (a lock file in ``cache_dir``): another that needs it meanwhile
    waits and reads it, instead of reading the store a second time."""
    if cache_dir is None:
        return store_frames(store)
    version = store_version(store)
    paths = _snapshot_paths(store, cache_dir, version)
    found = _read_snapshot(paths)
    if found is not None:
        return found
    with _building(cache_dir):
        found = _read_snapshot(paths)  # written by the process that held the lock
        if found is not None:
            return found
        return _build_snapshot(store, cache_dir, version, paths)


def build_snapshot(store, cache_dir: Path) -> bool:
    """Write the snapshot :func:`frames` reads, unless a readable one is there already (then
    only its Parquet footers are read).  True when this call built it.  Meant for a process of
    its own, ahead of the dashboard's first page (``dashboard.server``)."""
    with _building(cache_dir):
        version = store_version(store)
        paths = _snapshot_paths(store, cache_dir, version)
        try:
            import pyarrow.parquet as pq

            for path in paths.values():
                pq.read_metadata(path)
            return False
        except Exception:  # noqa: BLE001 - missing or damaged: build it
            pass
        _build_snapshot(store, cache_dir, version, paths)
        return True


def _snapshot_paths(store, cache_dir: Path, version: tuple) -> dict[str, Path]:
    digest = hashlib.sha256(repr((str(store.engine.url), version, SNAPSHOT_FORMAT)).encode()).hexdigest()[:16]
    return {name: cache_dir / f"frames-{digest}-{name}.parquet" for name in ("events", "sources")}


def _read_snapshot(paths: dict[str, Path]) -> tuple[pd.DataFrame, pd.DataFrame] | None:
    import pandas as pd

    try:
        return pd.read_parquet(paths["events"]), pd.read_parquet(paths["sources"])
    except Exception:  # noqa: BLE001 - missing, partial or unreadable snapshot: rebuild it
        return None


def _build_snapshot(store, cache_dir: Path, version: tuple,
                    paths: dict[str, Path]) -> tuple[pd.DataFrame, pd.DataFrame]:
    events, sources = store_frames(store)
    if store_version(store) == version:  # nothing was written meanwhile
        try:
            cache_dir.mkdir(parents=True, exist_ok=True)
            for name, frame in (("events", events), ("sources", sources)):
                write_atomically(paths[name], lambda tmp, frame=frame: frame.to_parquet(tmp, index=False))
            # older snapshots, and partial files of builds that were stopped (a server closed
            # while its snapshot process was writing): builders hold the lock, so no other
            # build is writing now
            for old in (*cache_dir.glob("frames-*"), *cache_dir.glob(".frames-*")):
                if old.suffix in (".parquet", TEMPORARY_SUFFIX) and old not in paths.values():
                    old.unlink(missing_ok=True)
        except Exception as exc:  # noqa: BLE001 - a read-only home still shows the data
            log.warning("frames snapshot not written: %s", exc)
    return events, sources


#: how long a process waits for another to finish the snapshot before building its own
LOCK_WAIT_SECONDS = 300.0


@contextmanager
def _building(cache_dir: Path) -> Iterator[None]:
    """Hold ``cache_dir/frames.lock`` (an advisory lock, released by the system if its holder
    dies).  Without ``fcntl`` (Windows), or where the lock file cannot be made, no lock: each
    process then builds for itself, as it would anyway."""
    try:
        import fcntl
    except ImportError:
        yield
        return
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        handle = open(cache_dir / "frames.lock", "a+b")  # noqa: SIM115 - closed below
    except OSError:
        yield
        return
    try:
        deadline = time.monotonic() + LOCK_WAIT_SECONDS
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:  # held by another process
                if time.monotonic() > deadline:
                    log.warning("frames snapshot: gave up waiting for %s", cache_dir / "frames.lock")
                    break
                time.sleep(0.05)
            except OSError:  # no locks on this file system (some network mounts): go without
                break
        yield
    finally:
        handle.close()  # releases the lock


class VersionWatch:
    """:func:`store_version`, recomputed only when something was committed since the last call.

    On a SQLite file, a connection of its own asks ``PRAGMA data_version``, which changes when
    any other connection (this process's or another's, such as a CLI import) commits: a check
    of microseconds instead of counting the events (tens of milliseconds at 100,000 events,
    on every rerun of the dashboard).  Other databases compute the version every time."""

    def __init__(self, store) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._seen: int | None = None
        self._version: tuple | None = None
        self._watch: sqlite3.Connection | None = None
        url = store.engine.url
        if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
            try:
                self._watch = sqlite3.connect(f"file:{Path(url.database).resolve()}?mode=ro", uri=True,
                                              check_same_thread=False)
            except sqlite3.Error:
                self._watch = None

    def __call__(self) -> tuple:
        if self._watch is None:
            return store_version(self.store)
        with self._lock:
            try:
                seen = self._watch.execute("PRAGMA data_version").fetchone()[0]
            except sqlite3.Error:
                return store_version(self.store)
            if self._version is None or seen != self._seen:
                # read after data_version: a commit in between is in this version, and changes
                # data_version again, so the next call reads once more
                self._version, self._seen = store_version(self.store), seen
            return self._version

    def close(self) -> None:
        if self._watch is not None:
            self._watch.close()
