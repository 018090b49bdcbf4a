"""The same act at the other places one list names with the event's place ("airstrikes on A and
B": an event at B too), for :mod:`geo.extract.events`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from geo.extract import paired_days
from geo.extract.event_places import mention_precision
from geo.extract.place_lists import separately_named
from geo.extract.places import PlaceMention
from geo.extract.tallies import Tally

if TYPE_CHECKING:
    from geo.extract.events import ArticleEvent

__all__ = ["at_other_places"]


def at_other_places(text: str, event: ArticleEvent, place: PlaceMention | None, places: Sequence[PlaceMention],
                    toll_of: Callable[[PlaceMention], Sequence] | None = None, dates: Sequence = (),
                    published: date | None = None) -> list[ArticleEvent]:
    """The same act at the other places named in one list with the event's place ("airstrikes on
    A and B": an event at B too); the list's toll is then no one place's, unless the sentence
    tells each place's (``toll_of``: a place's tolls, :mod:`geo.extract.place_tolls`).  Only the sentence's
    event places can be list items: a capital that speaks after the list ("… la province d'Alep
    et Damas a accusé …") is no place of the act."""
    if place is None:
        return []
    others = [m for m in separately_named(text, place, places, mention_precision) if m is not place]
    if not others:
        return []
    if toll_of is None:
        event.fatalities, event.tally = None, Tally(shared=True)
    out = []
    for m in others:
        tally = Tally(shared=True) if toll_of is None else Tally().told(toll_of(m))
        out.append(replace(event, place=m.place, place_precision=mention_precision(m), spans=list(event.spans),
                           actors=list(event.actors), fatalities=tally.toll, tally=tally))
    return out + paired_days.give_paired_days(text, event.spans[0].start, dates, [place, *others], [event, *out],
                                              published)
