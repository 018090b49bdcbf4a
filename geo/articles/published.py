"""An article's publication date: the ``published`` value, the ``.txt`` header line, the URL,
and the order they win in (:mod:`geo.articles.reader` describes it; the dateline printed in the
text is :mod:`geo.articles.dateline`'s)."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from geo.articles.dateline import dateline_date
from geo.errors import InvalidInputError

__all__ = ["parse_header", "parse_published", "url_date"]

_HEADER_RE = re.compile(
    r"^\s*date\s+(?P<y>\d{4})-(?P<m>\d{2})(?:-(?P<d>\d{2}))?(?:\s+(?P<url>\S+))?\s*$", re.I
)
_URL_DATE_RES = (
    re.compile(r"/(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?=[/?#]|$)"),
    re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?=[/?#]|$)"),
    re.compile(r"/(?P<y>(?:19|20)\d{2})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?=[/?#]|$)"),
)
_PUBLISHED_RE = re.compile(r"^(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?$")

Dated = tuple[date, str]  # (date, precision: day | month | year)


def _date_from(y: str, m: str | None, d: str | None) -> Dated | None:
    try:
        if d:
            return date(int(y), int(m or 0), int(d)), "day"
        if m:
            return date(int(y), int(m), 1), "month"
        return date(int(y), 1, 1), "year"
    except ValueError:
        return None


def url_date(url: str | None) -> date | None:
    """The date in an article URL (``/20220123/``, ``/2022/01/23/``, ``/2022-01-23/``), if any."""
    if not url:
        return None
    for pattern in _URL_DATE_RES:
        for match in pattern.finditer(url):
            found = _date_from(match.group("y"), match.group("m"), match.group("d"))
            if found:
                return found[0]
    return None


def _refine(found: Dated | None, url: str | None) -> Dated | None:
    """A URL date when nothing else was found, or to make a month/year of the same period a day."""
    from_url = url_date(url)
    if from_url is None:
        return found
    if found is None:
        return from_url, "day"
    day, precision = found
    if precision == "month" and (from_url.year, from_url.month) == (day.year, day.month):
        return from_url, "day"
    if precision == "year" and from_url.year == day.year:
        return from_url, "day"
    return found


def parse_header(first_line: str) -> tuple[date | None, str | None, str | None]:
    """``date 2022-01 https://…`` -> (date, precision, url); (None, None, None) otherwise."""
    match = _HEADER_RE.match(first_line)
    if not match:
        return None, None, None
    url = match.group("url")
    found = _refine(_date_from(match.group("y"), match.group("m"), match.group("d")), url)
    if found is None:
        return None, None, url
    return found[0], found[1], url


def parse_published(value: Any) -> tuple[date, str] | None:
    """A ``published`` value -> (date, precision); None for no value.

    Accepts ``YYYY-MM-DD`` (day), ``YYYY-MM`` (month), ``YYYY`` (year) and ISO datetimes (the
    date as written, before any time-zone conversion). Raises :class:`InvalidInputError`.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str):
        text = value.strip()
        match = _PUBLISHED_RE.match(text)
        found = _date_from(match.group("y"), match.group("m"), match.group("d")) if match else None
        if found is None and not match:
            try:
                found = datetime.fromisoformat(text).date(), "day"
            except ValueError:
                found = None
        if found is not None:
            return found
    shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:37] + "..."
    raise InvalidInputError(f"bad 'published' date {shown} (expected YYYY-MM-DD, YYYY-MM or an ISO datetime)")


def resolve_published(published: date | None, found: Dated | None, url: str | None,
             text: str = "") -> tuple[date | None, str | None]:
    if published is not None:
        return (published.date() if isinstance(published, datetime) else published), "day"
    printed = dateline_date(text)
    if printed is not None:  # the outlet's own date wins over a file's metadata
        return printed, "day"
    found = _refine(found, url)
    return (found[0], found[1]) if found else (None, None)
