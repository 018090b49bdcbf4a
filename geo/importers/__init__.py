"""Importing structured event data: ACLED, UCDP GED, GDELT, generic CSV and GeoJSON.

One adapter module per format (``read`` a file into text cells, ``map_rows`` them to the event
model: pure), one core call here, :func:`import_file`, and the side effects in two named
places: :mod:`geo.store.imports` (the store, one transaction per file) and
:mod:`geo.importers.report` (the report of skipped rows).

Counts rule: every data row read ends as exactly one of ``imported`` (new event), ``updated``
(the stored event of its id changed, or was deleted by an ACLED deletions file) or
``skipped`` (with a reason in the report: a bad value, ``unchanged``, ``edited by user`` …),
so ``imported + updated + skipped == read`` on every file.
"""

from __future__ import annotations

import multiprocessing
import pickle
import queue
import re
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from types import ModuleType

import numpy as np
import pandas as pd

from geo.errors import ConfigurationError, InvalidInputError
from geo.importers import acled, gdelt, generic_csv, geojson, ucdp
from geo.importers.base import unsplit_rows
from geo.importers.readers import Table
from geo.importers.report import report_rows, write_report

#: format name -> adapter module
FORMATS: dict[str, ModuleType] = {
    "acled": acled, "ucdp": ucdp, "gdelt": gdelt, "csv": generic_csv, "geojson": geojson,
}
#: origins that are not datasets (and must never be written by an import)
RESERVED_ORIGINS = frozenset({"articles", "user", "nominatim"})
_ORIGIN_RE = re.compile(r"[a-z0-9][a-z0-9_.-]{0,31}")
COUNT_KEYS = ("read", "imported", "updated", "skipped")
#: rows of the first chunk of a file mapped in chunks (see :func:`mapped_chunks`)
FIRST_CHUNK_ROWS = 2_000
#: processes mapping the later chunks while this one writes (two: the writer mostly waits on
#: the mappers, so on two cores the three share the time well)
MAP_WORKERS = 2


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
    places_added: int = 0
    places_updated: int = 0
    report: Path | None = None
    seconds: float = 0.0

    def counts(self) -> dict[str, int]:
        """The four counts (``--json`` prints exactly these keys)."""
        return {k: getattr(self, k) for k in COUNT_KEYS}


def adapter(fmt: str) -> ModuleType:
    try:
        return FORMATS[fmt.lower()]
    except KeyError:
        raise ConfigurationError(f"unknown import format {fmt!r}; options are: {', '.join(FORMATS)}") from None


def check_origin(origin: str) -> str:
    """A dataset name for ``events.origin``: lower case letters, digits, ``_ . -``, at most 32."""
    if not _ORIGIN_RE.fullmatch(origin or ""):
        raise InvalidInputError(
            f"origin must be 1-32 lower-case letters, digits, '_', '.' or '-', got {origin!r}")
    if origin in RESERVED_ORIGINS:
        raise InvalidInputError(f"origin {origin!r} is reserved; name the dataset otherwise")
    return origin


def mapped_chunks(module: ModuleType, table: Table, size: int | None = None) -> Iterator[pd.DataFrame]:
    """``module.map_rows`` of successive slices of the table (a module whose mapping is row by
    row: ``ROW_LOCAL``), each with its rows' JSON fields and fingerprints
    (:func:`geo.store.imports.prepare`), then the reader's unsplittable rows as skipped rows;
    the index runs on across the chunks.

    With more than one chunk, forked worker processes (``MAP_WORKERS``, taking the later chunks
    in turn) map the chunks after the first while this process maps the first and then writes:
    mapping is Python work, and threads would queue on one interpreter lock (where ``fork`` is
    unavailable, chunks are mapped here)."""
    from geo.store.imports import CHUNK_ROWS

    size = size or CHUNK_ROWS
    rows = len(table.frame)
    # the first chunk (mapped here, before anything is written) is smaller: writing starts sooner
    lead = max(1, min(size, FIRST_CHUNK_ROWS))
    starts = [0, *range(lead, rows, size)]
    later = starts[1:]
    # mapped before the workers fork: they inherit what the first rows loaded and compiled
    # (country tables, parsers, lazy imports: a quarter of a second) instead of each doing it again
    first = _mapped_chunk(module, table, 0, lead)
    workers: list[tuple] = []  # (process, receiving end), chunk i of `later` from worker i % n
    if later and "fork" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("fork")
        for k in range(min(MAP_WORKERS, len(later))):
            receive, send = context.Pipe(duplex=False)
            worker = context.Process(target=_map_in_worker, args=(send, module, table, later[k::MAP_WORKERS], size),
                                     daemon=True)
            worker.start()
            send.close()
            workers.append((worker, receive))
    try:
        yield first
        for i, start in enumerate(later):
            if not workers:
                yield _mapped_chunk(module, table, start, size)
                continue
            worker, receive = workers[i % len(workers)]
            try:
                kind, chunk = receive.recv()
            except EOFError:
                raise RuntimeError(f"a mapping worker stopped (exit code {worker.exitcode})") from None
            if kind == "error":
                raise chunk
            yield chunk
    finally:
        for worker, receive in workers:
            receive.close()
            worker.join(timeout=5)
            if worker.is_alive():  # pragma: no cover - only when the import was abandoned midway
                worker.terminate()
                worker.join()
    if table.bad_rows:
        yield unsplit_rows(table.bad_rows, start=rows)


