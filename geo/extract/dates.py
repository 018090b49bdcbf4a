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
``anaphoric``   "the same day", "that day", "le même jour", "ce jour-là": no date of its own.

Year inference for a day without a year: the latest such date that is at most 7 days after
publication (a December date in a January article is last year's).  For a month without a
year: a month after the publication month is last year's.  Without a publication date, only
what carries its own year resolves; the rest has ``date_start = date_end = None``.

English month and weekday names must be capitalised ("may" and "march" are verbs), and a bare
"May"/"March" is a date only with a day number, a year, or a preposition/qualifier before it.
Invalid dates (31 February) are skipped silently.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

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


# --------------------------------------------------------------------------- vocabulary

_MONTHS: dict[str, int] = {
    # English, full and abbreviated
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
    # French (keys without accents), full and abbreviated
    "janvier": 1, "janv": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3, "avril": 4, "avr": 4,
    "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "aout": 8, "septembre": 9, "octobre": 10,
    "novembre": 11, "decembre": 12,
}  # fmt: skip

_WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
}  # fmt: skip
#: the month and weekday names (EN and FR), for other readers of the text (geo.extract.numbers)
MONTH_NUMBERS = _MONTHS
WEEKDAY_NUMBERS = _WEEKDAYS

_NUMBERS: dict[str, int] = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10,
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10,
    "twenty-four": 24, "forty-eight": 48, "vingt-quatre": 24, "quarante-huit": 48,
}  # fmt: skip
#: how many days, publication day included, "in recent days" / "ces derniers jours" reach back:
#: the week up to publication
RECENT_DAYS = 7

_DEACCENT = str.maketrans("éèêëûùüôîïàâç", "eeeeuuuoiiaac")

# --------------------------------------------------------------------------- regex fragments

_HY = "-\u2010\u2011"  # hyphens inside words (mid-May, avant-hier, mois-ci)
_SEP_DASH = r"\s*[-\u2010\u2011\u2012\u2013\u2014]\s*"  # 20-23, 20 – 23
_APOS = "['\u2019\u02bc]"

# English: capitalised only (no re.IGNORECASE), so "may" and "march" (verbs) never match.
_EN_MONTH_FULL = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
_EN_MONTH = (
    rf"(?:{_EN_MONTH_FULL}|(?:Jan|Feb|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?|Mar\.)"
)
_EN_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"

# French: lowercase or capitalised (scoped case-insensitivity), with or without accents.
_FR_MONTH_FULL = (
    r"(?i:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre"
    r"|d[ée]cembre)\b"
)
_FR_MONTH = rf"(?:{_FR_MONTH_FULL}|(?i:janv|f[ée]vr?|avr|juil|sept|oct|nov|d[ée]c)\.)"
_FR_WEEKDAY = r"(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b"

_YEAR = r"(?:1[89]\d\d|20\d\d)\b(?![.,]\d)"
# A day number: not glued to a preceding number/time, not followed by more digits or a time.
_DAY_PRE = r"(?<![\w.,:/])"
_DAY_POST = r"\b(?![:.,]\d)"


def _en_day(name: str) -> str:
    return rf"{_DAY_PRE}(?P<{name}>[0-3]?\d)(?:st|nd|rd|th)?{_DAY_POST}"


def _fr_day(name: str) -> str:
    return rf"{_DAY_PRE}(?P<{name}>[0-3]?\d)(?:er|\u1d49\u02b3)?{_DAY_POST}"


def _en_year(name: str) -> str:
    return rf"(?:,?\s+(?P<{name}>{_YEAR}))"


def _fr_year(name: str) -> str:
    return rf"(?:\s+(?P<{name}>{_YEAR}))"


def _g(m: re.Match[str], base: str) -> str | None:
    """The first group named ``base`` or ``base_<suffix>`` that took part in the match."""
    for name, value in m.groupdict().items():
        if value is not None and (name == base or name.startswith(base + "_")):
            return value
    return None


def _compile(first: str, pattern: str) -> re.Pattern[str]:
    """Compile ``pattern`` behind a one-character guard: ``re`` tries a big alternation at every
    position, and most positions of a sentence cannot start a date (5-10x faster)."""
    return re.compile(rf"\b(?=[{first}])(?:{pattern})")


# --------------------------------------------------------------------------- the regexes

