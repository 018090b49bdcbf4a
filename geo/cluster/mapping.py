"""An import's chunks mapped on a Dask cluster: its workers and the importing process share
them, and the importing process writes them in order (:func:`shared_chunks`).  By default a
file of at least :data:`CLUSTER_ROWS` rows is mapped with a local cluster of
:data:`MAP_WORKERS` worker processes (:func:`mapping_client`)."""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from geo.cluster.connect import check_cluster_options, cluster_client
from geo.cluster.file_rows import FileRows, forget, readable, table_of
from geo.cluster.handoff import handed, handoff_directory, received
from geo.errors import ClusterError
from geo.importers import chunks as chunking
from geo.importers.base import ImportFormat
from geo.importers.chunks import mapped_part, part, spans
from geo.importers.readers import Table

if TYPE_CHECKING:
    from distributed import Client, Future

    from geo.cluster.helper import Helper

#: worker processes of the local cluster an import starts, besides this process, which maps
#: and writes (one: on two cores, the two processes each keep a core busy; a second worker
#: would only make three share two)
MAP_WORKERS = 1
#: a file of fewer rows is mapped in this process only: starting a local cluster costs more
#: than it saves below this (measured: bench/import_bench.py, README "Importing datasets")
CLUSTER_ROWS = 100_000


#: a file of this many bytes or more may well have CLUSTER_ROWS rows: Dask's modules are
#: imported, and the default local cluster's scheduler started, while it is read (:func:`warm_up`)
WARM_UP_BYTES = 8_000_000
#: the chunks shared with a cluster are this many times smaller than those of an import in one
#: process (:data:`geo.importers.chunks.CHUNK_ROWS`), so that the two processes' shares even
#: out (at 100,000 rows, four chunks of 25,000 after the first split 2 to 2 or 3 to 1 by a
#: race; measured, 6 interleaved rounds at 100,000 rows, load 1.8 at the start, medians: 2.26 s
#: with chunks of 12,500 rows against 2.55 s with 25,000, the helper forked after the read)
SHARED_CHUNK_SPLIT = 2
#: seconds a local cluster's workers may take to start before the import goes on without them
WORKER_START_SECONDS = 60
#: mapped chunks this process may hold, waiting to be written, and still map the next free one
#: while the chunk it is to write next is on a worker (rather than wait for it: a worker's
#: first chunk is the slowest, its fresh process faulting its memory in)
HERE_AHEAD = 2
#: seconds the importing thread waits for a worker's chunk before it looks at the tasks again
#: (Dask's callback thread wakes it at once when a task ends)
WAKE_SECONDS = 0.05
#: seconds a finished task's result may take to come (a path, or a chunk from a remote worker)
RESULT_SECONDS = 300
#: the states of a task that has ended, one way or another ("lost": its result is gone with its
#: worker, mapped here rather than waited for)
ENDED = frozenset({"finished", "error", "cancelled", "lost"})


