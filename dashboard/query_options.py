"""The options of ``conflictmap events`` and ``conflictmap export`` that say which events: one
decorator adds them and hands the command one :class:`geo.query.EventQuery`, checked (a bad
value is a one-line error)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import click

from dashboard.commands.context import parse_date
from geo.errors import InvalidInputError
from geo.query import EventQuery, parse_bbox

#: the command's parameters the decorator turns into its ``query``
_NAMES = ("date_from", "date_to", "types", "actors", "countries", "min_fatalities", "text", "bbox", "background")


def query_options(bbox_help: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Add the query's options to a command, which receives them as ``query``."""
    options = [
        click.option("--from", "date_from", metavar="DATE", help="Events ending on or after DATE."),
        click.option("--to", "date_to", metavar="DATE", help="Events starting on or before DATE."),
        click.option("--type", "types", multiple=True, metavar="T",
                     help="Event or sub-event type (any case); repeatable."),
        click.option("--actor", "actors", multiple=True, metavar="NAME",
                     help="An actor's name contains NAME (any case); repeatable."),
        click.option("--country", "countries", multiple=True, metavar="CC",
                     help="Placed in country CC (ISO 3166-1 alpha-2); repeatable."),
        click.option("--min-fatalities", type=click.IntRange(min=0), default=0, metavar="N",
                     help="At least N fatalities."),
        click.option("--text", metavar="TEXT",
                     help="TEXT (any case) in a source sentence, the place, an actor or the type."),
        click.option("--bbox", metavar="S,W,N,E", help=bbox_help),
        click.option("--background", is_flag=True,
                     help="Show background events too (history, running tolls; hidden by default)."),
    ]

    def decorate(command: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(command)
        def with_query(*args: Any, **kwargs: Any) -> Any:
            return command(*args, query=event_query(**{name: kwargs.pop(name) for name in _NAMES}), **kwargs)

        for option in reversed(options):
            with_query = option(with_query)
        return with_query

    return decorate


def event_query(*, date_from: str | None = None, date_to: str | None = None, types: tuple[str, ...] = (),
                actors: tuple[str, ...] = (), countries: tuple[str, ...] = (), min_fatalities: int = 0,
                text: str | None = None, bbox: str | None = None, background: bool = False) -> EventQuery:
    """The query the options ask for (:class:`InvalidInputError` for a bad value)."""
    start, end = parse_date(date_from), parse_date(date_to)
    if start and end and start > end:
        raise InvalidInputError(f"--from {start} is after --to {end}")
    check_types(types)
    return EventQuery(start=start, end=end, types=tuple(types), actors=tuple(a for a in actors if a.strip()),
                      countries=tuple(c.strip().upper() for c in countries), min_fatalities=min_fatalities,
                      text=(text or "").strip(), bbox=parse_bbox(bbox) if bbox else None, background=background)


def check_types(types: tuple[str, ...]) -> None:
    from geo.taxonomy import TAXONOMY

    known = {t.lower() for t in TAXONOMY} | {s.lower() for subs in TAXONOMY.values() for s in subs}
    for t in types:
        if t.lower() not in known:
            raise InvalidInputError(f"unknown event type {t!r} (see the ACLED taxonomy in the README)")
