"""``conflictmap ingest --workers N`` / ``--scheduler ADDRESS``: the ingest's articles analysed
on a Dask cluster (:mod:`geo.cluster.ingest`), stored and reported here as the ingest in one
process reports them, with a progress bar over the partitions."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

import click

from dashboard.commands.context import labelled
from geo.config import Settings
from geo.store import Store


def ingest_on_dask(settings: Settings, items: Sequence, *, workers: int | None,
                   scheduler: str | None, size: int | None, show: bool, report: Callable) -> tuple[int, int]:
    """Ingest ``items`` on the cluster in partitions of ``size`` articles;
    ``report(label, item, result, analysis)`` prints a stored article's line.  Returns
    (stored, failed).  The cluster starts before the store opens: a forked worker holds no
    handle on it."""
    from geo.cluster.connect import cluster_client
    from geo.cluster.ingest import PARTITION_ARTICLES, ingest_on_cluster, partitions
    from geo.cluster.work import AnalyserSpec

    stored = failed = 0
    size = size or PARTITION_ARTICLES
    count = len(partitions(items, size))
    with cluster_client(workers=workers, scheduler=scheduler) as client, \
            Store.from_settings(settings, must_exist=False) as store, \
            click.progressbar(length=count, label="ingesting (partitions)", file=sys.stderr,
                              hidden=not show) as bar:
        spec = AnalyserSpec(str(settings.gazetteer), tuple(store.gazetteer_entries()))
        for part in ingest_on_cluster(store, client, spec, items, size):
            bar.update(1)
            if part.lost:
                lost = [o for o in part.outcomes if o.lost]
                failed += len(lost)
                click.echo(f"failed    partition {part.number + 1} of {count} ({len(lost)} articles, "
                           f"first {lost[0].label}): its worker died ({part.lost}); "
                           f"run the same ingest again to store them", err=True)
            for o in part.outcomes:
                if o.lost:
                    continue
                if o.error:
                    failed += 1
                    message = labelled(o.label, o.item) if isinstance(o.item, Exception) else f"{o.label}: {o.error}"
                    click.echo(f"failed    {message}", err=True)
                    continue
                stored += 1
                report(o.label, o.item, o.result, o.analysis)
    return stored, failed