_EN_ABSOLUTE = _compile(
    r"ADFJMNOSTW\d",
    rf"(?:{_EN_WEEKDAY},?\s+)?(?P<m_a>{_EN_MONTH})\s+(?:the\s+)?{_en_day('d_a')}{_en_year('y_a')}?"
    rf"|(?:{_EN_WEEKDAY},?\s+(?:the\s+)?)?{_en_day('d_b')}(?:\s+of)?\s+(?P<m_b>{_EN_MONTH}){_en_year('y_b')}?"
)
_FR_ABSOLUTE = _compile(
    r"lmjvsdLMJVSD\d",
    rf"(?:{_FR_WEEKDAY},?\s+(?:(?i:le)\s+)?)?{_fr_day('d')}\s+(?P<m>{_FR_MONTH}){_fr_year('y')}?"
)
_NUMERIC = _compile(
    r"\d",
    r"(?<![\w./-])(?:"
    r"(?P<d_a>[0-3]?\d)(?P<s_a>[./-])(?P<m_a>[0-3]?\d)(?P=s_a)(?P<y_a>(?:19|20)\d\d)"
    r"|(?P<y_b>(?:19|20)\d\d)(?P<s_b>[-/.])(?P<m_b>[01]\d)(?P=s_b)(?P<d_b>[0-3]\d)"
    r")(?!\w|[./-]\d)"
)

_EN_RANGE_TO = r"(?:" + _SEP_DASH + r"|\s+(?:to|through|until|till)\s+)"
_EN_RANGE = _compile(
    r"bBfF\dADFJMNOS",
    # between 20 and 23 January / between 30 December 2021 and 2 January 2022
    rf"\b(?i:between)\s+(?:the\s+)?{_en_day('d1_a')}(?:\s+(?:of\s+)?(?P<m1_a>{_EN_MONTH}){_en_year('y1_a')}?)?"
    rf"\s+and\s+(?:the\s+)?{_en_day('d2_a')}(?:\s+of)?\s+(?P<m2_a>{_EN_MONTH}){_en_year('y2_a')}?"
    # from 20 to 23 January / 20-23 January / 20 to 23 January
    rf"|(?:\b(?i:from)\s+(?:the\s+)?)?{_en_day('d1_b')}(?:\s+(?:of\s+)?(?P<m1_b>{_EN_MONTH}){_en_year('y1_b')}?)?"
    rf"{_EN_RANGE_TO}(?:the\s+)?{_en_day('d2_b')}(?:\s+of)?\s+(?P<m2_b>{_EN_MONTH}){_en_year('y2_b')}?"
    # January 20-23 / from January 20 to February 2, 2022
    rf"|(?:\b(?i:from)\s+)?(?P<m1_c>{_EN_MONTH})\s+{_en_day('d1_c')}{_en_year('y1_c')}?"
    rf"{_EN_RANGE_TO}(?:(?P<m2_c>{_EN_MONTH})\s+)?{_en_day('d2_c')}{_en_year('y2_c')}?"
    # between January 20 and 23
    rf"|\b(?i:between)\s+(?P<m1_d>{_EN_MONTH})\s+{_en_day('d1_d')}{_en_year('y1_d')}?"
    rf"\s+and\s+(?:(?P<m2_d>{_EN_MONTH})\s+)?{_en_day('d2_d')}{_en_year('y2_d')}?"
)
_FR_RANGE = _compile(
    r"eEdDlL\d",
    # entre le 20 et le 23 janvier
    rf"\b(?i:entre)\s+(?:(?i:le)\s+)?{_fr_day('d1_a')}(?:\s+(?P<m1_a>{_FR_MONTH}){_fr_year('y1_a')}?)?"
    rf"\s+(?i:et)\s+(?:(?i:le)\s+)?{_fr_day('d2_a')}\s+(?P<m2_a>{_FR_MONTH}){_fr_year('y2_a')}?"
    # du 20 au 23 janvier / du 30 décembre au 2 janvier
    rf"|\b(?i:du)\s+{_fr_day('d1_b')}(?:\s+(?P<m1_b>{_FR_MONTH}){_fr_year('y1_b')}?)?"
    rf"\s+(?i:au)\s+{_fr_day('d2_b')}\s+(?P<m2_b>{_FR_MONTH}){_fr_year('y2_b')}?"
    # 20-23 janvier
    rf"|{_fr_day('d1_c')}(?:\s+(?P<m1_c>{_FR_MONTH}))?{_SEP_DASH}{_fr_day('d2_c')}"
    rf"\s+(?P<m2_c>{_FR_MONTH}){_fr_year('y2_c')}?"
    # les 22 et 23 janvier
    rf"|\b(?i:les)\s+{_fr_day('d1_d')}\s+(?i:et)\s+{_fr_day('d2_d')}\s+(?P<m2_d>{_FR_MONTH}){_fr_year('y2_d')}?"
)

