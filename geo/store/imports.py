"""Writing an import to the store: one file, one transaction, bulk statements (no per-row
round trips).  What becomes of each row is decided by :mod:`geo.importers.decision` (pure)
from the rows prepared by :mod:`geo.importers.prepare` and the stored events read here; the
rows are written by :class:`geo.store.event_writer.EventWriter` and the places by
:func:`geo.store.import_places.enrich_gazetteer`.

Events that a user corrected, deleted or merged are never touched.  The places of the rows
enrich the store's gazetteer (entries of the dataset's origin; ``user`` entries are never
written here).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import pandas as pd
from sqlalchemy import bindparam, select, update
from sqlalchemy.engine import Connection

from geo.importers.decision import EXISTING_COLUMNS, Decision, decide, decide_deletions, duplicates, latest
from geo.importers.place_candidates import PLACE_COLUMNS, NameKeys, place_candidates
from geo.importers.prepare import prepare
from geo.store import schema as t
from geo.store.event_writer import EventWriter
from geo.store.import_places import enrich_gazetteer
from geo.store.sources import source_id

if TYPE_CHECKING:
    from geo.store.store import Store


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


def _existing(con: Connection, origin: str) -> pd.DataFrame:
    """The stored events of ``origin`` an import is decided against, by ``origin_id``."""
    e = t.events
    rows = con.execute(select(e.c.id, e.c.origin_id, e.c.origin_version, e.c.origin_hash, e.c.user_edited,
                              e.c.deleted, e.c.merged_into).where(e.c.origin == origin)).all()
    found = pd.DataFrame.from_records([tuple(r) for r in rows], columns=list(EXISTING_COLUMNS))
    return found.drop_duplicates("origin_id").set_index("origin_id")


def _source_id(con: Connection, name: str, url: str | None) -> int:
    return source_id(con, "dataset", name[:300], url)


def _start(frame: pd.DataFrame) -> tuple[pd.Series, pd.Series, pd.Series]:
    """Status, reason and value of a mapped frame's rows before any decision: the rows with
    a reason of their own are skipped."""
    status = pd.Series(None, index=frame.index, dtype=object)
    reason = frame["reason"].astype(object).copy()
    value = frame["value"].astype(object).fillna("").copy()
    status[reason.notna()] = "skipped"
    return status, reason, value


def _record(decision: Decision, status: pd.Series, reason: pd.Series, value: pd.Series) -> None:
    status.loc[decision.status.index] = decision.status
    if len(decision.skipped):
        reason.loc[decision.skipped.index] = decision.skipped["reason"]
        value.loc[decision.skipped.index] = decision.skipped["value"]


def _deduped(frame: pd.DataFrame, status: pd.Series, reason: pd.Series, value: pd.Series) -> pd.Series:
    """Rows sharing an id in one file: all but one skipped (see
    :func:`geo.importers.decision.duplicates`); returns the rows still undecided."""
    dropped = duplicates(frame[status.isna()])
    if len(dropped):
        status.loc[dropped.index] = "skipped"
        reason.loc[dropped.index] = dropped["reason"]
        value.loc[dropped.index] = dropped["value"]
    return status.isna()


def write_events(store: Store, frames: pd.DataFrame | Iterable[pd.DataFrame], *, origin: str, source: str,
                 url: str | None, note: str, enrich: bool = True, duplicated: Collection[str] | None = None,
                 expected: int = 0, names: NameKeys | None = None) -> Written:
    """Insert new events, update changed ones, skip the rest (see
    :mod:`geo.importers.decision`); one transaction.

    ``frames``: the mapped rows, one frame or successive chunks of the file (unique index
    across chunks); with chunks, ``duplicated`` names every id that occurs more than once in
    the file (those rows are decided together, at the end) and ``expected`` the number of
    rows of the file.  Each chunk is written while the next one is mapped.  ``names``: the
    place names' keys, worked out by whoever maps the chunks while it waits."""
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
    names = names if names is not None else NameKeys()
    written = Written(pd.Series(dtype=object), pd.Series(dtype=object), pd.Series(dtype=object))
    with store.transaction() as con:  # from here on, no other process writes until this commits
        existing = _existing(con, origin)
        out = EventWriter(con, origin, _source_id(con, source, url), datetime.now(UTC), expected)

        def handle(rows: pd.DataFrame, status: pd.Series, reason: pd.Series, value: pd.Series) -> None:
            if not len(rows):
                return
            if "origin_hash" not in rows:
                rows = prepare(rows)
            decision = decide(rows, existing)
            _record(decision, status, reason, value)
            if len(decision.inserts):
                out.insert(decision.inserts)
            if len(decision.updates):
                out.update(decision.updates)
            places.append(rows.loc[:, list(PLACE_COLUMNS)])
            if enrich:
                names.offered(rows)

        for frame in frames:
            status, reason, value = _start(frame)
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
            ok = _deduped(rest, status, reason, value)
            handle(rest[ok], status, reason, value)
            statuses.append(status)
            reasons.append(reason)
            values.append(value)
        # the places offered are worked out in a thread while SQLite builds the dropped indexes
        # again (which lets go of the interpreter lock): on the core the mapping has left idle
        with ThreadPoolExecutor(1, thread_name_prefix="import-places") as pool:
            candidates = None
            if enrich and places:
                rows = pd.concat(places).sort_index() if len(places) > 1 else places[0]
                candidates = pool.submit(place_candidates, rows, names)
            out.finish()
            frame = pd.concat(parts) if len(parts) != 1 else parts[0]
            written.frame = frame
            written.status = latest(statuses, frame.index)
            written.reason = latest(reasons, frame.index)
            written.value = latest(values, frame.index)
            if candidates is not None:
                written.places_added, written.places_updated = enrich_gazetteer(
                    con, origin, rows, note=note, names=names, candidates=candidates.result())
    return written


def write_deletions(store: Store, frame: pd.DataFrame, *, origin: str) -> Written:
    """Tombstone the stored events an ACLED deletions file names (never a user-edited one,
    never one whose stored version is newer than the deletion: see
    :func:`geo.importers.decision.decide_deletions`)."""
    status, reason, value = _start(frame)
    ok = _deduped(frame, status, reason, value)
    rows = frame[ok]
    with store.transaction() as con:
        decision = decide_deletions(rows, _existing(con, origin))
        _record(decision, status, reason, value)
        todo = decision.updates
        if len(todo):
            con.execute(
                update(t.events).where(t.events.c.id == bindparam("_id"))
                .values(deleted=True, origin_version=bindparam("_version"), updated_at=datetime.now(UTC)),
                [{"_id": int(i), "_version": v} for i, v in zip(todo["event_id"], todo["version"], strict=True)])
    return Written(status, reason, value)
