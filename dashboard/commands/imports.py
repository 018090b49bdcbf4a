"""``conflictmap import``: a dataset file (ACLED, UCDP, GDELT, any CSV, GeoJSON) into the store."""

from __future__ import annotations

import contextlib
import json
import time
from pathlib import Path

import click

from dashboard.commands.context import open_store, settings_of

#: the formats of ``geo.importers.FORMATS`` (named here so the CLI starts without pandas)
IMPORT_FORMATS = ("acled", "ucdp", "gdelt", "csv", "geojson")


@contextlib.contextmanager
def _index_if_built(settings):
    """The gazetteer index when it is built (imports check coordinates against its places), else
    None."""
    from geo.gazetteer.index import Gazetteer

    if not settings.gazetteer.exists():
        yield None
        return
    with Gazetteer(settings.gazetteer) as gazetteer:
        yield gazetteer


@click.command("import")
@click.argument("fmt", metavar="FORMAT", type=click.Choice(IMPORT_FORMATS, case_sensitive=False))
@click.argument("file", metavar="FILE")
@click.option("--origin", metavar="NAME",
              help="Dataset name the events and places are marked with (default: FORMAT).")
@click.option("--deletions", is_flag=True,
              help="FILE is an ACLED deleted-events file (event_id_cnty, deleted_timestamp); "
                   "also detected from its columns.")
@click.option("--report", "report_path", metavar="PATH",
              help="CSV of the skipped rows (default: <home>/import-reports/FILE-<time>.csv).")
@click.option("--no-gazetteer", is_flag=True, help="Do not add the file's places to the gazetteer.")
@click.option("--json", "as_json", is_flag=True,
              help="Print one JSON object with exactly: read, imported, updated, skipped.")
@click.option("--workers", type=int, metavar="N",
              help="Map the rows on a local Dask cluster of N workers (default: 1 for a large file).")
@click.option("--scheduler", metavar="tcp://HOST:PORT", help="Map the rows on the Dask cluster of this scheduler.")
@click.pass_context
def import_(ctx, fmt, file, origin, deletions, report_path, no_gazetteer, as_json, workers, scheduler) -> None:
    """Import a dataset FILE (.csv, .tsv, .txt, .geojson; also .zip and .gz): ACLED exports
    and deleted-events files, UCDP GED, GDELT 1.0/2.0 events, any CSV with date, latitude
    and longitude columns, or a GeoJSON FeatureCollection of points.

    Every row read is counted once: imported (a new event), updated (the stored event with
    the row's id changed: a newer ACLED timestamp, other content, or an ACLED deletion) or
    skipped, with its reason in the report: a bad date or coordinates, "unchanged" (already
    stored as it is), "edited by user" (corrections are never overwritten)... So
    imported + updated + skipped = read.  One file is one transaction: a failed import
    changes nothing.  The file's exact places (towns, villages) join the gazetteer, marked
    with the dataset's name.
    """
    from geo.cluster.connect import check_cluster_options
    from geo.dataset_import import import_file

    check_cluster_options(workers, scheduler)
    settings = settings_of(ctx)
    if report_path is None:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        report_path = settings.home / "import-reports" / f"{Path(file).name}-{stamp}.csv"
    with open_store(settings, must_exist=False) as store, _index_if_built(settings) as gazetteer:
        result = import_file(store, fmt.lower(), file, origin=origin, report=report_path,
                             deletions=deletions or None, enrich=not no_gazetteer, gazetteer=gazetteer,
                             workers=workers, scheduler=scheduler)
    if as_json:
        click.echo(json.dumps(result.counts()))
        if result.report is not None:
            click.echo(f"report: {result.report}", err=True)
        return
    kind = "ACLED deletions" if result.deletions else result.format
    click.echo(f"{kind} {result.file}: {result.read:,} read, {result.imported:,} imported, "
               f"{result.updated:,} updated, {result.skipped:,} skipped ({result.seconds:.1f} s, origin {result.origin})")
    if result.reasons:
        click.echo("skipped: " + "; ".join(f"{n:,} {why}" for why, n in result.reasons.most_common()))
    if result.notes:
        click.echo("imported with a note: " + "; ".join(f"{n:,} {why}" for why, n in result.notes.most_common()))
    if result.places_added or result.places_updated:
        click.echo(f"gazetteer: {result.places_added:,} places added, {result.places_updated:,} moved "
                   f"(origin {result.origin})")
    if result.report is not None:
        click.echo(f"report: {result.report}")
