"""Where events come from: an outlet (an article's web host) or a dataset (ACLED, UCDP…)."""

from __future__ import annotations

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection

from geo.store import schema as t
from geo.store.db import now


def source_id(con: Connection, kind: str, name: str, url: str | None = None) -> int:
    """The id of the source of this kind ("outlet", "dataset") and name, added when it is new
    (in a write transaction: the lookup stays current until it commits)."""
    found = con.execute(
        select(t.sources.c.id).where(t.sources.c.kind == kind, t.sources.c.name == name)
    ).scalar()
    if found is not None:
        return found
    return con.execute(
        insert(t.sources).values(kind=kind, name=name, url=url, created_at=now())
    ).inserted_primary_key[0]
