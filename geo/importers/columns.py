"""Vectorised parsing of the columns every importer shares: dates, numbers, coordinates, and
the per-row reasons a row is skipped.  Pure functions over pandas Series of text."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pandas as pd

#: accepted date layouts, tried in this order (numeric day-month dates are day first, as
#: ACLED writes them; month-first dates are refused rather than guessed)
DATE_FORMATS = (
    "%Y-%m-%d",  # 2022-06-30
    "%Y-%m-%d %H:%M:%S.%f",  # 2022-06-30 00:00:00.000 (UCDP; the time is dropped)
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S",
    "%d %B %Y",  # 30 June 2022
    "%d-%B-%Y",  # 30-June-2022
    "%d-%b-%y",  # 30-Jun-22
    "%d-%b-%Y",  # 30-Jun-2022
    "%d %b %Y",  # 30 Jun 2022
    "%B %d, %Y",  # June 30, 2022
    "%b %d, %Y",  # Jun 30, 2022
    "%d-%m-%Y",  # 30-06-2022
    "%d/%m/%Y",  # 30/06/2022
    "%d.%m.%Y",  # 30.06.2022
    "%Y/%m/%d",  # 2022/06/30
    "%Y%m%d",  # 20220630 (GDELT SQLDATE)
)
EARLIEST = pd.Timestamp("1900-01-01")
#: the largest whole number a count or code may be (beyond it a float no longer holds every
#: whole number, and Int64 would overflow): a larger one is unknown
MAX_WHOLE = 2**53
_ISO_SHAPE = r"\d{4}-\d\d-\d\d(?:[ T]\d\d:\d\d(?::\d\d(?:\.\d+)?)?)?$"


def objects(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with every column of Python objects (text cells as ``str``), what the
    importers' mapping works on.  The fast reader keeps a file's text in Arrow's buffers: it is
    made Python strings here, a chunk at a time, by whichever process maps the chunk (Arrow's
    own conversion, three times quicker than pandas')."""
    if all(d == np.dtype(object) for d in frame.dtypes):
        return frame
    cells = {}
    for c in frame.columns:
        values = frame[c].array
        cells[c] = (values.__arrow_array__().to_numpy(zero_copy_only=False)
                    if isinstance(values, pd.arrays.ArrowExtensionArray) else values.to_numpy(dtype=object))
    return pd.DataFrame(cells, index=frame.index, dtype=object)


def raw(frame: pd.DataFrame, column: str) -> pd.Series:
    """A column's cells as they are ("" where missing): for fields kept, not parsed."""
    values = frame[column] if column in frame else pd.Series("", index=frame.index, dtype=object)
    if values.dtype != object:
        values = values.astype(object)
    return values.where(values.notna(), "")


def text(frame: pd.DataFrame, column: str | None) -> pd.Series:
    """A column as stripped text ("" where absent or missing); object dtype throughout (no
    round trips through pandas' Arrow strings)."""
    if column is None or column not in frame:
        return pd.Series("", index=frame.index, dtype=object)
    values = frame[column]
    if values.dtype != object:
        values = values.astype(object)
    cells = values.tolist()
    try:  # every cell a string (as the readers give them): nothing is missing
        stripped = list(map(str.strip, cells))  # (twice as quick as a comprehension)
    except TypeError:  # a missing cell (None, NaN) somewhere
        values = values.where(values.notna(), "")
        cells = values.tolist()
        stripped = [c.strip() for c in cells]
    # str.strip returns the very string when there is nothing to strip: the comparison is
    # one identity check per cell
    return values if stripped == cells else pd.Series(stripped, index=values.index, dtype=object)


