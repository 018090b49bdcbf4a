"""Writing imported dataset rows (see ``geo.importers``) to the store: one file, one
transaction, bulk statements (no per-row round trips).

Each row of a mapped frame ends in exactly one of three states:

``imported``  a new event (origin, origin_id not stored yet);
``updated``   the stored event of that id changed: a newer version (ACLED ``timestamp``) or,
              for datasets without versions, different content; or an ACLED deletion;
``skipped``   with a reason: the row's own problem (date, coordinates…), or ``unchanged``,
              ``edited by user`` (user corrections are never overwritten), ``older than the
              stored version``, ``deleted upstream``, ``duplicate id in file``…

Events that a user corrected, deleted or merged are never touched.  The places of the rows
enrich the store's gazetteer (entries of the dataset's origin; ``user`` entries are never
written here).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from json.encoder import encode_basestring as _encode  # the C encoder, ensure_ascii=False
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy import bindparam, func, select, update
from sqlalchemy.engine import Connection

from geo.errors import StoreError
from geo.importers.base import EVENT_COLUMNS, EXTRA_PREFIX
from geo.importers.columns import text
from geo.names import MAX_NAME_LENGTH, drop_articles, key_skeleton, normalize, skeleton
from geo.store import schema as t
from geo.store.bulk import insert_columns, update_columns

_STORED = ("date_start", "date_end", "date_precision", "event_type", "sub_event_type", "actors", "fatalities",
           "fatalities_low", "fatalities_high", "place_name", "lat", "lon", "admin1", "country_code",
           "place_precision")


@dataclass
class Written:
    """What a write did: per-row status (aligned with the frame), gazetteer changes."""

    status: pd.Series
    reason: pd.Series
    value: pd.Series
    places_added: int = 0
    places_updated: int = 0
    #: the mapped rows the statuses are aligned with (all chunks)
    frame: pd.DataFrame | None = None


def _now() -> datetime:
    return datetime.now(UTC)


def uid_for(origin: str, origin_id: str) -> str:
    uid = f"{origin}:{origin_id}"
    if len(uid) <= 64:
        return uid
    return f"{origin}:h{hashlib.sha1(origin_id.encode()).hexdigest()[:24]}"


def payload(frame: pd.DataFrame) -> pd.DataFrame:
    """The JSON texts of each row's actors and extra fields (computed once: stored as they
    are, and part of the fingerprint)."""
    actors = frame["actors"].tolist()
    encoded: dict[tuple, str] = {}
    texts = []
    for a in actors:
        key = tuple(a) if isinstance(a, list) else ()
        found = encoded.get(key)
        if found is None:
            found = encoded[key] = json.dumps(list(key), ensure_ascii=False)
        texts.append(found)
    extra = [c for c in frame.columns if c.startswith(EXTRA_PREFIX)]
    return pd.DataFrame({"actors_json": pd.Series(texts, index=frame.index, dtype=object),
                         "extra_json": pd.Series(json_objects(frame, extra, [c[len(EXTRA_PREFIX):] for c in extra]),
                                                 index=frame.index, dtype=object)},
                        index=frame.index)


def _hash_column(values: pd.Series) -> np.ndarray:
    """A 64-bit hash per cell that depends on the value only (not on the column's dtype):
    numbers as float64 (NaN where missing), everything else as text (None where missing).
    Text is hashed once per distinct value (datasets repeat their names and codes)."""
    if values.dtype.kind in "iufb" or isinstance(values.dtype, pd.api.extensions.ExtensionDtype) and \
            values.dtype.kind in "iuf":
        numbers = values.to_numpy(dtype="float64", na_value=np.nan)
        return pd.util.hash_array(numbers, categorize=False)
    codes, uniques = pd.factorize(values.to_numpy(dtype=object))  # every kind of missing -> -1
    texts = [u if type(u) is str else str(u) for u in uniques.tolist()]
    hashed = pd.util.hash_array(np.asarray([*texts, None], dtype=object), categorize=False)
    return hashed[codes]  # -1: the last, None's hash


def fingerprints(frame: pd.DataFrame) -> pd.Series:
    """16 hex digits per row over the mapped values (not the version), given the
    ``actors_json`` and ``extra_json`` columns of :func:`payload`: a vectorised 64-bit hash
    per column (pandas' SipHash of the text, or of the float64 bits of a number), combined
    per row."""
    columns = [c for c in EVENT_COLUMNS if c not in ("origin_id", "version", "actors")]
    combined = np.zeros(len(frame), dtype=np.uint64)
    for n, c in enumerate(columns + ["actors_json", "extra_json"]):
        with np.errstate(over="ignore"):
            combined = (combined * np.uint64(0x100000001B3)) ^ (_hash_column(frame[c]) + np.uint64(n))
    digits = combined.astype(">u8").tobytes().hex()
    return pd.Series([digits[i:i + 16] for i in range(0, len(digits), 16)], index=frame.index, dtype=object)


def prepare(frame: pd.DataFrame) -> pd.DataFrame:
    """A mapped frame with its rows' ``actors_json``, ``extra_json`` and ``origin_hash``
    (None on rows skipped for a reason), and without the columns these replace (``actors``,
    the ``extra.*`` fields): what :func:`write_events` needs, pure."""
    ok = frame["reason"].isna()
    rows = frame[ok]
    done = payload(rows)
    done["origin_hash"] = fingerprints(pd.concat([rows, done], axis=1)) if len(rows) else pd.Series(dtype=object)
    slim = frame[[c for c in frame.columns if c != "actors" and not c.startswith(EXTRA_PREFIX)]]
    return pd.concat([slim, done.reindex(frame.index).astype(object)], axis=1)


def _version_number(values: pd.Series) -> pd.Series:
    return pd.to_numeric(values, errors="coerce")


def _existing(con: Connection, origin: str) -> pd.DataFrame:
    e = t.events
    rows = con.execute(select(e.c.id, e.c.origin_id, e.c.origin_version, e.c.origin_hash, e.c.user_edited,
                              e.c.deleted, e.c.merged_into).where(e.c.origin == origin)).all()
    return pd.DataFrame.from_records(
        [tuple(r) for r in rows],
        columns=["event_id", "origin_id", "stored_version", "stored_hash", "user_edited", "deleted", "merged_into"])


def _source_id(con: Connection, name: str, url: str | None) -> int:
    from geo.store.sources import source_id

    return source_id(con, "dataset", name[:300], url)


def _dedupe(frame: pd.DataFrame, status: pd.Series, reason: pd.Series, value: pd.Series) -> pd.Series:
    """Rows sharing an id in one file: the newest version (else the last row) is kept."""
    ok = status.isna()
    ids = frame.loc[ok, "origin_id"]
    if not ids.duplicated(keep=False).any():
        return ok
    order = pd.DataFrame({"id": ids, "v": _version_number(frame.loc[ok, "version"]).fillna(-1),
                          "row": frame.loc[ok, "row"]}).sort_values(["id", "v", "row"])
    dup = order.duplicated("id", keep="last")
    kept_row = order.groupby("id")["row"].transform("last")
    for i in order.index[dup]:
        status.at[i], reason.at[i], value.at[i] = "skipped", "duplicate id in file", f"kept row {kept_row.at[i]}"
    return status.isna()


#: mapped rows handed to the store per statement batch (the next batch is mapped meanwhile)
CHUNK_ROWS = 25_000
#: the events table's secondary indexes are dropped and built again after the inserts when an
#: import adds at least this many rows and more rows than the table held (sorting once beats
#: 100,000 random B-tree inserts; a large table keeps its indexes)
REBUILD_INDEXES_FROM = 20_000
_PLACE_COLUMNS = ("gazetteer_name", "country_code", "lat", "lon", "admin1", "origin_id")


class _EventWriter:
    """The store side of :func:`write_events`: inserts and updates of decided rows.  On
    SQLite, rows go to the driver as ready tuples (constants written into the statement, the
    sources as one JSON array), and a large import into a small table drops the table's
    secondary indexes and builds them again at the end."""

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
            cur.execute("PRAGMA cache_size=-131072")  # 128 MB for this connection's bulk writes
            if expected >= REBUILD_INDEXES_FROM and expected > top:
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
            insert_columns(self.con, t.events, columns)
            stored = dict(self.con.execute(select(t.events.c.origin_id, t.events.c.id)
                                           .where(t.events.c.origin == self.origin)).all())
            insert_columns(self.con, t.event_sources, {
                "event_id": [stored[i] for i in ids], "source_id": self.source_id,
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
        """The dropped indexes built again."""
        if not self.dropped:
            return
        cur = self.raw.cursor()
        try:
            for sql in self.dropped:
                cur.execute(sql)
        except sqlite3.Error as exc:
            raise StoreError(f"store write failed: {exc}") from None
        finally:
            cur.close()


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _decide(rows: pd.DataFrame, existing: pd.DataFrame, status: pd.Series, reason: pd.Series,
            value: pd.Series) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Status of each (deduplicated, valid) row against the stored events of its id; returns
    (rows to insert, rows to update), both with the stored columns joined."""
    at = existing.index.get_indexer(rows["origin_id"])
    found = at >= 0
    merged = rows.copy()
    for column in existing.columns:
        stored = existing[column].to_numpy(dtype=object)
        merged[column] = pd.Series(np.where(found, stored[np.where(found, at, 0)] if len(stored) else None, None),
                                   index=rows.index, dtype=object)
    known = pd.Series(found, index=rows.index)
    by_user = known & (merged["user_edited"].fillna(False).astype(bool) | merged["merged_into"].notna())
    upstream_deleted = known & ~by_user & merged["deleted"].fillna(False).astype(bool)
    new_v, old_v = _version_number(merged["version"]), _version_number(merged["stored_version"])
    versioned = new_v.notna() & old_v.notna()
    newer = versioned & (new_v > old_v)
    same_content = merged["origin_hash"].eq(merged["stored_hash"])
    change = known & ~by_user & (newer | (~versioned & ~same_content & ~upstream_deleted))

    def skip(mask: pd.Series, why: str, detail: pd.Series | str = "") -> None:
        idx = mask[mask & status.loc[mask.index].isna()].index
        if not len(idx):
            return
        status.loc[idx], reason.loc[idx] = "skipped", why
        value.loc[idx] = detail.loc[idx].astype(str) if isinstance(detail, pd.Series) else detail

    if known.any():
        skip(by_user, "edited by user", "event " + merged["event_id"].where(by_user, 0).astype(int).astype(str))
        skip(known & upstream_deleted & ~newer, "deleted upstream",
             merged["stored_version"].fillna("").astype(str).map(lambda v: f"deletion timestamp {v}" if v else ""))
        skip(known & versioned & (new_v < old_v), "older than the stored version",
             merged["version"].astype(str) + " < " + merged["stored_version"].astype(str))
        skip(known & ~change, "unchanged")
    status.loc[merged.index[~known]] = "imported"
    status.loc[merged.index[change]] = "updated"
    return merged[~known], merged[change]


def write_events(store, frames: pd.DataFrame | Iterable[pd.DataFrame], *, origin: str, source: str,
                 url: str | None, note: str, enrich: bool = True, duplicated: Collection[str] | None = None,
                 expected: int = 0) -> Written:
    """Insert new events, update changed ones, skip the rest (see module docstring); one
    transaction.

    ``frames``: the mapped rows, one frame or successive chunks of the file (unique index
    across chunks); with chunks, ``duplicated`` names every id that occurs more than once in
    the file (those rows are decided together, at the end) and ``expected`` the number of
    rows of the file.  Each chunk is written while the next one is mapped."""
    if isinstance(frames, pd.DataFrame):
        ok_ids = frames.loc[frames["reason"].isna(), "origin_id"]
        duplicated = set(ok_ids[ok_ids.duplicated(keep=False)])
        expected = len(frames)
        frames = [frames]
    duplicated = duplicated or set()
    parts: list[pd.DataFrame] = []
    statuses: list[pd.Series] = []
    reasons: list[pd.Series] = []
    values: list[pd.Series] = []
    later: list[pd.DataFrame] = []
    places: list[pd.DataFrame] = []
    names = _Names()
    written = Written(pd.Series(dtype=object), pd.Series(dtype=object), pd.Series(dtype=object))
    with store.transaction() as con:  # from here on, no other process writes until this commits
        existing = _existing(con, origin).drop_duplicates("origin_id").set_index("origin_id")
        source_id = _source_id(con, source, url)
        out = _EventWriter(con, origin, source_id, _now(), expected)

        def handle(rows: pd.DataFrame, status: pd.Series, reason: pd.Series, value: pd.Series) -> None:
            if not len(rows):
                return
            if "origin_hash" not in rows:
                rows = prepare(rows)
            inserted, changed = _decide(rows, existing, status, reason, value)
            if len(inserted):
                out.insert(inserted)
            if len(changed):
                out.update(changed)
            places.append(rows.loc[:, list(_PLACE_COLUMNS)])
            if enrich:
                names.offered(rows)

        for frame in frames:
            status = pd.Series(None, index=frame.index, dtype=object)
            reason = frame["reason"].astype(object).copy()
            value = frame["value"].astype(object).fillna("").copy()
            status[reason.notna()] = "skipped"
            ok = status.isna()
            if duplicated:
                wait = ok & frame["origin_id"].isin(duplicated)
                if wait.any():
                    later.append(frame[wait])
                    ok &= ~wait
            handle(frame[ok], status, reason, value)
            parts.append(frame)
            statuses.append(status)
            reasons.append(reason)
            values.append(value)
        if later:
            rest = pd.concat(later)
            status = pd.concat(statuses).loc[rest.index]
            reason = pd.concat(reasons).loc[rest.index]
            value = pd.concat(values).loc[rest.index]
            ok = _dedupe(rest, status, reason, value)
            handle(rest[ok], status, reason, value)
            statuses.append(status)
            reasons.append(reason)
            values.append(value)
        frame = pd.concat(parts) if len(parts) != 1 else parts[0]
        written.frame = frame
        written.status = _latest(statuses, frame.index)
        written.reason = _latest(reasons, frame.index)
        written.value = _latest(values, frame.index)
        if enrich and places:
            rows = pd.concat(places).sort_index() if len(places) > 1 else places[0]
            written.places_added, written.places_updated = enrich_gazetteer(con, origin, rows, note=note,
                                                                            names=names)
        out.finish()
    return written


def _latest(parts: list[pd.Series], index: pd.Index) -> pd.Series:
    """The pieces as one Series on ``index``; a later piece's values win (deferred rows)."""
    if len(parts) == 1:
        return parts[0]
    joined = pd.concat(parts)
    return joined[~joined.index.duplicated(keep="last")].reindex(index)


def write_deletions(store, frame: pd.DataFrame, *, origin: str) -> Written:
    """Tombstone the stored events an ACLED deletions file names (never a user-edited one,
    never one whose stored version is newer than the deletion)."""
    status = pd.Series(None, index=frame.index, dtype=object)
    reason = frame["reason"].astype(object).copy()
    value = frame["value"].astype(object).fillna("").copy()
    status[reason.notna()] = "skipped"
    ok = _dedupe(frame, status, reason, value)
    rows = frame[ok]
    with store.transaction() as con:
        merged = rows.reset_index().merge(_existing(con, origin), on="origin_id", how="left").set_index("index")
        known = merged["event_id"].notna()
        by_user = known & (merged["user_edited"].fillna(False).astype(bool) | merged["merged_into"].notna())
        deleted = known & merged["deleted"].fillna(False).astype(bool)
        new_v, old_v = _version_number(merged["version"]), _version_number(merged["stored_version"])
        later = known & new_v.notna() & old_v.notna() & (old_v > new_v)
        for mask, why in ((~known, "not in store"), (by_user, "edited by user"), (deleted, "already deleted"),
                          (later, "stored version newer than the deletion")):
            idx = mask[mask & status.loc[mask.index].isna()].index
            status.loc[idx], reason.loc[idx] = "skipped", why
        todo = merged[status.loc[merged.index].isna()]
        status.loc[todo.index] = "updated"
        if len(todo):
            con.execute(
                update(t.events).where(t.events.c.id == bindparam("_id"))
                .values(deleted=True, origin_version=bindparam("_version"), updated_at=_now()),
                [{"_id": int(i), "_version": v} for i, v in zip(todo["event_id"], todo["version"], strict=True)])
    return Written(status, reason, value)


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


def json_objects(frame: pd.DataFrame, columns: list[str], keys: list[str]) -> list[str | None]:
    """Per row, a JSON object text of the non-empty text cells of ``columns`` under ``keys``
    (None when all are empty), as ``json.dumps`` writes it.  Each distinct value is encoded
    once; the pieces are put together per row by Arrow (no Python loop over the rows)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    pieces = []
    for column, key in zip(columns, keys, strict=True):
        codes, uniques = pd.factorize(frame[column].to_numpy(dtype=object))
        name = _encode(key)
        encoded = [f"{name}: {_encode(v)}, " if isinstance(v, str) and v else "" for v in uniques.tolist()]
        if any(encoded):
            # missing cells (code -1) take the last piece, ""
            pieces.append(pa.array([*encoded, ""], type=pa.string()).take(np.where(codes < 0, len(encoded), codes)))
    if not pieces:
        return [None] * len(frame)
    joined = pc.binary_join_element_wise(*pieces, "")
    wrapped = pc.binary_join_element_wise("{", pc.utf8_slice_codeunits(joined, 0, -2), "}", "")
    return pc.if_else(pc.equal(joined, ""), pa.scalar(None, pa.string()), wrapped).to_pylist()


def _event_columns(rows: pd.DataFrame, now: Any) -> dict[str, Any]:
    columns: dict[str, Any] = {c: _py(rows[c]) for c in _STORED if c != "actors"}
    columns.update(actors=rows["actors_json"].tolist(), extra=_py(rows["extra_json"]),
                   origin_version=_py(rows["version"]), origin_hash=rows["origin_hash"].tolist(), updated_at=now,
                   deleted=False)
    return columns


# -- gazetteer ------------------------------------------------------------------------------
def place_candidates(rows: pd.DataFrame, names: _Names | None = None) -> pd.DataFrame:
    """One place per (name key, country), in (key, country) order: the most frequent
    coordinates, spelling and admin1 among the rows offering that name (``gazetteer_name``;
    ties: the smallest value), and the id of the first such row."""
    names_of = names if names is not None else _Names()
    columns = ["key", "country_code", "name", "lat", "lon", "admin1", "origin_id"]
    offered = _text_cells(rows, "gazetteer_name")
    named = rows[offered.ne("")]
    names = offered[offered.ne("")]
    if not len(named):
        return pd.DataFrame(columns=columns)
    codes, spellings = pd.factorize(names)
    key_of = names_of.keys(spellings)
    keys = np.asarray([key_of[n] for n in spellings], dtype=object)[codes]  # each spelling's key, worked out once
    cells = {c: _text_cells(named, c) for c in ("country_code", "admin1")}
    places = pd.DataFrame({
        "key": keys, "country_code": cells["country_code"], "name": names,
        "lat": named["lat"].astype(float).round(5), "lon": named["lon"].astype(float).round(5),
        "admin1": cells["admin1"], "origin_id": named["origin_id"],
    })
    places = places[places["key"].ne("")]
    if not len(places):
        return pd.DataFrame(columns=columns)
    # groups numbered in (key, country) order; values numbered in sorted order (ties: smallest)
    key_code, key_values = pd.factorize(places["key"], sort=True)
    cc_code, cc_values = pd.factorize(places["country_code"], sort=True)
    pairs, group = np.unique(key_code.astype(np.int64) * len(cc_values) + cc_code, return_inverse=True)
    lat_code, lat_values = pd.factorize(places["lat"], sort=True)
    lon_code, lon_values = pd.factorize(places["lon"], sort=True)
    group = group.reshape(-1)
    out = pd.DataFrame({"key": np.asarray(key_values, dtype=object)[pairs // len(cc_values)],
                        "country_code": np.asarray(cc_values, dtype=object)[pairs % len(cc_values)]})
    spot = _most_common(group, lat_code.astype(np.int64) * max(len(lon_values), 1) + lon_code)
    out["lat"] = np.asarray(lat_values)[spot // max(len(lon_values), 1)]
    out["lon"] = np.asarray(lon_values)[spot % max(len(lon_values), 1)]
    for column in ("name", "admin1"):
        code, values = pd.factorize(places[column], sort=True)
        out[column] = np.asarray(values, dtype=object)[_most_common(group, code)]
    first = np.full(len(out), -1, dtype=np.int64)
    order = np.arange(len(places))[::-1]
    first[group[order]] = order  # the last write per group is its first row
    out["origin_id"] = places["origin_id"].to_numpy(dtype=object)[first]
    return out[columns]


def _text_cells(frame: pd.DataFrame, column: str) -> pd.Series:
    """A column as stripped text, "" where missing (numbers as their text)."""
    values = text(frame, column)
    if pd.api.types.infer_dtype(values, skipna=False) not in ("string", "empty"):
        values = values.map(str).str.strip()
    return values


class _Names:
    """Name keys and skeletons of the place names an import offers the gazetteer, worked out
    once per distinct name (as the chunks come: the work fits while the next is mapped)."""

    def __init__(self) -> None:
        self._keys: dict[str, str] = {}
        self._skeletons: dict[str, str] = {}

    def keys(self, names) -> dict[str, str]:
        for name in names:
            if name not in self._keys:
                self._keys[name] = key = _key(name)
                if key:
                    self._skeletons[name] = key_skeleton(key)
        return self._keys

    def offered(self, rows: pd.DataFrame) -> None:
        cells = pd.unique(rows["gazetteer_name"].to_numpy(dtype=object))
        self.keys({c.strip() for c in cells if isinstance(c, str) and c.strip()})

    def skeleton(self, name: str) -> str:
        found = self._skeletons.get(name)
        return found if found is not None else skeleton(name)


def _most_common(group: np.ndarray, code: np.ndarray) -> np.ndarray:
    """Per group number (0..n-1, all present), the most frequent value code (ties: the
    smallest code)."""
    width = int(code.max()) + 1 if len(code) else 1
    pairs, counts = np.unique(group.astype(np.int64) * width + code, return_counts=True)
    owner, value = np.divmod(pairs, width)
    order = np.lexsort((value, -counts, owner))
    owner, value = owner[order], value[order]
    lead = np.r_[True, owner[1:] != owner[:-1]]
    return value[lead]


def _key(name: str) -> str:
    """:func:`geo.names.name_key` of an offered name ("" for one too long or of no letters)."""
    if len(name) > MAX_NAME_LENGTH:
        return ""
    return " ".join(drop_articles(normalize(name).split()))


def enrich_gazetteer(con: Connection, origin: str, rows: pd.DataFrame, *, note: str,
                     names: _Names | None = None) -> tuple[int, int]:
    """Add (or move) the dataset's places as gazetteer entries of origin ``origin``;
    returns (added, updated)."""
    names = names if names is not None else _Names()
    places = place_candidates(rows, names)
    if not len(places):
        return 0, 0
    g = t.gazetteer_entries
    stored = pd.DataFrame.from_records(
        [tuple(r) for r in con.execute(select(g.c.id, g.c.key, g.c.country_code, g.c.lat, g.c.lon, g.c.name)
                                       .where(g.c.origin == origin))],
        columns=["entry_id", "key", "country_code", "old_lat", "old_lon", "old_name"])
    merged = places.merge(stored, on=["key", "country_code"], how="left")
    now = _now()
    new = merged[merged["entry_id"].isna()]
    moved = merged[merged["entry_id"].notna() & ((merged["lat"] != merged["old_lat"]) | (merged["lon"] != merged["old_lon"])
                                                 | (merged["name"] != merged["old_name"]))]
    if len(new):
        keys, codes, spellings = new["key"].tolist(), new["country_code"].tolist(), new["name"].tolist()
        insert_columns(con, g, {
            "origin": origin, "key": keys, "name": spellings, "lat": new["lat"].astype(float).tolist(),
            "lon": new["lon"].astype(float).tolist(), "country_code": codes, "admin1": new["admin1"].tolist(),
            "feature_code": "PPL", "precision": "point", "geonameid": None, "population": 0,
            "origin_ref": [f"{origin}:{i}"[:200] for i in new["origin_id"].tolist()], "replaces": None,
            "note": note, "raw": None, "created_at": now, "updated_at": now})
        ids = {(k, cc): i for i, k, cc in con.execute(
            select(g.c.id, g.c.key, g.c.country_code).where(g.c.origin == origin))}
        insert_columns(con, t.gazetteer_entry_names, {
            "entry_id": [ids[pair] for pair in zip(keys, codes, strict=True)], "key": keys,
            "skeleton": [names.skeleton(n) for n in spellings], "name": spellings})
    if len(moved):
        con.execute(update(g).where(g.c.id == bindparam("_id")).values(
            lat=bindparam("_lat"), lon=bindparam("_lon"), name=bindparam("_name"), admin1=bindparam("_admin1"),
            note=note, updated_at=now),
            [{"_id": int(r.entry_id), "_lat": float(r.lat), "_lon": float(r.lon), "_name": r.name, "_admin1": r.admin1}
             for r in moved.itertuples(index=False)])
    return len(new), len(moved)
