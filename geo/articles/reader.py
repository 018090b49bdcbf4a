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
"""

from __future__ import annotations

import codecs
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from geo.articles.dateline import dateline_date
from geo.articles.language import detect_language
from geo.articles.model import Article
from geo.errors import InvalidInputError

__all__ = [
    "MAX_BYTES",
    "SUFFIXES",
    "decode",
    "decode_noted",
    "iter_articles",
    "parse_header",
    "parse_published",
    "read_articles",
    "read_text_article",
    "too_large",
    "url_date",
]

#: the largest article file, upload or pasted text read (in bytes)
MAX_BYTES = 10_000_000
SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl")
_TITLE_CHARS = 300
_SNIFF_BYTES = 8192

_HEADER_RE = re.compile(
    r"^\s*date\s+(?P<y>\d{4})-(?P<m>\d{2})(?:-(?P<d>\d{2}))?(?:\s+(?P<url>\S+))?\s*$", re.I
)
_URL_DATE_RES = (
    re.compile(r"/(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?=[/?#]|$)"),
    re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?=[/?#]|$)"),
    re.compile(r"/(?P<y>(?:19|20)\d{2})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?=[/?#]|$)"),
)
_PUBLISHED_RE = re.compile(r"^(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?$")
_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control bytes that do not occur in text (everything below 0x20 but tab, LF, VT, FF, CR, ESC).
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in b"\t\n\x0b\x0c\r\x1b") + b"\x7f"
# Characters that do not occur in text: C0/C1 controls (but whitespace and ESC), private use.
_CONTROL_CHARS_RE = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f\ue000-\uf8ff\ufffe\uffff]")
# Lone surrogates, which JSON can spell ("\ud800") but UTF-8 cannot encode.
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
# A byte that is not UTF-8, as ``errors="surrogateescape"`` decodes it.
_ESCAPED_BYTE_RE = re.compile("[\udc80-\udcff]")
_NON_ASCII_RE = re.compile("[^\x00-\x7f]")
# Non-ASCII characters that legitimately sit between two letters in Western text.
_INWORD_PUNCTUATION = frozenset("\u2019\u2018\u00b7\u00ad\u2010\u2011\u2013")

Dated = tuple[date, str]  # (date, precision: day | month | year)


# -- decoding ---------------------------------------------------------------------------------
def decode(data: bytes, where: str, *, declared: str | None = None) -> str:
    """The text of a file's bytes; ``where`` prefixes error messages (see :func:`decode_noted`)."""
    return decode_noted(data, where, declared=declared)[0]


def decode_noted(data: bytes, where: str, *, declared: str | None = None) -> tuple[str, str | None]:
    """(text, note) of a file's bytes; the note says how they were read when not plain UTF-8.

    ``declared`` is an encoding the file names itself (an HTML ``<meta charset>``), tried after
    UTF-8. Raises :class:`InvalidInputError` for an empty or binary file, never for decoding alone.
    """
    if not data.strip():
        raise InvalidInputError(f"{where}: empty file")
    note = None
    text = _decode_bom(data)
    if text is None:
        head = data[:_SNIFF_BYTES]
        utf16 = _utf16_without_bom(head) if b"\x00" in head else None
        if utf16 is not None:
            text = _decode_strict(data, utf16)
            if text is None:
                raise InvalidInputError(f"{where}: binary file, not text")
            note = f"{utf16.upper()} without a byte-order mark"
        elif b"\x00" in head or _control_ratio(head) > 0.05:
            raise InvalidInputError(f"{where}: binary file, not text")
        else:
            text = _decode_utf8(data)
            if text is None:
                text, note = _decode_mostly_utf8(data)
            if text is None and declared:
                text = _decode_declared(data, declared)
            if text is None:
                text, note = _decode_8bit(data)
    if not text.strip():
        raise InvalidInputError(f"{where}: empty file")
    if _is_mostly_non_text(text[:_SNIFF_BYTES]):
        raise InvalidInputError(f"{where}: binary file, not text")
    return text, note


