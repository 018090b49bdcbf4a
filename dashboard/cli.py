"""The ``conflictmap`` command: a thin layer over ``geo`` (and the dashboard for ``serve``).

The one ``click`` group is here, with ``events`` and ``export``; the other commands live in
``dashboard/commands/`` by what they work on and are added to it below.  Every failure ends as
one line on stderr and a non-zero exit code, never a traceback (``--debug`` shows it).
"""

from __future__ import annotations

import json
import sys
import time
from datetime import date
from pathlib import Path

import click

from dashboard.commands import articles, evaluation, gazetteer, imports, serve
from dashboard.commands.context import internal_error, open_store, parse_date, settings_of
from geo import __version__
from geo.errors import ConflictmapError, InvalidInputError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="conflictmap")
@click.option("--db", metavar="PATH|URL", help="Store location (default $CONFLICTMAP_DB or ~/.local/share/conflictmap/conflictmap.db).")
@click.option("--gazetteer", metavar="PATH", help="Gazetteer index (default $CONFLICTMAP_GAZETTEER or <home>/gazetteer.sqlite).")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
@click.pass_context
def cli(ctx: click.Context, db: str | None, gazetteer: str | None, debug: bool) -> None:
    """conflictmap: news articles about armed conflict to dated, geolocated events."""
    ctx.ensure_object(dict)
    ctx.obj.update(db=db, gazetteer=gazetteer, debug=debug)


for command in (articles.ingest, articles.places, articles.article, evaluation.eval_geoparse,
                evaluation.eval_events, gazetteer.geocode, gazetteer.gazetteer, serve.serve, imports.import_):
    cli.add_command(command)


def _window(date_from: str | None, date_to: str | None) -> tuple[date | None, date | None]:
    start, end = parse_date(date_from), parse_date(date_to)
    if start and end and start > end:
        raise InvalidInputError(f"--from {start} is after --to {end}")
    return start, end


def _check_types(types: tuple[str, ...]) -> None:
    from geo.taxonomy import TAXONOMY

    known = {t.lower() for t in TAXONOMY} | {s.lower() for subs in TAXONOMY.values() for s in subs}
    for t in types:
        if t.lower() not in known:
            raise InvalidInputError(f"unknown event type {t!r} (see the ACLED taxonomy in the README)")


# -- events ------------------------------------------------------------------------------
@cli.command()
@click.option("--from", "date_from", metavar="DATE", help="Events ending on or after DATE.")
@click.option("--to", "date_to", metavar="DATE", help="Events starting on or before DATE.")
@click.option("--type", "types", multiple=True, metavar="T", help="Event or sub-event type; repeatable.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "geojson"]), default="table",
              show_default=True)
@click.option("--background", is_flag=True,
              help="Show background events too (history, running tolls; hidden by default).")
@click.pass_context
def events(ctx, date_from, date_to, types, fmt, background) -> None:
    """List stored events: the reported ones (news), with --background the background ones too."""
    from geo.events import json_ready, to_geojson, write_csv

    start, end = _window(date_from, date_to)
    _check_types(types)
    with open_store(settings_of(ctx)) as store:
        found = store.events(date_from=start, date_to=end, types=types, background=background)
    if fmt == "json":
        click.echo(json.dumps(json_ready(found), ensure_ascii=False, indent=1, allow_nan=False))
    elif fmt == "geojson":
        click.echo(json.dumps(to_geojson(found), ensure_ascii=False, allow_nan=False))
    elif fmt == "csv":
        write_csv(found, sys.stdout)
    else:
        for line in table_lines(found):
            click.echo(line)
        click.echo(f"{len(found)} events")


def table_lines(events: list[dict]) -> list[str]:
    """The table of `conflictmap events`: one line per event, a blank where it has no value."""
    from geo.events import csv_rows

    lines = []
    for row in csv_rows(events):
        r = {k: " ".join(str(v).split()) for k, v in row.items()}  # each cell on the line
        when = r["date_start"] or "undated"
        if r["date_end"] and r["date_end"] != r["date_start"]:
            when += f"..{r['date_end']}"
        lines.append(f"{when:22} {r['event_type'] or '-':28} {r['sub_event_type'][:24]:24} "
                     f"{r['place_name'][:24]:24} {r['fatalities'] or '?':>4}  {r['actors'][:60]}  "
                     f"[{r['sources']} source(s)]")
    return lines


