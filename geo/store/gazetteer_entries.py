"""Gazetteer entries kept in the store: places a user added or corrected, and imported place
lists (:mod:`geo.store.layer` lays them over the GeoNames gazetteer).  Entries of origin
``user`` are only ever changed by the user.  :class:`~geo.store.Store` offers these functions as
its methods (``store.put_gazetteer_entry(...)``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, insert, select, update

from geo.errors import InvalidInputError, StoreError
from geo.models import PRECISIONS, check_coordinates
from geo.names import name_key, skeleton, validate_query
from geo.store import schema as t
from geo.store.db import now

if TYPE_CHECKING:
    from geo.store.store import Store


def put_gazetteer_entry(
    store: Store,
    *,
    origin: str,
    name: str,
    lat: float,
    lon: float,
    country_code: str = "",
    admin1: str = "",
    feature_code: str = "PPL",
    precision: str = "point",
    aliases: Sequence[str] = (),
    geonameid: int | None = None,
    population: int = 0,
    origin_ref: str | None = None,
    replaces: str | None = None,
    note: str | None = None,
    raw: Any = None,
) -> tuple[int, bool]:
    """Insert or update an entry (keyed by origin, name and country); return (id, created).

    Entries of origin ``user`` are never touched by another origin: an automated write
    that collides with a user entry's key simply adds its own entry beside it.
    """
    name = validate_query(name)
    aliases = [validate_query(a) for a in aliases]
    lat, lon = check_coordinates(lat, lon)
    if precision not in PRECISIONS:
        raise StoreError(f"precision must be one of {', '.join(PRECISIONS)}")
    cc = (country_code or "").upper()
    if cc and (len(cc) != 2 or not cc.isalpha()):
        raise InvalidInputError(f"country code must be two letters (ISO 3166-1), got {country_code!r}")
    key = name_key(name)
    values = dict(
        name=name, lat=lat, lon=lon, admin1=admin1 or "", feature_code=feature_code,
        precision=precision, geonameid=geonameid, population=population,
        origin_ref=origin_ref, replaces=replaces, note=note, raw=raw, updated_at=now(),
    )
    entries = t.gazetteer_entries
    with store.transaction() as con:
        found = con.execute(
            select(entries.c.id).where(
                entries.c.origin == origin, entries.c.key == key, entries.c.country_code == cc
            )
        ).scalar()
        if found is None:
            entry_id = con.execute(
                insert(entries).values(origin=origin, key=key, country_code=cc, created_at=now(), **values)
            ).inserted_primary_key[0]
        else:
            entry_id = found
            con.execute(update(entries).where(entries.c.id == found).values(**values))
        names = {name_key(n): n for n in (name, *aliases)}
        existing = set(
            con.execute(
                select(t.gazetteer_entry_names.c.key).where(t.gazetteer_entry_names.c.entry_id == entry_id)
            ).scalars()
        )
        new = [
            {"entry_id": entry_id, "key": k, "skeleton": skeleton(n), "name": n}
            for k, n in names.items() if k not in existing
        ]
        if new:
            con.execute(insert(t.gazetteer_entry_names), new)
    return entry_id, found is None


def remove_gazetteer_entry(store: Store, origin: str, name: str, country_code: str = "") -> int:
    """Remove the entries of ``origin`` by that name (in that country, if given); return how many."""
    entries = t.gazetteer_entries
    cond = [entries.c.origin == origin, entries.c.key == name_key(validate_query(name))]
    if country_code:
        cond.append(entries.c.country_code == country_code.upper())
    with store.transaction() as con:
        return con.execute(delete(entries).where(*cond)).rowcount


def gazetteer_entries(store: Store, origin: str | None = None) -> list[dict[str, Any]]:
    """Every entry (of ``origin``, if given), each with its ``names``: (key, skeleton, name)."""
    entries, names = t.gazetteer_entries, t.gazetteer_entry_names
    query = select(entries)
    if origin:
        query = query.where(entries.c.origin == origin)
    with store.reading() as con:
        rows = [dict(r._mapping) for r in con.execute(query.order_by(entries.c.id))]
        alias_rows = con.execute(select(names.c.entry_id, names.c.key, names.c.skeleton, names.c.name))
        by_entry: dict[int, list[tuple[str, str, str]]] = {}
        for entry_id, key, skel, name in alias_rows:
            by_entry.setdefault(entry_id, []).append((key, skel, name))
    for row in rows:
        row["names"] = by_entry.get(row["id"], [])
    return rows