def _utf16_without_bom(head: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when the NUL bytes of ``head`` are the high bytes of
    UTF-16 code units (Latin letters, digits, spaces: one side of the byte pairs), else None."""
    pairs = len(head) // 2
    if pairs < 2:
        return None
    even, odd = head[0 : 2 * pairs : 2].count(0), head[1 : 2 * pairs : 2].count(0)
    for nuls, other, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if nuls >= 0.1 * pairs and other <= nuls // 50:
            return encoding
    return None


def _decode_strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _decode_mostly_utf8(data: bytes) -> tuple[str | None, str | None]:
    """UTF-8 with a few stray bytes (fewer than its own non-ASCII characters), each stray byte
    read as cp1252 (or U+FFFD where cp1252 has no character); (None, None) otherwise."""
    escaped = data.decode("utf-8", errors="surrogateescape")
    stray = _ESCAPED_BYTE_RE.findall(escaped)
    if len(_NON_ASCII_RE.findall(escaped)) - len(stray) < len(stray):
        return None, None  # mostly not UTF-8: a legacy encoding
    first = _ESCAPED_BYTE_RE.search(escaped)
    at = len(escaped[: first.start()].encode("utf-8", errors="surrogateescape")) if first else 0
    text = _ESCAPED_BYTE_RE.sub(
        lambda m: bytes([ord(m.group()) - 0xDC00]).decode("cp1252", errors="replace"), escaped)
    count = f"{len(stray)} byte{'s' if len(stray) > 1 else ''}"
    where = "the first at" if len(stray) > 1 else "at"
    return text, f"not valid UTF-8: {count} read as cp1252, {where} byte {at}"


def _decode_bom(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _decode_utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _control_ratio(data: bytes) -> float:
    return (len(data) - len(data.translate(None, _CONTROL_BYTES))) / max(len(data), 1)


def _is_mostly_non_text(text: str) -> bool:
    return len(_CONTROL_CHARS_RE.findall(text)) > 0.05 * len(text)


def _decode_declared(data: bytes, declared: str) -> str | None:
    try:
        encoding = codecs.lookup(declared).name
    except LookupError:
        return None
    if encoding in ("latin-1", "iso8859-1", "ascii"):  # as browsers do (WHATWG encoding standard)
        encoding = "cp1252"
    if encoding.startswith("utf-16") or encoding.startswith("utf-32"):
        return None  # a declaration inside an ASCII-compatible file cannot be true
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _decode_8bit(data: bytes) -> tuple[str, str]:
    """Text in a legacy 8-bit encoding, and a note naming the encoding used."""
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and _plausible_western(western):
        return western, "not UTF-8: read as cp1252"
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is not None:
            return str(best), f"not UTF-8: guessed {best.encoding}"
    except Exception:  # noqa: BLE001 - a guessing library must not turn a text file into a crash
        pass
    if western is not None:
        return western, "not UTF-8: guessed cp1252"
    return data.decode("latin-1"), "not UTF-8: guessed latin-1"


def _plausible_western(text: str) -> bool:
    """Whether cp1252-decoded text looks like Western European text rather than mojibake."""
    letters = non_ascii_letters = odd = non_ascii = 0
    previous = ""
    for i, char in enumerate(text[:100_000]):
        if char.isascii():
            if char.isalpha():
                letters += 1
        else:
            non_ascii += 1
            if char.isalpha():
                letters += 1
                non_ascii_letters += 1
            elif (
                char not in _INWORD_PUNCTUATION
                and previous.isalpha()
                and text[i + 1 : i + 2].isalpha()
            ):
                odd += 1  # "g³owa": a symbol inside a word is a misread letter
        previous = char
    if non_ascii == 0:
        return True
    # Cyrillic, Greek, Arabic… read as cp1252 give words made of accented letters only.
    return non_ascii_letters <= 0.3 * letters and odd <= max(0, non_ascii // 50)


# -- dates ------------------------------------------------------------------------------------
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


def _resolve(published: date | None, found: Dated | None, url: str | None,
             text: str = "") -> tuple[date | None, str | None]:
    if published is not None:
        return (published.date() if isinstance(published, datetime) else published), "day"
    printed = dateline_date(text)
    if printed is not None:  # the outlet's own date wins over a file's metadata
        return printed, "day"
    found = _refine(found, url)
    return (found[0], found[1]) if found else (None, None)


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


def _first_line_title(text: str, default: str) -> str:
    title = next((line.strip() for line in text.splitlines() if line.strip()), default)
    return title[:_TITLE_CHARS]


def read_text_article(path: str | Path, *, published: date | None = None) -> Article:
    """A ``.txt`` article (any suffix is read as plain text); ``published`` overrides its date."""
    path = Path(path)
    text, note = decode_noted(_read_bytes(path), str(path))
    lines = text.splitlines()
    header_date, precision, url = parse_header(lines[0]) if lines else (None, None, None)
    body = "\n".join(lines[1:]) if (header_date or url) else text
    day, precision = _resolve(published, (header_date, precision) if header_date and precision else None, url,
                              body)
    return Article(
        title=_first_line_title(body, path.stem),
        text=text,
        url=url,
        lang=detect_language(text),
        published=day,
        published_precision=precision,
        path=str(path),
        note=note,
    )


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
    day, precision = _resolve(published, found, url, text)
    site = (getattr(document, "sitename", None) or "").strip() or None
    return Article(
        title=(meta_title or _first_line_title(text, path.stem))[:_TITLE_CHARS],
        text=text,
        url=url,
        lang=detect_language(text),
        published=day,
        published_precision=precision,
        path=str(path),
        source_name=site,
        note=note,
    )


def _optional_str(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidInputError(f"field {key!r} must be a string, not {type(value).__name__}")
    return _SURROGATE_RE.sub("\ufffd", value).strip() or None


def _lang_code(value: str | None) -> str | None:
    if not value:
        return None
    code = re.split(r"[-_]", value.strip().lower(), maxsplit=1)[0]
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None


def article_from_record(record: Any, *, where: str, published: date | None = None,
                        note: str | None = None) -> Article:
    """An article from one decoded JSON value; ``where`` (file or ``file:LINE``) prefixes errors;
    ``note`` says how the bytes were decoded when that needs saying."""
    try:
        if not isinstance(record, dict):
            raise InvalidInputError(f"expected a JSON object, got {_json_kind(record)}")
        text = record.get("text")
        if text is None:
            raise InvalidInputError("no text (the 'text' field is missing)")
        if not isinstance(text, str):
            raise InvalidInputError(f"field 'text' must be a string, not {type(text).__name__}")
        if not text.strip():
            raise InvalidInputError("no text (the 'text' field is empty)")
        text = _SURROGATE_RE.sub("\ufffd", text)  # JSON "\ud800" is not text; offsets are kept
        title = _optional_str(record, "title")
        url = _optional_str(record, "url")
        lang = _lang_code(_optional_str(record, "lang"))
        source = record.get("source")
        if isinstance(source, dict):
            source = source.get("name")
        source_name = (_SURROGATE_RE.sub("\ufffd", source).strip() or None) if isinstance(source, str) else None
        day, precision = _resolve(published, parse_published(record.get("published")), url, text)
    except InvalidInputError as exc:
        raise InvalidInputError(f"{where}: {exc}") from None
    return Article(
        title=(title or _first_line_title(text, Path(where).stem))[:_TITLE_CHARS],
        text=text,
        url=url,
        lang=lang or detect_language(text),
        published=day,
        published_precision=precision,
        path=where,
        source_name=source_name,
        note=note,
    )


def _json_kind(value: Any) -> str:
    return {list: "an array", str: "a string", bool: "a boolean", type(None): "null"}.get(
        type(value), "a number"
    )


def _loads(text: str, where: str, *, multiline: bool = False) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        at = f"line {exc.lineno} column {exc.colno}" if multiline else f"column {exc.colno}"
        raise InvalidInputError(f"{where}: not valid JSON ({exc.msg} at {at})") from None
    except RecursionError:
        raise InvalidInputError(f"{where}: not valid JSON (nested too deeply)") from None


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
