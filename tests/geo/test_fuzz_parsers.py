"""Fuzzing the date and number parsers (issue 18): text built from the words and shapes they
look for (months, weekdays, number words, digits, separators, fatality verbs, EN and FR) with
random text between, and publication dates anywhere in the calendar.  Nothing may raise but
the project's own errors, in 10,000 generated inputs per entry point (``tests/fuzzing.py``)."""

from __future__ import annotations

from datetime import date

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo.errors import ConflictmapError
from geo.extract.dates import find_dates
from geo.extract.number_words import find_numbers, parse_number
from geo.extract.numbers import find_fatalities
from geo.importers.columns import DATE_FORMATS, parse_dates, to_code, to_count, to_float
from tests.fuzzing import INPUTS, fuzz
from tests.seeded import Draw, seeded

WORDS = (
    "January", "Feb.", "Mar.", "May", "Sept", "december", "janvier", "février", "fevr.", "août", "décembre",
    "Monday", "Sunday", "lundi", "dimanche", "yesterday", "today", "tonight", "last", "next", "week", "month",
    "year", "hier", "avant-hier", "aujourd'hui", "dernier", "prochain", "semaine", "mois", "an", "ce",
    "mid-May", "early", "late", "between", "and", "et", "from", "to", "au", "du", "le", "the", "of", "on",
    "1er", "1st", "2nd", "3rd", "21st", "31", "30", "29", "0", "00", "13", "32", "99", "2024", "1899", "1900",
    "2099", "9999", "20240230", "2024-02-30", "12/31/2024", "31.12.2024", "-", "–", "/", ".", ",", ":",
    "killed", "dead", "died", "wounded", "tués", "morts", "blessés", "at least", "au moins", "some", "dozens",
    "hundreds", "dizaines", "centaines", "one", "twenty-one", "ninety-nine", "hundred", "thousand", "mille",
    "quatre-vingt-dix", "soixante-dix-sept", "cent", "deux", "1,200", "1.200", "1 200", "10,000,000",
    "9" * 40, "civilians", "soldiers", "people", "personnes", "\u202f", "\u00a0", "\n", "'", "’",
)


