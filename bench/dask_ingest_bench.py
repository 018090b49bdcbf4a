"""Benchmark: article ingest on a local Dask cluster of 1 and of 2 workers, on the same texts,
side by side in one run.

    python bench/dask_ingest_bench.py [CORPUS_DIR …] [--rounds 3] [--limit N] [--partition-size N]

Default corpus: ../shared/eval/events/docs (English and French news, languages from its
``meta.json``).  Both clusters are started first, their workers load the analyser (NER
models, gazetteer) and each worker analyses every text once before any timing (so the
analysers' lookup caches are as warm in both: rounds repeat the same texts, which one worker
alone would otherwise have seen all of); then rounds alternate 1 worker and 2 workers, each
ingesting every text into a fresh SQLite store exactly as ``conflictmap ingest --workers N``
does (:func:`geo.cluster.ingest.ingest_on_cluster`: partitions analysed on the workers,
written in order by this process).  Prints articles/s per round with the load average and
the CPU seconds of this process (the local cluster's scheduler, the client, the writes: on
two cores with two workers they are taken from the workers) and of the workers, the medians
and their ratio, and the rate of the writes alone (this process storing
analyses the workers sent back: the cap on how many workers one ingest can use); asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.ingest_bench import load_texts  # noqa: E402
from geo.articles.model import Article  # noqa: E402
from geo.cluster.connect import cluster_client  # noqa: E402
from geo.cluster.ingest import PARTITION_ARTICLES, ingest_on_cluster  # noqa: E402
from geo.cluster.work import AnalyserPlugin, AnalyserSpec, analyse_partition  # noqa: E402
from geo.config import load_settings  # noqa: E402
from geo.pipeline import store_analysis  # noqa: E402
from geo.store import Store  # noqa: E402

DEFAULT = [REPO.parent / "shared" / "eval" / "events" / "docs"]
#: the cluster sizes compared
SIZES = (1, 2)


def load_average() -> str:
    return ", ".join(f"{x:.2f}" for x in os.getloadavg())


def cpu_seconds() -> float:
    """CPU seconds this process has used (all its threads)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def analyse_all(plugin_name: str, articles: list[Article], dask_worker=None) -> int:
    """On a worker (``client.run``): analyse ``articles``, untimed."""
    analyser = dask_worker.plugins[plugin_name].analyser
    for article in articles:
        analyser.analyse(article)
    return len(articles)


def one_round(client, spec: AnalyserSpec, items: list, size: int) -> tuple[float, int, float, float]:
    """Seconds to ingest ``items`` into a fresh store on the cluster of ``client``; events
    stored; CPU seconds of this process and of the workers meanwhile."""
    with tempfile.TemporaryDirectory() as tmp, Store.open(str(Path(tmp) / "bench.db")) as store:
        workers = sum(client.run(cpu_seconds).values())
        mine = cpu_seconds()
        began = time.perf_counter()
        for _part in ingest_on_cluster(store, client, spec, items, size):
            pass
        seconds = time.perf_counter() - began
        mine = cpu_seconds() - mine
        workers = sum(client.run(cpu_seconds).values()) - workers
        return seconds, store.counts()["events"], mine, workers


def writes_alone(client, spec: AnalyserSpec, items: list, rounds: int) -> float:
    """Median articles/s of storing the analyses of ``items`` (made on the cluster once) into a
    fresh store, as :func:`geo.cluster.ingest.ingest_on_cluster` does."""
    analyses = client.submit(analyse_partition, spec.plugin_name, [a for _label, a in items], pure=False).result()
    times = []
    for _ in range(rounds):
        with tempfile.TemporaryDirectory() as tmp, Store.open(str(Path(tmp) / "writes.db")) as store:
            began = time.perf_counter()
            for (_label, article), analysis in zip(items, analyses, strict=True):
                store.has_article(article)
                store_analysis(store, article, analysis)
            times.append(time.perf_counter() - began)
    return len(items) / statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--partition-size", type=int, default=PARTITION_ARTICLES)
    parser.add_argument("--gazetteer", type=Path, help="default: the configured gazetteer")
    args = parser.parse_args()
    texts = load_texts(args.corpora, args.limit)
    if not texts:
        sys.exit("no documents found")
    settings = load_settings(gazetteer=str(args.gazetteer) if args.gazetteer else None)
    spec = AnalyserSpec(str(settings.gazetteer))
    items = [(f"doc {i}", Article(title=f"doc {i}", text=t, lang=lang)) for i, (t, lang) in enumerate(texts)]
    langs = sorted({lang for _t, lang in texts})
    print(f"{len(items)} documents ({', '.join(langs)}), {sum(len(t) for t, _l in texts) / 1e6:.2f} M characters, "
          f"partitions of {args.partition_size}, {os.cpu_count()} cores; load average before: {load_average()}")
    times: dict[int, list[float]] = {n: [] for n in SIZES}
    with cluster_client(workers=SIZES[0]) as one, cluster_client(workers=SIZES[1]) as two:
        clients = dict(zip(SIZES, (one, two), strict=True))
        began = time.perf_counter()
        for client in clients.values():  # the models load before any timing
            client.register_plugin(AnalyserPlugin(spec), name=spec.plugin_name)
        print(f"clusters started, analysers loaded in {time.perf_counter() - began:.1f} s")
        articles = [a for _label, a in items]
        for client in clients.values():
            client.run(analyse_all, spec.plugin_name, articles)
        print(f"every worker analysed every text once, {time.perf_counter() - began:.1f} s in all")
        events = {}
        for round_no in range(args.rounds):
            line = []
            for n, client in clients.items():
                load = os.getloadavg()[0]
                seconds, events[n], mine, workers = one_round(client, spec, items, args.partition_size)
                times[n].append(seconds)
                line.append(f"{n} worker{'s' * (n > 1)} {len(items) / seconds:.2f} articles/s (load {load:.2f}; "
                            f"CPU s: this process {mine:.2f}, workers {workers:.2f})")
            print(f"round {round_no + 1}: " + ", ".join(line), flush=True)
        writes = writes_alone(clients[SIZES[-1]], spec, items, args.rounds)
    medians = {n: statistics.median(t) for n, t in times.items()}
    for n in SIZES:
        print(f"{n} worker{'s' * (n > 1)}: median {medians[n]:.2f} s = {len(items) / medians[n]:.2f} articles/s "
              f"({events[n]} events stored)")
    print(f"2 workers / 1 worker: {medians[1] / medians[2]:.2f}x (issue 22: >= 1.8x); "
          f"load average after: {load_average()}")
    print(f"the writes alone (this process, SQLite): median {writes:.0f} articles/s")


if __name__ == "__main__":
    main()
