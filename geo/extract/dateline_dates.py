"""The dateline's date is the article's, not an act's, where the sentence it is glued to has a
date of its own.

Scraped articles run their dateline into the first sentence: "Date of publication 21 September
2016 Warplanes struck the convoy on Monday night", "Saturday 24 December 2016 Militias executed
six men on Friday".  :func:`geo.articles.dateline.dateline_span` says where the dateline is; a
date mention inside it is left out of its sentence's dates when the sentence writes another date
that is not background, so the act is dated by its own day ("on Monday night").  A sentence
whose only date is the dateline keeps it: a lead glued to its dateline is the day's report ("Sat
Jul 26 2014 Militants execute 50 captive soldiers in X").  A wire dateline's date, the one before
an agency's name in parentheses ("BEIRUT, Sept 22 (Reuters) - … on Wednesday", "DAMAS, 22 sept
(AFP)"), is the dateline's too, with or without its year.

A wire dateline's day a few days before the publication date is the day the dispatch was written
(:func:`written_on`): "BEYROUTH, 11 mars 2016 (AFP) - … tués hier" posted on the 16th is the 10th's act.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from geo.articles.dateline import TOP_CHARS, dateline_span
from geo.extract.dates import DateMention, find_dates
from geo.extract.sentences import Sentence

__all__ = ["AGENCIES", "AGENCY_AFTER", "WRITTEN_LAG_DAYS", "own_dates", "written_on"]

#: the news agencies whose name closes a wire dateline ("BEIRUT (Reuters) -", "Moscou AFP")
AGENCIES = r"(?:AFP|AP|Reuters|Sputnik|SANA|Xinhua|Anadolu|dpa|UPI|IANS|TASS|RIA|IRNA|ANSA)"
#: an agency's name in parentheses right after a dateline's place or date ("(AFP)", "( Reuters )")
AGENCY_AFTER = re.compile(rf"\s*\(\s*{AGENCIES}\s*\)")
#: the most days a wire dateline's day may lie before the publication date and still be the day the
#: dispatch was written (filed, then posted or archived some days later)
WRITTEN_LAG_DAYS = 7


def written_on(text: str, lang: str, published: date | None) -> date | None:
    """The day a wire dispatch was written: its dateline's day ("BEYROUTH, 11 mars 2016 (AFP) -",
    "ALEP, 13 mars (AFP)", "BEIRUT, March 11 (Reuters) -") when it lies 1 to :data:`WRITTEN_LAG_DAYS`
    days before ``published``, else ``published``.  The dispatch's relative days ("hier",
    "aujourd'hui", "on Tuesday") are counted from the day it was written."""
    top = text[:TOP_CHARS]
    if published is None or AGENCY_AFTER.search(top) is None:
        return published
    for d in find_dates(top, lang, published):
        if (d.precision == "day" and d.date_start is not None and AGENCY_AFTER.match(top, d.end)
                and 0 < (published - d.date_start).days <= WRITTEN_LAG_DAYS):
            return d.date_start
    return published


def own_dates(text: str, sentences: Sequence[Sentence],
              dates: Sequence[list[DateMention]]) -> list[list[DateMention]]:
    """Each sentence's date mentions (``dates``, offsets into the sentence), less the dateline's
    where the sentence has another date that is not background."""
    printed = dateline_span(text) or (-1, -1)
    out = []
    for sentence, found in zip(sentences, dates, strict=True):
        inside = [d for d in found if printed[0] <= sentence.start + d.start < printed[1]
                  or AGENCY_AFTER.match(sentence.text, d.end)]
        others = [d for d in found if d not in inside and d.kind != "background"]
        out.append([d for d in found if d not in inside] if inside and others else list(found))
    return out
