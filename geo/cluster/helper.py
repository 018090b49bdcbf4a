"""The default local cluster of a large import, held by a helper process so that the importing
process never imports Dask (issue 22).  For a file large in bytes
(:data:`geo.cluster.mapping.WARM_UP_BYTES`) the helper is forked as the import starts
(:meth:`Helper.warming`): it imports Dask and starts the local cluster on the other core while
the importing process reads the file, then is handed the table by file
(:func:`geo.cluster.file_rows.handed_table`: an Arrow file it maps, no parse) or told to stop (a
file of few rows).  Else it is forked once the file is read, as the chunks are about to be
mapped (a fork shares the modules imported and the table read: :mod:`geo.cluster.file_rows`).
The cluster's worker (a thread of the helper: :data:`WORKER_PROCESSES`) maps the chunks nobody
has taken, while the importing process maps the first.  The two processes take chunks from one
counter (:class:`Helper`); the worker's come back as files in the import's handoff directory
(:mod:`geo.cluster.handoff`), their paths through the helper's pipe.  A helper that is gone, or
whose worker lost a chunk, leaves the chunk to the importing process; a chunk that fails on the
worker fails the import.  Measured before: importing Dask took 0.21 to 0.24 s of the importing
process (and did not overlap the read, which holds the interpreter lock), its event loop 0.1 to
0.2 CPU-s more."""

from __future__ import annotations

import gc
import multiprocessing
import multiprocessing.connection
import os
import pickle
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import pandas as pd

from geo.cluster import mapping
from geo.cluster.connect import LOCAL_START_METHOD
from geo.cluster.file_rows import FileRows, handed_table, keep, received_table
from geo.cluster.handoff import handoff_directory, received
from geo.importers.base import ImportFormat
from geo.importers.chunks import part
from geo.importers.readers import Table
from geo.processes import die_with_parent

if TYPE_CHECKING:
    from distributed import Future

#: chunks given to each of the helper's workers at a time (the next is there when one ends)
WORKER_AHEAD = 2
#: whether the helper's cluster runs its worker in a process of its own (forked from the
#: helper) rather than in a thread of the helper, which has nothing else to do: a thread maps as
#: a forked process would, without a second fork (whose pages the worker faults in), a nanny or
#: a connection to the scheduler (measured side by side with a helper forked before the read,
#: load 10 to 13 on 2 cores, 6 rounds at 100,000 rows, medians: the importing process 2.67
#: CPU-s with a thread, 3.03 with a process; the helper and its worker 2.05 against 2.49)
WORKER_PROCESSES = False
#: seconds the helper may take to end its cluster once told to stop, before it is killed
STOP_SECONDS = 30
#: the helper process's name (``ps``, ``multiprocessing.active_children()``)
NAME = "conflictmap-dask"


def available() -> bool:
    """Whether a helper can be forked here: on Linux (fork, and the signal that ends it with the
    importing process), from a process that has not imported Dask (a helper forked from one
    that has would inherit Dask's thread pools without their threads, and wait on them for
    ever; and such a process pays nothing to import it)."""
    return LOCAL_START_METHOD == "fork" and "distributed" not in sys.modules


