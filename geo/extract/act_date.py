"""Which of a sentence's date expressions dates the act it tells.

:func:`geo.extract.dates.find_dates` finds every date a sentence writes; the act's date is

* the first that is not background ("since 2011" dates a stretch of history, not the act);
* unless that first is a period (a relative one: "in recent days", "this week", "at the
  weekend", "overnight"; or a month or a year) and a later, shorter date lies inside it: that is
  the narrower telling of the same time ("stepped up raids in recent days, killing 57 when it
  bombed the town at the weekend", "cette semaine … mardi");
* unless that first is a month or a year that ended before the reported window (history told in
  an apposition or a relative clause: "Homs, berceau de la révolte en 2011, a été frappée mardi",
  "the town, which rebels seized in 2013, was shelled on Tuesday") and a later day lies inside the
  window: that day dates the act;
* an anaphoric date of no shift ("à l'aube", "the same day") before a day the sentence names is that
  day's ("Les avions ont frappé à l'aube, …, où 11 civils ont été tués mardi");
* an anaphoric date ("the same day", "le lendemain", "la veille") is resolved against the last
  date the article told (``last``); without one, "la veille" / "the day before" and "le même
  jour" / "the same day" are told from the day of publication (a wire story's "la veille" is the
  day before the one it reports: "La veille, des raids avaient fait 12 morts"), and "le
  lendemain" stays unresolved; a count of days ("two days later", "a day earlier") moves that
  many days from the last date told, and stays unresolved without one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from geo.extract.background import REPORTED_WINDOW_DAYS
from geo.extract.date_patterns import DAYS_LATER_EN
from geo.extract.dates import DateMention
from geo.extract.number_words import parse_number

__all__ = ["DAY_KINDS", "narrows_a_period", "sentence_date"]

#: the kinds of date that may be a period a later single day narrows down
_PERIOD_KINDS = frozenset({"relative", "month", "year"})
#: the kinds of date that may narrow a period down (not an anaphoric one: it has no date of its own)
_NARROWING_KINDS = frozenset({"absolute", "relative", "weekday", "range", "month"})
#: the kinds of date history is told by in a sentence that reports a later act ("en 2011", "in March 2013")
_HISTORY_KINDS = frozenset({"month", "year"})
#: the kinds of date that tell the reported act's own day
DAY_KINDS = frozenset({"absolute", "relative", "weekday"})
_NEXT_DAY_RE = re.compile(r"next|following|day after|lendemain|jour suivant|later", re.I)
_DAY_BEFORE_RE = re.compile(r"day before|previous|preceding|veille|jour précédent|earlier", re.I)
#: a count of days told before "later", "earlier" (its first word the count)
_DAYS_COUNT_RE = re.compile(DAYS_LATER_EN, re.I)


def _shift(text: str) -> int:
    """How many days an anaphoric date lies after (or before: negative) the day told before it."""
    direction = 1 if _NEXT_DAY_RE.search(text) else -1 if _DAY_BEFORE_RE.search(text) else 0
    if _DAYS_COUNT_RE.fullmatch(text) is None:
        return direction
    word = text.split()[0].lower()
    return direction * (1 if word == "a" else parse_number(word, "en") or 1)


def _narrower(period: DateMention, later: Sequence[DateMention]) -> DateMention | None:
    """A later date that lies inside ``period`` and is shorter, when ``period`` is a period of
    the kinds that may be narrowed (else None)."""
    if period.kind not in _PERIOD_KINDS or period.date_start is None or period.date_end is None:
        return None
    length = period.date_end - period.date_start
    return next((d for d in later if d.kind in _NARROWING_KINDS and d.date_start is not None
                 and d.date_end is not None and period.date_start <= d.date_start
                 and d.date_end <= period.date_end and d.date_end - d.date_start < length), None)


def _day_after_history(first: DateMention, later: Sequence[DateMention],
                       published: date | None) -> DateMention | None:
    """A later single day inside the reported window when ``first`` is a month or a year that ended
    before that window (history told beside the act: "berceau de la révolte en 2011, … mardi"), else None."""
    if published is None or first.kind not in _HISTORY_KINDS or first.date_end is None:
        return None
    window = published - timedelta(days=REPORTED_WINDOW_DAYS)
    if first.date_end >= window:
        return None
    return next((d for d in later if d.kind in DAY_KINDS and d.date_start is not None
                 and d.date_start == (d.date_end or d.date_start) and window <= d.date_start <= published), None)


def sentence_date(mentions: Sequence[DateMention], last: DateMention | None,
                  published: date | None = None) -> DateMention | None:
    """The date of the act a sentence tells, of its date expressions ``mentions`` (in text
    order); ``last``: the last date the article told before it; ``published``: the day of
    publication (see the module)."""
    own = [d for d in mentions if d.kind != "background"]
    if not own:
        return None
    first = own[0]
    if first.kind == "anaphoric":
        shift = _shift(first.text)
        later = next((d for d in own[1:] if d.kind in DAY_KINDS and d.date_start is not None), None)
        if shift == 0 and later is not None:  # "à l'aube, …, mardi": the dawn of the day the sentence names
            return later
        if last is None or last.date_start is None:
            if published is None or shift > 0 or _DAYS_COUNT_RE.fullmatch(first.text):
                return first
            day = published + timedelta(days=shift)
            return replace(first, date_start=day, date_end=day, precision="day")
        day = last.date_start + timedelta(days=shift)
        return replace(first, date_start=day, date_end=day if shift else (last.date_end or day),
                       precision=last.precision)
    return _narrower(first, own[1:]) or _day_after_history(first, own[1:], published) or first


def narrows_a_period(mentions: Sequence[DateMention]) -> bool:
    """Whether the sentence's act is dated by a day inside the period it first tells ("in recent
    days … at the weekend"): a toll told with it is that day's act's, not the period's."""
    own = [d for d in mentions if d.kind != "background"]
    return bool(own) and _narrower(own[0], own[1:]) is not None
