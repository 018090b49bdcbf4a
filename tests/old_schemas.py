"""A store as an earlier release left it: shared by the tests of upgrading old stores."""

from __future__ import annotations

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine

from geo.store.db import resolve_url


def store_at_release(db: str, release: str) -> Engine:
    """An engine on the store at ``db`` (a file path or a database URL), its schema migrated only to
    ``release``'s revision (``"0001"`` …), as that release made it; the caller disposes of it."""
    from alembic import command  # imported by the tests that need it only

    from geo.store.migrate import alembic_config

    engine = create_engine(resolve_url(db))
    with engine.begin() as con:
        command.upgrade(alembic_config(con), release)
    return engine
