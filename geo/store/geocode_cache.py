"""The online geocoder's answers kept in the store (:mod:`geo.geocoding.online`): a query is
asked once per provider and country.  :class:`~geo.store.Store` offers these functions as its
methods (``store.cached_geocode(...)``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, insert, select

from geo.names import name_key
from geo.store import schema as t
from geo.store.db import now

if TYPE_CHECKING:
    from geo.store.store import Store


def cached_geocode(store: Store, provider: str, query: str, country: str = "") -> tuple[bool, Any]:
    """(whether the answer is cached, the answer)."""
    cache = t.geocode_cache
    with store.reading() as con:
        row = con.execute(
            select(cache.c.result).where(
                cache.c.provider == provider, cache.c.query_key == name_key(query),
                cache.c.country == (country or "").upper(),
            )
        ).first()
    return (row is not None, row[0] if row is not None else None)


def cache_geocode(store: Store, provider: str, query: str, country: str, result: Any) -> None:
    cache = t.geocode_cache
    key = dict(provider=provider, query_key=name_key(query), country=(country or "").upper())
    with store.transaction() as con:
        con.execute(delete(cache).where(*[cache.c[k] == v for k, v in key.items()]))
        con.execute(insert(cache).values(**key, result=result, fetched_at=now()))
