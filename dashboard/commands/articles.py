"""Commands on articles: ``ingest`` (read, analyse and store them), ``places`` (the places
found in files, stored nothing) and ``article`` (list them, date the undated ones)."""

from __future__ import annotations

import json
import sys

import click

from dashboard.commands.context import (
    analyser_for,
    internal_error,
    labelled,
    open_store,
    parse_date,
    settings_of,
)
from geo.errors import ConflictmapError


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", metavar="DATE", help="Publication date for every article (YYYY-MM-DD).")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on a terminal).")
@click.option("--workers", type=int, metavar="N",
              help="Analyse on a local Dask cluster of N worker processes (the store is written here).")
@click.option("--scheduler", metavar="tcp://HOST:PORT",
              help="Analyse on the Dask cluster of this scheduler (its workers read the same gazetteer path).")
@click.option("--partition-size", type=click.IntRange(min=1), metavar="N",
              help="Articles per task on the cluster (default: geo.cluster.ingest.PARTITION_ARTICLES).")
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[str, ...], published: str | None, progress: bool | None,
           workers: int | None, scheduler: str | None, partition_size: int | None) -> None:
    """Read articles (.txt .html .json .jsonl; folders recursively), find their places and
    events, and store them (merged with what other articles reported).

    Each file is stored or refused with a one-line reason (a missing path too); the rest of
    the batch goes on. Exit 1 when anything failed.  With --workers or --scheduler the
    articles are analysed on a Dask cluster in partitions and stored in the same order, with
    the same events; an article already stored is not analysed again.
    """
    from geo.articles.reader import iter_articles
    from geo.cluster.connect import check_cluster_options

    check_cluster_options(workers, scheduler)
    pub = parse_date(published)
    settings = settings_of(ctx)
    items = list(iter_articles(paths, published=pub))
    show = sys.stderr.isatty() if progress is None else progress

    def report(label, item, result, analysis) -> None:
        dated = item.published.isoformat() if item.published else "undated"
        detail = ""
        if analysis is not None:
            detail = (f", {analysis.lang}, {len(analysis.mentions)} places, "
                      f"{result.events_new} new events, {result.events_merged} merged")
        note = f"; {item.note}" if item.note else ""
        click.echo(f"{result.status:9} {label} (article {result.article_id}, {dated}{detail}{note})")

    if workers is not None or scheduler is not None:
        from dashboard.commands.cluster_ingest import ingest_on_dask

        stored, failed = ingest_on_dask(settings, items, workers=workers, scheduler=scheduler,
                                        size=partition_size, show=show, report=report)
    else:
        with open_store(settings, must_exist=False) as store:
            stored, failed = _ingest_here(ctx, store, analyser_for(settings, store), items, show, report)
    click.echo(f"{stored} of {stored + failed} articles stored")
    if failed:
        ctx.exit(1)


def _ingest_here(ctx, store, analyser, items, show: bool, report) -> tuple[int, int]:
    """The ingest in this process: (stored, failed)."""
    from geo.pipeline import ingest as ingest_one

    failed = stored = 0
    with click.progressbar(items, label="ingesting", file=sys.stderr, hidden=not show,
                           item_show_func=lambda i: i[0][-40:] if i else "") as bar:
        for label, item in bar:
            if isinstance(item, Exception):
                failed += 1
                click.echo(f"failed    {labelled(label, item)}", err=True)
                continue
            try:
                result, analysis = ingest_one(store, analyser, item)
            except ConflictmapError as exc:
                failed += 1
                click.echo(f"failed    {label}: {exc}", err=True)
                continue
            except Exception as exc:  # noqa: BLE001 - one article's bug must not stop the batch
                if ctx.obj.get("debug"):
                    raise
                failed += 1
                click.echo(f"failed    {label}: {internal_error(exc)} (rerun with --debug for details)", err=True)
                continue
            stored += 1
            report(label, item, result, analysis)
    return stored, failed


@click.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.pass_context
def places(ctx: click.Context, files: tuple[str, ...], as_json: bool) -> None:
    """Print the places found in article files, with character offsets into their text."""
    from geo.articles.reader import iter_articles

    settings = settings_of(ctx)
    failed = 0
    with open_store(settings) as store:
        analyser = analyser_for(settings, store)
        for label, item in iter_articles(files):
            if isinstance(item, Exception):
                failed += 1
                click.echo(f"failed    {labelled(label, item)}", err=True)
                continue
            lang = analyser.language(item)
            mentions = analyser.places(item.text, lang)
            if as_json:
                click.echo(json.dumps({"file": label, "lang": lang,
                                       "places": [m.as_dict() for m in mentions]}, ensure_ascii=False))
            else:
                click.echo(f"{label} ({lang}): {len(mentions)} places")
                for m in mentions:
                    d = m.as_dict()
                    click.echo(f"  {d['start']:>6}-{d['end']:<6} {d['text']!r:30} {d['name']} "
                               f"({d['country_code']}, {d['lat']:.4f}, {d['lon']:.4f}) {d['score']:.2f}")
    if failed:
        ctx.exit(1)


# -- articles ----------------------------------------------------------------------------
@click.group()
def article() -> None:
    """List stored articles and date the undated ones."""


@article.command("list")
@click.option("--undated", is_flag=True, help="Only articles without a publication date.")
@click.pass_context
def article_list(ctx, undated) -> None:
    with open_store(settings_of(ctx)) as store:
        rows = store.undated_articles() if undated else store.articles()
    for r in rows:
        click.echo(f"{r['id']}\t{r['published'] or 'undated'}\t{r['lang'] or '-'}\t{r['title'][:80]}")
    if not rows:
        click.echo("no articles")


@article.command("set-date")
@click.argument("article_id", type=int)
@click.argument("published")
@click.pass_context
def article_set_date(ctx, article_id, published) -> None:
    """Give article ARTICLE_ID the publication date PUBLISHED and re-resolve its events."""
    from geo.pipeline import set_article_date

    when = parse_date(published)
    settings = settings_of(ctx)
    with open_store(settings) as store:
        new, merged = set_article_date(store, analyser_for(settings, store), article_id, when)
    click.echo(f"article {article_id} dated {when}: {new} new events, {merged} merged")