def by_unique(parse):
    """Run a column parser once per distinct value when values repeat (dates, codes, death
    counts do), then spread the results back."""

    def parser(values: pd.Series, *args):
        codes, uniques = pd.factorize(values, use_na_sentinel=False)  # (one pass: values and where each is)
        if len(uniques) * 4 > len(values):
            return parse(values, *args)
        parsed = parse(pd.Series(uniques, dtype=object), *args)
        return pd.Series(parsed.to_numpy()[codes], index=values.index, dtype=parsed.dtype)

    parser.__doc__ = parse.__doc__
    return parser


@by_unique
def parse_dates(values: pd.Series, formats: tuple[str, ...] = DATE_FORMATS) -> pd.Series:
    """Dates (``datetime64``; NaT where no format fits or the date is before 1900 or more than
    a year ahead)."""
    s = values
    out = pd.Series(pd.NaT, index=values.index, dtype="datetime64[ns]")
    if formats[0] == "%Y-%m-%d":  # the usual case first, in one fast pass: ISO dates, with or without a time
        long_enough = s.str.len().ge(10)
        out.loc[long_enough] = _to_datetime(s[long_enough], "ISO8601")
    # a value shaped like an ISO date that failed above is a wrong date ("2019-02-30"): no
    # other layout would read it
    tried = out.notna() | s.eq("") | (s.str.match(_ISO_SHAPE) if formats[0] == "%Y-%m-%d" else False)
    for fmt in formats:
        todo = ~tried & out.isna()
        if not todo.any():
            break
        out.loc[todo] = _to_datetime(s[todo], fmt)
    out = out.dt.normalize()
    latest = pd.Timestamp(date.today() + timedelta(days=366))
    return out.where((out >= EARLIEST) & (out <= latest))


def _to_datetime(values: pd.Series, fmt: str) -> pd.Series:
    """``pd.to_datetime`` of text in one layout as naive ``datetime64[ns]``: NaT where it does
    not fit, and for dates pandas keeps at another resolution (year 1, 9999: out of range here
    anyway); a time zone is dropped (the local date is kept)."""
    try:
        parsed = pd.to_datetime(values, format=fmt, errors="coerce")
    except (ValueError, TypeError, OverflowError):  # mixed time zones, and the like
        parsed = pd.Series([_one_date(v, fmt) for v in values.tolist()], index=values.index, dtype=object)
        parsed = pd.to_datetime(parsed, errors="coerce")
    if isinstance(parsed.dtype, pd.DatetimeTZDtype):
        parsed = parsed.dt.tz_localize(None)
    if parsed.dtype != "datetime64[ns]":
        if parsed.dtype.kind == "M":
            parsed = parsed.where(parsed.isna() | ((parsed >= EARLIEST) & (parsed.dt.year < 2200)))
        parsed = parsed.astype("datetime64[ns]")
    return parsed


def _one_date(value: str, fmt: str) -> pd.Timestamp | None:
    try:
        stamp = pd.to_datetime(value, format=fmt)
    except (ValueError, TypeError, OverflowError):
        return None
    if stamp is pd.NaT or not EARLIEST <= stamp.tz_localize(None) < pd.Timestamp("2200-01-01"):
        return None
    return stamp.tz_localize(None)


def iso_dates(values: pd.Series) -> pd.Series:
    """``datetime64`` -> ISO text (None where NaT); each distinct date is formatted once."""
    codes, uniques = pd.factorize(values)
    texts = np.asarray([*pd.DatetimeIndex(uniques).strftime("%Y-%m-%d"), None], dtype=object)
    return pd.Series(texts[codes], index=values.index, dtype=object)  # code -1 (NaT): None


@by_unique
def to_float(values: pd.Series) -> pd.Series:
    """Numbers from text; a decimal comma ("35,33") is accepted; NaN where not a finite number."""
    numbers = pd.to_numeric(values, errors="coerce").astype(float)
    failed = values[numbers.isna() & values.ne("")]
    retry = failed[failed.str.fullmatch(r"[-+]?\d+,\d+").fillna(False).astype(bool)]
    if len(retry):
        numbers.loc[retry.index] = pd.to_numeric(retry.str.replace(",", ".", regex=False), errors="coerce")
    return numbers.where(np.isfinite(numbers))


