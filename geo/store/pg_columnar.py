"""The columnar read of :mod:`geo.store.columnar` on PostgreSQL: each query's rows streamed by
the server as CSV (``COPY (query) TO STDOUT``, through psycopg's copy protocol) and parsed by
Arrow's CSV reader in C, into the frames the Python path gives (column for column, type for
type).  No process of its own is needed (the one-SQLite-library rule is about SQLite files);
all reads run in one REPEATABLE READ transaction, so they see one version of the store.

In CSV, the server writes NULL as nothing and an empty text as ``""``: Arrow's reader tells
them apart (quoted values are never NULL).  Booleans come as ``t``/``f``, floats in their
shortest exact form (``extra_float_digits`` 1, the server's default).  Anything unexpected
gives None, and the caller reads through SQLAlchemy."""

from __future__ import annotations

import io
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


def read_frames(store: Store, reads: list[Read]) -> list[pd.DataFrame | None]:
    """The rows of each read as a frame (None for a read left to the caller)."""
    import pyarrow as pa
    from pyarrow import csv

    nothing: list[pd.DataFrame | None] = [None] * len(reads)
    wanted = [_wanted(read) for read in reads]
    if any(None in types for types in wanted):
        return nothing
    dialect = store.engine.dialect
    try:
        with store.engine.connect().execution_options(isolation_level="REPEATABLE READ") as con:
            cursor = con.connection.driver_connection.cursor()
            texts = []
            for read in reads:
                sql = str(read.query.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
                buffer = io.BytesIO()
                with cursor.copy(f"COPY ({sql}) TO STDOUT (FORMAT csv)") as copy:
                    for block in copy:
                        buffer.write(block)
                texts.append(buffer.getvalue())
            con.rollback()
        frames = []
        for data, read, types in zip(texts, reads, wanted, strict=True):
            if not data:
                frames.append(None)  # no rows: the caller's path is as quick
                continue
            names = [f"c{i}" for i in range(len(types))]  # column names may repeat; these do not
            table = csv.read_csv(
                pa.py_buffer(data),
                read_options=csv.ReadOptions(column_names=names, block_size=1 << 24),
                parse_options=csv.ParseOptions(newlines_in_values=True),
                convert_options=csv.ConvertOptions(
                    column_types=dict(zip(names, types, strict=True)), null_values=[""],
                    strings_can_be_null=True, quoted_strings_can_be_null=False,
                    true_values=["t"], false_values=["f"]))
            frames.append(arrow_frame(table, read.columns, types))
        return frames
    except Exception as exc:  # noqa: BLE001 - any surprise: the caller's path reads the same rows
        log.debug("columnar read skipped: %s", str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        return nothing
