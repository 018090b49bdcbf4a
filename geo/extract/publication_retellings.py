"""A telling dated only by the report's day joins the body's telling of the same act.

A headline or lead that writes no day of its own is dated by the article: the publication day
(:func:`geo.extract.same_day.dated_by_publication`, ``date_source`` ``"publication"``).  The body tells the same act on
its own day, often the day before ("… executed six men on Friday", published on Saturday).  Such
a pair is one act when the publication-dated telling is of the very same type of act and the
told act's day lies at most :data:`PUBLICATION_LAG_DAYS` before the publication day (the place
test is :mod:`geo.extract.retellings`'s: the same or a containing place).  The joined event keeps
the act's own day (:func:`geo.extract.retellings.join_retellings` keeps the earlier day and the
finer place); once a telling of its own day has joined it, the act's day is told
(:func:`told_on_the_same_day`) and no further act of an earlier day joins it.  Two acts each dated by the text stay apart, whatever their days.

A headline glued to its dateline ("Saturday 24 December 2016 Militias execute …") keeps the
dateline as a date of its own (:mod:`geo.extract.dateline_dates`) and is not joined this way:
such a lead is often the day's own report.

A sentence whose only date is the day a source spoke ("Tests on victims of the attack in Idlib
province point to sarin, the health ministry said on Thursday", "…, a indiqué jeudi l'OSDH":
``date_source`` ``"speech"``, :mod:`geo.extract.speech_dates`) is dated by its report in the same
way: it joins the act of its type told a few days before, and the act keeps its own day.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from geo.extract.same_day import STORY_DAYS

if TYPE_CHECKING:
    from geo.extract.events import ArticleEvent

__all__ = ["PUBLICATION_LAG_DAYS", "REPORT_DAY_SOURCES", "publication_lag", "retold_on_publication", "told_on_the_same_day"]

#: the most days a report may be published after the act it tells: the next day is usual; a
#: weekly or a Monday edition reports the Friday's act three days later
PUBLICATION_LAG_DAYS = 3


def publication_lag(on_publication: ArticleEvent) -> int:
    """The most days before the publication an act retold by ``on_publication`` (a telling dated
    by the publication's day) may lie: :data:`PUBLICATION_LAG_DAYS`, or for the article's headline
    the days of a story filed after the fact (:data:`~geo.extract.same_day.STORY_DAYS`): a Friday
    story's "Car bomb kills 15 in X" tells the body's "a car bomb killed 15 in X on Monday"."""
    headline = any(span.start == 0 for span in on_publication.spans)
    return STORY_DAYS.days if headline else PUBLICATION_LAG_DAYS


#: the ``date_source`` of a telling dated only by its report: the publication, a source's speech
REPORT_DAY_SOURCES = frozenset({"publication", "speech"})


def _told_days_before(told, on_publication) -> bool:
    if told.date_start is None or on_publication.date_start is None:
        return False
    lag = (on_publication.date_start - (told.date_end or told.date_start)).days
    return 0 < lag <= PUBLICATION_LAG_DAYS


def retold_on_publication(a, b, *, generic: Callable[[ArticleEvent], bool] | None = None) -> bool:
    """Whether one of two events of one type is dated only by its report (the publication, a
    source's speech: :data:`REPORT_DAY_SOURCES`) and the other, dated by the text, lies at most
    :data:`PUBLICATION_LAG_DAYS` before it.  The telling dated by its report may also name the act
    only by a generic word (``generic``: :func:`geo.extract.retellings.generic`): "6 killed in terrorist
    attacks on A and B" tells the body's shelling of A on Thursday; not the other way round (a
    generic "six had been killed the previous day" is no earlier telling of the day's shelling)."""
    if (a.date_source in REPORT_DAY_SOURCES) == (b.date_source in REPORT_DAY_SOURCES):
        return False
    told, on_publication = (b, a) if a.date_source in REPORT_DAY_SOURCES else (a, b)
    if a.event_type != b.event_type and not (generic is not None and generic(on_publication)):
        return False
    return told.date_source != "undated" and _told_days_before(told, on_publication)


def told_on_the_same_day(joined, b) -> bool:
    """Whether ``joined``, dated only by its report, is retold by ``b`` on that very day by
    the text (its ``date_source`` then becomes ``b``'s)."""
    return (joined.date_source in REPORT_DAY_SOURCES and b.date_source not in {*REPORT_DAY_SOURCES, "undated"}
            and b.date_start is not None and b.date_start == joined.date_start
            and (b.date_end or b.date_start) == (joined.date_end or joined.date_start))
