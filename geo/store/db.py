"""Engines for the store: SQLite (WAL) by default, any SQLAlchemy URL otherwise."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError

from geo.errors import StoreError, StoreNotFoundError


def resolve_url(db: str, *, must_exist: bool = False) -> URL:
    """A file path or an SQLAlchemy URL to a URL; ``must_exist`` refuses a missing file."""
    if not db or not db.strip():
        raise StoreError("empty store location")
    if "://" in db:
        try:
            url = make_url(db)
        except ArgumentError as exc:
            raise StoreError(f"not a database URL: {db!r} ({exc})") from None
    else:
        path = Path(db).expanduser().resolve()
        if path.is_dir():
            raise StoreError(f"store path is a directory: {path}")
        url = make_url(f"sqlite:///{path}")
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        path = Path(url.database)
        if must_exist and not path.exists():
            raise StoreNotFoundError(f"store not found: {path}")
        if not path.exists():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create {path.parent}: {exc.strerror}") from None
    return url


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: URL) -> Engine:
    try:
        engine = create_engine(url, future=True)
    except Exception as exc:  # missing DB driver, bad options
        raise StoreError(f"cannot use store {url.render_as_string(hide_password=True)}: {exc}") from None
    if url.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine
