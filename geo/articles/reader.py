"""Reading articles from files: plain text, HTML pages, JSON and JSON Lines.

* ``.txt``: the whole decoded file is the article text (character offsets into it are reported to
  users, so nothing is stripped), with the optional first line ``date YYYY-MM[-DD] URL``.
* ``.html`` / ``.htm``: main text, title, URL and date extracted with trafilatura; boilerplate
  (navigation, footers) is dropped and a page without extractable text is refused.
* ``.json``: one object; ``.jsonl``: one object per line. Keys ``title``, ``text``, ``url``,
  ``published`` (``YYYY-MM-DD``, ``YYYY-MM`` or an ISO datetime) and ``lang``.

Publication date, first found wins: the ``published`` argument (precision "day"); the dateline
or byline printed at the top of the text ("Published June 4 2016", "Wed 05 Apr 2017", "Publié le
4 juin 2016": :mod:`geo.articles.dateline`), which wins over metadata because collected files
often carry a crawl, index or incident date instead; the file's metadata (HTML metadata, JSON
``published``); the ``.txt`` header line; a date in the URL (``/20220123/``, ``/2022/01/23/``,
``/2022-01-23/``), which also makes a month-precision date of the same month precise to the day.

Decoding (``.txt``, ``.html``, ``.json``): UTF-8 with or without BOM (or a UTF-16/32 BOM);
UTF-16 without a BOM, known by its NUL bytes all on one side of the byte pairs; a file that is
mostly UTF-8 with a few bytes that are not (a damaged file, or Windows-1252 quotes pasted into
UTF-8) as UTF-8, each stray byte read as cp1252; else an HTML page's declared charset; else
cp1252 when the bytes read as plausible Western European text, else charset-normalizer's best
guess, else latin-1, so decoding alone never fails. Whenever the bytes were not plain UTF-8 (or
the page's declared charset) the article's :attr:`~geo.articles.model.Article.note` says how they
were read ("not valid UTF-8: 2 bytes read as cp1252, the first at byte 1042"), and the
ingest report shows it. A file that is empty, binary or larger than :data:`MAX_BYTES`, a named
pipe, socket or device, or a symbolic link that points nowhere is refused with a one-line
:class:`~geo.errors.InvalidInputError` (a named pipe is never opened for reading, so it cannot
block).

:func:`iter_articles` reads many files and folders and yields errors as items instead of raising,
one per bad file or bad JSON Lines line.

Decoding is :mod:`geo.articles.decoding`'s, the publication date :mod:`geo.articles.published`'s,
a JSON record's article :mod:`geo.articles.records`'s.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import BinaryIO

from geo.articles.decoding import (
    _SNIFF_BYTES,
    _control_ratio,
    _decode_8bit,
    _decode_mostly_utf8,
    _decode_utf8,
    _utf16_without_bom,
    decode_noted,
)
from geo.articles.model import Article
from geo.articles.published import parse_header, parse_published
from geo.articles.records import _loads, article_from_record, assembled_article
from geo.errors import InvalidInputError

__all__ = [
    "MAX_BYTES",
    "SUFFIXES",
    "iter_articles",
    "read_articles",
    "read_text_article",
    "too_large",
]

#: the largest article file, upload or pasted text read (in bytes)
MAX_BYTES = 10_000_000
SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl")
_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)


# -- files ------------------------------------------------------------------------------------
def _not_a_file(mode: int) -> str | None:
    """Why a file of this ``st_mode`` cannot be read as an article (None for a regular file)."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a folder, not a file"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO), not a regular file"
    if stat.S_ISSOCK(mode):
        return "a socket, not a regular file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device, not a regular file"
    return "not a regular file"


