"""Ingest on a Dask cluster: the articles are cut into partitions, the workers analyse them
(:func:`geo.cluster.work.analyse_partition`, models loaded once per worker) and this process
writes each article through :func:`geo.pipeline.store_analysis`, the write of an ingest in
one process.  So the store is only ever written here, an article already stored is never sent
(a re-run after a crash analyses only what is missing) and, the partitions being written in
their order, the store ends with the same events as an ingest in one process.

A partition whose worker dies is run again by Dask on another worker; one that cannot be run
(the workers running it died as many times as Dask allows, ``distributed.scheduler.allowed-failures``,
3 by default; or the cluster went away) is reported as lost, and the partitions after it are
still written.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from geo.articles.model import Article
from geo.cluster.work import AnalyserPlugin, AnalyserSpec, analyse_partition
from geo.errors import ConflictmapError
from geo.pipeline import Analysis, store_analysis
from geo.store import IngestResult, Store

#: articles per partition (one task): small enough that a lost worker costs little work, large
#: enough that the round trip of a task is a small part of it (each costs this process, where
#: a local cluster's scheduler lives, and the worker a few ms of CPU taken from the analyses:
#: 2 workers on 427 articles, loaded machine, 4.2 CPU-s besides 19.7 of analysis in
#: partitions of 2, 2.4 in partitions of 4)
PARTITION_ARTICLES = 4

#: the last articles go one per partition: sent last (the shortest, :func:`send_order`), they
#: let the workers end together (4 a worker on two workers; each is one more round trip)
TAIL_ARTICLES = 8

#: partitions sent per worker and not yet back: one running, the next ones there when it ends
#: (while this process writes), few enough that the scheduler never holds a whole backfill
IN_FLIGHT_PER_WORKER = 3

#: partitions sent as one group, longest first (their texts' length): a run then ends on its
#: shortest partitions, so no worker waits long for the other's last one (longest processing
#: time first); they are still written in file order, so the analyses back early wait, at
#: most a group and the partitions out
ORDER_WINDOW = 64

#: an item of :func:`geo.articles.reader.iter_articles`: (label, article or the reading error)
Item = tuple[str, Article | Exception]


@dataclass
class Outcome:
    """What became of one item: stored (``result``, with the analysis when it was new) or
    failed (``error``, one line)."""

    label: str
    item: Article | Exception
    result: IngestResult | None = None
    analysis: Analysis | None = None
    error: str | None = None
    #: not analysed: its partition was lost (``error`` says so)
    lost: bool = False


@dataclass
class Partition:
    """One partition's items, written; ``lost`` says why its analysis never came back."""

    number: int
    outcomes: list[Outcome] = field(default_factory=list)
    lost: str | None = None


def partitions(items: Sequence[Item], size: int = PARTITION_ARTICLES) -> list[list[Item]]:
    """``items`` cut in order into runs of ``size``, the last :data:`TAIL_ARTICLES` one by one."""
    body = max(0, len(items) - TAIL_ARTICLES)
    return [list(items[i:min(i + size, body)]) for i in range(0, body, size)] + [[item] for item in items[body:]]


def send_order(parts: Sequence[list[Item]], window: int = ORDER_WINDOW) -> list[int]:
    """The positions of ``parts`` in the order they are sent: group by group of ``window``
    partitions, in each the longest texts first (ties in file order)."""
    def length(number: int) -> int:
        return sum(len(item.text) for _label, item in parts[number] if isinstance(item, Article))

    order: list[int] = []
    for start in range(0, len(parts), window):
        order.extend(sorted(range(start, min(start + window, len(parts))), key=lambda n: -length(n)))
    return order


