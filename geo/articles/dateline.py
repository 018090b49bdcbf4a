"""The publication date an article prints at its top: its dateline or byline.

Only the first :data:`TOP_CHARS` characters are read, and only a full date (day, month and
year: "Wed 05 Apr 2017", "June 4 2016", "17.05.2017", "4 juin 2016", "30 Mar 2014"; a day glued
to its year as scrapers leave it, "Jul 152015", also reads) that stands where a dateline stands:

1. after a publication label: "Published", "Posted on", "Date of publication", "First
   published", "Publié le", "Date de publication", "Mis en ligne le";
2. at the start of a line (maybe after an abbreviated weekday: "Fri Sep 27 2013"), or after a
   byline: a full weekday name ("AFP Thursday 2 Jun 2016") or a dash ("Ariane B. — 10 février
   2013");
3. anywhere else in the top, unless after a preposition or article (a headline run into its
   dateline: "… on Aleppo city 6 October 2016 Aleppo SANA");
4. after an update label ("Updated", "Last updated", "Mis à jour le"): the article is at least
   that old, so it bounds its events when nothing else dates it.

The first kind found wins, in that order (then the first in the text).  A date after a
preposition ("on 4 June 2016", "le 4 juin 2016") is a date of the news, not a dateline.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from geo.extract.date_patterns import MONTH_NUMBERS, WEEKDAY_ABBREVIATIONS
from geo.extract.dates import find_dates

__all__ = ["TOP_CHARS", "dateline_date", "dateline_span"]

#: how far into the text a dateline is looked for
TOP_CHARS = 400
_PUBLISHED = re.compile(
    r"(?i:\b(?:first\s+)?published(?:\s+(?:on|at))?|\bposted(?:\s+(?:on|at))?|\bdate\s+of\s+publication"
    r"|\bpubli[ée]e?(?:\s+le)?|\bdate\s+de\s+publication|\bmis\s+en\s+ligne(?:\s+le)?)\s*[:\-–—]?\s*$"
)
_UPDATED = re.compile(
    r"(?i:\b(?:last\s+)?updated(?:\s+(?:on|at))?|\bmis\s+[àa]\s+jour(?:\s+le)?|\bactualis[ée]e?(?:\s+le)?)"
    r"\s*[:\-–—]?\s*$"
)
#: what may stand before a dateline on its line: nothing, an abbreviated weekday, a dash or bar
_LINE_START = re.compile(
    r"(?:^|\n)[ \t]*(?:(?i:" + "|".join(WEEKDAY_ABBREVIATIONS) + r")\.?,?[ \t]+)?$"
)
_BYLINE = re.compile(r"(?:[—–|]|\s-)\s*$")
#: a date of the news, not a dateline: "on 4 June 2016", "le 4 juin 2016", "since 4 June 2016"
_PREPOSITION_BEFORE = re.compile(
    r"(?i:\b(?:on|in|of|since|from|to|until|till|by|between|and|at|the|before|after|as|le|la|les|du|au|aux"
    r"|depuis|en|de|d|dès|jusqu|entre|et|avant|après|à))['’]?\s*$"
)
_WEEKDAYS = (r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi"
             r"|samedi|dimanche)")
_FULL_WEEKDAY = re.compile(_WEEKDAYS + r"\b")
_WEEKDAY_BEFORE = re.compile(r"\b" + _WEEKDAYS + r",?\s+$")
#: what :func:`~geo.extract.dates.find_dates` leaves to a dateline: "30 Mar 2014" and "Mar 30
#: 2014" ("Mar" alone is no month in running text), "Jul 152015" (the day glued to the year)
_WORD_DATE = re.compile(
    r"\b(?:(?P<m1>[A-Za-zéû]{3,9})\.?\s+(?P<d1>[0-3]?\d),?\s*(?P<y1>(?:19|20)\d\d)"
    r"|(?P<d2>[0-3]?\d)\s+(?P<m2>[A-Za-zéû]{3,9})\.?,?\s+(?P<y2>(?:19|20)\d\d))\b"
    r"|(?<![\d.])(?P<d3>[0-3]\d)\.(?P<m3>[01]\d)\.(?P<y3>(?:19|20)\d\d)(?=[A-Za-z(])"
)


def _word_dates(top: str) -> list[tuple[int, int, date]]:
    out = []
    for m in _WORD_DATE.finditer(top):
        if m.group("m3"):
            day, month, year = m.group("d3"), int(m.group("m3")), m.group("y3")
        else:
            word, day, year = m.group("m1", "d1", "y1") if m.group("m1") else m.group("m2", "d2", "y2")
            month = MONTH_NUMBERS.get(word.lower().translate(str.maketrans("éû", "eu")))
        try:
            out.append((m.start(), m.end(), date(int(year), month, int(day))))
        except (TypeError, ValueError):
            continue
    return out


def dateline_date(text: str) -> date | None:
    """The publication date printed at the top of ``text`` (see the module), else ``None``."""
    found = _dateline(text)
    return found[2] if found else None


def dateline_span(text: str) -> tuple[int, int] | None:
    """Where ``text`` prints its dateline (start, end character offsets), else ``None``: the
    publication date written there dates the article, not an act of the sentence it is glued to
    ("Saturday 24 December 2016 Militias carry out executions in X")."""
    found = _dateline(text)
    return (found[0], found[1]) if found else None


def _dateline(text: str) -> tuple[int, int, date] | None:
    """(start, end, date) of the dateline of ``text`` (see the module)."""
    return _dateline_of_top(text[:TOP_CHARS])


@lru_cache(maxsize=256)  # the same article's top is read by the reader and by the event rules
def _dateline_of_top(top: str) -> tuple[int, int, date] | None:
    found = [(m.start, m.end, m.date_start, m.text) for m in find_dates(top, "", None)
             if m.kind == "absolute" and m.precision == "day" and m.date_start is not None]
    found += [(start, end, when, top[start:end]) for start, end, when in _word_dates(top)
              if all(end <= s or start >= e for s, e, _w, _t in found)]
    ranked = []
    for start, _end, when, written in found:
        before = top[max(0, start - 40):start]
        if _PUBLISHED.search(before):
            kind = 0
        elif (_LINE_START.search(top[:start]) or _BYLINE.search(before) or _FULL_WEEKDAY.match(written)
              or _WEEKDAY_BEFORE.search(before)):
            kind = 1
        elif _UPDATED.search(before):
            kind = 3
        elif not _PREPOSITION_BEFORE.search(before):
            kind = 2
        else:
            continue
        ranked.append((kind, start, _end, when))
    if not ranked:
        return None
    _kind, start, end, when = min(ranked)
    return start, end, when