def _file_problem(path: Path) -> str | None:
    """Why ``path`` cannot be read as an article file (None when it can be tried)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        try:
            dangling = path.is_symlink()
        except (OSError, ValueError):
            dangling = False
        return "broken symbolic link (it points to nothing)" if dangling else "no such file or folder"
    except (OSError, ValueError) as exc:  # ValueError: a NUL byte in the path
        return f"cannot read ({_reason(exc)})"
    return _not_a_file(mode)


def _open_regular(path: Path) -> BinaryIO:
    """``path`` opened for reading, refused unless it is a regular file. Opened non-blocking, so
    that a named pipe put in its place cannot make the reader wait for a writer."""
    problem = _file_problem(path)
    if problem:
        raise InvalidInputError(f"{path}: {problem}")
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except (OSError, ValueError) as exc:
        raise InvalidInputError(f"{path}: cannot read ({_reason(exc)})") from None
    handle = os.fdopen(fd, "rb")
    problem = _not_a_file(os.fstat(fd).st_mode)
    if problem:
        handle.close()
        raise InvalidInputError(f"{path}: {problem}")
    return handle


def _read_bytes(path: Path) -> bytes:
    with _open_regular(path) as handle:
        try:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_BYTES:
                raise InvalidInputError(too_large(path, size))
            data = handle.read(MAX_BYTES + 1)
        except OSError as exc:
            raise InvalidInputError(f"{path}: cannot read ({_reason(exc)})") from None
    if len(data) > MAX_BYTES:
        raise InvalidInputError(too_large(path, len(data)))
    return data


def _reason(exc: Exception) -> str:
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


def too_large(where: Path | str, size: int) -> str:
    """The refusal of ``size`` bytes from ``where`` (a file, an upload, a pasted text), which
    exceed :data:`MAX_BYTES`."""
    return f"{where}: too large ({size / 1e6:.1f} MB; at most {MAX_BYTES / 1e6:.0f} MB)"



def read_text_article(path: str | Path, *, published: date | None = None) -> Article:
    """A ``.txt`` article (any suffix is read as plain text); ``published`` overrides its date."""
    path = Path(path)
    text, note = decode_noted(_read_bytes(path), str(path))
    lines = text.splitlines()
    header_date, precision, url = parse_header(lines[0]) if lines else (None, None, None)
    body = "\n".join(lines[1:]) if (header_date or url) else text
    found = (header_date, precision) if header_date and precision else None
    return assembled_article(text, where=str(path), url=url, found=found, published=published, note=note, body=body)


def _read_html_article(path: Path, published: date | None) -> Article:
    data = _read_bytes(path)
    declared = _META_CHARSET_RE.search(data[:4096])
    html, note = decode_noted(data, str(path), declared=declared.group(1).decode("ascii") if declared else None)
    try:
        import trafilatura

        document = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            date_extraction_params={"original_date": True, "extensive_search": False},
        )
    except Exception as exc:  # noqa: BLE001 - trafilatura/lxml fail in many ways on broken markup
        raise InvalidInputError(f"{path}: cannot parse HTML ({type(exc).__name__})") from None
    text = (getattr(document, "text", None) or "").strip() if document is not None else ""
    if not text:
        raise InvalidInputError(f"{path}: no article text found in the page")
    meta_title = (getattr(document, "title", None) or "").strip()
    url = (getattr(document, "url", None) or "").strip() or None
    found = None
    meta_date = getattr(document, "date", None)
    if meta_date:
        try:
            found = parse_published(meta_date)
        except InvalidInputError:
            found = None
    site = (getattr(document, "sitename", None) or "").strip() or None
    return assembled_article(text, where=str(path), title=meta_title, url=url, found=found, published=published,
                             source_name=site, note=note)


def _read_json_article(path: Path, published: date | None) -> Article:
    text, note = decode_noted(_read_bytes(path), str(path))
    record = _loads(text, str(path), multiline=True)
    return article_from_record(record, where=str(path), published=published, note=note)


def _iter_jsonl(path: Path, published: date | None) -> Iterator[tuple[str, Article | InvalidInputError]]:
    where = str(path)
    try:
        handle = _open_regular(path)
    except InvalidInputError as exc:
        yield where, exc
        return
    with handle:
        try:
            head = handle.read(_SNIFF_BYTES)
            handle.seek(0)
        except OSError as exc:
            yield where, InvalidInputError(f"{where}: cannot read ({_reason(exc)})")
            return
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)) or (
                b"\x00" in head and _utf16_without_bom(head)):
            yield where, InvalidInputError(f"{where}: JSON Lines must be UTF-8, not UTF-16/32")
            return
        if b"\x00" in head or _control_ratio(head) > 0.05:
            yield where, InvalidInputError(f"{where}: binary file, not text")
            return
        lineno = 0
        seen = False
        while True:
            try:
                raw = handle.readline(MAX_BYTES + 1)
            except OSError as exc:
                yield where, InvalidInputError(f"{where}: cannot read ({_reason(exc)})")
                return
            if not raw:
                if not seen:
                    yield where, InvalidInputError(f"{where}: empty file")
                return
            lineno += 1
            label = f"{where}:{lineno}"
            if len(raw) > MAX_BYTES:
                seen, size = True, len(raw)
                while raw and not raw.endswith(b"\n"):  # skip the rest of the over-long line
                    try:
                        raw = handle.readline(MAX_BYTES + 1)
                    except OSError:
                        raw = b""
                    size += len(raw)
                yield label, InvalidInputError(too_large(label, size))
                continue
            if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8) :]
            if not raw.strip():
                continue
            seen = True
            line, note = _decode_utf8(raw), None
            if line is None:
                line, note = _decode_mostly_utf8(raw)
            if line is None:
                line, note = _decode_8bit(raw)
            try:
                yield label, article_from_record(_loads(line, label), where=label, published=published,
                                                 note=note)
            except InvalidInputError as exc:
                yield label, exc


def read_articles(path: str | Path, *, published: date | None = None) -> list[Article]:
    """The articles in one file, by suffix (see :data:`SUFFIXES`); ``published`` overrides dates.

    Strict: any bad file — or any bad line of a ``.jsonl`` file — raises
    :class:`InvalidInputError`; use :func:`iter_articles` to get errors as items instead.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".txt":
        return [read_text_article(path, published=published)]
    if suffix in (".html", ".htm"):
        return [_read_html_article(path, published)]
    if suffix == ".json":
        return [_read_json_article(path, published)]
    if suffix == ".jsonl":
        articles = []
        for _label, item in _iter_jsonl(path, published):
            if isinstance(item, InvalidInputError):
                raise item
            articles.append(item)
        return articles
    if path.is_dir():
        raise InvalidInputError(f"{path}: is a folder, not a file")
    raise InvalidInputError(f"{path}: unsupported file type {suffix or '(no suffix)'!r} (expected {', '.join(SUFFIXES)})")


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def _folder_files(folder: Path) -> Iterator[tuple[str, Path | InvalidInputError]]:
    found: list[Path] = []
    errors: list[tuple[str, InvalidInputError]] = []

    def failed(exc: OSError) -> None:
        where = exc.filename or folder
        errors.append((str(where), InvalidInputError(f"{where}: cannot read folder ({_reason(exc)})")))

    for top, dirs, files in os.walk(folder, onerror=failed):
        dirs[:] = sorted(d for d in dirs if not _is_hidden(d))
        for name in files:
            candidate = Path(top) / name
            if not _is_hidden(name) and candidate.suffix.lower() in SUFFIXES:
                found.append(candidate)
    yield from errors
    for file in sorted(found):
        problem = _file_problem(file)  # a named pipe, a link to nothing…: said, never opened
        yield str(file), InvalidInputError(f"{file}: {problem}") if problem else file