# -- export ------------------------------------------------------------------------------
@cli.command()
@click.option("--out", required=True, metavar="FILE", help="FILE.png, .pdf, .html, .csv or .geojson.")
@click.option("--from", "date_from", metavar="DATE", help="Events ending on or after DATE.")
@click.option("--to", "date_to", metavar="DATE", help="Events starting on or before DATE.")
@click.option("--type", "types", multiple=True, metavar="T", help="Event or sub-event type; repeatable.")
@click.option("--bbox", metavar="S,W,N,E", help="Map extent (and events inside it), in degrees.")
@click.option("--title", default="Conflict events", show_default=True, help="Title of the PNG, PDF or HTML.")
@click.option("--size", type=click.Choice(["slide", "a4"]), default="slide", show_default=True,
              help="PNG/HTML page: slide (1280x720) or A4 landscape; PNGs at twice that.")
@click.option("--heatmap", is_flag=True, help="Draw a heatmap instead of points.")
@click.option("--background", is_flag=True,
              help="Show background events too (history, running tolls; hidden by default).")
@click.pass_context
def export(ctx, out, date_from, date_to, types, bbox, title, size, heatmap, background) -> None:
    """Export events as the dashboard shows them: a PNG, a PDF briefing, a self-contained HTML
    map, or the data as CSV/GeoJSON (the same rows as `conflictmap events`)."""
    from dashboard.data.view_model import view_frames
    from dashboard.export import ExportOptions, data_export, format_of, render, select
    from dashboard.export.view import parse_bbox
    from dashboard.filters import Filters
    from geo.atomic import write_atomically
    from geo.events import in_bbox

    fmt = format_of(out)
    start, end = _window(date_from, date_to)
    _check_types(types)
    box = parse_bbox(bbox) if bbox else None
    target = Path(out)
    if not target.parent.is_dir():
        raise InvalidInputError(f"no such folder for --out: {target.parent}")
    began = time.perf_counter()
    with open_store(settings_of(ctx)) as store:
        if fmt in ("csv", "geojson"):
            found = store.events(date_from=start, date_to=end, types=types, background=background)
            if box:
                found = [e for e in found if in_bbox(e, box)]
            data, count = data_export(fmt, found), len(found)
        else:
            events, sources = view_frames(store)  # as the dashboard shows them
            if types:
                wanted = {t.lower() for t in types}
                events = events[events["event_type"].str.lower().isin(wanted)
                                | events["sub_event_type"].str.lower().isin(wanted)]
            selection = select(events, sources, Filters(start=start, end=end, background=background), box)
            options = ExportOptions(title=title, size=size, bbox=box, heat=heatmap)
            data, count = render(fmt, selection, options), len(selection.events)
    try:
        write_atomically(target, lambda tmp: tmp.write_bytes(data))
    except OSError as exc:
        raise InvalidInputError(f"cannot write {out}: {exc.strerror or exc}") from None
    click.echo(f"wrote {out}: {fmt}, {count:,} events, {len(data):,} bytes in {time.perf_counter() - began:.1f} s")


# -- entry point -------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    """Run the CLI; every error becomes one line on stderr and an exit code."""
    args = sys.argv[1:] if argv is None else argv
    debug = "--debug" in args
    started = time.perf_counter()
    try:
        result = cli.main(args=args, prog_name="conflictmap", standalone_mode=False)
        return result if isinstance(result, int) else 0
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        return 130
    except click.ClickException as exc:
        click.echo(f"error: {exc.format_message()}", err=True)
        return exc.exit_code
    except ConflictmapError as exc:
        if debug:
            raise
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        click.echo(message if exc.exit_code == 1 else f"error: {message}", err=True)
        return exc.exit_code
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        return 130
    except Exception as exc:  # the last guard: still one line
        if debug:
            raise
        click.echo(f"{internal_error(exc)} (rerun with --debug for details)", err=True)
        return 70
    finally:
        if debug:
            click.echo(f"[{time.perf_counter() - started:.3f} s]", err=True)


if __name__ == "__main__":
    sys.exit(main())
