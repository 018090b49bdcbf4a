"""Places listed each with its own day: "mardi à Homs et mercredi à Hama", "à Idleb samedi et à
Alep dimanche", "on Monday in Homs and on Tuesday in Hama", "Homs le 18 septembre et Damas le 21
septembre", "in Homs on September 18 and in Damascus on September 21".

ACLED's unit is one act, one place, one day: such a list tells an act at each place on the day
set beside it, not the sentence's first day at every place.  A day word between two items does
not end the list (:func:`geo.extract.place_lists.listed_after`: :data:`PAIRED_DAY_RE`), and each
item takes the day written right before it ("mercredi à Hama") or right after it ("à Hama
mercredi"), when the sentence sets at least two different days so (an item's day may be
history: :func:`geo.extract.background.is_reported`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from geo.extract.background import is_reported
from geo.extract.date_patterns import DAY_OF_MONTH, WEEKDAY_NUMBERS
from geo.extract.dates import DateMention
from geo.extract.places import PlaceMention

if TYPE_CHECKING:
    from geo.extract.events import ArticleEvent

__all__ = ["PAIRED_DAY_RE", "give_paired_days"]

#: the weekday names (geo.extract.date_patterns, English and French), "hier" and "yesterday"
_WEEKDAYS = f"(?:{'|'.join([*WEEKDAY_NUMBERS, 'hier', 'yesterday'])})"
#: a day word or a day of a month that may stand between two list items ("et mercredi à", "and on
#: Tuesday in", "Homs le 18 septembre et Damas")
PAIRED_DAY_RE = re.compile(rf"(?<![\w-])(?:(?:on\s+)?{_WEEKDAYS}(?:\s+(?:soir|matin|night|morning|evening))?|{DAY_OF_MONTH})"
                           r"(?![\w-])", re.I)
#: what may stand between a day and the place right after it ("mardi à", "on Tuesday in the town of")
_BEFORE_PLACE_RE = re.compile(
    r"\s*,?\s*(?:(?:à|a|au|aux|dans|sur|près\s+de|in|at|on|near)\s+)?"
    r"(?:(?:la|le|les|the)\s+|l['’]\s*)?(?:(?:ville|localité|village|quartier|town|village|city)\s+(?:de|d['’]|of)\s*)?",
    re.I)
#: ... and between a place and the day right after it ("à Hama mercredi", "in Hama on Tuesday")
_AFTER_PLACE_RE = re.compile(r"\s*,?\s*(?:on\s+(?:the\s+)?|le\s+|the\s+)?", re.I)
#: ... and between two days of one place ("le 9 juillet et le 15 août", "on July 9 and on August 15")
_MORE_DAYS_RE = re.compile(r"\s*(?:,\s*)?(?:et|and)\s+(?:on\s+(?:the\s+)?|le\s+|the\s+)?", re.I)


def _day_of(text: str, mention: PlaceMention, days: Sequence[tuple[int, int, DateMention]]) -> DateMention | None:
    before = next((d for s, e, d in reversed(days) if e <= mention.start
                   and _BEFORE_PLACE_RE.fullmatch(text, e, mention.start)), None)
    if before is not None:
        return before
    return next((d for s, e, d in days if s >= mention.end and _AFTER_PLACE_RE.fullmatch(text, mention.end, s)), None)


def _more_days(text: str, day: DateMention, days: Sequence[tuple[int, int, DateMention]]) -> list[DateMention]:
    """The days told right after ``day``, joined to it ("le 9 juillet et le 15 août")."""
    at = next((i for i, (_, _, d) in enumerate(days) if d is day), None)
    more: list[DateMention] = []
    while at is not None and at + 1 < len(days) and _MORE_DAYS_RE.fullmatch(text, days[at][1], days[at + 1][0]):
        at += 1
        more.append(days[at][2])
    return more


def give_paired_days(text: str, sentence_start: int, dates: Sequence[DateMention],
                     mentions: Sequence[PlaceMention | None], events: Sequence[ArticleEvent],
                     published: date | None = None) -> list[ArticleEvent]:
    """Date each of ``events`` (the same act at each of ``mentions``, the places of one list) by
    the day set beside its place, when the sentence (opening at ``sentence_start``; ``dates``: its
    date expressions, offsets in the sentence) sets two different days beside them (see the
    module); an item whose day is older than the reported window before ``published`` is
    background.  Returns the acts on the further days set after one place ("Beyrouth le 9 juillet
    et le 15 août": Beirut on 15 August too)."""
    days = [(sentence_start + d.start, sentence_start + d.end, d) for d in dates
            if d.precision == "day" and d.date_start is not None and d.kind != "background"]
    if len(days) < 2 or len(mentions) != len(events):
        return []
    own = [_day_of(text, m, days) if m is not None else None for m in mentions]
    if len({(d.date_start, d.date_end) for d in own if d is not None}) < 2:
        return []
    further: list[ArticleEvent] = []
    for event, day in zip(events, own, strict=True):
        if day is None:
            continue
        news = event.reported
        for i, told in enumerate([day, *_more_days(text, day, days)]):
            act = event if i == 0 else replace(event, spans=list(event.spans), actors=list(event.actors))
            act.date_start, act.date_end, act.date_precision = told.date_start, told.date_end, "day"
            # an item's day may be history ("Tripoli le 23 août et Beyrouth le 9 juillet")
            act.reported = news and is_reported(event.spans[0].sentence, told.date_start, told.date_end, published)
            if i:
                further.append(act)
    return further