_EN_MONTH_QUAL = (
    rf"(?i:early\s+|late\s+|mid[{_HY}]|mid\s+|last\s+|next\s+|this\s+"
    r"|(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+)"
)
_EN_MONTH_ONLY = _compile(
    r"iIdDtTsSeElLmMnNbBAFJO",
    rf"(?:\b(?P<pre_a>(?i:in|during|throughout|since))\s+(?P<q_a>{_EN_MONTH_QUAL})?|\b(?P<q_b>{_EN_MONTH_QUAL}))"
    rf"(?P<m_a>{_EN_MONTH_FULL}){_en_year('y_a')}?"
    rf"|(?P<m_b>{_EN_MONTH_FULL}){_en_year('y_b')}"
)
_FR_MONTH_QUAL = (
    rf"(?i:(?:d[ée]but|fin|courant)\s+(?:(?:du\s+)?mois\s+d(?:e\s+|{_APOS}))?|mi[{_HY}]"
    rf"|(?:au|le|du)\s+mois\s+d(?:e\s+|{_APOS}))"
)
_FR_MONTH_ONLY = _compile(
    r"eEdDpPfFcCmMaAlLjJsSoOnN",
    rf"(?:\b(?P<pre_a>(?i:en|depuis|durant|pendant))\s+(?P<q_a>{_FR_MONTH_QUAL})?|\b(?P<q_b>{_FR_MONTH_QUAL}))"
    rf"(?P<m_a>{_FR_MONTH_FULL}){_fr_year('y_a')}?"
    rf"|(?P<m_b>{_FR_MONTH_FULL}){_fr_year('y_b')}"
)

_EN_YEAR_ONLY = _compile(
    r"iIdDtTsS",
    rf"\b(?P<pre>(?i:in|during|throughout|since))\s+"
    rf"(?:(?i:early\s+|late\s+|mid[{_HY}]|mid\s+|(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+))?"
    rf"(?P<y>{_YEAR})"
)
_FR_YEAR_ONLY = _compile(
    r"eEdDpPcC",
    rf"\b(?P<pre>(?i:en|depuis|durant|pendant|courant))\s+"
    rf"(?:(?i:d[ée]but\s+|fin\s+|mi[{_HY}]))?(?P<y>{_YEAR})"
)

