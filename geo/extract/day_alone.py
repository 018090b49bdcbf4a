"""A day of the month told without its month, as French wire copy writes a day of the weeks just
reported: "Le 3, un attentat avait fait huit morts", "le 12 au soir", "dans la nuit du 2 au 3".

The month is the publication's when that day is not after the publication day, else the month
before (a story filed on 5 March telling "le 28" means 28 February); a day the month lacks is no
date.  Only a day number opening its sentence or clause before a comma ("Le 3, …"), or set
before a part of the day ("le 12 au soir", "le 1er au matin"), or the two ends of a night ("dans
la nuit du 2 au 3") is read so: "le 3e régiment", "le 1er ministre", "le 15 mars" (an absolute
date: :mod:`geo.extract.date_patterns`) are not.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

__all__ = ["FR_DAY_ALONE", "FR_DAY_ALONE_CUE", "day_in_reported_month"]

_DAY = r"(?<![\w.,:/])(?P<{name}>[0-3]?\d)(?:er)?(?![\w:.,]\d)"
#: "Le 3," at a sentence or clause opening; "le 12 au soir"; "dans la nuit du 2 au 3"
FR_DAY_ALONE = re.compile(
    rf"(?:^|(?<=[,;:]\s))(?i:le)\s+{_DAY.format(name='d_a')}(?=\s*,)"
    rf"|\b(?i:le)\s+{_DAY.format(name='d_b')}\s+(?i:au\s+(?:soir|matin))\b"
    # ... or after a participle, before where the act was: "tués le 12 à Douma", "bombardée le 3 dans la nuit"
    rf"|(?:(?<=[ée]\s)|(?<=[ée]s\s))(?i:le)\s+{_DAY.format(name='d_c')}(?=\s+(?i:à|au|aux|dans|près|sur|lors|par)\s)"
    rf"|\b(?i:(?:dans\s+)?la\s+nuit\s+du)\s+{_DAY.format(name='d1')}\s+(?i:au)\s+{_DAY.format(name='d2')}"
    r"(?!\s+(?i:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|sept|oct|nov|d[ée]c|\d))"
)

#: what every reading of FR_DAY_ALONE has: "le" or "du" and a day number (a text without it is not read)
FR_DAY_ALONE_CUE = re.compile(r"(?=[lLdD])(?:le|du)\s+\d", re.I)


def day_in_reported_month(day: int, published: date) -> date | None:
    """The ``day`` of the publication's month when not after publication, else of the month
    before; None when that month lacks the day or the day number is no day."""
    if not 1 <= day <= 31:
        return None
    month_start = published.replace(day=1)
    if day > published.day:
        month_start = (month_start - timedelta(days=1)).replace(day=1)
    try:
        return month_start.replace(day=day)
    except ValueError:
        return None