def to_count(values: pd.Series) -> pd.Series:
    """Whole non-negative numbers (``Int64``); anything else is unknown (NA)."""
    numbers = to_float(values)
    good = numbers.notna() & (numbers >= 0) & (numbers == numbers.round()) & (numbers <= MAX_WHOLE)
    return numbers.where(good).astype("Int64")


def to_code(values: pd.Series) -> pd.Series:
    """Small integer codes (``"1"``, ``"1.0"``) as ``Int64``; NA otherwise."""
    numbers = to_float(values)
    return numbers.where((numbers == numbers.round()) & (numbers.abs() <= MAX_WHOLE)).astype("Int64")


class Reasons:
    """The first reason each row is skipped for, with the offending value."""

    def __init__(self, index: pd.Index, refused: pd.DataFrame | None = None) -> None:
        """No row skipped yet, but those ``refused`` already (columns ``reason``, ``value``:
        see ``readers.Table.refused``)."""
        self.reason = pd.Series(None, index=index, dtype=object)
        self.value = pd.Series("", index=index, dtype=object)
        if refused is not None and len(refused):
            at = refused.index.intersection(index)
            self.reason.loc[at] = refused.loc[at, "reason"]
            self.value.loc[at] = refused.loc[at, "value"]

    def flag(self, mask: pd.Series, reason: str, value: pd.Series | str = "") -> None:
        new = mask.fillna(False).astype(bool) & self.reason.isna()
        if not new.any():
            return
        self.reason.loc[new] = reason
        self.value.loc[new] = value[new].astype(str) if isinstance(value, pd.Series) else value

    @property
    def ok(self) -> pd.Series:
        return self.reason.isna()


def checked_dates(reasons: Reasons, raw: pd.Series, label: str = "date",
                  formats: tuple[str, ...] = DATE_FORMATS) -> pd.Series:
    """The dates of ``raw`` (:func:`parse_dates`); a row without one, or with one no format
    reads, is skipped with its reason (``label`` names the column)."""
    parsed = parse_dates(raw, formats)
    reasons.flag(raw.eq(""), f"missing {label}")
    reasons.flag(parsed.isna(), f"unparseable {label}", raw)
    return parsed


def checked_end_dates(reasons: Reasons, raw: pd.Series, start: pd.Series, label: str) -> pd.Series:
    """The last days of the rows' date ranges: ``start`` where ``raw`` is empty or before it; a
    row with an end date no format reads is skipped."""
    end = parse_dates(raw)
    reasons.flag(raw.ne("") & end.isna(), f"unparseable {label}", raw)
    return end.where(end.notna() & (end >= start), start)


def checked_coordinates(reasons: Reasons, raw_lat: pd.Series, raw_lon: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Latitudes and longitudes from text.  Rows whose coordinates are empty, not numbers (NaN,
    inf), out of range or (0, 0) (a placeholder for "unknown") are skipped; coordinates are
    never swapped or wrapped."""
    lat, lon = to_float(raw_lat), to_float(raw_lon)
    missing = raw_lat.eq("") | raw_lon.eq("")
    unread = lat.isna() | lon.isna()
    zero = lat.eq(0) & lon.eq(0)
    # "lat, lon" only of the rows skipped with it (not of every row)
    told = missing | unread | zero
    pair = (raw_lat[told] + ", " + raw_lon[told]).reindex(raw_lat.index) if told.any() else ""
    reasons.flag(missing, "missing coordinates", pair)
    reasons.flag(unread, "coordinates not numbers", pair)
    reasons.flag(lat.abs() > 90, "latitude out of range", raw_lat)
    reasons.flag(lon.abs() > 180, "longitude out of range", raw_lon)
    reasons.flag(zero, "coordinates (0, 0): a placeholder for unknown", pair)
    return lat, lon
