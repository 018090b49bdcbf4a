"""Date expressions in English and French news text, resolved against the publication date.

``find_dates(text, lang, published)`` returns :class:`DateMention` s, sorted by offset and
non-overlapping (where candidates overlap, the longest wins).  What is found:

``absolute``    a day and a month, maybe a year and a weekday: "January 4", "4th January 2022",
                "Jan. 4", "le 20 janvier", "1er janvier", "samedi 22 janvier", "22.01.2022",
                "22/01/2022" (day first), "2022-01-22".
``range``       "between 20 and 23 January", "from 20 to 23 January", "20-23 January",
                "January 20-23", "entre le 20 et le 23 janvier", "du 20 au 23 janvier"; of
                weekdays: "between Monday and Tuesday", "entre lundi et mardi", "dans la nuit de
                samedi à dimanche" (ending on the latest such day on or before publication).
``weekday``     "Saturday", "last Saturday", "Friday night", "samedi", "samedi dernier",
                "ce samedi": the latest such day on or before publication ("last"/"dernier":
                strictly before it, "next"/"prochain": strictly after it).
``relative``    yesterday/hier, today/aujourd'hui, N days ago/il y a N jours, last week/la
                semaine dernière, this week, earlier this month/ce mois-ci, last month/le mois
                dernier, last year/l'an dernier, and the like; the periods news tells acts by:
                the weekend/ce week-end (its Saturday and Sunday), overnight/dans la nuit (the
                day before publication and that day), N weeks ago/il y a N semaines, a
                fortnight/quinze jours ago (the week around that day), N months ago/il y a N
                mois (that month), in recent days/ces derniers jours (:data:`RECENT_DAYS`), the
                past 24 hours/en 24 heures, the past N days/les N derniers jours; and plans:
                next week/la semaine prochaine, next month/le mois prochain (after publication).
``month``       "In October", "mid-May", "last October", "en octobre", "début mai", "May 2021".
``year``        "in 2019", "en 2019".
``background``  "since 2011", "depuis 2011" (also "since May 2021"): from then to publication.
``anaphoric``   "the same day", "that day", "le même jour", "ce jour-là": no date of its own; a
                part of the day told without its day ("à l'aube", "dans la soirée", "en fin de
                journée") is the day told before it, else the day of publication.

Year inference for a day without a year: the latest such date that is at most 7 days after
publication (a December date in a January article is last year's).  For a month without a
year: a month after the publication month is last year's.  Without a publication date, only
what carries its own year resolves; the rest has ``date_start = date_end = None``.

English month and weekday names must be capitalised ("may" and "march" are verbs), and a bare
"May"/"March" is a date only with a day number, a year, or a preposition/qualifier before it.
Invalid dates (31 February) are skipped silently.  The words and regexes are
:mod:`geo.extract.date_patterns`'s; this module resolves what they match.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from geo.extract.date_patterns import (
    _DEACCENT,
    _EN_ABSOLUTE,
    _EN_ANAPHORIC,
    _EN_DAY_PART,
    _EN_MONTH_ONLY,
    _EN_RANGE,
    _EN_RELATIVE,
    _EN_WEEKDAY_RANGE,
    _EN_WEEKDAY_RE,
    _EN_YEAR_ONLY,
    _FR_ABSOLUTE,
    _FR_ANAPHORIC,
    _FR_DAY_PART,
    _FR_MONTH_ONLY,
    _FR_RANGE,
    _FR_RELATIVE,
    _FR_WEEKDAY_RANGE,
    _FR_WEEKDAY_RE,
    _FR_YEAR_ONLY,
    _MONTHS,
    _NUMBERS,
    _NUMERIC,
    _WEEKDAYS,
    FR_CUES,
    _g,
)
from geo.extract.day_alone import FR_DAY_ALONE, FR_DAY_ALONE_CUE, day_in_reported_month

__all__ = ["DateMention", "find_dates"]


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int  # character offset into the text passed in
    end: int  # exclusive; text[start:end] == self.text
    text: str
    date_start: date | None  # None when it cannot be resolved (no publication date, or anaphoric)
    date_end: date | None
    precision: str  # "day" | "week" | "month" | "year"
    kind: str  # "absolute" | "relative" | "weekday" | "month" | "range" | "year" | "anaphoric" | "background"


#: how many days, publication day included, "in recent days" / "ces derniers jours" reach back:
#: the week up to publication
RECENT_DAYS = 7


# --------------------------------------------------------------------------- resolution


def _month(word: str) -> int:
    return _MONTHS[word.lower().rstrip(".").translate(_DEACCENT)]


def _valid_month_day(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= monthrange(2000, month)[1]  # 2000: Feb 29 allowed


def _infer_day(month: int, day: int, pub: date) -> date | None:
    """The latest (month, day) at most 7 days after ``pub``; None if that year lacks the day."""
    limit = pub + timedelta(days=7)
    for year in (limit.year, limit.year - 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            return None
        if candidate <= limit:
            return candidate
    return None  # pragma: no cover - one of the two years is always early enough


def _month_span(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, monthrange(year, month)[1])


def _mention(m: re.Match[str], start: date | None, end: date | None, precision: str, kind: str) -> DateMention:
    return DateMention(m.start(), m.end(), m.group(0), start, end, precision, kind)


_Handler = Callable[[re.Match[str], date | None], DateMention | None]


def _absolute(m: re.Match[str], pub: date | None) -> DateMention | None:
    day, month_word, year = _g(m, "d"), _g(m, "m"), _g(m, "y")
    assert day is not None and month_word is not None
    month, d = _month(month_word), int(day)
    if not _valid_month_day(month, d):
        return None
    if year is not None:
        try:
            when: date | None = date(int(year), month, d)
        except ValueError:
            return None
    elif pub is not None:
        when = _infer_day(month, d, pub)
        if when is None:
            return None
    else:
        when = None
    return _mention(m, when, when, "day", "absolute")


def _numeric(m: re.Match[str], pub: date | None) -> DateMention | None:
    day, month, year = int(_g(m, "d") or 0), int(_g(m, "m") or 0), int(_g(m, "y") or 0)
    if month > 12 and day <= 12 and m.group("d_a") is not None:  # 01/22/2022: month first
        day, month = month, day
    try:
        when = date(year, month, day)
    except ValueError:
        return None
    return _mention(m, when, when, "day", "absolute")


def _range(m: re.Match[str], pub: date | None) -> DateMention | None:
    d1, d2 = int(_g(m, "d1") or 0), int(_g(m, "d2") or 0)
    m1_word, m2_word = _g(m, "m1"), _g(m, "m2")
    month2 = _month(m2_word) if m2_word else _month(m1_word or "")
    month1 = _month(m1_word) if m1_word else month2
    y1_text, y2_text = _g(m, "y1"), _g(m, "y2")
    if not (_valid_month_day(month1, d1) and _valid_month_day(month2, d2)):
        return None
    if (month1, d1) == (month2, d2):
        return None
    wraps = (month1, d1) > (month2, d2)  # 30 December to 2 January
    try:
        if y2_text is not None:
            end: date | None = date(int(y2_text), month2, d2)
            y1 = int(y1_text) if y1_text is not None else int(y2_text) - wraps
            start: date | None = date(y1, month1, d1)
        elif y1_text is not None:
            start = date(int(y1_text), month1, d1)
            end = date(int(y1_text) + wraps, month2, d2)
        elif pub is not None:
            end = _infer_day(month2, d2, pub)
            if end is None:
                return None
            start = date(end.year - wraps, month1, d1)
        else:
            start = end = None
    except ValueError:
        return None
    if start is not None and end is not None and start >= end:
        return None
    return _mention(m, start, end, "day", "range")


def _month_only(m: re.Match[str], pub: date | None) -> DateMention | None:
    month = _month(_g(m, "m") or "")
    pre = (_g(m, "pre") or "").lower()
    qualifier = (_g(m, "q") or "").strip().lower()
    year_text = _g(m, "y")
    if year_text is not None:
        year: int | None = int(year_text)
    elif pub is None:
        year = None
    elif qualifier == "last":
        year = pub.year if month < pub.month else pub.year - 1
    elif qualifier == "next":
        year = pub.year if month > pub.month else pub.year + 1
    else:
        year = pub.year if month <= pub.month else pub.year - 1
    span = _month_span(year, month) if year is not None else None
    if pre in ("since", "depuis"):
        return _mention(m, span[0] if span else None, pub, "month", "background")
    return _mention(m, span[0] if span else None, span[1] if span else None, "month", "month")


def _year_only(m: re.Match[str], pub: date | None) -> DateMention | None:
    year = int(m.group("y"))
    if m.group("pre").lower() in ("since", "depuis"):
        return _mention(m, date(year, 1, 1), pub, "year", "background")
    return _mention(m, date(year, 1, 1), date(year, 12, 31), "year", "year")


_DAY_OFFSETS = {"dby": -2, "yest": -1, "today": 0, "tom": 1, "dat": 2}
#: the relative expressions whose name holds a count ("5 days ago", "il y a deux semaines")
_COUNTED = {"ago": "n", "weeksago": "w", "monthsago": "mo", "hours": "h", "pastdays": "p"}
_PERIOD_PRECISION = {"lastweek": "week", "thisweek": "week", "thismonth": "month", "lastmonth": "month",
                     "lastyear": "year", "thisyear": "year", "weeksago": "week", "monthsago": "month",
                     "pastdays": "week", "recent": "week", "nextweek": "week", "nextmonth": "month"}  # fmt: skip


def _count(m: re.Match[str], base: str) -> int:
    word = (_g(m, base) or "").lower()
    return int(word) if word.isdigit() else _NUMBERS[word]


def _month_back(pub: date, months: int) -> tuple[date, date]:
    index = pub.year * 12 + pub.month - 1 - months
    return _month_span(index // 12, index % 12 + 1)


def _weekend(pub: date, last: bool) -> tuple[date, date]:
    """The latest Saturday and Sunday that began on or before ``pub`` ("the weekend"); ``last``:
    the one before when ``pub`` falls on a weekend ("last weekend" said on a Sunday)."""
    saturday = pub - timedelta(days=(pub.weekday() - 5) % 7)
    if last and pub - saturday <= timedelta(days=1):
        saturday -= timedelta(days=7)
    return saturday, saturday + timedelta(days=1)


def _relative(m: re.Match[str], pub: date | None) -> DateMention | None:
    what = m.lastgroup or ""
    precision = _PERIOD_PRECISION.get(what, "day")
    if what == "weeksago" and _g(m, "fortnight"):
        count = 2
    elif what in _COUNTED:
        count = _count(m, _COUNTED[what])
        if count == 0:
            return None
    if pub is None:
        return _mention(m, None, None, precision, "relative")
    if what in _DAY_OFFSETS:
        when = pub + timedelta(days=_DAY_OFFSETS[what])
        return _mention(m, when, when, precision, "relative")
    if what == "ago":
        when = pub - timedelta(days=count)
        return _mention(m, when, when, precision, "relative")
    if what == "weeksago":  # the week around that day
        middle = pub - timedelta(days=7 * count)
        return _mention(m, middle - timedelta(days=3), middle + timedelta(days=3), precision, "relative")
    if what == "monthsago":
        return _mention(m, *_month_back(pub, count), precision, "relative")
    if what in ("weekend", "lastweekend"):
        return _mention(m, *_weekend(pub, what == "lastweekend"), precision, "relative")
    if what == "night":  # the night before publication, over two days
        return _mention(m, pub - timedelta(days=1), pub, precision, "relative")
    if what == "hours":
        return _mention(m, pub - timedelta(days=count // 24), pub, precision, "relative")
    if what in ("pastdays", "recent"):  # "the past two days": the day before and the publication day
        back = (count if what == "pastdays" else RECENT_DAYS) - 1
        return _mention(m, pub - timedelta(days=back), pub, precision, "relative")
    monday = pub - timedelta(days=pub.weekday())
    if what == "nextweek":  # a plan: after publication, so no act (geo.extract.reported_dates)
        return _mention(m, monday + timedelta(days=7), monday + timedelta(days=13), precision, "relative")
    if what == "nextmonth":
        return _mention(m, *_month_back(pub, -1), precision, "relative")
    if what == "lastweek":
        start, end = monday - timedelta(days=7), monday - timedelta(days=1)
    elif what == "thisweek":
        start, end = monday, pub
    elif what == "thismonth":
        start, end = pub.replace(day=1), pub
    elif what == "lastmonth":
        start, end = _month_back(pub, 1)
    elif what == "lastyear":
        start, end = date(pub.year - 1, 1, 1), date(pub.year - 1, 12, 31)
    else:  # thisyear
        start, end = date(pub.year, 1, 1), pub
    return _mention(m, start, end, precision, "relative")


def _weekday(m: re.Match[str], pub: date | None) -> DateMention | None:
    if pub is None:
        return _mention(m, None, None, "day", "weekday")
    target = _WEEKDAYS[m.group("wd").lower()]
    qualifier = (m.group("q") or "").lower()
    back = (pub.weekday() - target) % 7
    if qualifier in ("last", "past", "dernier", "passé", "passe"):
        back = back or 7
    elif qualifier in ("next", "prochain"):
        back = back - 7 if back else -7
    when = pub - timedelta(days=back)
    return _mention(m, when, when, "day", "weekday")


def _weekday_range(m: re.Match[str], pub: date | None) -> DateMention | None:
    """The stretch ending on the latest second weekday on or before publication."""
    if pub is None:
        return _mention(m, None, None, "day", "range")
    first, last = (_WEEKDAYS[(_g(m, name) or "").lower()] for name in ("w1", "w2"))
    if first == last:
        return None
    end = pub - timedelta(days=(pub.weekday() - last) % 7)
    return _mention(m, end - timedelta(days=(last - first) % 7), end, "day", "range")


def _anaphoric(m: re.Match[str], pub: date | None) -> DateMention | None:
    return _mention(m, None, None, "day", "anaphoric")


def _day_part(m: re.Match[str], pub: date | None) -> DateMention | None:
    """A part of the day without its day: the day told before (geo.extract.act_date resolves an
    anaphoric date so), the day of publication when none was."""
    return _mention(m, pub, pub, "day", "anaphoric")


def _day_alone(m: re.Match[str], pub: date | None) -> DateMention | None:
    """A day told without its month ("Le 3,", "dans la nuit du 2 au 3": geo.extract.day_alone)."""
    if m.group("d1") is None:
        when = day_in_reported_month(int(_g(m, "d") or 0), pub) if pub is not None else None
        return _mention(m, when, when, "day", "absolute") if when is not None or pub is None else None
    end = day_in_reported_month(int(m.group("d2")), pub) if pub is not None else None
    if pub is not None and end is None:
        return None
    start = end - timedelta(days=1) if end is not None else None
    if end is not None and start is not None and start.day != int(m.group("d1")):
        return None  # "la nuit du 2 au 3" only: two days in a row
    return _mention(m, start, end, "day", "range")


# Order matters only to break ties between candidates of equal length.
_EN: tuple[tuple[re.Pattern[str], _Handler], ...] = (
    (_EN_RANGE, _range),
    (_EN_ABSOLUTE, _absolute),
    (_NUMERIC, _numeric),
    (_EN_RELATIVE, _relative),
    (_EN_WEEKDAY_RE, _weekday),
    (_EN_WEEKDAY_RANGE, _weekday_range),
    (_EN_MONTH_ONLY, _month_only),
    (_EN_YEAR_ONLY, _year_only),
    (_EN_ANAPHORIC, _anaphoric),
    (_EN_DAY_PART, _day_part),
)
_FR: tuple[tuple[re.Pattern[str], _Handler], ...] = (
    (_FR_RANGE, _range),
    (_FR_ABSOLUTE, _absolute),
    (_NUMERIC, _numeric),
    (_FR_RELATIVE, _relative),
    (_FR_WEEKDAY_RE, _weekday),
    (_FR_WEEKDAY_RANGE, _weekday_range),
    (_FR_MONTH_ONLY, _month_only),
    (_FR_YEAR_ONLY, _year_only),
    (_FR_ANAPHORIC, _anaphoric),
    (_FR_DAY_PART, _day_part),
    (FR_DAY_ALONE, _day_alone),
)
_BOTH = _EN + tuple(spec for spec in _FR if spec[0] is not _NUMERIC)
_BY_LANG = {"en": _EN, "fr": _FR}
#: the cue of each pattern that has one (date_patterns.FR_CUES), by the pattern's id (hashing a compiled
#: pattern hashes its whole code: too slow to do for every sentence)
_CUE_OF = {id(p): cue for p, cue in (*FR_CUES, (FR_DAY_ALONE, FR_DAY_ALONE_CUE))}


def find_dates(text: str, lang: str, published: date | None) -> list[DateMention]:
    """All date expressions in text (lang "en" or "fr"; for anything else try both), sorted by start,
    non-overlapping (longest match wins)."""
    if not text:
        return []
    pub = published.date() if isinstance(published, datetime) else published
    specs = _BY_LANG.get((lang or "").strip().lower()[:2], _BOTH)
    candidates: list[tuple[int, int, DateMention]] = []
    cued: dict[int, bool] = {}  # whether each cue is in the text (a cue serves several patterns)
    for order, (pattern, handler) in enumerate(specs):
        if (cue := _CUE_OF.get(id(pattern))) is not None:
            if id(cue) not in cued:
                cued[id(cue)] = cue.search(text) is not None
            if not cued[id(cue)]:
                continue  # (no word the pattern needs: no date of its kind)
        for match in pattern.finditer(text):
            try:
                mention = handler(match, pub)
            except (ValueError, OverflowError):  # a date before year 1 or after 9999: not a date
                mention = None
            if mention is not None:
                candidates.append((mention.start - mention.end, order, mention))
    candidates.sort(key=lambda c: (c[0], c[2].start, c[1]))
    chosen: list[DateMention] = []
    for _, _, mention in candidates:
        if all(mention.end <= kept.start or mention.start >= kept.end for kept in chosen):
            chosen.append(mention)
    chosen.sort(key=lambda mention: mention.start)
    return [_since_day(text, m, pub) for m in chosen]


#: "depuis le 1er mars", "since 1 March", "since the 3rd of May": a day that opens a period
_SINCE_BEFORE_RE = re.compile(r"(?<![\w-])(?:depuis\s+(?:le\s+)?|since\s+(?:the\s+)?)$", re.I)


def _since_day(text: str, mention: DateMention, pub: date | None) -> DateMention:
    """A day after "depuis" / "since" is the start of a period up to publication (kind
    ``background``, as "since May 2021"), not the day of an act."""
    if mention.kind != "absolute" or mention.date_start is None:
        return mention
    since = _SINCE_BEFORE_RE.search(text, max(0, mention.start - 16), mention.start)
    if since is None:
        return mention
    return DateMention(since.start(), mention.end, text[since.start():mention.end], mention.date_start,
                       pub if pub is not None and pub >= mention.date_start else mention.date_end, "day", "background")
