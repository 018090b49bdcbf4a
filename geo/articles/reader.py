"""Plain-text articles, with the optional first line ``date YYYY-MM[-DD] URL``.

Decoding tries UTF-8 (with or without BOM), then cp1252, then latin-1; a file that is empty,
binary or too large is refused with a one-line reason.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from geo.articles.model import Article
from geo.errors import InvalidInputError

MAX_BYTES = 5_000_000
_HEADER_RE = re.compile(
    r"^\s*date\s+(?P<y>\d{4})-(?P<m>\d{2})(?:-(?P<d>\d{2}))?(?:\s+(?P<url>\S+))?\s*$", re.I
)
_URL_DATE_RE = re.compile(r"/(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)/")


def decode(data: bytes, where: str) -> str:
    if not data.strip():
        raise InvalidInputError(f"{where}: empty file")
    if b"\x00" in data[:8192]:
        raise InvalidInputError(f"{where}: binary file, not text")
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InvalidInputError(f"{where}: cannot decode text")  # pragma: no cover - latin-1 decodes all


def _date_from(y: str, m: str, d: str | None) -> tuple[date, str] | None:
    try:
        if d:
            return date(int(y), int(m), int(d)), "day"
        return date(int(y), int(m), 1), "month"
    except ValueError:
        return None


def parse_header(first_line: str) -> tuple[date | None, str | None, str | None]:
    """``date 2022-01 https://…`` -> (date, precision, url); (None, None, None) otherwise."""
    match = _HEADER_RE.match(first_line)
    if not match:
        return None, None, None
    url = match.group("url")
    found = _date_from(match.group("y"), match.group("m"), match.group("d"))
    # A URL carrying a full date (…/20220123/…) is more precise than a month header.
    if url and (found is None or found[1] != "day"):
        url_match = _URL_DATE_RE.search(url)
        if url_match:
            found = _date_from(url_match.group("y"), url_match.group("m"), url_match.group("d")) or found
    if found is None:
        return None, None, url
    return found[0], found[1], url


def read_text_article(path: str | Path, *, published: date | None = None) -> Article:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InvalidInputError(f"{path}: too large ({size / 1e6:.1f} MB; at most {MAX_BYTES / 1e6:.0f} MB)")
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInputError(f"{path}: cannot read ({exc.strerror})") from None
    text = decode(data, str(path))
    lines = text.splitlines()
    header_date, precision, url = parse_header(lines[0]) if lines else (None, None, None)
    body_lines = lines[1:] if (header_date or url) else lines
    title = next((ln.strip() for ln in body_lines if ln.strip()), path.stem)
    if published is not None:
        header_date, precision = published, "day"
    return Article(
        title=title[:300],
        text=text,
        url=url,
        published=header_date,
        published_precision=precision,
        path=str(path),
    )