def ingest_on_cluster(store: Store, client, spec: AnalyserSpec, items: Sequence[Item],
                      size: int = PARTITION_ARTICLES) -> Iterator[Partition]:
    """Analyse ``items`` on the cluster of ``client`` and store them; yields each partition,
    in file order, once it is written (they are sent longest first: :func:`send_order`).
    Reading errors and articles already stored are not sent."""
    from distributed import as_completed

    parts = partitions(items, size)
    order = send_order(parts)
    plugin = spec.plugin_name
    # the workers keep an analyser registered before (a benchmark's); one registered here goes
    # with the ingest, so that the workers of a shared cluster do not keep its models
    ours = not client.run_on_scheduler(_has_worker_plugin, plugin)
    if ours:
        client.register_plugin(AnalyserPlugin(spec), name=plugin)
    run = uuid.uuid4().hex[:8]
    futures: dict = {}  # future -> partition number, for the partitions sent and not yet back
    sent: dict[int, list[int]] = {}  # per partition: the positions of the articles sent
    ready: dict[int, list | BaseException] = {}  # analyses back (or why not), not yet written
    pending = as_completed()

    def send_more() -> None:
        """Send the next partitions (in :func:`send_order`) while fewer than
        IN_FLIGHT_PER_WORKER per worker are out."""
        room = IN_FLIGHT_PER_WORKER * max(1, len(client.nthreads()))
        while len(sent) < len(parts) and len(futures) < room:
            number = order[len(sent)]
            part = parts[number]
            # checked now, not at the start: another ingest may have stored it meanwhile
            todo = [i for i, (_label, item) in enumerate(part) if isinstance(item, Article) and not store.has_article(item)]
            sent[number] = todo
            if not todo:
                ready[number] = []
                continue
            future = client.submit(analyse_partition, plugin, [part[i][1] for i in todo],
                                   key=f"conflictmap-ingest-{run}-{number}", pure=False)
            futures[future] = number
            pending.add(future)

    try:
        for number in range(len(parts)):
            send_more()
            while number not in ready:
                future = next(pending)
                try:
                    ready[futures[future]] = future.result()
                except ConflictmapError:
                    raise  # the workers cannot analyse at all (no gazetteer…): every partition would fail
                except Exception as exc:  # noqa: BLE001 - a lost partition is reported, the rest goes on
                    ready[futures[future]] = exc
                del futures[future]
                future.release()
                send_more()
            yield _written(store, number, parts[number], sent[number], ready.pop(number))
    finally:
        for future in futures:
            future.cancel()
        try:
            if ours:
                client.unregister_worker_plugin(plugin)
        except Exception:  # noqa: BLE001, S110 - the cluster may be gone; its workers drop it with it
            pass


def _has_worker_plugin(name: str, dask_scheduler=None) -> bool:
    """On the scheduler: whether a worker plugin of this name is registered."""
    return name in dask_scheduler.worker_plugins


def _written(store: Store, number: int, part: list[Item], todo: list[int],
             analysed: list | BaseException) -> Partition:
    """Store one partition's articles (in order) from their analyses."""
    done = Partition(number)
    if isinstance(analysed, BaseException):
        first = str(analysed).splitlines()[0] if str(analysed) else ""
        done.lost = f"{type(analysed).__name__}: {first}" if first else type(analysed).__name__
    analyses = dict(zip(todo, analysed, strict=True)) if not done.lost else {}
    for i, (label, item) in enumerate(part):
        outcome = Outcome(label, item)
        done.outcomes.append(outcome)
        if isinstance(item, Exception):
            outcome.error = str(item).splitlines()[0] if str(item) else type(item).__name__
        elif done.lost and i in todo:
            outcome.error, outcome.lost = f"lost with partition {number + 1} ({done.lost})", True
        elif i not in todo:
            outcome.result = store.ingest_article(item)  # already stored: its id, "unchanged"
        elif isinstance(analyses[i], str):
            outcome.error = analyses[i]
        else:
            try:
                outcome.result, outcome.analysis = store_analysis(store, item, analyses[i])
            except ConflictmapError as exc:
                outcome.error = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return done
