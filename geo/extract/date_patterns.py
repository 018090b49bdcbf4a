"""The surface of date expressions in English and French: month, weekday and number words, and
the regexes that find each kind of expression; :mod:`geo.extract.dates` resolves what they match
against the publication date (the kinds and the rules are described there)."""

from __future__ import annotations

import re

from geo.extract.act_lexicon import ACT_NOUNS
from geo.extract.word_tries import word_trie

__all__ = ["CALENDAR_WORDS", "MONTH_NUMBERS", "RECENT_START_FR", "TODAY_PARTS_FR", "WEEKDAY_ABBREVIATIONS", "WEEKDAY_NUMBERS"]


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
#: weekday abbreviations of datelines ("Mon Aug 22 2016", "Tue Oct 3 2017"), English and French
WEEKDAY_ABBREVIATIONS = ("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
                         "lun", "mar", "mer", "jeu", "ven", "sam", "dim")
#: months and feasts of the Islamic calendar the press dates by ("on the eve of Ramadan")
ISLAMIC_CALENDAR = ("ramadan", "ramadhan", "muharram", "shawwal", "eid", "ashura", "achoura", "aïd")
#: words naming a day or a month: never a place when only the gazetteer scan finds them ("Jul",
#: "Mon", "Ramadan" are also names of towns abroad)
CALENDAR_WORDS = frozenset([*_MONTHS, *_WEEKDAYS, *WEEKDAY_ABBREVIATIONS, *ISLAMIC_CALENDAR])

_NUMBERS: dict[str, int] = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10,
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10,
    "twenty-four": 24, "forty-eight": 48, "vingt-quatre": 24, "quarante-huit": 48,
}  # fmt: skip

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
_FR_ABBREVIATED = r"(?i:janv|f[ée]vr?|avr|juil|sept|oct|nov|d[ée]c)"
#: an abbreviated month: with its dot, or without it (wire copy: "DAMAS, 22 sept 2016 (AFP)") only
#: before a year or an agency's parenthesis, so that "sept morts" (seven) is never a month; every
#: pattern using it wants a day number before it as well
_FR_MONTH = (rf"(?:{_FR_MONTH_FULL}|{_FR_ABBREVIATED}\.|{_FR_ABBREVIATED}(?=\s+(?:1[89]|20)\d\d\b|\s*\([A-Z]))")
_FR_WEEKDAY = r"(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b"

_YEAR = r"(?:1[89]\d\d|20\d\d)\b(?![.,]\d)"
#: a day of a month set beside a place, as a list gives each place its day ("Homs le 18 septembre et
#: Damas le 21 septembre", "in Homs on September 18 and in Damascus on 21 September"): for
#: geo.extract.paired_days (English months capitalised only, so "may" stays a verb)
DAY_OF_MONTH = (r"(?:(?i:le)\s+)?(?<![\w.,:/])[0-3]?\d(?:er)?\s+" + _FR_MONTH_FULL
                + r"|(?:(?i:on)\s+)?(?:(?-i:" + _EN_MONTH_FULL + r")\s+(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)?\b"
                + r"|(?:the\s+)?(?<![\w.,:/])[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?-i:" + _EN_MONTH_FULL + "))"
                + r"(?:,?\s+" + _YEAR + ")?")
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
    r"|(?P<hours>(?:en|au\s+cours\s+des|ces|durant\s+les|pendant\s+les|dans\s+les|depuis)\s+(?:derni[èe]res\s+)?"
    r"(?P<h_b>24|48|vingt-quatre|quarante-huit)\s+(?:derni[èe]res\s+)?heures)"
    # ("depuis deux jours": from a recent day to the report, as "ces deux derniers jours")
    r"|(?P<pastdays>(?:(?:au\s+cours\s+des|lors\s+des|ces|pendant\s+les|durant\s+les)\s+"
    r"(?P<p_b>\d|deux|trois|quatre|cinq|six|sept)\s+derniers|depuis\s+(?P<p_c>[2-7]|deux|trois|quatre|cinq|six|sept))\s+jours)"
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

#: a part of the day told without its day, as French agencies write of the day they report:
#: "depuis l'aube", "à l'aube", "au petit matin", "dans la matinée", "dans la soirée", "en fin de
#: journée" (the day told just before, else the day of publication: geo.extract.dates); a day
#: named right after it ("dans la soirée de mardi", "à l'aube, jeudi") dates it instead
TODAY_PARTS_FR = (rf"l{_APOS}\s?aube|le\s+lever\s+du\s+jour|le\s+petit\s+matin|(?:le\s+)?d[ée]but\s+de\s+(?:la\s+)?"
                  r"(?:matin[ée]e|journ[ée]e)|ce\s+matin|cette\s+nuit|la\s+nuit\s+derni[èe]re")
#: a start of a few days ago at most ("depuis jeudi", "depuis hier", "depuis deux jours", "depuis 48
#: heures", "depuis le début de la semaine"), or of the day itself (:data:`TODAY_PARTS_FR`): "depuis"
#: before it tells what goes on as the report is written, from a recent day on, not history
RECENT_START_FR = (rf"{TODAY_PARTS_FR}|(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|(?:avant[{_HY}])?hier|"
                   r"la\s+veille|(?:deux|trois|quatre|cinq|six|sept|[2-7])\s+jours|"
                   r"(?:24|36|48|72|vingt-quatre|quarante-huit|soixante-douze)\s*(?:heures|h)|"
                   r"(?:le\s+)?d[ée]but\s+de\s+(?:la|cette)\s+semaine|(?:le|ce)\s+week-?end")