def _mapped_chunk(module: ModuleType, table: Table, start: int, size: int) -> pd.DataFrame:
    from geo.store.imports import prepare

    numbers = table.row_numbers if table.row_numbers is not None else np.arange(1, len(table.frame) + 1)
    part = Table(frame=table.frame.iloc[start:start + size], label=table.label, header=table.header,
                 row_numbers=numbers[start:start + size])
    return prepare(module.map_rows(part))


def _map_in_worker(send, module: ModuleType, table: Table, starts: list[int], size: int) -> None:
    """The worker process: map the chunks at ``starts`` in order, send each (or the error).

    A thread of its own sends (pickles and writes to the pipe, which blocks until the importing
    process reads): the worker maps its next chunk meanwhile instead of waiting for the writer
    to take this one."""
    outbox: queue.Queue = queue.Queue(maxsize=1)

    def sender() -> None:
        while (item := outbox.get()) is not None:
            send.send(item)

    thread = threading.Thread(target=sender, daemon=True)
    thread.start()
    try:
        for start in starts:
            outbox.put(("ok", _mapped_chunk(module, table, start, size)))
    except BaseException as exc:  # noqa: BLE001 - every failure goes to the importing process
        try:
            pickle.dumps(exc)
        except Exception:  # noqa: BLE001 - an error that does not pickle
            exc = RuntimeError(f"{type(exc).__name__}: {exc}")
        outbox.put(("error", exc))
    finally:
        outbox.put(None)
        thread.join()
        send.close()


def import_file(store, fmt: str, path: str | Path, *, origin: str | None = None, report: str | Path | None = None,
                deletions: bool | None = None, enrich: bool = True) -> ImportResult:
    """Import one file into the store (one transaction) and write the report of skipped rows
    to ``report`` (when there are any).  ``deletions``: the file is an ACLED deleted-events
    file (``None``: decide from its columns)."""
    from geo.store.imports import write_deletions, write_events

    began = time.perf_counter()
    module = adapter(fmt)
    origin = check_origin(origin or module.NAME)
    if deletions and module is not acled:
        raise InvalidInputError("--deletions is for ACLED deleted-events files only")
    loaded = module.read(path)
    table = loaded[0] if isinstance(loaded, tuple) else loaded
    is_deletions = module is acled and (deletions if deletions is not None else acled.is_deletions(table))
    if is_deletions:
        frame = acled.map_deletions(table)
        written = write_deletions(store, frame, origin=origin)
    else:
        source = module.LABEL if origin == module.NAME else f"{module.LABEL}: {origin}"
        options = dict(origin=origin, source=source, url=module.URL, note=f"from {module.LABEL} file {Path(path).name}",
                       enrich=enrich)
        if getattr(module, "ROW_LOCAL", False) and isinstance(loaded, Table):
            # map the file in chunks, each written while the next is mapped (the first is
            # mapped before the transaction: a file without the needed columns is refused first)
            chunks = mapped_chunks(module, table)
            first = next(chunks)
            ids = module.origin_ids(table.frame)
            repeated = set() if len(set(ids.tolist())) == len(ids) else set(ids[ids.duplicated(keep=False)])
            written = write_events(store, chain([first], chunks), duplicated=repeated, expected=table.read, **options)
        else:
            written = write_events(store, module.map_rows(loaded), **options)
        frame = written.frame
    result = ImportResult(file=table.label, format=module.NAME, origin=origin, deletions=is_deletions,
                          read=len(frame), places_added=written.places_added, places_updated=written.places_updated)
    states = written.status.value_counts()
    result.imported, result.updated, result.skipped = (int(states.get(k, 0)) for k in ("imported", "updated", "skipped"))
    if result.imported + result.updated + result.skipped != result.read:  # pragma: no cover - a bug, not bad input
        raise RuntimeError(f"import counts do not add up: {result.counts()}")
    rows = report_rows(frame, written.status, written.reason, written.value)
    result.reasons = Counter(rows["reason"].tolist())
    if report is not None and len(rows):
        result.report = write_report(report, rows)
    result.seconds = time.perf_counter() - began
    return result
