"""Opening the Dask cluster a command works on; its failures as one-line
:class:`~geo.errors.ClusterError`."""

from __future__ import annotations

import logging
import math
import os
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from geo.errors import ClusterError, InvalidInputError

if TYPE_CHECKING:
    from distributed import Client

#: seconds to wait for an existing cluster's scheduler to answer, unless ``CONNECT_VARIABLE`` says
#: otherwise (Dask tries again and again meanwhile: a scheduler still starting is waited for)
CONNECT_SECONDS = 5
CONNECT_VARIABLE = "CONFLICTMAP_DASK_CONNECT_SECONDS"
#: the memory a local cluster's worker may use before Dask pauses, then restarts it (the NER
#: models of two languages and one partition's texts take about 1 GB)
LOCAL_WORKER_MEMORY = "3GiB"
#: how a local cluster's worker processes start: forked on Linux (in a third of a second, with
#: the modules this process imported, where a fresh interpreter takes seconds), else spawned.
#: Each ends when this process ends, even killed (Dask's parent-alive pipe).
LOCAL_START_METHOD = "fork" if sys.platform.startswith("linux") else "spawn"
#: a local cluster's housekeeping, slowed down: its scheduler and nannies live in this process
#: and its workers' event loops beside their analyses, so every tick is taken from the cores
#: the workers analyse on (Dask's defaults: event-loop check every 20 ms, memory every 100 ms,
#: system every 500 ms, a stack sample of the running task every 10 ms; idle, this process
#: used 0.022 CPU-s a second with them, 0.006 with these, and each worker's event loop under a
#: third of its default time during an ingest)
LOCAL_CLUSTER_CONFIG = {
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.profile.enabled": False,
    # moves kept results between workers to even their memory: ingest and import results go
    # straight back to this process
    "distributed.scheduler.active-memory-manager.start": False,
}


def check_cluster_options(workers: int | None, scheduler: str | None) -> None:
    """One of ``--workers N`` (N >= 1) and ``--scheduler ADDRESS`` at most."""
    if workers is not None and scheduler is not None:
        raise InvalidInputError("--workers starts a local cluster, --scheduler uses an existing one: give one")
    if workers is not None and workers < 1:
        raise InvalidInputError(f"--workers must be at least 1 (got {workers})")


def connect_seconds() -> float:
    """The seconds to wait for an existing cluster's scheduler: ``$CONFLICTMAP_DASK_CONNECT_SECONDS``
    (a number above 0), else :data:`CONNECT_SECONDS`."""
    value = os.environ.get(CONNECT_VARIABLE, "").strip()
    if not value:
        return CONNECT_SECONDS
    try:
        seconds = float(value)
    except ValueError:
        seconds = math.nan
    if not 0 < seconds < math.inf:
        raise InvalidInputError(f"{CONNECT_VARIABLE} must be a number of seconds above 0 (got {value!r})")
    return int(seconds) if seconds.is_integer() else seconds


@contextmanager
def cluster_client(*, workers: int | None = None, scheduler: str | None = None,
                   idle: bool = False, processes: bool = True) -> Iterator[Client]:
    """A Dask client: of a local cluster of ``workers`` processes (one thread each; they end
    with the block, or with this process if it is killed; ``idle``: none started yet, the
    caller scales it with ``client.cluster.scale``; not ``processes``: ``workers`` threads of
    this process, reached in-process) or of the cluster whose scheduler listens at
    ``scheduler``.  Cluster logs below errors are not shown."""
    check_cluster_options(workers, scheduler)
    from distributed import Client, LocalCluster

    logging.getLogger("distributed").setLevel(logging.ERROR)
    if scheduler is not None:
        timeout = connect_seconds()
        try:
            client = Client(scheduler, timeout=timeout)
        except (OSError, ValueError, TypeError) as exc:
            first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise ClusterError(f"cannot reach the Dask scheduler at {scheduler!r}: {first}") from None
        with client:
            yield client
        return
    import dask

    with dask.config.set({"distributed.worker.multiprocessing-method": LOCAL_START_METHOD, **LOCAL_CLUSTER_CONFIG}):
        try:
            with warnings.catch_warnings():
                # its status page (127.0.0.1 only) takes another port when 8787 is taken: not news
                warnings.filterwarnings("ignore", message="Port .* is already in use", category=UserWarning)
                # (worker threads: the scheduler reached in-process, no address)
                where = {"host": "127.0.0.1"} if processes else {}
                cluster = LocalCluster(n_workers=0 if idle else workers or 1, threads_per_worker=1, processes=processes,
                                       dashboard_address=None, memory_limit=LOCAL_WORKER_MEMORY,
                                       silence_logs=logging.ERROR, **where)
        except (OSError, RuntimeError) as exc:
            raise ClusterError(f"cannot start a local Dask cluster of {workers} workers: {exc}") from None
        with cluster, Client(cluster, direct_to_workers=True) as client:
            yield client
