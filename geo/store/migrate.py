"""Schema migrations (Alembic) run on open, so every release upgrades a user's store in place
without losing data.

Alembic itself is imported only when a store needs a migration: a store already at
:data:`HEAD` is recognised by reading its ``alembic_version`` row (importing Alembic costs every
command and every dashboard start about a quarter of a second)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect
from sqlalchemy.engine import Connection, Engine

from geo.store.db import begin_write

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
#: the newest migration's revision (``migrations/versions``); a new migration updates it, and a
#: test checks it against Alembic's own reading of the scripts
HEAD = "0006"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    """The newest revision as Alembic reads the migration scripts."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def _at_head(connection: Connection) -> bool:
    """Whether the store's one ``alembic_version`` row names :data:`HEAD` (without Alembic)."""
    if not inspect(connection).has_table("alembic_version"):
        return False
    rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version").fetchall()
    return [tuple(r) for r in rows] == [(HEAD,)]


def at_head(engine: Engine) -> bool:
    """Whether the store's schema is the newest (read without Alembic)."""
    with engine.connect() as connection:
        return _at_head(connection)


def upgrade(engine: Engine) -> None:
    """Bring the store to the newest schema (no-op when already there).

    On SQLite, foreign keys are not enforced while migrating: a migration that rebuilds a
    table (SQLite's way to alter one) must not cascade deletes into the rows that point at it.
    Integrity is checked before the migration is committed.
    """
    with engine.connect() as connection:
        if _at_head(connection):
            return
        if current_revision(connection) == head_revision():
            return
    from alembic import command

    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()  # PRAGMA foreign_keys only takes effect outside a transaction
        try:
            with connection.begin():
                # another process opening the same new store migrates it at the same time:
                # the first to take the write lock does it, the other finds it done
                begin_write(connection)
                if _at_head(connection):
                    return
                command.upgrade(alembic_config(connection), "head")
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"migration left {len(broken)} dangling references; rolled back")
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()
