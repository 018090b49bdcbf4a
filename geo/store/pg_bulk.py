"""Bulk INSERT on PostgreSQL: rows given as columns go to the server by ``COPY … FROM STDIN``
(psycopg's copy protocol, values in the server's text format), the fastest way in; new rows'
ids are taken from the table's sequence first (``nextval`` for each), so the caller knows them
without reading the rows back.  An import of 100,000 rows through SQLAlchemy's typed
``executemany`` spent most of its time building statements (and, with ``RETURNING``, psycopg
most of three minutes splitting the statements it was given)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import JSON, Table
from sqlalchemy.engine import Connection


def next_ids(con: Connection, table: Table, count: int) -> list[int]:
    """``count`` new values of ``table``'s ``id`` sequence (its SERIAL column's)."""
    if count <= 0:
        return []
    cursor = con.connection.driver_connection.cursor()
    cursor.execute("SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
                   (table.name, int(count)))
    return [row[0] for row in cursor.fetchall()]


def copy_columns(con: Connection, table: Table, columns: dict[str, Sequence[Any] | Any], *,
                 ids: bool = False) -> list[int] | None:
    """INSERT one row per position of the column lists (a non-list value is the same in every
    row; JSON columns as JSON text); with ``ids``, the rows' new ``id`` values, in order."""
    size = max((len(v) for v in columns.values() if isinstance(v, list | range)), default=0)
    if not size:
        return [] if ids else None
    columns = dict(columns)
    new_ids = None
    if ids:
        new_ids = next_ids(con, table, size)
        columns["id"] = new_ids
    names = list(columns)
    for name in names:
        if name not in table.c:
            raise ValueError(f"{table.name} has no column {name!r}")
    lists = [columns[n] if isinstance(columns[n], list | range) else [columns[n]] * size for n in names]
    for name, values in zip(names, lists, strict=True):
        if len(values) != size:
            raise ValueError(f"column {name!r} holds {len(values)} values, not {size}")
        if isinstance(table.c[name].type, JSON) and any(v is not None and not isinstance(v, str) for v in values):
            raise ValueError(f"JSON column {name!r} must be given as JSON text")
    quoted = ", ".join(f'"{n}"' for n in names)
    cursor = con.connection.driver_connection.cursor()
    with cursor.copy(f'COPY "{table.name}" ({quoted}) FROM STDIN') as copy:
        for row in zip(*lists, strict=True):
            copy.write_row(row)
    return new_ids