_FR_DAY_PART = _compile(
    r"dDàÀaAeEtT",
    r"(?i:(?:depuis|d[èe]s|à|a)\s+(?:l" + _APOS + r"\s?aube|l" + _APOS + r"\s?aurore|le\s+lever\s+du\s+jour|la\s+tomb[ée]e\s+de\s+la\s+nuit)"
    r"|au\s+petit\s+matin|t[ôo]t\s+le\s+matin"
    rf"|(?:dans|durant|pendant|au\s+cours\s+de)\s+(?:la\s+(?:matin[ée]e|soir[ée]e|journ[ée]e)|l{_APOS}\s?apr[èe]s[{_HY}]midi)"
    rf"|en\s+(?:(?:d[ée]but|fin|milieu)\s+(?:de\s+(?:matin[ée]e|soir[ée]e|journ[ée]e)|d{_APOS}\s?apr[èe]s[{_HY}]midi)|soir[ée]e|matin[ée]e))"
    rf"(?!\s+(?:de|du|d{_APOS}|suivante|pr[ée]c[ée]dente)\b){_NOT_A_DAY_AFTER}"
)

#: the same in English wire copy: "at dawn", "before daybreak", "in the early hours", "early in the
#: morning", "in the afternoon" (the day told just before, else the day of publication); a day named
#: right after it ("at dawn on Wednesday", "in the early hours of Tuesday") dates it instead
_EN_DAY_PART = _compile(
    r"aAbBiIeEsSdD",
    r"\b(?i:(?:at|before|around|shortly\s+(?:before|after)|just\s+(?:before|after))\s+"
    r"(?:dawn|daybreak|first\s+light|sunrise|dusk|nightfall|sunset)"
    r"|in\s+the\s+early\s+hours|early\s+in\s+the\s+(?:morning|day)|late\s+in\s+the\s+(?:day|evening)"
    r"|(?:in|during)\s+the\s+(?:morning|afternoon|evening))\b"
    rf"(?!\s+(?:of|hours)\b){_NOT_A_DAY_AFTER}"
)

#: a weekday's possessive whose apostrophe scraping lost, before the act it dates ("Tuesdays
#: attack", "Fridays deadly air strike": Tuesday's, Friday's); a plural ("on Tuesdays") is not
_EN_WEEKDAY_POSSESSIVE = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                          rf"(?=s\s+(?:[\w-]+\s+)?{ACT_NOUNS}(?![\w-]))")
_EN_WEEKDAY_RE = _compile(
    r"lLpPtTnNMWFS",
    r"(?:\b(?P<q>(?i:last|past|this|next))\s+)?(?<!Good\s)(?P<wd>"
    + _EN_WEEKDAY + "|" + _EN_WEEKDAY_POSSESSIVE
    + r")(?!\s+(?:Times|Telegraph|Express|Mirror|Herald|Post)\b)"
    r"(?:\s+(?i:night|morning|afternoon|evening)\b)?"
)
_FR_WEEKDAY_RE = _compile(
    r"cClLmMjJvVsSdD",
    rf"(?:\b(?P<ce>(?i:ce))\s+)?\b(?P<wd>{_FR_WEEKDAY})"
    r"(?:\s+(?P<q>(?i:dernier|pass[ée]|prochain))\b)?"
    rf"(?:\s+(?i:soir|matin|apr[èe]s[{_HY}]midi)\b)?"
)

#: a count of days told from the day told before: "two days later", "a day earlier"
#: (:func:`geo.extract.act_date.sentence_date` reads its count and direction; French "deux jours plus
#: tard" read so cost a held-out French event, and is not)
DAYS_LATER_EN = r"(?:a|one|two|three|four|five|six|[1-6])\s+days?\s+(?:later|earlier)"
_EN_ANAPHORIC = _compile(
    r"tTaAoOfFsS1-6",
    r"\b(?i:(?:that|the)\s+(?:very\s+)?same\s+(?:day|night)|that\s+(?:very\s+)?(?:day|night)"
    r"|the\s+(?:next|following|previous|preceding)\s+(?:day|morning|night|evening)|the\s+day\s+(?:before|after)"
    rf"|{DAYS_LATER_EN})\b"
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

#: the words each French pattern cannot match without (every alternative of it has one, a cue as a
#: trie: geo.extract.word_tries): a month's name or its abbreviation, a weekday's, a year, "hier",
#: "semaine", "nuit" …; a text without them is not read with that pattern (the same dates, faster:
#: geo.extract.dates)
_FR_MONTH_CUE, _FR_WEEKDAY_CUE, _FR_RELATIVE_CUE = (re.compile(word_trie(words), re.I) for words in (
    r"janv|f[ée]v|mars|avr|mai|juin|juil|ao[ûu]t|sept|oct|nov|d[ée]c", "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche",
    r"hier|demain|aujourd|matin|midi|soir|semaine|jour|mois|week|nuit|heure|derni|pass|cette\s+ann"))
FR_CUES: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    *((p, _FR_MONTH_CUE) for p in (_FR_RANGE, _FR_ABSOLUTE, _FR_MONTH_ONLY)),
    *((p, _FR_WEEKDAY_CUE) for p in (_FR_WEEKDAY_RE, _FR_WEEKDAY_RANGE)),
    (_FR_YEAR_ONLY, re.compile(word_trie(r"1[89]\d\d|20\d\d"))), (_FR_RELATIVE, _FR_RELATIVE_CUE),
)
