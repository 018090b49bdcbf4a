"""Mapping a file in chunks: the rows of a large file of a ``ROW_LOCAL`` format go to the
event model a slice at a time, so that each chunk is written while the next is mapped; with a
Dask client (:mod:`geo.cluster.mapping`), the cluster's workers and this process share the
chunks.  Pure but for the cluster."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import numpy as np
import pandas as pd

from geo.importers.base import ImportFormat, unsplit_rows
from geo.importers.prepare import prepare
from geo.importers.readers import Table

#: mapped rows handed to the store per statement batch (the next batch is mapped meanwhile)
CHUNK_ROWS = 25_000
#: rows of the first chunk of a file mapped in chunks (see :func:`mapped_chunks`)
FIRST_CHUNK_ROWS = 2_000


def spans(rows: int, size: int | None = None) -> list[tuple[int, int]]:
    """(start, stop) of each chunk of a table of ``rows`` rows: the first (mapped before
    anything is written) smaller, so that writing starts sooner."""
    size = size or CHUNK_ROWS
    lead = max(1, min(size, FIRST_CHUNK_ROWS))
    starts = [0, *range(lead, rows, size)]
    return list(zip(starts, [*starts[1:], rows], strict=True))


def part(table: Table, span: tuple[int, int]) -> Table:
    """The rows ``span`` (start, stop) of a table, as a table of their own."""
    numbers = table.row_numbers if table.row_numbers is not None else np.arange(1, len(table.frame) + 1)
    start, stop = span
    return Table(frame=table.frame.iloc[start:stop], label=table.label, header=table.header,
                 row_numbers=numbers[start:stop], notes=table.notes, refused=table.refused)


def mapped_part(module: ImportFormat, table: Table) -> pd.DataFrame:
    """One chunk (a table of its own: :func:`part`) mapped and prepared."""
    return prepare(module.map_rows(table))


def mapped_chunks(module: ImportFormat, table: Table, size: int | None = None,
                  cluster=None, rows=None, idle: Callable[[], bool] | None = None) -> Iterator[pd.DataFrame]:
    """``module.map_rows`` of successive slices of the table (a format whose mapping is row by
    row: ``ROW_LOCAL``), each with its rows' JSON fields and fingerprints
    (:func:`geo.importers.prepare.prepare`), then the reader's unsplittable rows as skipped
    rows; the index runs on across the chunks.  A format mapped whole gives one frame.

    With a Dask ``cluster`` (:class:`geo.cluster.mapping.Cluster`), the chunks are shared
    between its workers and this process, which maps the first
    (:func:`geo.cluster.mapping.shared_chunks`; ``rows``: the file, as a worker
    reads it itself: :class:`geo.cluster.file_rows.FileRows`; ``idle``: a bit of other work,
    called while this process waits for a worker's chunk); without, all are mapped here."""
    if not module.ROW_LOCAL:
        yield prepare(module.map_rows(table))  # (the reader's unsplittable rows are in it)
        return
    chunks = spans(len(table.frame), size)
    if cluster is not None and len(chunks) > 2:
        from geo.cluster.mapping import shared_chunks, shared_spans

        yield from shared_chunks(cluster, module, table, shared_spans(len(table.frame), size), rows, idle)
    else:
        for span in chunks:
            yield mapped_part(module, part(table, span))
    if table.bad_rows:
        yield unsplit_rows(table.bad_rows, start=len(table.frame))
