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
from dataclasses import dataclass
from datetime import UTC, datetime
from json.encoder import encode_basestring as _encode  # the C encoder, ensure_ascii=False
from typing import Any

import pandas as pd
from sqlalchemy import bindparam, func, select, update
from sqlalchemy.engine import Connection

from geo.importers.base import EVENT_COLUMNS, EXTRA_PREFIX
from geo.names import name_key, normalize, skeleton
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
    joined = ["\x1f".join(a) if isinstance(a, list) else "" for a in frame["actors"]]
    encoded = {j: json.dumps(j.split("\x1f") if j else [], ensure_ascii=False) for j in set(joined)}
    extra = [c for c in frame.columns if c.startswith(EXTRA_PREFIX)]
    return pd.DataFrame({"actors_json": [encoded[j] for j in joined],
                         "extra_json": json_objects(frame, extra, [c[len(EXTRA_PREFIX):] for c in extra])},
                        index=frame.index)


def fingerprints(frame: pd.DataFrame) -> pd.Series:
    """16 hex digits per row (BLAKE2b) over the mapped values (not the version), given the
    ``actors_json`` and ``extra_json`` columns of :func:`payload`."""
    columns = [c for c in EVENT_COLUMNS if c not in ("origin_id", "version", "actors")]
    lists = [frame[c].tolist() for c in columns + ["actors_json", "extra_json"]]
    digests = [hashlib.blake2b("\x1f".join(map(str, row)).encode(), digest_size=8).hexdigest()
               for row in zip(*lists, strict=True)]
    return pd.Series(digests, index=frame.index, dtype=object)


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
    from geo.store.store import Store

    return Store._source_id(con, "dataset", name[:300], url)


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


def write_events(store, frame: pd.DataFrame, *, origin: str, source: str, url: str | None,
                 note: str, enrich: bool = True) -> Written:
    """Insert new events, update changed ones, skip the rest (see module docstring); one
    transaction."""
    status = pd.Series(None, index=frame.index, dtype=object)
    reason = frame["reason"].astype(object).copy()
    value = frame["value"].astype(object).fillna("").copy()
    status[reason.notna()] = "skipped"
    ok = _dedupe(frame, status, reason, value)
    rows = frame[ok].copy()
    if len(rows):
        rows = pd.concat([rows, payload(rows)], axis=1)
        rows["origin_hash"] = fingerprints(rows)
    else:
        rows["actors_json"] = rows["extra_json"] = rows["origin_hash"] = pd.Series(dtype=object)
    written = Written(status, reason, value)
    with store._begin() as con:
        if con.dialect.name == "sqlite":
            con.exec_driver_sql("PRAGMA cache_size=-131072")  # 128 MB for this connection's bulk writes
        existing = _existing(con, origin)
        merged = rows.reset_index().merge(existing, on="origin_id", how="left").set_index("index")
        known = merged["event_id"].notna()
        by_user = known & (merged["user_edited"].fillna(False).astype(bool) | merged["merged_into"].notna())
        upstream_deleted = known & ~by_user & merged["deleted"].fillna(False).astype(bool)
        new_v, old_v = _version_number(merged["version"]), _version_number(merged["stored_version"])
        versioned = new_v.notna() & old_v.notna()
        newer = versioned & (new_v > old_v)
        same_content = merged["origin_hash"].eq(merged["stored_hash"])
        change = known & ~by_user & (newer | (~versioned & ~same_content & ~upstream_deleted))

        def skip(mask: pd.Series, why: str, detail: pd.Series | str = "") -> None:
            idx = mask[mask & status.loc[mask.index].isna()].index
            status.loc[idx], reason.loc[idx] = "skipped", why
            value.loc[idx] = detail.loc[idx].astype(str) if isinstance(detail, pd.Series) else detail

        skip(by_user, "edited by user", "event " + merged["event_id"].where(by_user, 0).astype(int).astype(str))
        skip(known & upstream_deleted & ~newer, "deleted upstream",
             merged["stored_version"].fillna("").astype(str).map(lambda v: f"deletion timestamp {v}" if v else ""))
        skip(known & versioned & (new_v < old_v), "older than the stored version",
             merged["version"].astype(str) + " < " + merged["stored_version"].astype(str))
        skip(known & ~change, "unchanged")
        status.loc[merged.index[~known]] = "imported"
        status.loc[merged.index[change]] = "updated"
        source_id = _source_id(con, source, url)
        now = _now()
        inserted = merged[~known]
        if len(inserted):
            ids = inserted["origin_id"].tolist()
            columns = {**_event_columns(inserted, now), "uid": [uid_for(origin, i) for i in ids], "origin": origin,
                       "origin_id": ids, "user_edited": False, "created_at": now}
            if con.dialect.name == "sqlite":
                # SQLite has one writer at a time and refuses to write from a stale snapshot, so
                # the ids after max(id) are ours: a concurrent writer makes this import fail and
                # roll back, never interleave.
                first = (con.execute(select(func.max(t.events.c.id))).scalar() or 0) + 1
                event_ids = list(range(first, first + len(ids)))
                insert_columns(con, t.events, {"id": event_ids, **columns})
            else:
                insert_columns(con, t.events, columns)
                stored = dict(con.execute(select(t.events.c.origin_id, t.events.c.id)
                                          .where(t.events.c.origin == origin)).all())
                event_ids = [stored[i] for i in ids]
            insert_columns(con, t.event_sources, {
                "event_id": event_ids, "source_id": source_id,
                "sentence": _py(inserted["description"]), "extractor": f"import:{origin}"[:64]})
        changed = merged[change]
        if len(changed):
            event_ids = [int(i) for i in changed["event_id"]]
            update_columns(con, t.events, "id", {"id": event_ids, **_event_columns(changed, now)})
            update_columns(con, t.event_sources, "event_id", {
                "event_id": event_ids, "sentence": _py(changed["description"])})
        if enrich:
            written.places_added, written.places_updated = enrich_gazetteer(con, origin, rows, note=note)
    return written