class Helper:
    """The importing process's side of the helper: :meth:`start` forks it, :meth:`take` takes
    the next free chunk here, :meth:`arrived` gives what the helper sent, :meth:`close` (or
    :meth:`release`) ends it."""

    def __init__(self) -> None:
        self._process: multiprocessing.process.BaseProcess | None = None
        self._conn: Any = None
        self._taken: Any = None
        #: whether the helper has ended (or was never started: every chunk is mapped here)
        self.gone = True
        self._stopped = False  # (told to stop)

    @classmethod
    def warming(cls) -> Helper:
        """A helper forked now, before the file is read (one large enough to be mapped on the
        cluster, :func:`geo.cluster.mapping.warm_up`): it imports Dask and starts its cluster
        on the other core while this process reads, then waits for :meth:`start` (the table
        handed over by file: :func:`geo.cluster.file_rows.handed_table`) or :meth:`release`."""
        helper = cls()
        helper._fork(None)
        return helper

    def start(self, chunks: list[tuple[int, int]], rows: FileRows | None, handoff: str | None, *,
              taken: int = 0, table: Table | None = None) -> None:
        """Start the helper mapping ``chunks`` of the file read here (``rows``: its table kept,
        :func:`geo.cluster.file_rows.keep`), its worker handing them over in ``handoff``;
        ``taken``: the first chunks, taken by this process.  A helper forked before the read
        (:meth:`warming`) is handed ``table``; else one is forked now (it inherits the table)."""
        if rows is None or handoff is None:
            self.release()
            return
        if self._process is None:
            self._fork((chunks, rows, handoff), taken)
            return
        self._taken.value = taken
        if self.gone or table is None:
            return
        rest, path = handed_table(table, handoff)
        try:
            self._conn.send(("go", chunks, rows, handoff, rest, path))
        except OSError:  # (the helper is gone: every chunk is mapped here)
            self.gone = True

    def _fork(self, job: tuple[list[tuple[int, int]], FileRows, str] | None, taken: int = 0) -> None:
        context = multiprocessing.get_context("fork")
        self._taken = context.Value("l", taken)
        self._conn, theirs = context.Pipe(duplex=True)
        # not daemonic, so that it may start worker processes (it dies with this process all
        # the same: geo.processes.die_with_parent)
        self._process = context.Process(target=_run, name=NAME, args=(theirs, self._conn, job, self._taken,
                                                                      os.getpid()))
        try:
            self._process.start()
        except OSError:  # (cannot fork: no memory, too many processes)
            self._process = None
            return
        finally:
            theirs.close()
        self.gone = False

    def take(self, count: int) -> int | None:
        """The next chunk of ``count`` nobody has taken (its position), taken; None when all are
        (or when no helper was started: this process maps each chunk when it is due)."""
        return None if self._taken is None else _take(self._taken, count)

    def arrived(self, timeout: float = 0) -> list[tuple[Any, ...]]:
        """The helper's messages (``("chunk", position, path)``, ``("lost", position)``,
        ``("error", position, exception)``), waiting ``timeout`` seconds for one at most; none
        once it is gone (:attr:`gone` set)."""
        messages: list[tuple[Any, ...]] = []
        if self.gone or self._process is None:
            return messages
        ready = multiprocessing.connection.wait([self._conn, self._process.sentinel], timeout)
        try:
            while self._conn.poll():
                messages.append(self._conn.recv())
        except (EOFError, OSError):
            self.gone = True
        if self._process.sentinel in ready and not self._conn.poll():
            self.gone = True
        return messages

    def release(self) -> None:
        """Tell the helper to stop (it ends its cluster, in its own time: :meth:`close` waits)."""
        if self._process is not None and not self._stopped:
            self._stopped = True
            try:
                self._conn.send(("stop",))
            except OSError:
                pass

    def close(self) -> None:
        """Tell the helper to stop (it ends its cluster) and wait for it to end."""
        if self._process is None:
            return
        self.release()
        self._process.join(STOP_SECONDS)
        if self._process.is_alive():  # pragma: no cover - a helper stuck in Dask
            self._process.kill()
            self._process.join()
        self._conn.close()
        self._process = None
        self.gone = True


def _take(taken: Any, count: int) -> int | None:
    with taken.get_lock():
        position = taken.value
        if position >= count:
            return None
        taken.value = position + 1
    return position


def shared_chunks(helper: Helper, module: ImportFormat, table: Table, chunks: list[tuple[int, int]],
                  rows: FileRows | None, idle: Callable[[], bool] | None = None) -> Iterator[pd.DataFrame]:
    """The chunks of the table mapped, in order, shared with the helper's worker: this process
    maps the first, then the next one nobody has taken whenever the chunk it is to write next
    is not mapped yet and it has fewer than :data:`geo.cluster.mapping.HERE_AHEAD` of its own
    waiting; else it waits for the worker's (calling ``idle`` meanwhile, as
    :func:`geo.cluster.mapping.shared_chunks`)."""
    with handoff_directory(True) as handoff:
        here: set[int] = set()  # chunks taken by this process
        ready: dict[int, pd.DataFrame] = {}
        inbox: list[tuple[Any, ...]] = []  # the helper's messages not yet looked at

        def map_here(at: int) -> None:
            here.add(at)
            ready[at] = mapping.mapped_part(module, part(table, chunks[at]))

        helper.start(chunks, rows, handoff, taken=1, table=table)  # (its cluster starts while this maps the first)
        map_here(0)
        for i in range(len(chunks)):
            while i not in ready:
                inbox += helper.arrived()
                for message in inbox:
                    if message[0] == "error":
                        raise message[2]
                    at = message[1]
                    if message[0] == "chunk":
                        ready[at] = received(message[2])
                    else:  # lost with its worker: mapped here
                        map_here(at)
                inbox.clear()
                if i in ready:
                    break
                if helper.gone and i not in here:  # the helper took it, and is gone
                    map_here(i)
                elif len(ready) < mapping.HERE_AHEAD and (at := helper.take(len(chunks))) is not None:
                    map_here(at)
                elif idle is None or not idle():  # (chunk i is the helper's)
                    inbox += helper.arrived(mapping.WAKE_SECONDS)
            yield ready.pop(i)


