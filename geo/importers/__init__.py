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
import multiprocessing.connection
import os
import pickle
import queue
import re
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from geo.errors import ConfigurationError, InvalidInputError
from geo.gazetteer.index import Gazetteer
from geo.importers import acled, gdelt, generic_csv, geojson, ucdp
from geo.importers.base import unsplit_rows
from geo.importers.country_check import COUNTRY_NOTE, outside_country
from geo.importers.readers import CELL_NOTE, Table
from geo.importers.report import report_rows, write_report
from geo.processes import die_with_parent

if TYPE_CHECKING:
    from geo.store import Store

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
#: processes mapping chunks besides this one, which maps and writes (one: on two cores, the
#: two processes each keep a core busy; a second worker would only make three share two)
MAP_WORKERS = 1


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

    With more than one chunk, forked worker processes (``MAP_WORKERS``) and this process share
    the chunks after the first: each takes the next chunk nobody has taken yet, the workers
    whenever they are free, this process whenever the chunk it is to write next is not mapped
    yet and it has no chunk of its own waiting to be written.  So the mapping spreads over the
    cores as fast as each process goes, and a chunk mapped here is neither pickled nor sent.
    (Mapping is Python work: threads would queue on one interpreter lock.)  Where ``fork`` is
    unavailable, every chunk is mapped here.  The workers die with this process
    (:func:`geo.processes.die_with_parent`): a killed import leaves none behind."""
    from geo.store.imports import CHUNK_ROWS

    size = size or CHUNK_ROWS
    rows = len(table.frame)
    # the first chunk (mapped here, before anything is written) is smaller: writing starts sooner
    lead = max(1, min(size, FIRST_CHUNK_ROWS))
    starts = [0, *range(lead, rows, size)]
    spans = list(zip(starts, [*starts[1:], rows], strict=True))
    later = spans[1:]
    # mapped before the workers fork: they inherit what the first rows loaded and compiled
    # (country tables, parsers, lazy imports: a quarter of a second) instead of each doing it again
    first = _mapped_chunk(module, table, spans[0])
    workers: dict[object, multiprocessing.Process] = {}  # receiving end -> its worker
    taken = None
    if len(later) > 1 and "fork" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("fork")
        taken = context.Value("l", 0)  # the number of chunks of `later` taken so far
        parent = os.getpid()
        for _ in range(min(MAP_WORKERS, len(later) - 1)):
            receive, send = context.Pipe(duplex=False)
            # the worker closes its copies of every receiving end: with this process gone, a
            # send fails instead of waiting for a reader that is the worker itself
            ends = [receive, *workers]
            worker = context.Process(target=_map_in_worker, args=(send, module, table, later, taken, parent, ends),
                                     daemon=True)
            worker.start()
            send.close()
            workers[receive] = worker
    ready: dict[int, pd.DataFrame] = {}  # mapped chunks (by position in `later`) not yet written
    sending = list(workers)  # the workers that may still send chunks

    def receive_from(connections) -> None:
        for receive in connections:
            try:
                kind, position, chunk = receive.recv()
            except EOFError:  # the worker has sent all it took
                sending.remove(receive)
                continue
            if kind == "error":
                raise chunk
            ready[position] = chunk

    try:
        yield first
        for i in range(len(later)):
            while i not in ready:
                if taken is None:
                    ready[i] = _mapped_chunk(module, table, later[i])
                    break
                arrived = multiprocessing.connection.wait(sending, timeout=0)
                if arrived:
                    receive_from(arrived)
                    continue
                # map the next free chunk while the workers map theirs, one at a time: with one
                # mapped here and waiting to be written, wait for the worker's instead
                mine = _take(taken, len(later)) if not ready else None
                if mine is not None:
                    ready[mine] = _mapped_chunk(module, table, later[mine])
                elif sending:
                    receive_from(multiprocessing.connection.wait(sending))
                else:
                    codes = ", ".join(str(w.exitcode) for w in workers.values())
                    raise RuntimeError(f"a mapping worker stopped without its chunk (exit codes {codes})")
            yield ready.pop(i)
    finally:
        for receive, worker in workers.items():
            receive.close()
            worker.join(timeout=5)
            if worker.is_alive():  # pragma: no cover - only when the import was abandoned midway
                worker.terminate()
                worker.join()
    if table.bad_rows:
        yield unsplit_rows(table.bad_rows, start=rows)


def _take(taken, count: int) -> int | None:
    """Take the next chunk nobody has taken (its position), or None when all are taken."""
    with taken.get_lock():
        position = taken.value
        if position >= count:
            return None
        taken.value = position + 1
    return position


def _mapped_chunk(module: ModuleType, table: Table, span: tuple[int, int]) -> pd.DataFrame:
    from geo.store.imports import prepare

    numbers = table.row_numbers if table.row_numbers is not None else np.arange(1, len(table.frame) + 1)
    start, stop = span
    part = Table(frame=table.frame.iloc[start:stop], label=table.label, header=table.header,
                 row_numbers=numbers[start:stop], notes=table.notes)
    return prepare(module.map_rows(part))


def _map_in_worker(send, module: ModuleType, table: Table, spans: list[tuple[int, int]], taken, parent: int,
                   receiving: list) -> None:
    """The worker process: map the next free chunk of ``spans`` (start, stop) until all are
    taken, send each with its position (or the error).  It ends with ``parent``, the importing
    process, and first closes the receiving ends it inherited (``receiving``).

    A thread of its own sends (pickles and writes to the pipe, which blocks until the importing
    process reads): the worker maps its next chunk meanwhile instead of waiting for the writer
    to take this one."""
    die_with_parent(parent)
    for end in receiving:
        end.close()
    outbox: queue.Queue = queue.Queue(maxsize=1)

    def sender() -> None:
        while (item := outbox.get()) is not None:
            send.send(item)

    thread = threading.Thread(target=sender, daemon=True)
    thread.start()
    try:
        while (position := _take(taken, len(spans))) is not None:
            outbox.put(("ok", position, _mapped_chunk(module, table, spans[position])))
    except BaseException as exc:  # noqa: BLE001 - every failure goes to the importing process
        try:
            pickle.dumps(exc)
        except Exception:  # noqa: BLE001 - an error that does not pickle
            exc = RuntimeError(f"{type(exc).__name__}: {exc}")
        outbox.put(("error", None, exc))
    finally:
        outbox.put(None)
        thread.join()
        send.close()


def country_checked(frames: Iterable[pd.DataFrame], gazetteer: Gazetteer | None) -> Iterator[pd.DataFrame]:
    """The mapped frames, each with ``country_note``: why a row's coordinates are outside its
    stated country (see :mod:`geo.importers.country_check`; None for the others, and for all
    without a gazetteer).  A flagged row's place is not offered to the gazetteer."""
    for frame in frames:
        note = pd.Series(None, index=frame.index, dtype=object)
        ok = frame["reason"].isna()
        if gazetteer is not None and ok.any():
            rows = frame[ok]
            note = outside_country(rows["lat"], rows["lon"], rows["country_code"], gazetteer.points_in_cells,
                                   gazetteer.country_codes()).reindex(frame.index)
            flagged = note.notna()
            if flagged.any():
                frame = frame.assign(gazetteer_name=frame["gazetteer_name"].where(~flagged, ""))
        yield frame.assign(country_note=note)


