"""Query results read straight into Arrow columns, for the frames (``geo.store.frames``), in a
process of their own.

ADBC's SQLite driver (``adbc-driver-sqlite``) steps through the rows in C and fills Arrow
columns, instead of the Python driver making a tuple of Python objects per row that pandas then
turns back into columns.  But the driver links its own copy of SQLite, and two copies of SQLite
must never open the same database file in one process: POSIX locks belong to the process, so
when one copy closes the file the system drops the locks the other copy holds (SQLite's "How To
Corrupt Your Database Files", 2.2.1).  With the driver inside the process that writes through
Python's ``sqlite3``, another process got the write lock while this one held it and its commit
was lost, a CLI deleted the WAL file a server still had open, and a server reading during an
import died of SIGBUS.  So the rule: **one SQLite library per process that opens the store**.
The store's own processes use Python's ``sqlite3``; the columnar read runs in a short-lived
process started afresh (``python -I geo/store/columnar_process.py``, a new program, not a fork:
it has no ``sqlite3`` connection to inherit), which opens the file only through ADBC, read-only,
and hands the Arrow tables back over a pipe (Arrow IPC).

What that costs: reading the events and sources frames of 100,000 events
(``bench/store_read_bench.py``, the three ways interleaved, 7 rounds, medians, on 2 cores shared
with other jobs) took 4.19 s and 4.42 s in the driver's own process, against 2.16 s and 2.27 s
with the driver inside the process and 7.19 s and 7.55 s through Python's ``sqlite3`` (two
runs; a third, on a busier machine: 11.1 s, 5.6 s, 18.2 s).  Up to a second of the
difference is the process's start (Python, pyarrow and the driver: 0.25 s of CPU, 0.7-1.1 s of
waiting on that machine); the rest is the read itself, slower in a new process than in one that
has read before (not broken down further), and the Arrow stream (47 MB) written and read back
(through a pipe or a file: no difference).
Both frames are read by one such process, in one read transaction.

The frame is the one the Python path gives, column for column and type for type (the tests
compare both): an integer column with NULLs becomes floats, a column that is NULL throughout
holds ``None``, booleans stay 0/1 for the caller to convert.  Anything else (another database,
an in-memory one, the driver missing, the process failing, a value the expected type cannot
hold) gives None and the caller reads through SQLAlchemy, the one path every backend has.
On PostgreSQL, the columnar read is ADBC's PostgreSQL driver (the server's binary ``COPY … TO
STDOUT`` into Arrow), in this process (:mod:`geo.store.pg_columnar`)."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import Boolean, Float, Integer, Numeric, String, func, select

if TYPE_CHECKING:
    import pandas as pd
    from sqlalchemy import Table
    from sqlalchemy.sql import Select

    from geo.store.store import Store

log = logging.getLogger(__name__)
#: the program the columnar read runs in (see the module's docstring)
PROCESS = Path(__file__).resolve().with_name("columnar_process.py")
#: longest the read may take before it is stopped and the rows read the other way
TIMEOUT_SECONDS = 300.0


class Read(NamedTuple):
    """One query for :func:`read_frames`: its rows as a frame with ``columns``.  ``rows_from``
    is a table with at least as many rows as the query gives (its first table, when every join
    is many-to-one): its count, a lookup of a millisecond, sizes the one Arrow batch the driver
    fills.  One batch, so the driver infers each column's type from every value rather than
    from the first 1,024 rows (a column NULL there and text later would fail); sized by the
    rows, because the driver reserves memory for as many rows as a batch may hold (2**30 rows
    reserved some 400 GB of address space)."""

    query: Select
    columns: list[str]
    rows_from: Table


def sqlite_uri(store: Store) -> str | None:
    """A read-only ``file:`` URI of the store's SQLite file, or None (not SQLite, in memory)."""
    url = store.engine.url
    database = url.database
    if url.get_backend_name() != "sqlite" or not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database).resolve().as_uri() + "?mode=ro"  # file:///…, quoted (#, ?, spaces)


def arrow_type(sql_type):
    import pyarrow as pa

    if isinstance(sql_type, (Integer, Boolean)):
        return pa.int64()
    if isinstance(sql_type, (Float, Numeric)):
        return pa.float64()
    if isinstance(sql_type, String):  # Text, and JSON read through CAST(… AS TEXT)
        return pa.string()
    return None


def read_frame(store: Store, query: Select, columns: list[str], *, rows_from: Table) -> pd.DataFrame | None:
    """The rows of ``query`` as a frame with ``columns``, or None: :func:`read_frames` of one."""
    return read_frames(store, [Read(query, columns, rows_from)])[0]


def read_frames(store: Store, reads: list[Read]) -> list[pd.DataFrame | None]:
    """The rows of each read as a frame, read through ADBC in the driver's own process (one
    process, one read transaction for them all), or None for a read (see the module's
    docstring) that the caller then reads another way."""
    nothing: list[pd.DataFrame | None] = [None] * len(reads)
    if store.engine.dialect.name == "postgresql":
        from geo.store import pg_columnar

        return pg_columnar.read_frames(store, reads)
    uri = sqlite_uri(store)
    if uri is None:
        return nothing
    try:
        import pyarrow as pa
    except ImportError:
        return nothing
    wanted = [[arrow_type(c.type) for c in read.query.selected_columns] for read in reads]
    dialect = store.engine.dialect
    request = []
    for read in reads:
        compiled = read.query.compile(dialect=dialect, compile_kwargs={"render_postcompile": True})
        count = select(func.count()).select_from(read.rows_from).compile(dialect=dialect)
        request.append({"count": str(count), "sql": str(compiled),
                        "params": [compiled.params[name] for name in compiled.positiontup or ()]})
    try:
        done = subprocess.run([sys.executable, "-I", str(PROCESS)], input=json.dumps({"uri": uri, "reads": request},
                              default=str).encode(), capture_output=True, timeout=TIMEOUT_SECONDS, check=False)
        if done.returncode != 0:
            raise RuntimeError(done.stderr.decode(errors="replace").strip() or f"exit status {done.returncode}")
        stream = pa.BufferReader(done.stdout)
        tables = [pa.ipc.open_stream(stream).read_all() for _ in reads]
    except Exception as exc:  # noqa: BLE001 - any surprise: the caller's path reads the same rows
        log.debug("columnar read skipped: %s", str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        return nothing
    return [arrow_frame(table, read.columns, types) for table, read, types in zip(tables, reads, wanted, strict=True)]


def arrow_frame(table, columns: list[str], wanted: list) -> pd.DataFrame | None:
    """The Arrow table as the Python driver's rows would make it, or None (see the docstring)."""
    import pandas as pd
    import pyarrow as pa

    if None in wanted or len(wanted) != len(columns) or table.num_columns != len(columns) or not table.num_rows:
        return None  # a type this module does not map, or no rows: cheap either way
    empty = []
    arrays = []
    try:
        for name, column, arrow_type in zip(columns, table.columns, wanted, strict=True):
            if column.null_count == len(column):
                empty.append(name)  # None throughout, as the Python driver's rows give it
                arrays.append(pa.nulls(len(column), arrow_type))
            else:
                arrays.append(column.cast(arrow_type))
        frame = pa.table(arrays, names=columns).to_pandas()
    except Exception as exc:  # noqa: BLE001 - e.g. text in a counted column: the caller's path reads it
        log.debug("columnar read skipped: %s", str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        return None
    for name in empty:
        frame[name] = pd.Series([None] * len(frame), index=frame.index, dtype=object)
    return frame