# -- the helper process


def _run(conn: Any, ours: Any, job: tuple[list[tuple[int, int]], FileRows, str] | None, taken: Any,
         parent: int) -> None:
    """The helper process: ends with the importing process, and says nothing whatever happens
    (Dask's logs of a failed chunk included: the import's error is the importing process's to
    tell, in one line; the helper's own failures leave its chunks to the importing process).
    ``job``: the chunks, the file and the handoff directory (forked after the read); None: told
    through the pipe, with the table (forked before: :meth:`Helper.warming`)."""
    die_with_parent(parent)
    ours.close()
    quiet = os.open(os.devnull, os.O_WRONLY)
    os.dup2(quiet, 2)
    os.close(quiet)
    gc.freeze()  # what it inherited stays shared with the importing process (no collection writes to it)
    try:
        _serve(conn, job, taken)
    except BaseException:  # noqa: BLE001, S110 - told to the importing process as its pipe closing
        pass
    os._exit(0)


def _serve(conn: Any, job: tuple[list[tuple[int, int]], FileRows, str] | None, taken: Any) -> None:
    import distributed  # noqa: F401 - (a warm helper told to stop meanwhile starts no cluster)

    if job is None and conn.poll():
        job = _job(conn.recv())
        if job is None:
            return
    # the cluster started with its worker (up when this returns: no polling for it), closed once
    # every chunk is taken and back, while the importing process writes the last ones
    with mapping.local_cluster(mapping.MAP_WORKERS, processes=WORKER_PROCESSES) as client:
        if job is None:  # (told once the cluster is up)
            job = _job(conn.recv())
            if job is None:
                return
        chunks, rows, handoff = job
        ahead = WORKER_AHEAD * max(1, len(client.scheduler_info(n_workers=-1)["workers"]))
        running: dict[Future, int] = {}
        from distributed import wait

        while not conn.poll():
            while len(running) < ahead and (at := _take(taken, len(chunks))) is not None:
                running[client.submit(mapping.map_rows_of_file, rows, chunks[at], handoff, pure=False)] = at
            if not running:
                break
            try:
                wait(list(running), timeout=mapping.WAKE_SECONDS, return_when="FIRST_COMPLETED")
            except TimeoutError:
                continue
            for future in [f for f in running if f.status in mapping.ENDED]:
                conn.send(_message(future, running.pop(future)))
                future.release()
    try:
        conn.recv()  # ("stop", or the pipe closed)
    except EOFError:
        pass


def _job(message: tuple[Any, ...]) -> tuple[list[tuple[int, int]], FileRows, str] | None:
    """(In a warm helper.)  The chunks, the file and the handoff directory of a ``go``, its
    table kept (as a helper forked after the read inherits it); None for a ``stop``."""
    if message[0] != "go":
        return None
    _, chunks, rows, handoff, rest, path = message
    keep(rows, received_table(rest, path))
    return chunks, rows, handoff


def _message(future: Future, at: int) -> tuple[Any, ...]:
    if future.status == "finished":
        return ("chunk", at, future.result(timeout=mapping.RESULT_SECONDS))
    if future.status == "error":
        exc = future.exception(timeout=mapping.RESULT_SECONDS)
        try:
            pickle.dumps(exc)
        except Exception:  # noqa: BLE001 - an error that does not pickle
            exc = RuntimeError(f"{type(exc).__name__}: {exc}")
        return ("error", at, exc)
    return ("lost", at)
