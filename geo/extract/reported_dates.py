"""A reported act's date is never after its article's publication.

:func:`geo.extract.dates.find_dates` resolves what a sentence says, future included: a day and
month without a year may fall up to a week after publication ("talks on June 10" in a June 5
article), "tomorrow", "next Saturday", "le lendemain" of a day already at publication, or a year
written after it.  A sentence whose own date starts after publication speaks of the future (a
planned meeting, a deadline, a forecast) and reports no act; a period that starts before and
ends after publication ("in June", "from 3 to 9 June" in a June 5 article) is cut at it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from geo.extract.dates import DateMention

__all__ = ["bounded_by_publication"]


def bounded_by_publication(mention: DateMention | None,
                           published: date | None) -> tuple[DateMention | None, bool]:
    """(the date, cut at publication; whether it lies wholly after publication: then the date
    is ``None``).  Without a publication date or a resolved date, the date is kept as it is."""
    if mention is None or published is None or mention.date_start is None:
        return mention, False
    if isinstance(published, datetime):
        published = published.date()
    if mention.date_start > published:
        return None, True
    if mention.date_end is not None and mention.date_end > published:
        return replace(mention, date_end=published), False
    return mention, False