def shared_spans(rows: int, size: int | None = None) -> list[tuple[int, int]]:
    """The chunks (:func:`geo.importers.chunks.spans`) of a table of ``rows`` rows shared with
    a cluster: ``size`` rows each, else :data:`SHARED_CHUNK_SPLIT` times smaller than in one
    process."""
    return spans(rows, size or max(1, chunking.CHUNK_ROWS // SHARED_CHUNK_SPLIT))


def warm_up(path: str | Path, *, workers: int | None = None,
            scheduler: str | None = None) -> Cluster | Helper | None:
    """What is started while the file at ``path`` is read, when it is large enough to be mapped
    on a cluster: without ``workers`` or ``scheduler``, the helper that holds the default local
    cluster (forked now, its cluster started while the file is read, the table handed to it
    after: :meth:`geo.cluster.helper.Helper.warming`), else (no
    fork, or Dask imported here already) that cluster (its scheduler now, its workers once
    :meth:`Cluster.grow` is called: :meth:`Cluster.starting`), returned (the caller closes it);
    with them, only Dask's modules imported in a thread (they take a second or two; the
    cluster asked for is opened after the read, so that a bad address is told first)."""
    try:
        large = Path(path).stat().st_size >= WARM_UP_BYTES
    except OSError:
        return None
    if not large:
        return None
    if workers is None and scheduler is None:
        from geo.cluster import helper

        return helper.Helper.warming() if helper.available() else Cluster.starting(MAP_WORKERS)
    threading.Thread(target=importlib.import_module, args=("distributed",), name="import-dask", daemon=True).start()
    return None


@contextmanager
def local_cluster(workers: int, *, idle: bool = False, processes: bool = True) -> Iterator[Client]:
    """A client of a local cluster of ``workers`` processes for an import (its housekeeping
    turned down: :data:`geo.cluster.connect.LOCAL_CLUSTER_CONFIG`); ``idle``: its scheduler
    only, the workers started later (``client.cluster.scale(workers)``); not ``processes``:
    worker threads of this process (:mod:`geo.cluster.helper`)."""
    import distributed  # noqa: F401 - its defaults in Dask's config first (the warm-up may be importing it)

    with cluster_client(workers=workers, idle=idle, processes=processes) as client:
        yield client


class Cluster:
    """The Dask client an import maps on: given (``--workers``, ``--scheduler``: opened before
    the import goes on, so that a bad address is told first), or a local cluster started in a
    thread while this process reads the file and maps the first chunks (:meth:`client` is None
    until it is up; a local cluster that cannot start leaves every chunk to this process)."""

    def __init__(self, client: Client | None = None, *, local: bool = True) -> None:
        self._client = client
        #: whether its workers run on this machine (a local cluster: they hand their chunks
        #: over by file, :mod:`geo.cluster.handoff`)
        self.local = local
        self._up = threading.Event()
        self._grow = threading.Event()
        self._done = threading.Event()
        self._thread: threading.Thread | None = None
        if client is not None:
            self._up.set()

    @classmethod
    def starting(cls, workers: int) -> Cluster:
        """A local cluster of ``workers`` processes, started now in a thread of its own (which
        in the end closes it: a Dask client is closed in the thread that opened it): Dask's
        modules and the scheduler at once, the workers when :meth:`grow` is called, forked
        then (after the read: each has the table, :mod:`geo.cluster.file_rows`)."""
        cluster = cls()

        def run() -> None:
            try:
                with local_cluster(workers, idle=True) as client:
                    cluster._grow.wait()
                    if cluster._done.is_set():  # closed before it was needed
                        return
                    client.cluster.scale(workers)
                    if not _workers_up(client, workers, cluster._done):
                        return
                    cluster._client = client
                    cluster._up.set()
                    cluster._done.wait()
            except (ClusterError, OSError, TimeoutError) as exc:
                logging.getLogger(__name__).warning("mapped without a cluster: %s", exc)
            finally:
                cluster._client = None
                cluster._up.set()

        cluster._thread = threading.Thread(target=run, name="local-dask", daemon=True)
        cluster._thread.start()
        return cluster

    def grow(self) -> None:
        """Start the workers of a local cluster (:meth:`starting`): the import maps on it."""
        self._grow.set()

    def client(self) -> Client | None:
        """The client, or None while the cluster is starting (or when it could not)."""
        return self._client if self._up.is_set() else None

    def release(self) -> None:
        """Let a local cluster go once every chunk is mapped: it closes in its thread while this
        process writes the last chunks."""
        self._done.set()
        self._grow.set()

    def close(self) -> None:
        self.release()
        if self._thread is not None:
            self._thread.join()


@contextmanager
def mapping_client(rows: int, *, workers: int | None = None, scheduler: str | None = None,
                   row_local: bool = True, started: Cluster | Helper | None = None) -> Iterator[Cluster | Helper | None]:
    """The cluster an import of ``rows`` rows maps on: the one asked for (``workers``,
    ``scheduler``), else a local one of :data:`MAP_WORKERS` workers for a file of
    :data:`CLUSTER_ROWS` rows or more (``started`` while the file was read, :func:`warm_up`,
    else now, in the background: :class:`Cluster`), else None (mapped here).  A format mapped
    whole (``row_local`` false) has nothing to share."""
    check_cluster_options(workers, scheduler)
    if not row_local or (workers is None and scheduler is None and rows < CLUSTER_ROWS):
        if started is not None:
            started.release()  # not needed: it closes (in its thread) while this process maps
        with nullcontext() as none:
            yield none
        return
    if workers is None and scheduler is None:
        from geo.cluster import helper

        cluster = started or (helper.Helper() if helper.available() else Cluster.starting(MAP_WORKERS))
        if isinstance(cluster, Cluster):  # (a helper's worker starts when it is told to go)
            cluster.grow()
        try:
            yield cluster
        finally:
            cluster.close()
        return
    with local_cluster(workers) if workers is not None else cluster_client(scheduler=scheduler) as client:
        yield Cluster(client, local=workers is not None)


def _workers_up(client: Client, workers: int, done: threading.Event) -> bool:
    """Wait for the ``workers`` of a local cluster (True), or until ``done`` is set (False: the
    import is over); :class:`TimeoutError` after :data:`WORKER_START_SECONDS`."""
    waited = 0.0
    while not done.is_set():
        try:
            client.wait_for_workers(workers, timeout=0.5)
            return True
        except TimeoutError:
            waited += 0.5
            if waited >= WORKER_START_SECONDS:
                raise
    return False


def map_chunk(module_name: str, table: Table, handoff: str | None = None) -> pd.DataFrame | str:
    """The task: one chunk (sent with it) mapped on a worker (the format named by its module);
    with ``handoff`` (a directory), handed over by file (:func:`geo.cluster.handoff.handed`)."""
    return handed(mapped_part(importlib.import_module(module_name), table), handoff)


def map_rows_of_file(rows: FileRows, span: tuple[int, int], handoff: str | None = None) -> pd.DataFrame | str:
    """The task: the rows ``span`` (start, stop) of the file being imported, mapped on a worker
    that has its table or reads the file itself (:mod:`geo.cluster.file_rows`); ``handoff``:
    as :func:`map_chunk`."""
    return handed(mapped_part(importlib.import_module(rows.module), part(table_of(rows), span)), handoff)


def _workers_read(client: Client, rows: FileRows | None) -> bool:
    """Whether every worker of the cluster has the file's table or can read the file itself."""
    if rows is None:
        return False
    try:
        return all(client.run(readable, rows).values())
    except (OSError, TimeoutError):
        return False


def shared_chunks(cluster: Cluster | Helper, module: ImportFormat, table: Table, chunks: list[tuple[int, int]],
                  rows: FileRows | None = None, idle: Callable[[], bool] | None = None) -> Iterator[pd.DataFrame]:
    """The chunks ``chunks`` (start, stop) of the table mapped, in order: the first here
    (the chunks after it given out first when the cluster is up).  Each worker is given two
    chunks at a time; this process maps the next chunk nobody has taken whenever the
    chunk it is to write next is not mapped yet and it has fewer than :data:`HERE_AHEAD`
    chunks of its own waiting, so the
    mapping spreads over the cores as fast as each goes, and a chunk mapped here is neither
    pickled nor sent.  A worker is sent only the chunk's place in the file (``rows``) when
    every worker has the table or can read the file (:func:`_workers_read`), else the
    chunk's rows.  A chunk mapped on a worker is fetched by this thread as soon as it is
    back from writing (Dask's callback thread only wakes it: it never waits on the cluster,
    issue 22), not when it is to be written (while it waits, ``idle`` is called: a bit of other
    work, True if there was some); a local cluster's worker hands it over by file
    (:mod:`geo.cluster.handoff`); a chunk whose task was cancelled or lost is mapped here.  A
    chunk that fails on a worker fails the import (its error raised here)."""
    if not isinstance(cluster, Cluster):  # the default local cluster, in a helper process
        from geo.cluster import helper

        yield from helper.shared_chunks(cluster, module, table, chunks, rows, idle)
        return
    with handoff_directory(cluster.local) as handoff:
        yield from _shared(cluster, module, table, chunks, rows, handoff, idle)


def _shared(cluster: Cluster, module: ImportFormat, table: Table, chunks: list[tuple[int, int]],
            rows: FileRows | None, handoff: str | None, idle: Callable[[], bool] | None) -> Iterator[pd.DataFrame]:
    taken = 0  # chunks given out (to a worker or to this process)
    running: dict[int, Future] = {}  # position -> its task on a worker
    ready: dict[int, pd.DataFrame] = {}  # mapped chunks (by position) not yet written
    ahead = 0  # chunks out at a time: 0 until the cluster is up
    by_place = False
    # set by Dask's callback thread when a task ends (it only wakes this thread: that thread is
    # one for every client of the process, and a callback blocking it, of this import or of
    # another, would stall them all); this thread also looks every WAKE_SECONDS anyway
    ended = threading.Event()

    def give_out() -> None:
        nonlocal taken, ahead, by_place
        client = cluster.client()
        if client is None:
            return
        if not ahead:
            # two chunks per worker: the next is there when one ends (one at a time left the
            # worker waiting on each round trip)
            by_place = _workers_read(client, rows)
            ahead = 2 * max(1, len(client.scheduler_info(n_workers=-1)["workers"]))
        while len(running) < ahead and taken < len(chunks):
            at = taken
            if by_place:
                future = client.submit(map_rows_of_file, rows, chunks[at], handoff, pure=False)
            else:
                sent = client.scatter(part(table, chunks[at]), direct=True)  # to a worker, not the scheduler
                future = client.submit(map_chunk, module.__name__, sent, handoff, pure=False)
            running[at] = future
            taken += 1
            future.add_done_callback(lambda _future: ended.set())

    def collect() -> bool:
        """The chunks whose tasks ended taken in (True if any): fetched, or mapped here when
        the task was cancelled or its result lost; a task's error raised."""
        ended.clear()
        over = [at for at, future in running.items() if future.status in ENDED]
        for at in over:
            future = running.pop(at)
            if future.status == "error":
                raise future.exception(timeout=RESULT_SECONDS)  # type: ignore[misc]
            ready[at] = (received(future.result(timeout=RESULT_SECONDS)) if future.status == "finished"
                         else mapped_part(module, part(table, chunks[at])))
            future.release()
        if over:
            give_out()  # the worker's next chunks
        return bool(over)

    try:
        # the first chunk is mapped here, the next ones given out first if the workers are up
        taken = 1
        give_out()
        ready[0] = mapped_part(module, part(table, chunks[0]))
        for i in range(len(chunks)):
            give_out()
            while i not in ready:
                collect()
                if i in ready:
                    break
                if len(ready) < HERE_AHEAD and taken < len(chunks):
                    ready[taken] = mapped_part(module, part(table, chunks[taken]))
                    taken += 1
                    give_out()
                elif not collect() and (idle is None or not idle()):  # (chunk i is on a worker)
                    ended.wait(WAKE_SECONDS)
            yield ready.pop(i)
    finally:
        for future in running.values():
            future.cancel()
        if by_place:
            _forgotten(cluster.client(), rows)
        cluster.release()


def _forgotten(client: Client | None, rows: FileRows) -> None:
    """The workers' tables of the file dropped (a worker of an existing cluster lives on)."""
    try:
        if client is not None:
            client.run(forget, rows)
    except (OSError, TimeoutError):  # a worker gone: its table with it
        pass
