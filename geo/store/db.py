"""Engines for the store: SQLite (WAL) by default, any SQLAlchemy URL otherwise (PostgreSQL
for teams: :mod:`geo.store.postgres`, the same rules with an advisory lock).

Writers take turns: a write transaction starts with ``BEGIN IMMEDIATE`` (:func:`begin_write`),
so it holds SQLite's one write lock from its first read on, and a writer that finds the store
locked waits (SQLite's busy timeout) up to the lock timeout
(:data:`geo.config.LOCK_TIMEOUT_SECONDS`, configurable) before it is refused with
:class:`StoreBusyError`.  Readers never wait for writers (WAL).  Every transaction is a
:class:`Transaction`: :meth:`geo.store.Store.transaction` (a write) and
:meth:`geo.store.Store.reading` (a read) hand them out.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from types import TracebackType

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError

from geo.config import LOCK_TIMEOUT_SECONDS
from geo.errors import StoreBusyError, StoreError, StoreNotFoundError
from geo.store import postgres

#: the execution option an engine keeps its lock timeout in (seconds), for the busy message
LOCK_TIMEOUT_OPTION = "conflictmap_lock_timeout"


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
        url = URL.create("sqlite", database=str(path))  # (a "?" or "#" in a folder's name is the name's)
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


def _sqlite_pragmas(dbapi_connection, _record, *, lock_timeout: float) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={max(1, round(lock_timeout * 1000))}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: URL, lock_timeout: float = LOCK_TIMEOUT_SECONDS) -> Engine:
    """An engine whose connections wait up to ``lock_timeout`` seconds for a lock."""
    connect_args = postgres.connect_args(url, lock_timeout) if postgres.is_postgres(url) else {}
    try:
        engine = create_engine(url, future=True, connect_args=connect_args)
    except Exception as exc:  # missing DB driver, bad options
        raise StoreError(f"cannot use store {url.render_as_string(hide_password=True)}: {exc}") from None
    if url.get_backend_name() == "sqlite":
        event.listen(engine, "connect", partial(_sqlite_pragmas, lock_timeout=lock_timeout))
    return engine.execution_options(**{LOCK_TIMEOUT_OPTION: lock_timeout})


def _waited(con: Connection) -> float:
    """The seconds ``con`` waits for a lock (SQLite's busy timeout)."""
    if LOCK_TIMEOUT_OPTION in con.get_execution_options():
        return con.get_execution_options()[LOCK_TIMEOUT_OPTION]
    try:
        return con.exec_driver_sql("PRAGMA busy_timeout").scalar_one() / 1000
    except Exception:  # noqa: BLE001 - only for the message
        return LOCK_TIMEOUT_SECONDS


def begin_write(con: Connection) -> None:
    """Make the transaction just begun on ``con`` a write transaction that holds the store's
    write lock from now on (SQLite: ``BEGIN IMMEDIATE``, waiting for another writer up to the
    lock timeout; PostgreSQL: the store's advisory write lock, :mod:`geo.store.postgres`; other
    databases: nothing to do).  Everything it reads is then current until it commits: no other
    process can write in between (a get-or-create, ``max(id)``, "is this article stored yet?"
    are decided on what is stored)."""
    if con.dialect.name not in ("sqlite", "postgresql"):
        return
    try:
        if con.dialect.name == "postgresql":
            postgres.take_write_lock(con)
        else:
            con.exec_driver_sql("BEGIN IMMEDIATE")
    except OperationalError as exc:
        if is_busy(exc.orig):
            raise busy_error(_waited(con)) from None
        raise


def is_busy(error: BaseException | None) -> bool:
    """Whether a driver error is SQLite's "database is locked" (SQLITE_BUSY, any variant) or
    PostgreSQL's lock wait given up (:func:`geo.store.postgres.is_busy`)."""
    if postgres.is_busy(error):
        return True
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF == sqlite3.SQLITE_BUSY
    return isinstance(error, sqlite3.OperationalError) and "database is locked" in str(error)


def busy_error(seconds: float) -> StoreBusyError:
    return StoreBusyError(
        f"store busy: another process kept it locked for writing over {seconds:g} s, the lock timeout "
        "(CONFLICTMAP_LOCK_TIMEOUT); not written")


class Transaction:
    """``engine.begin()`` that turns database failures into one-line :class:`StoreError`; with
    ``write``, a write transaction (:func:`begin_write`: it waits its turn, then holds the write
    lock until it commits).  Entering gives the :class:`~sqlalchemy.engine.Connection`; leaving
    commits, or rolls back when the block raised."""

    def __init__(self, engine: Engine, *, write: bool = False) -> None:
        self._cm = engine.begin()
        self._write = write
        self._timeout = engine.get_execution_options().get(LOCK_TIMEOUT_OPTION, LOCK_TIMEOUT_SECONDS)

    def __enter__(self) -> Connection:
        try:
            con = self._cm.__enter__()
        except SQLAlchemyError as exc:
            raise failed(exc, "store unavailable", self._timeout) from None
        if self._write:
            try:
                begin_write(con)
            except BaseException as exc:
                self._cm.__exit__(type(exc), exc, exc.__traceback__)
                if isinstance(exc, SQLAlchemyError):
                    raise failed(exc, "store unavailable", self._timeout) from None
                raise
        return con

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> bool:
        try:
            self._cm.__exit__(exc_type, exc, tb)
        except SQLAlchemyError as err:
            raise failed(err, "store write failed", self._timeout) from None
        if isinstance(exc, SQLAlchemyError):
            raise failed(exc, "store write failed", self._timeout) from None
        return False


def failed(exc: SQLAlchemyError, what: str, lock_timeout: float = LOCK_TIMEOUT_SECONDS) -> StoreError:
    """A database failure as one line: :func:`busy_error` for a lock wait given up, else
    ``what`` and the driver's first line (PostgreSQL's messages go on with DETAIL and HINT
    lines)."""
    orig = getattr(exc, "orig", None) or exc
    if is_busy(orig):
        return busy_error(lock_timeout)
    message = str(orig).strip().splitlines()
    return StoreError(f"{what}: {message[0] if message else type(orig).__name__}")


def now() -> datetime:
    """The time the store stamps a row with (``created_at``, ``updated_at``…): UTC."""
    return datetime.now(UTC)
