"""Inserting and updating imported events (rows already decided: see
:mod:`geo.importers.decision`) in bulk, inside the import's transaction.

On SQLite, rows go to the driver as ready tuples (constants written into the statement, the
sources as one JSON array), and a large import into a small table drops the table's secondary
indexes and builds them again at the end; other databases take SQLAlchemy's typed path
(:mod:`geo.store.bulk`)."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from geo.errors import StoreError
from geo.importers.prepare import uid_for
from geo.store import schema as t
from geo.store.bulk import insert_columns, update_columns

#: the events table's secondary indexes are dropped and built again after the inserts when an
#: import adds at least this many rows and more rows than the table held (sorting once beats
#: 100,000 random B-tree inserts; a large table keeps its indexes)
REBUILD_INDEXES_FROM = 20_000
#: KiB of SQLite page cache this connection's bulk writes may use (the events table's rows,
#: their sources and the rebuilt indexes of an import up to about 100,000 rows stay in it)
BULK_CACHE_KIB = 131_072
#: KiB of page cache per row of an import that rebuilds the indexes, up to
#: :data:`MAX_CACHE_KIB` (a UCDP row takes about 0.9 KiB of store): a table that outgrew the
#: cache was spilled to the WAL while written and read back from it by each index's scan
#: (measured at 300,000 rows, 3 runs each, load 13 to 16: 2.18 to 2.35 CPU-s for the inserts,
#: the five index builds and the commit with 128 MiB, 2.05 to 2.10 s with 384 MiB; mostly
#: system time)
ROW_CACHE_KIB = 1.25
MAX_CACHE_KIB = 524_288
_STORED = ("date_start", "date_end", "date_precision", "event_type", "sub_event_type", "actors", "fatalities",
           "fatalities_low", "fatalities_high", "place_name", "lat", "lon", "admin1", "country_code",
           "place_precision")


class EventWriter:
    """Inserts and updates of decided rows of one import (one origin, one source)."""

    def __init__(self, con: Connection, origin: str, source_id: int, now: datetime, expected: int) -> None:
        self.con, self.origin, self.source_id, self.now = con, origin, source_id, now
        self.sqlite = con.dialect.name == "sqlite"
        self.dropped: list[str] = []
        self.next_id = 0
        if not self.sqlite:
            return
        # The transaction holds the store's write lock since its start (Store.transaction), so
        # the ids after max(id) stay ours until it commits.
        top = con.execute(select(func.max(t.events.c.id))).scalar() or 0
        self.next_id = top + 1
        self.raw = con.connection.dbapi_connection
        cur = self.raw.cursor()
        try:
            rebuild = expected >= REBUILD_INDEXES_FROM and expected > top
            cache = min(MAX_CACHE_KIB, max(BULK_CACHE_KIB, round(expected * ROW_CACHE_KIB))) if rebuild else BULK_CACHE_KIB
            cur.execute(f"PRAGMA cache_size=-{cache}")
            if rebuild:
                if not self.raw.in_transaction:
                    cur.execute("BEGIN")
                found = cur.execute(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' "
                    "AND sql IS NOT NULL AND upper(sql) NOT LIKE 'CREATE UNIQUE%'").fetchall()
                for name, sql in found:
                    cur.execute(f'DROP INDEX "{name}"')
                    self.dropped.append(sql)
        except sqlite3.Error as exc:
            raise StoreError(f"store write failed: {exc}") from None
        finally:
            cur.close()

    def insert(self, rows: pd.DataFrame) -> None:
        ids = rows["origin_id"].tolist()
        sentences = _py(rows["description"])
        extractor = f"import:{self.origin}"[:64]
        if not self.sqlite:
            columns = {**_event_columns(rows, self.now), "uid": [uid_for(self.origin, i) for i in ids],
                       "origin": self.origin, "origin_id": ids, "user_edited": False, "created_at": self.now}
            event_ids = insert_columns(self.con, t.events, columns, ids=True)
            insert_columns(self.con, t.event_sources, {
                "event_id": event_ids, "source_id": self.source_id,
                "sentence": sentences, "extractor": extractor})
            return
        first = self.next_id
        self.next_id += len(ids)
        stamp = _literal(self.now.strftime("%Y-%m-%d %H:%M:%S.%f"))
        columns = {"id": range(first, first + len(ids)), "origin_id": ids,
                   **{c: _py(rows[c]) for c in _STORED if c != "actors"},
                   "actors": rows["actors_json"].tolist(), "extra": _py(rows["extra_json"]),
                   "origin_version": _py(rows["version"]), "origin_hash": rows["origin_hash"].tolist()}
        names = list(columns)
        values = [f"?{n}" for n in range(1, len(names) + 1)]
        prefix = f"{self.origin}:"
        if max(map(len, ids), default=0) + len(prefix) <= 64:
            names.append("uid")
            values.append(f"{_literal(prefix)} || ?2")  # uid_for of a short id
        else:
            names.append("uid")
            values.append(f"?{len(names)}")
            columns["uid"] = [uid_for(self.origin, i) for i in ids]
        constants = {"origin": _literal(self.origin), "user_edited": "0", "deleted": "0", "created_at": stamp,
                     "updated_at": stamp}
        sql = (f"INSERT INTO events ({', '.join(names + list(constants))}) "
               f"VALUES ({', '.join(values + list(constants.values()))})")
        cur = self.raw.cursor()
        try:
            cur.executemany(sql, zip(*columns.values(), strict=True))
            cur.execute("INSERT INTO event_sources (event_id, source_id, sentence, extractor) "
                        "SELECT ? + key, ?, value, ? FROM json_each(?)",
                        (first, self.source_id, extractor, json.dumps(sentences, ensure_ascii=False)))
        except sqlite3.Error as exc:
            raise StoreError(f"store write failed: {exc}") from None
        finally:
            cur.close()

    def update(self, rows: pd.DataFrame) -> None:
        event_ids = [int(i) for i in rows["event_id"]]
        update_columns(self.con, t.events, "id", {"id": event_ids, **_event_columns(rows, self.now)})
        update_columns(self.con, t.event_sources, "event_id", {"event_id": event_ids,
                                                               "sentence": _py(rows["description"])})

    def finish(self) -> None:
        """The dropped indexes built again (and the page cache back to
        :data:`BULK_CACHE_KIB`: its dirty pages stay until the commit writes them)."""
        if not self.dropped:
            return
        cur = self.raw.cursor()
        try:
            for sql in self.dropped:
                cur.execute(sql)
            cur.execute(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
        except sqlite3.Error as exc:
            raise StoreError(f"store write failed: {exc}") from None
        finally:
            cur.close()


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _py(values: pd.Series) -> list[Any]:
    """Python values (int, float, str), None for every kind of missing (NaN, NA, NaT)."""
    if isinstance(values.dtype, pd.api.extensions.ExtensionDtype) and values.dtype.kind in "iu":
        return values.to_numpy(dtype=object, na_value=None).tolist()  # Python ints, not numpy's
    if values.dtype.kind == "f":
        numbers = values.to_numpy()
        cells = numbers.tolist()
        if np.isnan(numbers).any():
            cells = [None if m else c for c, m in zip(cells, np.isnan(numbers).tolist(), strict=True)]
        return cells
    cells = values.to_numpy(dtype=object)
    missing = pd.isna(cells)
    if missing.any():
        cells = np.where(missing, None, cells)
    return [int(c) if isinstance(c, np.integer) else c for c in cells.tolist()] \
        if values.dtype.kind in "iu" else cells.tolist()


def _event_columns(rows: pd.DataFrame, now: Any) -> dict[str, Any]:
    columns: dict[str, Any] = {c: _py(rows[c]) for c in _STORED if c != "actors"}
    columns.update(actors=rows["actors_json"].tolist(), extra=_py(rows["extra_json"]),
                   origin_version=_py(rows["version"]), origin_hash=rows["origin_hash"].tolist(), updated_at=now,
                   deleted=False)
    return columns
