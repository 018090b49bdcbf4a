"""The merge decision: which stored event a new article report joins, or none (a new event).

Pure: it sees a report and the stored events it could join as plain data.  The store fetches
those candidates (the events dated within :func:`candidate_window`) and executes the decision
(:mod:`geo.store.article_writes`).  The rule that two reports are one event, with its windows
(:data:`~geo.events.MERGE_DAYS`, :data:`~geo.events.MERGE_KM`, :data:`~geo.events.AREA_KM`),
is :func:`geo.events.same_event`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from geo.events import MERGE_DAYS, EventKey, same_event

if TYPE_CHECKING:
    from geo.extract.events import ArticleEvent

#: the origin of events found in articles (other origins are datasets: ACLED, UCDP…)
ARTICLES = "articles"


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """A stored event as the decision sees it."""

    id: int
    key: EventKey
    origin: str = ARTICLES
    #: whether the report's own article is already one of its sources
    cites_article: bool = False


def report_key(event: ArticleEvent) -> EventKey:
    """What the merge rule looks at in an article's event."""
    place = event.place
    return EventKey(
        event.event_type, event.date_start, event.date_end,
        place.lat if place else None, place.lon if place else None, event.place_precision,
        place.admin1 if place else None, place.country_code if place else None, event.reported,
    )


def candidate_window(report: EventKey) -> tuple[date, date] | None:
    """The first and last day a stored event must touch to be worth comparing with ``report``
    (no event outside can be :func:`~geo.events.same_event`), or None when ``report`` joins
    nothing: an undated or unplaced report is an event of its own."""
    if report.date_start is None or report.lat is None:
        return None
    return report.date_start - MERGE_DAYS, (report.date_end or report.date_start) + MERGE_DAYS


def merge_target(report: EventKey, candidates: Iterable[StoredEvent]) -> StoredEvent | None:
    """The stored event ``report`` joins, or None for a new event: the first of ``candidates``
    (the store gives them oldest first) that

    * was found in articles: a dataset's event (ACLED, UCDP…) keeps to its dataset's record, and
      an article's report of it stays an article event beside it;
    * does not cite the report's article: the events of one article are never joined here
      (extraction already decided which of its sentences tell one act);
    * is the same event as stored (:func:`geo.events.same_event`), so reports a day apart
      each match an event, never a chain of events.
    """
    if candidate_window(report) is None:
        return None
    for stored in candidates:
        if stored.origin == ARTICLES and not stored.cites_article and same_event(report, stored.key):
            return stored
    return None
