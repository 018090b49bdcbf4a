"""What the store does differently on PostgreSQL (``--db postgresql+psycopg://…``): how a
write transaction takes its turn, and which errors mean "busy".

Writers take turns as on SQLite: a write transaction first takes one transaction-level advisory
lock (``pg_advisory_xact_lock``, :data:`WRITE_LOCK`), held until it commits or rolls back, so
what it reads stays current until then (a get-or-create, "is this article stored yet?", an
import deciding against the stored rows) and two writers can never deadlock each other.
Readers never wait (MVCC).  A writer waits for the lock up to the store's lock timeout (the
server's ``lock_timeout``, set per connection), then is refused with one line
(:class:`~geo.errors.StoreBusyError`).  Other processes that write the same database without
taking the lock (another program, a DBA) can still make a writer wait on a row; that wait is
bounded by the same timeout, and a deadlock the server breaks is told in the same one line."""

from __future__ import annotations

from sqlalchemy.engine import URL, Connection

#: the advisory lock every write transaction of the store takes first (any fixed 64-bit key;
#: this one is b"conflict" read as a big-endian integer)
WRITE_LOCK = int.from_bytes(b"conflict", "big") & 0x7FFF_FFFF_FFFF_FFFF
#: SQLSTATEs of a wait the store gives up: lock_not_available (lock_timeout), deadlock_detected,
#: serialization_failure
BUSY_STATES = frozenset({"55P03", "40P01", "40001"})


def is_postgres(url: URL) -> bool:
    return url.get_backend_name() == "postgresql"


def connect_args(url: URL, lock_timeout: float) -> dict[str, str]:
    """The driver's connection arguments: the store's lock timeout as the server's
    ``lock_timeout`` (unless the URL sets ``options`` itself)."""
    if "options" in url.query:
        return {}
    return {"options": f"-c lock_timeout={max(1, round(lock_timeout * 1000))}"}


def take_write_lock(con: Connection) -> None:
    """Wait for the store's write lock (see the module's docstring); held until the
    transaction ends."""
    con.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")


def is_busy(error: BaseException | None) -> bool:
    """Whether a driver error is a lock wait the server gave up (lock timeout, deadlock)."""
    return getattr(error, "sqlstate", None) in BUSY_STATES