def write_deletions(store, frame: pd.DataFrame, *, origin: str) -> Written:
    """Tombstone the stored events an ACLED deletions file names (never a user-edited one,
    never one whose stored version is newer than the deletion)."""
    status = pd.Series(None, index=frame.index, dtype=object)
    reason = frame["reason"].astype(object).copy()
    value = frame["value"].astype(object).fillna("").copy()
    status[reason.notna()] = "skipped"
    ok = _dedupe(frame, status, reason, value)
    rows = frame[ok]
    with store._begin() as con:
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
    """Python values, None for every kind of missing (NaN, NA, NaT)."""
    return values.astype(object).where(values.notna(), None).tolist()


def json_objects(frame: pd.DataFrame, columns: list[str], keys: list[str]) -> list[str | None]:
    """Per row, a JSON object text of the non-empty text cells of ``columns`` under ``keys``
    (None when all are empty); each distinct value is encoded once."""
    pieces = []
    for column, key in zip(columns, keys, strict=True):
        values = frame[column].tolist()
        name = _encode(key)
        encoded = {v: f"{name}: {_encode(v)}" for v in set(values) if isinstance(v, str) and v}
        pieces.append([encoded.get(v, "") for v in values])
    if not pieces:
        return [None] * len(frame)
    return [f"{{{j}}}" if j else None for j in (", ".join(filter(None, row)) for row in zip(*pieces, strict=True))]


def _event_columns(rows: pd.DataFrame, now: datetime) -> dict[str, Any]:
    columns: dict[str, Any] = {c: _py(rows[c]) for c in _STORED if c != "actors"}
    for c in ("fatalities", "fatalities_low", "fatalities_high"):
        columns[c] = [None if v is None else int(v) for v in columns[c]]
    columns.update(actors=rows["actors_json"].tolist(), extra=_py(rows["extra_json"]),
                   origin_version=_py(rows["version"]), origin_hash=rows["origin_hash"].tolist(), updated_at=now,
                   deleted=False)
    return columns


# -- gazetteer ------------------------------------------------------------------------------
def place_candidates(rows: pd.DataFrame) -> pd.DataFrame:
    """One place per (name key, country): the most frequent coordinates, spelling and admin1
    among the rows offering that name (``gazetteer_name``)."""
    named = rows[rows["gazetteer_name"].fillna("").astype(str).str.strip().ne("")]
    if not len(named):
        return pd.DataFrame(columns=["key", "country_code", "name", "lat", "lon", "admin1", "origin_id"])
    names = named["gazetteer_name"].astype(str).str.strip()
    keys = {n: _key(n) for n in names.unique()}
    places = pd.DataFrame({
        "key": names.map(keys), "country_code": named["country_code"].fillna("").astype(str), "name": names,
        "lat": named["lat"].round(5), "lon": named["lon"].round(5),
        "admin1": named["admin1"].fillna("").astype(str), "origin_id": named["origin_id"],
    })
    places = places[places["key"].ne("")]
    group = ["key", "country_code"]
    best = _most_common(places, group, ["lat", "lon"])
    for column in ("name", "admin1"):
        best = best.merge(_most_common(places, group, [column]), on=group)
    first = places.drop_duplicates(group)[group + ["origin_id"]]
    return best.merge(first, on=group)


def _most_common(frame: pd.DataFrame, group: list[str], columns: list[str]) -> pd.DataFrame:
    """Per group, the most frequent value (combination) of ``columns`` (ties: the smallest)."""
    counts = frame.groupby(group + columns).size().rename("_n").reset_index()
    counts = counts.sort_values(group + ["_n"] + columns, ascending=[True] * len(group) + [False] + [True] * len(columns))
    return counts.drop_duplicates(group)[group + columns]


def _key(name: str) -> str:
    if len(name) > 200 or not normalize(name):
        return ""
    return name_key(name)


def enrich_gazetteer(con: Connection, origin: str, rows: pd.DataFrame, *, note: str) -> tuple[int, int]:
    """Add (or move) the dataset's places as gazetteer entries of origin ``origin``;
    returns (added, updated)."""
    places = place_candidates(rows)
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
        con.execute(g.insert(), [
            {"origin": origin, "key": r.key, "name": r.name, "lat": float(r.lat), "lon": float(r.lon),
             "country_code": r.country_code, "admin1": r.admin1, "feature_code": "PPL", "precision": "point",
             "geonameid": None, "population": 0, "origin_ref": f"{origin}:{r.origin_id}"[:200], "replaces": None,
             "note": note, "raw": None, "created_at": now, "updated_at": now}
            for r in new.itertuples(index=False)])
        ids = {(k, cc): i for i, k, cc in con.execute(
            select(g.c.id, g.c.key, g.c.country_code).where(g.c.origin == origin))}
        con.execute(t.gazetteer_entry_names.insert(), [
            {"entry_id": ids[(r.key, r.country_code)], "key": r.key, "skeleton": skeleton(r.name), "name": r.name}
            for r in new.itertuples(index=False)])
    if len(moved):
        con.execute(update(g).where(g.c.id == bindparam("_id")).values(
            lat=bindparam("_lat"), lon=bindparam("_lon"), name=bindparam("_name"), admin1=bindparam("_admin1"),
            note=note, updated_at=now),
            [{"_id": int(r.entry_id), "_lat": float(r.lat), "_lon": float(r.lon), "_name": r.name, "_admin1": r.admin1}
             for r in moved.itertuples(index=False)])
    return len(new), len(moved)
