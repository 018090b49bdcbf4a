"""Mapping a file in chunks: the rows of a large file of a ``ROW_LOCAL`` format go to the
event model a slice at a time, spread over this process and forked workers, so that each
chunk is written while the next is mapped.  Pure but for the worker processes."""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import os
import pickle
import queue
import threading
from collections.abc import Iterator

import numpy as np
import pandas as pd

from geo.importers.base import ImportFormat, unsplit_rows
from geo.importers.prepare import prepare
from geo.importers.readers import Table
from geo.processes import die_with_parent

#: mapped rows handed to the store per statement batch (the next batch is mapped meanwhile)
CHUNK_ROWS = 25_000
#: rows of the first chunk of a file mapped in chunks (see :func:`mapped_chunks`)
FIRST_CHUNK_ROWS = 2_000
#: processes mapping chunks besides this one, which maps and writes (one: on two cores, the
#: two processes each keep a core busy; a second worker would only make three share two)
MAP_WORKERS = 1


def mapped_chunks(module: ImportFormat, table: Table, size: int | None = None) -> Iterator[pd.DataFrame]:
    """``module.map_rows`` of successive slices of the table (a format whose mapping is row by
    row: ``ROW_LOCAL``), each with its rows' JSON fields and fingerprints
    (:func:`geo.importers.prepare.prepare`), then the reader's unsplittable rows as skipped
    rows; the index runs on across the chunks.  A format mapped whole gives one frame.

    With more than one chunk, forked worker processes (``MAP_WORKERS``) and this process share
    the chunks after the first: each takes the next chunk nobody has taken yet, the workers
    whenever they are free, this process whenever the chunk it is to write next is not mapped
    yet and it has no chunk of its own waiting to be written.  So the mapping spreads over the
    cores as fast as each process goes, and a chunk mapped here is neither pickled nor sent.
    (Mapping is Python work: threads would queue on one interpreter lock.)  Where ``fork`` is
    unavailable, every chunk is mapped here.  The workers die with this process
    (:func:`geo.processes.die_with_parent`): a killed import leaves none behind."""
    if not module.ROW_LOCAL:
        yield prepare(module.map_rows(table))  # (the reader's unsplittable rows are in it)
        return
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


def _mapped_chunk(module: ImportFormat, table: Table, span: tuple[int, int]) -> pd.DataFrame:
    numbers = table.row_numbers if table.row_numbers is not None else np.arange(1, len(table.frame) + 1)
    start, stop = span
    part = Table(frame=table.frame.iloc[start:stop], label=table.label, header=table.header,
                 row_numbers=numbers[start:stop], notes=table.notes, refused=table.refused)
    return prepare(module.map_rows(part))


def _map_in_worker(send, module: ImportFormat, table: Table, spans: list[tuple[int, int]], taken, parent: int,
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