def iter_articles(
    paths: Iterable[str | Path] | str | Path, *, published: date | None = None
) -> Iterator[tuple[str, Article | InvalidInputError]]:
    """(label, article or error) for each article in ``paths``; never raises for bad input.

    Folders are read recursively in sorted order, keeping files with a suffix in
    :data:`SUFFIXES` and skipping hidden files and folders; such a name that is not a regular file
    (a named pipe, a socket, a link that points nowhere) yields an error item. The label is the
    file path, or ``path:LINE`` for a line of a ``.jsonl`` file; a missing path yields an error
    item and the paths after it are still read.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    for given in paths:
        path = Path(given)
        try:
            is_dir = path.is_dir()
        except (OSError, ValueError):  # a name too long…: said by _file_problem
            is_dir = False
        problem = None if is_dir else _file_problem(path)
        if is_dir:
            for label, file in _folder_files(path):
                if isinstance(file, InvalidInputError):
                    yield label, file
                else:
                    yield from _iter_file(file, published)
        elif problem:
            yield str(path), InvalidInputError(f"{path}: {problem}")
        else:
            yield from _iter_file(path, published)


def _iter_file(path: Path, published: date | None) -> Iterator[tuple[str, Article | InvalidInputError]]:
    if path.suffix.lower() == ".jsonl":
        yield from _iter_jsonl(path, published)
        return
    try:
        articles = read_articles(path, published=published)
    except InvalidInputError as exc:
        yield str(path), exc
        return
    for article in articles:
        yield str(path), article
