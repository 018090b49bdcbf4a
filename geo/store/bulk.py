"""Bulk INSERT and UPDATE of many rows given as columns.

SQLAlchemy's typed ``executemany`` spends most of a 100,000-row import building and
converting parameters row by row.  On SQLite these helpers hand the driver ready tuples
(JSON already text, datetimes in SQLAlchemy's SQLite format, booleans as 0/1) through
``exec_driver_sql``; on other databases they use SQLAlchemy's typed path.  The statement is
compiled by SQLAlchemy in both cases.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, Table, bindparam, insert, update
from sqlalchemy.engine import Connection


def _sqlite_value(kind: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(kind, DateTime) and isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(kind, Boolean):
        return int(bool(value))
    return value


def _typed_value(kind: Any, value: Any) -> Any:
    if value is not None and isinstance(kind, JSON) and isinstance(value, str):
        return json.loads(value)
    return value


def _prepare(con: Connection, table: Table, columns: dict[str, Sequence[Any]]) -> dict[str, list[Any]]:
    """Columns as driver-ready lists.  JSON columns are given as JSON text."""
    sqlite = con.dialect.name == "sqlite"
    out: dict[str, list[Any]] = {}
    for name, values in columns.items():
        kind = table.c[name].type if name in table.c else None
        constant = not isinstance(values, list)
        convert = _sqlite_value if sqlite else _typed_value
        needs = isinstance(kind, DateTime | Boolean) if sqlite else isinstance(kind, JSON)
        if constant:
            out[name] = convert(kind, values) if needs else values  # type: ignore[assignment]
        else:
            out[name] = [convert(kind, v) for v in values] if needs else list(values)
    return out


def _rows(columns: dict[str, Any], order: Sequence[str], size: int) -> list[tuple]:
    lists = [columns[k] if isinstance(columns[k], list) else [columns[k]] * size for k in order]
    return list(zip(*lists, strict=True))


def _size(columns: dict[str, Any]) -> int:
    return max((len(v) for v in columns.values() if isinstance(v, list)), default=0)


def insert_columns(con: Connection, table: Table, columns: dict[str, Sequence[Any] | Any], *,
                   ids: bool = False) -> list[int] | None:
    """INSERT one row per position of the column lists (a non-list value is the same in every
    row).  On PostgreSQL, the rows go in by ``COPY … FROM STDIN`` (:mod:`geo.store.pg_bulk`),
    and with ``ids`` (PostgreSQL only), the new rows' ``id`` values are returned in order."""
    if con.dialect.name == "postgresql":
        from geo.store.pg_bulk import copy_columns

        return copy_columns(con, table, columns, ids=ids)
    if ids:
        raise ValueError("insert_columns(ids=True) is for PostgreSQL")
    data = _prepare(con, table, columns)  # type: ignore[arg-type]
    size = _size(data)
    if not size:
        return None
    stmt = insert(table).values({k: bindparam(k) for k in data})
    _execute(con, stmt, data, size)
    return None


def update_columns(con: Connection, table: Table, key: str, columns: dict[str, Sequence[Any] | Any]) -> None:
    """UPDATE ``table`` SET the other columns WHERE ``key`` column = the row's value."""
    data = _prepare(con, table, columns)  # type: ignore[arg-type]
    size = _size(data)
    if not size:
        return
    params = {k: v for k, v in data.items() if k != key}
    renamed = {f"_{k}": v for k, v in data.items()}  # bind names must differ from column names
    stmt = update(table).where(table.c[key] == bindparam(f"_{key}")).values(
        {k: bindparam(f"_{k}") for k in params})
    _execute(con, stmt, renamed, size)


def _execute(con: Connection, stmt: Any, data: dict[str, Any], size: int) -> None:
    if con.dialect.name == "sqlite":
        compiled = stmt.compile(dialect=con.dialect)
        order = compiled.positiontup
        con.exec_driver_sql(str(compiled), _rows(data, order, size))
        return
    keys = list(data)
    con.execute(stmt, [dict(zip(keys, row, strict=True)) for row in _rows(data, keys, size)])
