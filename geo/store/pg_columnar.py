"""The columnar read of :mod:`geo.store.columnar` on PostgreSQL: ADBC's PostgreSQL driver
(``adbc-driver-postgresql``) has the server stream each query's rows in its binary COPY format
and fills Arrow columns in C++, into the frames the Python path gives (column for column, type
for type).  No process of its own is needed (the one-SQLite-library rule is about SQLite
files).  The reads run side by side on connections of their own, all in one snapshot (one
REPEATABLE READ transaction's, exported to the others): they see one version of the store.

Measured at 100,000 events (bench/postgres_bench.py, on 2 cores shared with other jobs): the
events query took 0.4-0.7 s this way; streamed as CSV through psycopg's copy protocol it took
1.4 s (0.7 s with psycopg's low-level calls) plus 0.2-0.6 s for Arrow's CSV reader.

Anything unexpected (the driver missing, a failed query, a value the expected type cannot
hold) gives None, and the caller reads through SQLAlchemy."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from sqlalchemy import Boolean

from geo.store.columnar import arrow_frame, arrow_type

if TYPE_CHECKING:
    import pandas as pd

    from geo.store.columnar import Read
    from geo.store.store import Store

log = logging.getLogger(__name__)


def _wanted(read: Read) -> list:
    import pyarrow as pa

    return [pa.bool_() if isinstance(c.type, Boolean) else arrow_type(c.type) for c in read.query.selected_columns]


def libpq_uri(store: Store) -> str:
    """The store's URL as libpq takes it (``postgresql://…``, without SQLAlchemy's driver)."""
    return store.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)


def read_frames(store: Store, reads: list[Read]) -> list[pd.DataFrame | None]:
    """The rows of each read as a frame (None for a read left to the caller)."""
    nothing: list[pd.DataFrame | None] = [None] * len(reads)
    wanted = [_wanted(read) for read in reads]
    if any(None in types for types in wanted):
        return nothing
    dialect = store.engine.dialect
    sqls = [str(read.query.compile(dialect=dialect, compile_kwargs={"literal_binds": True})) for read in reads]
    try:
        tables = _tables(libpq_uri(store), sqls)
        return [arrow_frame(table, read.columns, types) for table, read, types in zip(tables, reads, wanted,
                                                                                         strict=True)]
    except Exception as exc:  # noqa: BLE001 - any surprise: the caller's path reads the same rows
        log.debug("columnar read skipped: %s", str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        return nothing


def _tables(uri: str, sqls: list[str]) -> list:
    """The Arrow tables of ``sqls``, each read on a connection of its own at the same time (the
    server runs them side by side; the driver fills Arrow columns without holding the GIL), in
    one snapshot: the first connection's, exported (``pg_export_snapshot``) to the others."""
    from concurrent.futures import ThreadPoolExecutor

    import adbc_driver_manager
    import adbc_driver_postgresql

    with adbc_driver_postgresql.connect(uri) as database, \
            adbc_driver_manager.AdbcConnection(database) as first:
        _run(first, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        (snapshot,) = _table(first, "SELECT pg_export_snapshot()").column(0).to_pylist()

        def in_snapshot(sql: str):
            with adbc_driver_manager.AdbcConnection(database) as connection:
                _run(connection, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                _run(connection, f"SET TRANSACTION SNAPSHOT '{snapshot}'")
                try:
                    return _table(connection, sql)
                finally:
                    _run(connection, "ROLLBACK")

        with ThreadPoolExecutor(max_workers=max(1, len(sqls) - 1)) as pool:
            others = [pool.submit(in_snapshot, sql) for sql in sqls[1:]]
            tables = [_table(first, sqls[0])] + [future.result() for future in others]
        _run(first, "ROLLBACK")  # the exported snapshot stays valid until here
    return tables


def _run(connection, sql: str) -> None:
    import adbc_driver_manager

    with adbc_driver_manager.AdbcStatement(connection) as statement:
        statement.set_sql_query(sql)
        statement.execute_update()


def _table(connection, sql: str):
    import adbc_driver_manager
    import pyarrow as pa

    with adbc_driver_manager.AdbcStatement(connection) as statement:
        statement.set_sql_query(sql)
        handle, _ = statement.execute_query()
        return pa.RecordBatchReader._import_from_c(handle.address).read_all()