def words(d: Draw, size: int) -> str:
    """Up to ``size`` words, any text and numbers, or any text of up to 40 characters."""
    if d.random() < 0.5:
        return d.text(size * 40 // 14)
    return " ".join(d.choice(WORDS) if d.random() < 0.5 else d.text(6) if d.random() < 0.5 else
                    str(d.integer(-5, 10**6)) for _ in range(d.length(size)))


def publication_date(d: Draw, size: int) -> date | None:
    """None, or a day anywhere in the calendar, or one of the years news is about."""
    kind = d.randrange(3)
    if kind == 0:
        return None
    return d.day(date(1, 1, 1), date(9999, 12, 31)) if kind == 1 else d.day(date(1990, 1, 1), date(2030, 12, 31))


texts = seeded(words, 14)
LANGUAGES = ("en", "fr", "", "de", "EN-us")
#: (text, language, publication date) for ``find_dates``
date_arguments = seeded(lambda d, size: (words(d, size), d.choice(LANGUAGES), publication_date(d, 0)), 14)


def test_find_dates_never_raises():
    def run(args):
        text, lang, pub = args
        try:
            mentions = find_dates(text, lang, pub)
        except ConflictmapError:
            return
        for m in mentions:
            assert text[m.start:m.end] == m.text
            assert m.date_start is None or m.date_end is None or m.date_start <= m.date_end

    assert fuzz(date_arguments, run) >= INPUTS


def test_number_parsers_never_raise():
    def run(text):
        try:
            parse_number(text)
            for value, start, end in find_numbers(text):
                assert 0 <= start <= end <= len(text) and value >= 0
            find_fatalities(text)
        except ConflictmapError:
            return

    assert fuzz(texts, run) >= INPUTS


#: cells seen in the importers' columns, and cells that broke or nearly broke them
CELL_SAMPLES = (
    "", " ", "2022-06-30", "2022-06-30 00:00:00.000", "2019-02-30", "30 June 2022", "30-Jun-22", "June 30, 2022",
    "30/06/2022", "06/30/2022", "30.06.2022", "2022/06/30", "20220630", "99999999", "00000000", "0001-01-01",
    "9999-12-31", "1899-12-31", "2022-06-30T25:61:61", "35,33", "-0", "1e308", "1e309", "-1e309", "nan", "NaN",
    "inf", "-inf", "1_000", "0x10", "١٢", "½", "1.0", "1,0,0", "  12  ", "+3", "-3", "3.5", "9" * 400)


def cell(d: Draw, size: int) -> str:
    """A sample, any text of up to ``size`` characters, any whole number or any float, as text."""
    kind = d.randrange(4)
    if kind == 0:
        return d.choice(CELL_SAMPLES)
    if kind == 1:
        return d.text(size)
    return str(d.integer()) if kind == 2 else str(d.floating())


#: cells per column: each column is one call of the parser (one pandas pass per date layout), which
#: costs more than its cells, so the 10,000 cells come in 100 columns (400 columns of 25 took
#: three to four times the CPU for the same cells)
COLUMN_CELLS = 100
COLUMN = seeded(lambda d, size: [cell(d, size) for _ in range(COLUMN_CELLS)], 12)
COLUMNS = -(-INPUTS // COLUMN_CELLS)


@settings(max_examples=COLUMNS, deadline=None, suppress_health_check=list(HealthCheck))
@given(values=COLUMN.one(), formats=st.sampled_from([DATE_FORMATS, ("%Y%m%d", "%Y-%m-%d"), ("%d/%m/%Y",)]))
def test_the_importers_date_parsing_never_raises(values, formats):
    parsed = parse_dates(pd.Series(values, dtype=object), formats)
    assert len(parsed) == len(values)
    good = parsed.dropna()
    assert (good >= pd.Timestamp("1900-01-01")).all()


@settings(max_examples=COLUMNS, deadline=None, suppress_health_check=list(HealthCheck))
@given(values=COLUMN.one())
def test_the_importers_number_parsing_never_raises(values):
    series = pd.Series(values, dtype=object)
    numbers = to_float(series)
    assert numbers.dropna().map(lambda v: v == v and abs(v) != float("inf")).all()
    counts = to_count(series)
    assert (counts.dropna() >= 0).all()
    to_code(series)


# -- what the fuzzing found (each failed before its fix) ----------------------------------------
def test_a_relative_date_next_to_the_calendars_ends_is_no_date():
    """"mid-May" of an article dated 1 January of year 1 named May of year 0 (ValueError);
    "next year" of one dated in 9999, year 10000."""
    assert find_dates("mid-May", "en", date(1, 1, 1)) == []
    assert [m.text for m in find_dates("mid-May and next year", "en", date(9999, 12, 31))] == ["mid-May"]


def test_dates_pandas_keeps_at_another_resolution_are_unparseable_not_an_error():
    """GDELT's "000111" is year 1 (pandas gave a second-resolution value that a nanosecond
    column refused); time zones are dropped, mixed ones too."""
    assert parse_dates(pd.Series(["000111", "20220630"], dtype=object), ("%Y%m%d", "%Y-%m-%d")).tolist() == [
        pd.NaT, pd.Timestamp("2022-06-30")]
    iso = ["2022-06-30T23:00:00+05:00", "2022-06-30T10:00:00-03:00", "0001-01-01", "9999-12-31", "2022-06-30"]
    assert parse_dates(pd.Series(iso, dtype=object)).tolist() == [
        pd.Timestamp("2022-06-30"), pd.Timestamp("2022-06-30"), pd.NaT, pd.NaT, pd.Timestamp("2022-06-30")]


def test_counts_and_codes_too_large_for_a_whole_number_are_unknown():
    values = pd.Series(["9.223372036854776e+18", "1e300", "3", "-9.3e18"], dtype=object)
    assert to_count(values).tolist() == [pd.NA, pd.NA, 3, pd.NA]
    assert to_code(values).tolist() == [pd.NA, pd.NA, 3, pd.NA]


def test_a_superscript_digit_is_no_number():
    """"²" is a digit to ``str.isdigit`` but no number to ``int`` (ValueError before)."""
    assert parse_number("²") is None and parse_number("١٢") == 12
