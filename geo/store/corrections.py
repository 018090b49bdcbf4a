"""User corrections of events: move, re-resolve, delete, merge, split, restore.

Each is one transaction, marks the event ``user_edited`` (automated re-ingest and merging
then leave its fields alone), and is logged in ``event_corrections`` with the state before
and after, the user's note and who made it (``user``: their name, recorded as given; who may
correct is decided before, by the caller: the dashboard's writes ask
``dashboard.access.write_user``).  Deleted and merged-away events stay as tombstones, so
re-resolving an article cannot bring them back.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.engine import Connection

from geo.errors import InvalidInputError, NoMatchError
from geo.models import PRECISIONS, Place, check_coordinates
from geo.store import schema as t
from geo.store.db import now

if TYPE_CHECKING:
    from geo.store.store import Store

_FIELDS = ("date_start", "date_end", "event_type", "sub_event_type", "actors", "fatalities", "place_name",
           "lat", "lon", "geonameid", "admin1", "country_code", "place_precision", "deleted", "merged_into")


def _event(con: Connection, uid: str) -> dict[str, Any]:
    row = con.execute(select(t.events).where(t.events.c.uid == uid)).mappings().first()
    if row is None:
        raise NoMatchError(f"no match: no event {uid!r}")
    return dict(row)


def _snapshot(row: dict[str, Any]) -> dict[str, Any]:
    return {k: row[k] for k in _FIELDS}


def _log(con: Connection, event_id: int, kind: str, before: dict | None, after: dict | None, note: str | None,
         user: str | None):
    con.execute(insert(t.event_corrections).values(
        event_id=event_id, kind=kind, before=before, after=after, note=(note or "").strip() or None,
        created_at=now(), user_name=user))


def _update(con: Connection, row: dict[str, Any], kind: str, note: str | None, user: str | None,
            **values: Any) -> dict[str, Any]:
    before = _snapshot(row)
    con.execute(update(t.events).where(t.events.c.id == row["id"])
                .values(user_edited=True, updated_at=now(), **values))
    after = {**before, **{k: v for k, v in values.items() if k in _FIELDS}}
    _log(con, row["id"], kind, before, after, note, user)
    return after


def move_event(store: Store, uid: str, lat: float, lon: float, *, place_name: str | None = None,
               precision: str = "point", note: str | None = None, user: str | None = None) -> dict[str, Any]:
    """Put an event at new coordinates (the user knows better than the geocoder)."""
    lat, lon = check_coordinates(lat, lon)
    if precision not in PRECISIONS:
        raise InvalidInputError(f"precision must be one of {', '.join(PRECISIONS)}")
    with store.transaction() as con:
        row = _event(con, uid)
        return _update(con, row, "move", note, user, lat=lat, lon=lon, place_precision=precision,
                       place_name=(place_name or row["place_name"] or "").strip() or None, geonameid=None)


def reresolve_event(store: Store, uid: str, place: Place, *, note: str | None = None, user: str | None = None) -> dict[str, Any]:
    """Give an event another gazetteer place, and teach the gazetteer: the name the article
    used now means that place (a user override, with a note of what changed)."""
    with store.transaction() as con:
        row = _event(con, uid)
        surface = con.execute(
            select(t.place_mentions.c.text)
            .join(t.event_sources, t.event_sources.c.article_id == t.place_mentions.c.article_id)
            .where(t.event_sources.c.event_id == row["id"],
                   t.place_mentions.c.start >= t.event_sources.c.start,
                   t.place_mentions.c.end <= t.event_sources.c.end,
                   t.place_mentions.c.name == row["place_name"])
            .limit(1)
        ).scalar()
        after = _update(con, row, "re-resolve", note, user, place_name=place.name, lat=place.lat, lon=place.lon,
                        geonameid=place.geonameid, admin1=place.admin1 or None,
                        country_code=place.country_code or None, place_precision=place.precision)
    if surface:
        what = (f"re-resolved {surface!r} from {row['place_name']} ({row['lat']}, {row['lon']}) to "
                f"{place.name} ({place.lat}, {place.lon}) for event {uid}")
        store.put_gazetteer_entry(
            origin="user", name=surface, lat=place.lat, lon=place.lon, country_code=place.country_code,
            admin1=place.admin1, feature_code=place.feature, precision=place.precision,
            geonameid=place.geonameid, population=place.population,
            replaces=f"geonames:{row['geonameid']}" if row["geonameid"] else None,
            note=f"{what}; {note}" if note else what,
        )
    return after


def delete_event(store: Store, uid: str, *, note: str | None = None, user: str | None = None) -> None:
    """Hide an event for good (a tombstone: re-ingest cannot recreate it)."""
    with store.transaction() as con:
        _update(con, _event(con, uid), "delete", note, user, deleted=True)


def restore_event(store: Store, uid: str, *, note: str | None = None, user: str | None = None) -> None:
    with store.transaction() as con:
        _update(con, _event(con, uid), "restore", note, user, deleted=False, merged_into=None)


def merge_events(store: Store, keep_uid: str, other_uid: str, *, note: str | None = None, user: str | None = None) -> dict[str, Any]:
    """Make ``other`` part of ``keep``: its sources move over, fatalities take the larger count,
    actors are joined; ``other`` becomes a tombstone pointing at ``keep``."""
    if keep_uid == other_uid:
        raise InvalidInputError("cannot merge an event with itself")
    with store.transaction() as con:
        keep, other = _event(con, keep_uid), _event(con, other_uid)
        con.execute(update(t.event_sources).where(t.event_sources.c.event_id == other["id"])
                    .values(event_id=keep["id"]))
        actors = list(keep["actors"] or []) + [a for a in other["actors"] or [] if a not in (keep["actors"] or [])]
        fatalities = max((f for f in (keep["fatalities"], other["fatalities"]) if f is not None), default=None)
        after = _update(con, keep, "merge", note, user, actors=actors, fatalities=fatalities)
        _update(con, other, "merge", note, user, deleted=True, merged_into=keep["id"])
        return after


def split_event(store: Store, uid: str, source_id: int, *, note: str | None = None, user: str | None = None) -> str:
    """Move one source of an event into a new event of its own; return the new event's id."""
    with store.transaction() as con:
        row = _event(con, uid)
        count = con.execute(select(func.count()).select_from(t.event_sources)
                            .where(t.event_sources.c.event_id == row["id"])).scalar_one()
        src = con.execute(select(t.event_sources).where(t.event_sources.c.id == source_id,
                                                        t.event_sources.c.event_id == row["id"])).mappings().first()
        if src is None:
            raise NoMatchError(f"no match: event {uid} has no source {source_id}")
        if count < 2:
            raise InvalidInputError("an event with one source cannot be split")
        new_uid = hashlib.sha1(f"split:{uid}:{source_id}".encode()).hexdigest()[:16]
        values = {k: row[k] for k in ("date_start", "date_end", "date_precision", "event_type", "sub_event_type",
                                      "actors", "fatalities", "place_name", "lat", "lon", "geonameid", "admin1",
                                      "country_code", "place_precision", "confidence", "origin", "reported",
                                      "place_source")}
        new_id = con.execute(insert(t.events).values(
            uid=new_uid, origin_id=new_uid, user_edited=True, deleted=False, created_at=now(),
            updated_at=now(), note=note, **values)).inserted_primary_key[0]
        con.execute(update(t.event_sources).where(t.event_sources.c.id == source_id).values(event_id=new_id))
        _update(con, row, "split", note, user)
        _log(con, new_id, "split", None, {"from": uid}, note, user)
        return new_uid


def corrections(store: Store, uid: str) -> list[dict[str, Any]]:
    with store.reading() as con:
        row = _event(con, uid)
        return [dict(r) for r in con.execute(
            select(t.event_corrections).where(t.event_corrections.c.event_id == row["id"])
            .order_by(t.event_corrections.c.id)).mappings()]