#: a night word is that of the day named right after or before it ("overnight Thursday",
#: "dans la nuit de jeudi", "Thursday overnight"): then the day dates it, the night word is no date
_NOT_A_DAY_AFTER = rf"(?!,?\s+(?:on\s+|of\s+)?(?:{_EN_WEEKDAY}|{_FR_WEEKDAY}|(?i:yesterday|hier)\b))"
_EN_RELATIVE = _compile(
    r"tTyYlLeEoOfFsSnNaAiIdDwW\d",
    r"\b(?i:"
    r"(?P<dby>the\s+day\s+before\s+yesterday)"
    r"|(?P<dat>the\s+day\s+after\s+tomorrow)"
    r"|(?P<yest>yesterday(?:\s+(?:morning|afternoon|evening))?|last\s+night)"
    r"|(?P<today>(?<!russia\s)(?<!usa\s)today|this\s+(?:morning|afternoon|evening)|tonight)"
    r"|(?P<tom>tomorrow)"
    r"|(?P<ago>(?P<n_a>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a)\s+days?\s+ago)"
    r"|(?P<weeksago>(?P<w_a>\d{1,2}|one|two|three|four|five|six|a)\s+weeks?\s+ago|(?P<fortnight_a>a\s+fortnight\s+ago))"
    r"|(?P<monthsago>(?P<mo_a>\d{1,2}|one|two|three|four|five|six|a)\s+months?\s+ago)"
    r"|(?P<lastweekend>(?:last|the\s+(?:past|previous|last))\s+week-?end)"
    r"|(?P<weekend>(?:at|over|during|on|throughout|this\s+past|this)\s+(?:the\s+)?week-?end)"
    rf"|(?P<night>(?:overnight|(?:during|in)\s+the\s+night)(?!\s+(?:of|on|into|to|between|before)\b){_NOT_A_DAY_AFTER})"
    r"|(?P<hours>(?:in|over|during|within)\s+the\s+(?:past|last)\s+(?P<h_a>24|twenty-four|48|forty-eight)\s+hours)"
    r"|(?P<pastdays>(?:in|over|during)\s+the\s+(?:past|last)\s+(?P<p_a>\d|two|three|four|five|six|seven)\s+days)"
    r"|(?P<recent>(?:in|over|during)\s+(?:the\s+)?(?:recent|(?:past|last)\s+(?:few|several|couple\s+of))\s+days)"
    r"|(?P<lastweek>last\s+week)"
    r"|(?P<nextweek>next\s+week)"
    r"|(?P<thisweek>(?:earlier\s+)?this\s+week)"
    r"|(?P<thismonth>(?:earlier\s+)?this\s+month|earlier\s+in\s+the\s+month)"
    r"|(?P<lastmonth>last\s+month)"
    r"|(?P<nextmonth>next\s+month)"
    r"|(?P<lastyear>last\s+year)"
    r"|(?P<thisyear>(?:earlier\s+)?this\s+year)"
    r")\b"
)
_FR_RELATIVE = _compile(
    r"aAhHcCdDiIlLeEpP",
    r"\b(?i:"
    rf"(?P<dby>avant[{_HY}]hier)"
    rf"|(?P<dat>apr[èe]s[{_HY}]demain)"
    rf"|(?P<yest>hier(?:\s+(?:soir|matin|apr[èe]s[{_HY}]midi))?)"
    rf"|(?P<today>aujourd{_APOS}\s?hui|ce\s+matin|cet\s+apr[èe]s[{_HY}]midi|ce\s+soir)"
    r"|(?P<tom>demain)"
    r"|(?P<weeksago>il\s+y\s+a\s+(?:(?P<w_b>\d{1,2}|une|deux|trois|quatre|cinq|six)\s+semaines?|(?P<fortnight_b>quinze|15)\s+jours))"
    r"|(?P<ago>il\s+y\s+a\s+(?P<n_b>\d{1,2}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+jours?)"
    r"|(?P<monthsago>il\s+y\s+a\s+(?P<mo_b>\d{1,2}|un|deux|trois|quatre|cinq|six)\s+mois)"
    r"|(?P<lastweekend>le\s+week[-\s]?end\s+(?:derni[èe]r|pass[ée]))"
    r"|(?P<weekend>(?:ce|du|le|au\s+cours\s+du|pendant\s+le|durant\s+le)\s+week[-\s]?end(?!\s+prochain))"
    r"|(?P<night>(?:cette\s+nuit|la\s+nuit\s+derni[èe]re|(?:dans|pendant|durant|au\s+cours\s+de)\s+la\s+nuit)"
    rf"(?!\s+(?:de|du|d{_APOS}|entre|suivante|pr[ée]c[ée]dente)\b){_NOT_A_DAY_AFTER})"
    r"|(?P<hours>(?:en|au\s+cours\s+des|ces|durant\s+les|pendant\s+les|dans\s+les)\s+(?:derni[èe]res\s+)?"
    r"(?P<h_b>24|48|vingt-quatre|quarante-huit)\s+(?:derni[èe]res\s+)?heures)"
    r"|(?P<pastdays>(?:au\s+cours\s+des|lors\s+des|ces|pendant\s+les|durant\s+les)\s+"
    r"(?P<p_b>\d|deux|trois|quatre|cinq|six|sept)\s+derniers\s+jours)"
    r"|(?P<recent>(?:(?:au\s+cours\s+|lors\s+)?(?:des|ces)\s+(?:tout\s+)?derniers\s+jours)|ces\s+jours[-\s]derniers)"
    r"|(?P<lastweek>la\s+semaine\s+(?:derni[èe]re|pass[ée]e))"
    r"|(?P<nextweek>(?:la\s+|(?:en\s+)?(?:d[ée]but|fin)\s+de\s+)semaine\s+prochaine)"
    r"|(?P<thisweek>(?:plus\s+t[ôo]t\s+)?cette\s+semaine|en\s+d[ée]but\s+de\s+semaine)"
    rf"|(?P<thismonth>(?:plus\s+t[ôo]t\s+)?ce\s+mois[{_HY}\s]ci|d[ée]but\s+du\s+mois)"
    r"|(?P<lastmonth>le\s+mois\s+(?:dernier|pass[ée]))"
    r"|(?P<nextmonth>le\s+mois\s+prochain)"
    rf"|(?P<lastyear>l{_APOS}\s?(?:an|ann[ée]e)\s+(?:derni[èe]re?|pass[ée]e?))"
    r"|(?P<thisyear>(?:plus\s+t[ôo]t\s+)?cette\s+ann[ée]e)"
    r")\b"
)