def kept_notes(frame: pd.DataFrame, status: pd.Series) -> dict[str, pd.Series]:
    """Notes on the rows written (imported or updated), by the report's reason for them: each a
    Series of details on the frame's index (None where a row has none)."""
    kept = status.ne("skipped")
    return {why: frame[column].where(kept, None) for why, column in ((CELL_NOTE, "note"),
                                                                        (COUNTRY_NOTE, "country_note"))
            if column in frame}


def import_file(store: Store, fmt: str, path: str | Path, *, origin: str | None = None, report: str | Path | None = None,
                deletions: bool | None = None, enrich: bool = True, gazetteer: Gazetteer | None = None) -> ImportResult:
    """Import one file into the store (one transaction) and write the report of skipped rows
    and of rows kept with a note to ``report`` (when there are any).  ``deletions``: the file
    is an ACLED deleted-events file (``None``: decide from its columns); ``gazetteer``: the
    index whose places tell the rows whose coordinates are outside their stated country (see
    :mod:`geo.importers.country_check`; not checked without one)."""
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
            written = write_events(store, country_checked(chain([first], chunks), gazetteer), duplicated=repeated,
                                   expected=table.read, **options)
        else:
            written = write_events(store, next(country_checked([module.map_rows(loaded)], gazetteer)), **options)
        frame = written.frame
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

