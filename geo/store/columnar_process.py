"""The columnar read's own process: ADBC's SQLite driver, and no other SQLite, opens the store.

Run by path (``python -I …/columnar_process.py``), not imported: it imports pyarrow and the
driver and nothing of conflictmap, so no connection of Python's ``sqlite3`` is ever open in
this process (see ``geo.store.columnar`` for why that matters).

Reads one JSON request on stdin: ``{"uri": "file:…?mode=ro", "reads": [{"count": SQL,
"sql": SQL, "params": [...]}, …]}`` and writes, for each read in order, one Arrow IPC stream
on stdout: the rows of ``sql`` read in one batch sized by the ``count`` query's number (the
driver reserves memory for as many rows as a batch may hold).  All reads run in one read
transaction, so they see the same version of the store.  Any error: a one-line message on
stderr and exit status 1.
"""

from __future__ import annotations

import json
import sys


def main() -> int:
    try:
        # the driver manager's low-level API: its DB-API module imports pandas and
        # pyarrow.dataset, which took most of this process's start
        import adbc_driver_manager
        import adbc_driver_sqlite
        import pyarrow as pa

        request = json.loads(sys.stdin.buffer.read())
        out = pa.PythonFile(sys.stdout.buffer, mode="w")
        with adbc_driver_sqlite.connect(request["uri"]) as database, \
                adbc_driver_manager.AdbcConnection(database) as connection:
            # out of autocommit mode: one read transaction, one version of the store for every
            # read below, ended (rolled back) when the connection closes
            connection.set_options(**{"adbc.connection.autocommit": "false"})
            for read in request["reads"]:
                (bound,) = _table(connection, read["count"], [], None).column(0).to_pylist()
                table = _table(connection, read["sql"], read["params"], int(bound) + 1)
                with pa.ipc.new_stream(out, table.schema) as writer:
                    writer.write_table(table)
        out.flush()
        return 0
    except Exception as exc:  # noqa: BLE001 - one line for the caller, which reads another way
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        print(f"{type(exc).__name__}: {message}", file=sys.stderr)
        return 1


def _table(connection, sql: str, params: list, batch_rows: int | None):
    """The rows of ``sql`` with ``params`` bound, in batches of ``batch_rows``."""
    import adbc_driver_manager
    import pyarrow as pa

    with adbc_driver_manager.AdbcStatement(connection) as statement:
        if batch_rows is not None:
            statement.set_options(**{"adbc.sqlite.query.batch_rows": str(batch_rows)})
        statement.set_sql_query(sql)
        if params:
            statement.bind(pa.record_batch([pa.array([value]) for value in params],
                                           names=[str(i) for i in range(len(params))]))
        handle, _ = statement.execute_query()
        return pa.RecordBatchReader._import_from_c(handle.address).read_all()


if __name__ == "__main__":
    sys.exit(main())
