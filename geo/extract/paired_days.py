"""Places listed each with its own day: "mardi à Homs et mercredi à Hama", "à Idleb samedi et à
Alep dimanche", "on Monday in Homs and on Tuesday in Hama".

ACLED's unit is one act, one place, one day: such a list tells an act at each place on the day
set beside it, not the sentence's first day at every place.  A day word between two items does
not end the list (:func:`geo.extract.place_lists.listed_after`: :data:`PAIRED_DAY_RE`), and each
item takes the day written right before it ("mercredi à Hama") or right after it ("à Hama
mercredi"), when the sentence sets at least two different days so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from geo.extract.date_patterns import WEEKDAY_NUMBERS
from geo.extract.dates import DateMention
from geo.extract.places import PlaceMention

if TYPE_CHECKING:
    from geo.extract.events import ArticleEvent

__all__ = ["PAIRED_DAY_RE", "give_paired_days"]

#: the weekday names (geo.extract.date_patterns, English and French), "hier" and "yesterday"
_WEEKDAYS = f"(?:{'|'.join([*WEEKDAY_NUMBERS, 'hier', 'yesterday'])})"
#: a day word that may stand between two list items ("et mercredi à", "and on Tuesday in")
PAIRED_DAY_RE = re.compile(rf"(?<![\w-])(?:on\s+)?{_WEEKDAYS}(?:\s+(?:soir|matin|night|morning|evening))?(?![\w-])",
                           re.I)
#: what may stand between a day and the place right after it ("mardi à", "on Tuesday in the town of")
_BEFORE_PLACE_RE = re.compile(
    r"\s*,?\s*(?:(?:à|a|au|aux|dans|sur|près\s+de|in|at|on|near)\s+)?"
    r"(?:(?:la|le|les|the)\s+|l['’]\s*)?(?:(?:ville|localité|village|quartier|town|village|city)\s+(?:de|d['’]|of)\s*)?",
    re.I)
#: ... and between a place and the day right after it ("à Hama mercredi", "in Hama on Tuesday")
_AFTER_PLACE_RE = re.compile(r"\s*,?\s*(?:on\s+)?", re.I)


def _day_of(text: str, mention: PlaceMention, days: Sequence[tuple[int, int, DateMention]]) -> DateMention | None:
    before = next((d for s, e, d in reversed(days) if e <= mention.start
                   and _BEFORE_PLACE_RE.fullmatch(text, e, mention.start)), None)
    if before is not None:
        return before
    return next((d for s, e, d in days if s >= mention.end and _AFTER_PLACE_RE.fullmatch(text, mention.end, s)), None)


def give_paired_days(text: str, sentence_start: int, dates: Sequence[DateMention],
                     mentions: Sequence[PlaceMention | None], events: Sequence[ArticleEvent]) -> None:
    """Date each of ``events`` (the same act at each of ``mentions``, the places of one list) by
    the day set beside its place, when the sentence (opening at ``sentence_start``; ``dates``: its
    date expressions, offsets in the sentence) sets two different days beside them (see the
    module)."""
    days = [(sentence_start + d.start, sentence_start + d.end, d) for d in dates
            if d.precision == "day" and d.date_start is not None and d.kind != "background"]
    if len(days) < 2 or len(mentions) != len(events):
        return
    own = [_day_of(text, m, days) if m is not None else None for m in mentions]
    if len({(d.date_start, d.date_end) for d in own if d is not None}) < 2:
        return
    for event, day in zip(events, own, strict=True):
        if day is not None:
            event.date_start, event.date_end, event.date_precision = day.date_start, day.date_end, "day"
