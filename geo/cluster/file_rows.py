"""Where a worker of the cluster finds the rows of the file being imported: in the table the
importing process read (a local worker forked from it has it), else in the file itself, read
once by the worker when it can open the very same file (same path, size, modification time and
first bytes), else nowhere (the rows are sent with each chunk: :mod:`geo.cluster.mapping`).

A worker reads the whole file with the format's own reader and takes its chunk by row
numbers, never by byte offsets, so a quoted field that holds a line break is read exactly as
the importing process read it."""

from __future__ import annotations

import hashlib
import importlib
import os
from dataclasses import dataclass
from pathlib import Path

from geo.importers.readers import Table

#: bytes from the start of the file compared before a worker reads it (a same-named file of
#: the same size and time on another machine is not taken for this one)
HEAD_BYTES = 1 << 16


@dataclass(frozen=True)
class FileRows:
    """A file being imported, as a worker checks it is the same file: the format (its module's
    name), the absolute path, the size, the modification time and a hash of the first bytes."""

    module: str
    path: str
    size: int
    mtime_ns: int
    head: str

    @classmethod
    def of(cls, module: str, path: str | Path) -> FileRows | None:
        """The file at ``path`` as imported in format ``module``; None when it cannot be stat'ed."""
        try:
            resolved = Path(path).resolve()
            stat = resolved.stat()
            head = _head(resolved)
        except OSError:
            return None
        return cls(module, str(resolved), stat.st_size, stat.st_mtime_ns, head)


def _head(path: Path) -> str:
    with path.open("rb") as fh:
        return hashlib.sha1(fh.read(HEAD_BYTES)).hexdigest()


#: tables of the files being imported, in this process: the importing process's own (which a
#: local worker forked from it inherits), and those a worker read
_TABLES: dict[FileRows, Table] = {}


def keep(rows: FileRows, table: Table) -> None:
    """The importing process's table of ``rows``, for the local workers forked after this."""
    _TABLES[rows] = table


def forget(rows: FileRows) -> None:
    """The table of ``rows`` dropped (the import is over)."""
    _TABLES.pop(rows, None)


def readable(rows: FileRows) -> bool:
    """Whether this process has the table of ``rows`` or can read the same file."""
    if rows in _TABLES:
        return True
    try:
        stat = os.stat(rows.path)
        return (stat.st_size, stat.st_mtime_ns) == (rows.size, rows.mtime_ns) and _head(Path(rows.path)) == rows.head
    except OSError:
        return False


def table_of(rows: FileRows) -> Table:
    """The table of ``rows``: kept, or read from the file now (once per process) with the
    format's reader, as the importing process read it."""
    table = _TABLES.get(rows)
    if table is None:
        if not readable(rows):
            raise OSError(f"{rows.path}: not the file being imported (changed, or not on this machine)")
        table = _TABLES[rows] = importlib.import_module(rows.module).read(rows.path)
    return table
