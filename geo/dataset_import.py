"""Importing one dataset file into the store: the one place that runs the pure steps of
:mod:`geo.importers` (read, map, prepare, decide) and the store's writer
(:mod:`geo.store.imports`: one transaction per file) together, then writes the report of
skipped rows (:mod:`geo.importers.report`).  ``conflictmap import`` calls :func:`import_file`.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

from geo.cluster.file_rows import FileRows, forget, keep
from geo.cluster.mapping import Cluster, mapping_client, warm_up
from geo.errors import InvalidInputError
from geo.gazetteer.index import Gazetteer
from geo.importers import acled, adapter, check_origin, country_checked, kept_notes
from geo.importers.base import ImportFormat
from geo.importers.chunks import mapped_chunks, mapped_part, part
from geo.importers.place_candidates import NameKeys
from geo.importers.readers import Table
from geo.importers.report import report_rows, write_report
from geo.store.imports import Written, write_deletions, write_events
from geo.store.store import Store

if TYPE_CHECKING:
    from geo.cluster.helper import Helper

COUNT_KEYS = ("read", "imported", "updated", "skipped")


@dataclass
class ImportResult:
    file: str
    format: str
    origin: str
    deletions: bool
    read: int = 0
    imported: int = 0
    updated: int = 0
    skipped: int = 0
    reasons: Counter[str] = field(default_factory=Counter)
    #: rows imported all the same with a note in the report: a cut cell, coordinates outside the
    #: stated country (note -> rows)
    notes: Counter[str] = field(default_factory=Counter)
    places_added: int = 0
    places_updated: int = 0
    report: Path | None = None
    seconds: float = 0.0

    def counts(self) -> dict[str, int]:
        """The four counts (``--json`` prints exactly these keys)."""
        return {k: getattr(self, k) for k in COUNT_KEYS}


def import_file(store: Store, fmt: str, path: str | Path, *, origin: str | None = None,
                report: str | Path | None = None, deletions: bool | None = None, enrich: bool = True,
                gazetteer: Gazetteer | None = None, workers: int | None = None,
                scheduler: str | None = None) -> ImportResult:
    """Import one file into the store (one transaction) and write the report of skipped rows
    and of rows kept with a note to ``report`` (when there are any).  ``deletions``: the file
    is an ACLED deleted-events file (``None``: decide from its columns); ``gazetteer``: the
    index whose places tell the rows whose coordinates are outside their stated country (see
    :mod:`geo.importers.country_check`; not checked without one); ``workers`` or ``scheduler``:
    the Dask cluster a large file's chunks are mapped on (default: see
    :func:`geo.cluster.mapping.mapping_client`)."""
    began = time.perf_counter()
    module = adapter(fmt)
    origin = check_origin(origin or module.NAME)
    if deletions and module is not acled:
        raise InvalidInputError("--deletions is for ACLED deleted-events files only")
    # a large file's default local cluster starts while it is read (closed at the end)
    started = warm_up(path, workers=workers, scheduler=scheduler) if module.ROW_LOCAL else None
    try:
        table = module.read(path)
        is_deletions = module is acled and (deletions if deletions is not None else acled.is_deletions(table))
        if is_deletions:
            frame = acled.map_deletions(table)
            written = write_deletions(store, frame, origin=origin)
        else:
            written = _mapped_and_written(store, module, table, path, origin=origin, enrich=enrich,
                                          gazetteer=gazetteer, workers=workers, scheduler=scheduler, started=started)
            frame = written.frame
    finally:
        if started is not None:
            started.close()
    result = ImportResult(file=table.label, format=module.NAME, origin=origin, deletions=is_deletions,
                          read=len(frame), places_added=written.places_added, places_updated=written.places_updated)
    states = written.status.value_counts()
    result.imported, result.updated, result.skipped = (int(states.get(k, 0)) for k in ("imported", "updated", "skipped"))
    if result.imported + result.updated + result.skipped != result.read:  # pragma: no cover - a bug, not bad input
        raise RuntimeError(f"import counts do not add up: {result.counts()}")
    notes = {} if is_deletions else kept_notes(frame, written.status)
    rows = report_rows(frame, written.status, written.reason, written.value, notes)
    result.reasons = Counter(written.reason[written.status.eq("skipped")].astype(str).tolist())
    result.notes = Counter({why: int(detail.notna().sum()) for why, detail in notes.items() if detail.notna().any()})
    if report is not None and len(rows):
        result.report = write_report(report, rows)
    result.seconds = time.perf_counter() - began
    return result


def _mapped_and_written(store: Store, module: ImportFormat, table: Table, path: str | Path, *, origin: str,
                        enrich: bool, gazetteer: Gazetteer | None, workers: int | None, scheduler: str | None,
                        started: Cluster | Helper | None) -> Written:
    """The events of a file read (not a deletions file) mapped, on the cluster if any, and
    written: one transaction."""
    source = module.LABEL if origin == module.NAME else f"{module.LABEL}: {origin}"
    options = dict(origin=origin, source=source, url=module.URL, note=f"from {module.LABEL} file {Path(path).name}",
                   enrich=enrich)
    # the first chunk is mapped before the transaction: a file without the needed columns
    # is refused first; a ROW_LOCAL file's chunks are each written while the next is mapped
    # a local worker forked from here has the table; others may read the file themselves
    rows = FileRows.of(module.__name__, path) if module.ROW_LOCAL else None
    if rows is not None:
        keep(rows, table)
    try:
        if rows is not None:
            # the mapping's lazy imports and caches done here, before a local worker is forked
            # from this process (the cluster's workers start below, in a thread): a fork while
            # this thread is inside an import leaves that module's lock held in the worker, whose
            # mapping then waits on it for ever (seen: an import hung, its worker in `_countries`)
            try:
                mapped_part(module, part(table, (0, min(1, len(table.frame)))))
            except BaseException:
                if started is not None:
                    started.release()  # the file is refused: the cluster started for it closes
                raise
        with mapping_client(len(table.frame), workers=workers, scheduler=scheduler, row_local=module.ROW_LOCAL,
                            started=started) as cluster:
            names = NameKeys()  # worked out here while this process waits for a worker's chunk
            chunks = country_checked(mapped_chunks(module, table, cluster=cluster, rows=rows, idle=names.work),
                                     gazetteer)
            first = next(chunks)
            if not module.ROW_LOCAL:
                return write_events(store, first, **options)
            ids = module.origin_ids(table.frame)
            repeated = set() if ids is None or ids.is_unique else set(ids[ids.duplicated(keep=False)])
            return write_events(store, chain([first], chunks), duplicated=repeated, expected=table.read,
                                names=names, **options)
    finally:
        if rows is not None:
            forget(rows)
