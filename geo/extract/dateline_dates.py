"""The dateline's date is the article's, not an act's, where the sentence it is glued to has a
date of its own.

Scraped articles run their dateline into the first sentence: "Date of publication 21 September
2016 Warplanes struck the convoy on Monday night", "Saturday 24 December 2016 Militias executed
six men on Friday".  :func:`geo.articles.dateline.dateline_span` says where the dateline is; a
date mention inside it is left out of its sentence's dates when the sentence writes another date
that is not background, so the act is dated by its own day ("on Monday night").  A sentence
whose only date is the dateline keeps it: a lead glued to its dateline is the day's report ("Sat
Jul 26 2014 Militants execute 50 captive soldiers in X").
"""

from __future__ import annotations

from collections.abc import Sequence

from geo.articles.dateline import dateline_span
from geo.extract.dates import DateMention
from geo.extract.sentences import Sentence

__all__ = ["own_dates"]


def own_dates(text: str, sentences: Sequence[Sentence],
              dates: Sequence[list[DateMention]]) -> list[list[DateMention]]:
    """Each sentence's date mentions (``dates``, offsets into the sentence), less the dateline's
    where the sentence has another date that is not background."""
    printed = dateline_span(text)
    if printed is None:
        return [list(found) for found in dates]
    out = []
    for sentence, found in zip(sentences, dates, strict=True):
        inside = [d for d in found if printed[0] <= sentence.start + d.start < printed[1]]
        others = [d for d in found if d not in inside and d.kind != "background"]
        out.append([d for d in found if d not in inside] if inside and others else list(found))
    return out