_EN_WEEKDAY_RE = _compile(
    r"lLpPtTnNMWFS",
    r"(?:\b(?P<q>(?i:last|past|this|next))\s+)?(?<!Good\s)(?P<wd>"
    + _EN_WEEKDAY
    + r")(?!\s+(?:Times|Telegraph|Express|Mirror|Herald|Post)\b)"
    r"(?:\s+(?i:night|morning|afternoon|evening)\b)?"
)
_FR_WEEKDAY_RE = _compile(
    r"cClLmMjJvVsSdD",
    rf"(?:\b(?P<ce>(?i:ce))\s+)?\b(?P<wd>{_FR_WEEKDAY})"
    r"(?:\s+(?P<q>(?i:dernier|pass[ée]|prochain))\b)?"
    rf"(?:\s+(?i:soir|matin|apr[èe]s[{_HY}]midi)\b)?"
)

_EN_ANAPHORIC = _compile(
    r"tT",
    r"\b(?i:(?:that|the)\s+(?:very\s+)?same\s+(?:day|night)|that\s+(?:very\s+)?(?:day|night)"
    r"|the\s+(?:next|following|previous|preceding)\s+day|the\s+day\s+(?:before|after))\b"
)
#: two weekdays of one stretch: "between Monday and Tuesday", "from Monday to Wednesday",
#: "entre lundi et mardi", "du lundi au mercredi", "dans la nuit de samedi à dimanche"
_EN_WEEKDAY_RANGE = _compile(
    r"bBfF",
    rf"\b(?:(?i:between)\s+(?P<w1_a>{_EN_WEEKDAY})\s+and\s+(?P<w2_a>{_EN_WEEKDAY})"
    rf"|(?i:from)\s+(?P<w1_b>{_EN_WEEKDAY})\s+(?i:to|until|till|through|into)\s+(?P<w2_b>{_EN_WEEKDAY}))"
)
_FR_WEEKDAY_RANGE = _compile(
    r"eEdDlL",
    rf"\b(?:(?i:entre)\s+(?:(?i:le)\s+)?(?P<w1_a>{_FR_WEEKDAY})\s+(?i:et)\s+(?:(?i:le)\s+)?(?P<w2_a>{_FR_WEEKDAY})"
    rf"|(?i:du|de)\s+(?P<w1_b>{_FR_WEEKDAY})\s+(?i:au|à|a)\s+(?P<w2_b>{_FR_WEEKDAY})"
    rf"|(?i:(?:dans\s+)?la\s+nuit\s+(?:de|du))\s+(?P<w1_c>{_FR_WEEKDAY})\s+(?i:au|à|a)\s+(?P<w2_c>{_FR_WEEKDAY}))"
)
_FR_ANAPHORIC = _compile(
    r"lLcC",
    r"\b(?i:le\s+m[êe]me\s+jour|ce\s+(?:m[êe]me\s+)?jour[-\u2010\u2011\s]?l[àa]|le\s+jour\s+m[êe]me"
    r"|le\s+lendemain|la\s+veille)(?!\w)"
)


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
)
_BOTH = _EN + tuple(spec for spec in _FR if spec[0] is not _NUMERIC)
_BY_LANG = {"en": _EN, "fr": _FR}


def find_dates(text: str, lang: str, published: date | None) -> list[DateMention]:
    """All date expressions in text (lang "en" or "fr"; for anything else try both), sorted by start,
    non-overlapping (longest match wins)."""
    if not text:
        return []
    pub = published.date() if isinstance(published, datetime) else published
    specs = _BY_LANG.get((lang or "").strip().lower()[:2], _BOTH)
    candidates: list[tuple[int, int, DateMention]] = []
    for order, (pattern, handler) in enumerate(specs):
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
    return chosen
