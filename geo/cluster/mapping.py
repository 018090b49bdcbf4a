"""An import's chunks mapped on a Dask cluster: its workers and the importing process share
them, and the importing process writes them in order (:func:`shared_chunks`).  By default a
file of at least :data:`CLUSTER_ROWS` rows is mapped with a local cluster of
:data:`MAP_WORKERS` worker processes (:func:`mapping_client`)."""

from __future__ import annotations

import importlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from geo.importers.base import ImportFormat
from geo.importers.chunks import mapped_part, part
from geo.importers.readers import Table

if TYPE_CHECKING:
    from distributed import Client

#: worker processes of the local cluster an import starts, besides this process, which maps
#: and writes (one: on two cores, the two processes each keep a core busy; a second worker
#: would only make three share two)
MAP_WORKERS = 1
#: a file of fewer rows is mapped in this process only: starting a local cluster costs more
#: than it saves below this (measured: bench/import_bench.py, README "Importing datasets")
CLUSTER_ROWS = 100_000


#: a file of this many bytes or more may well have CLUSTER_ROWS rows: Dask's modules are
#: imported while it is read (:func:`warm_up`)
WARM_UP_BYTES = 8_000_000


def warm_up(path: str | Path) -> None:
    """Import Dask's modules in a thread while the file at ``path`` is read, when it is large
    enough to be mapped on a cluster (they take a second or two to import)."""
    try:
        large = Path(path).stat().st_size >= WARM_UP_BYTES
    except OSError:
        return
    if large:
        threading.Thread(target=importlib.import_module, args=("distributed",), name="import-dask", daemon=True).start()


@contextmanager
def mapping_client(rows: int, *, workers: int | None = None, scheduler: str | None = None,
                   row_local: bool = True) -> Iterator[Client | None]:
    """The Dask client an import of ``rows`` rows maps on: the cluster asked for
    (``workers``, ``scheduler``), else a local one of :data:`MAP_WORKERS` workers for a file of
    :data:`CLUSTER_ROWS` rows or more, else None (mapped here).  A format mapped whole
    (``row_local`` false) has nothing to share."""
    from geo.cluster.connect import check_cluster_options, cluster_client

    check_cluster_options(workers, scheduler)
    if not row_local or (workers is None and scheduler is None and rows < CLUSTER_ROWS):
        with nullcontext() as none:
            yield none
        return
    with cluster_client(workers=workers or (None if scheduler else MAP_WORKERS), scheduler=scheduler) as client:
        yield client


def map_chunk(module_name: str, table: Table) -> pd.DataFrame:
    """The task: one chunk mapped on a worker (the format named by its module)."""
    return mapped_part(importlib.import_module(module_name), table)


def shared_chunks(client: Client, module: ImportFormat, table: Table,
                  chunks: list[tuple[int, int]]) -> Iterator[pd.DataFrame]:
    """The chunks ``chunks`` (start, stop) of the table mapped, in order.  Each worker is
    given one chunk at a time; this process maps the next chunk nobody has taken whenever the
    chunk it is to write next is not mapped yet and it has no chunk of its own waiting, so the
    mapping spreads over the cores as fast as each goes, and a chunk mapped here is neither
    pickled nor sent.  A chunk that fails on a worker fails the import (its error raised here)."""
    from distributed import wait

    # two chunks per worker out at a time: the next is there when one ends (one at a time left
    # the worker waiting on each round trip: 0.67x of the old pool at 300,000 rows, 0.78x with two)
    ahead = 2 * max(1, len(client.scheduler_info(n_workers=-1)["workers"]))
    taken = 0  # chunks given out (to a worker or to this process)
    running: dict = {}  # future -> position
    ready: dict[int, pd.DataFrame] = {}  # mapped chunks (by position) not yet written

    def give_out() -> None:
        nonlocal taken
        while len(running) < ahead and taken < len(chunks):
            rows = client.scatter(part(table, chunks[taken]), direct=True)  # to a worker, not via the scheduler
            future = client.submit(map_chunk, module.__name__, rows, pure=False)
            running[future] = taken
            taken += 1

    def collect(futures) -> None:
        for future in futures:
            ready[running.pop(future)] = future.result()
            future.release()

    try:
        for i in range(len(chunks)):
            give_out()
            while i not in ready:
                collect([f for f in list(running) if f.done()])
                if i in ready:
                    break
                if not ready and taken < len(chunks):
                    ready[taken] = mapped_part(module, part(table, chunks[taken]))
                    taken += 1
                    give_out()
                else:
                    collect(wait(list(running), return_when="FIRST_COMPLETED").done)
            yield ready.pop(i)
    finally:
        for future in running:
            future.cancel()
