"""A headline or lead that totals a day's dead over several acts is their summary, not one more act.

"80 killed in Aleppo on Friday", "Syrie : 45 morts dans des raids sur la province d'Idleb": when the
body then tells two or more acts of that time at distinct places inside the headline's area (its
governorate, or in or at the edge of the city it names), each an act of the headline's type with a
toll of its own, the headline's toll is no one act's (GUIDELINES: "more than 100 killed in two days
across the country" is not one event's toll).  The headline's telling is then left without a toll
before retellings are joined (:func:`geo.extract.retellings.join_retellings`): it joins an act of the
body as a retelling (its sentence that act's provenance) or stays an act at its place, and its total
lands on no act's event.  The acts' days are the headline's or, when the headline is dated only by
its report (publication, dateline), up to
:func:`~geo.extract.publication_retellings.publication_lag` days before it.

A lead sentence that tells a part of the total the sentence before it told ("at least 10 civilians were
killed in the Eastern Ghouta … Seven people were killed in Douma"), inside its area and of its time
with a smaller toll, is that part's act, no summary of the acts told after it.

One act retold in the headline still joins its body as before: the rule does not apply when another
sentence tells the headline's very toll, when a body sentence (past the lead) tells an act of its type
at the headline's own place with no toll (the headline then gives that act's toll; a place the
gazetteer lacks, put at the headline's by its context, is not that place), or when the article tells
acts after it at fewer than two places other than the headline's (a town in a governorate told by its
seat's point is another place than the governorate).
:func:`geo.extract.area_tolls.sums_told_first` keeps its own case: a whole its parts add up to, whose
telling stays as a retelling of its first part.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from geo.events import near
from geo.extract.city_retellings import is_city
from geo.extract.confidence import INFERRED_SOURCES
from geo.extract.other_headlines import FIRST_BODY_SENTENCES
from geo.extract.publication_retellings import publication_lag
from geo.extract.retellings import one_place
from geo.extract.tallies import Tally
from geo.models import AREA_PRECISIONS

if TYPE_CHECKING:
    from geo.extract.events import ArticleEvent

__all__ = ["day_totals_dropped"]

#: the date sources of a telling dated by the text itself (its acts are of its very day)
_TEXT_DATED = frozenset({"day", "relative", "inherited"})


def _lead_starts(events: Sequence[ArticleEvent]) -> frozenset[int]:
    """The starts of the article's first sentences (its headline and lead) that tell an event."""
    return frozenset(sorted({e.spans[0].start for e in events if e.spans})[:FIRST_BODY_SENTENCES])


def _of_its_time(total: ArticleEvent, act: ArticleEvent) -> bool:
    if act.date_start is None or act.date_precision != "day":
        return False
    lag = (total.date_start - act.date_start).days
    return lag == 0 or (total.date_source not in _TEXT_DATED and 0 < lag <= publication_lag(total))


def _inside(total: ArticleEvent, act: ArticleEvent) -> bool:
    """Whether ``act`` lies inside the area ``total`` is told at: its governorate or country when it is
    placed by one, else in or at the edge of the city it names (:func:`geo.extract.city_retellings.is_city`,
    :func:`geo.events.near`): a town's neighbours are no parts of it."""
    if act.place.country_code != total.place.country_code:
        return False
    if total.place_precision in AREA_PRECISIONS:
        return total.place_precision == "country" or act.place.admin1 == total.place.admin1
    return is_city(total.place, total.place_precision) and near(act.place, total.place)


def _summary(total: ArticleEvent, events: Sequence[ArticleEvent], lead_starts: frozenset[int]) -> bool:
    """Whether ``total``, a headline's or lead's toll, sums the acts the article's ``events`` tell
    after it (see the module); ``lead_starts``: the headline's and lead's sentences."""
    if any(e.fatalities == total.fatalities for e in events if e is not total):
        return False  # the toll told again: one act
    if any(e.spans[0].start in lead_starts and e.spans[0].start < total.spans[0].start and e.place is not None
           and (e.fatalities or 0) > total.fatalities and _inside(e, total) and _of_its_time(e, total) for e in events):
        return False  # a part of the lead's larger total told before it: its own act, no summary
    acts = [e for e in events if e.spans[0].start > total.spans[0].start and e.event_type == total.event_type
            and e.place is not None and e.place_source not in INFERRED_SOURCES and _of_its_time(total, e)]
    tolled = [e for e in acts if e.fatalities]  # the body's acts with a toll of their own: a list's parts share one
    if any(one_place(e.place, total.place) and e.place_precision == total.place_precision and not e.fatalities
           and e.part is None and e.spans[0].start not in lead_starts for e in acts):
        return False  # the act told at the headline's place: the headline gives its toll
    places: list = []  # (part, place): a part a list names is a place of its own, wherever it is put
    for e in tolled:
        if ((e.part is not None or e.place_precision != total.place_precision or not one_place(e.place, total.place))
                and _inside(total, e) and not any(_one_of(e, p) for p in places)):
            places.append((e.part, e.place))
    return len(places) >= 2


def _one_of(act: ArticleEvent, told: tuple) -> bool:
    part, place = told
    return act.part == part and (part is not None or one_place(act.place, place))


def day_totals_dropped(events: Sequence[ArticleEvent]) -> list[ArticleEvent]:
    """``events`` (an article's, before its retellings are joined) with the headline's or lead's
    telling of a day's total over acts the body tells at several places left without a toll (see
    the module)."""
    lead_starts = _lead_starts(events)
    return [replace(e, fatalities=None, tally=Tally(heard=e.tally.heard))
            if (e.spans and e.spans[0].start in lead_starts and e.fatalities and e.place is not None
                and e.place.admin1 and e.date_start is not None and e.date_precision == "day"
                and _summary(e, events, lead_starts)) else e
            for e in events]
