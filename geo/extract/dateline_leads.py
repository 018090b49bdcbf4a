"""A lead dated only by its dateline takes the day a later sentence gives the act it names again.

Scraped articles glue their dateline to the lead ("Date of publication 3 October 2016 An attack
on a clinic has killed two patients"); the lead's only date is then the publication's, kept as
its own (:mod:`geo.extract.dateline_dates`: such a lead is often the day's own report).  When a
later sentence names an act again with a definite word ("the bombing on Saturday",
"Tuesday's attack", "l'attaque de samedi") and a day of its own at most
:data:`~geo.extract.publication_retellings.PUBLICATION_LAG_DAYS` before the dateline's, that is
the act's day: the event is dated by it (and may then join the body's telling of that day,
:mod:`geo.extract.retellings`).  A lead that writes its own day, the dateline's ("Posted on July 2
2016 … Thirty civilians were killed on Saturday", a Saturday), is dated by it, not only by its
dateline: a later sentence's day is another act's ("… after his plane crashed on Friday").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from geo.articles.dateline import dateline_date, dateline_span
from geo.extract.act_lexicon import ACT_NOUNS
from geo.extract.confidence import date_source, event_confidence
from geo.extract.dates import DateMention
from geo.extract.publication_retellings import PUBLICATION_LAG_DAYS
from geo.extract.sentences import Sentence

if TYPE_CHECKING:
    from geo.extract.events import ArticleEvent

__all__ = ["dated_by_retellings"]

#: an act named with a definite word, maybe past one qualifying word: "the bombing", "this
#: attack", "the deadly air strike", "l'attaque", "la frappe", "cet attentat"
_DEFINITE_ACT_RE = re.compile(
    r"(?<![\w-])(?:the|this|that|cette|cet|ce|la|le|l['’]|[A-Z]\w+day['’]?s)\s*(?:[\w-]+\s+)?"
    rf"{ACT_NOUNS}(?![\w-])", re.I)


def _day_of_retelling(sentence: Sentence, dates: Sequence[DateMention]) -> DateMention | None:
    """The one day ``sentence`` writes when it names an act with a definite word, else None."""
    if _DEFINITE_ACT_RE.search(sentence.text) is None:
        return None
    days = [d for d in dates if d.precision == "day" and d.kind != "background" and d.date_start is not None]
    return days[0] if len(days) == 1 else None


def dated_by_retellings(text: str, sentences: Sequence[Sentence], dates: Sequence[Sequence[DateMention]],
                        events: Sequence[ArticleEvent]) -> list[ArticleEvent]:
    """``events`` with the lead dated only by the dateline (its first sentence holds the dateline,
    its day is the dateline's) dated by the first later definite retelling of its act, when that
    day lies at most :data:`PUBLICATION_LAG_DAYS` before."""
    printed, day = dateline_span(text), dateline_date(text)
    if printed is None or day is None:
        return list(events)
    # a day the dateline's sentence writes besides the dateline: the lead's own
    own_day = any(printed[0] < s.end and not printed[0] <= s.start + d.start < printed[1] and d.kind != "background"
                  for s, ds in zip(sentences, dates, strict=True) if s.start <= printed[0] for d in ds)
    out = []
    for event in events:
        first = event.spans[0] if event.spans else None
        if (own_day or first is None or not first.start <= printed[0] < first.end or event.date_precision != "day"
                or event.date_start != day or (event.date_end or day) != day):
            out.append(event)
            continue
        later = ((s, ds) for s, ds in zip(sentences, dates, strict=True) if s.start >= first.end)
        told = next((d for s, ds in later if (d := _day_of_retelling(s, ds)) is not None), None)
        if told is not None and 0 < (day - told.date_start).days <= PUBLICATION_LAG_DAYS:
            how = date_source(told)
            event = replace(event, date_start=told.date_start, date_end=told.date_end or told.date_start,
                            date_source=how, confidence=event_confidence(
                                event.place_source, how, event.type_source, event.background_hint))
        out.append(event)
    return out
