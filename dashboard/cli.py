"""The ``conflictmap`` command: a thin layer over ``geo`` (and the dashboard for ``serve``).

The one ``click`` group is here, with ``events`` and ``export``; the other commands live in
``dashboard/commands/`` by what they work on and are added to it below.  Every failure ends as
one line on stderr and a non-zero exit code, never a traceback (``--debug`` shows it).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from dashboard.commands import articles, evaluation, gazetteer, imports, serve, users
from dashboard.commands.context import internal_error, open_store, settings_of
from dashboard.query_options import query_options
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
                evaluation.eval_events, gazetteer.geocode, gazetteer.gazetteer, serve.serve, imports.import_, users.user):
    cli.add_command(command)


# -- events ------------------------------------------------------------------------------
@cli.command()
@query_options("Events placed inside S,W,N,E (degrees).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "geojson"]), default="table",
              show_default=True)
@click.pass_context
def events(ctx, fmt, query) -> None:
    """List stored events: the reported ones (news), with --background the background ones too."""
    from geo.query import select
    from geo.records import dump, records
    from geo.store.frames import store_frames

    with open_store(settings_of(ctx)) as store:
        frame, sources = store_frames(store, columnar=None, query=query)  # the window and box through indexes
    selected = select(frame, query, sources)
    if fmt != "table":
        click.echo(dump(fmt, selected, sources), nl=False)
        return
    for line in table_lines(records(selected, sources)):
        click.echo(line)
    click.echo(f"{len(selected)} events")


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
@query_options("Map extent (and events inside it), in degrees.")
@click.option("--title", default="Conflict events", show_default=True, help="Title of the PNG, PDF or HTML.")
@click.option("--size", type=click.Choice(["slide", "a4"]), default="slide", show_default=True,
              help="PNG/HTML page: slide (1280x720) or A4 landscape; PNGs at twice that.")
@click.option("--heatmap", is_flag=True, help="Draw a heatmap instead of points.")
@click.option("--compare", type=click.Choice(["previous", "year"]), default=None,
              help="PNG/PDF/HTML: colour each first-level area by its change against the previous window "
                   "of the same length or the same window a year earlier (needs --from and --to).")
@click.pass_context
def export(ctx, out, query, title, size, heatmap, compare) -> None:
    """Export events as the dashboard shows them: a PNG, a PDF briefing, a self-contained HTML
    map, or the data as CSV/GeoJSON (the same rows as `conflictmap events`)."""
    from dashboard.data.view_model import view_frames
    from dashboard.export import ExportOptions, data_export, format_of, render, selection, stored_span
    from geo.atomic import write_atomically
    from geo.trends import gazetteer_centres

    fmt = format_of(out)
    target = Path(out)
    if not target.parent.is_dir():
        raise InvalidInputError(f"no such folder for --out: {target.parent}")
    began = time.perf_counter()
    settings = settings_of(ctx)
    if compare and not (query.start and query.end):
        raise InvalidInputError("--compare needs a time window: give --from and --to")
    with open_store(settings) as store:  # as the dashboard shows them; the window and box through indexes
        events, sources = view_frames(store, stored_span(query, compare))
    centres = gazetteer_centres(settings_of(ctx).gazetteer) if compare else None
    chosen = selection(events, sources, query, compare=compare, centres=centres)
    if fmt in ("csv", "geojson"):
        data = data_export(fmt, chosen)
    else:
        data = render(fmt, chosen, ExportOptions(title=title, size=size, bbox=query.bbox, heat=heatmap,
                                                 lang=settings.language, gazetteer=settings.gazetteer))
    try:
        write_atomically(target, lambda tmp: tmp.write_bytes(data))
    except OSError as exc:
        raise InvalidInputError(f"cannot write {out}: {exc.strerror or exc}") from None
    click.echo(f"wrote {out}: {fmt}, {len(chosen.events):,} events, {len(data):,} bytes in "
               f"{time.perf_counter() - began:.1f} s")


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
