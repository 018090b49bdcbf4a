"""Articles from decoded JSON records (``.json``, ``.jsonl`` lines), and the title rule every
reader uses."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

from geo.articles.language import detect_language
from geo.articles.model import Article
from geo.articles.published import Dated, parse_published, resolve_published
from geo.errors import InvalidInputError

__all__ = ["article_from_record"]

_TITLE_CHARS = 300
# Lone surrogates, which JSON can spell ("\ud800") but UTF-8 cannot encode.
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def first_line_title(text: str, default: str) -> str:
    title = next((line.strip() for line in text.splitlines() if line.strip()), default)
    return title[:_TITLE_CHARS]


def assembled_article(text: str, *, where: str, title: str | None = None, url: str | None = None,
                      lang: str | None = None, found: Dated | None = None, published: date | None = None,
                      source_name: str | None = None, note: str | None = None, body: str | None = None) -> Article:
    """The article every reader makes of what it read from ``where``: dated by
    :func:`~geo.articles.published.resolve_published` (``published`` if given, else the
    dateline of ``body``, else the date the file gave, ``found``); titled ``title`` or the first
    line of ``body`` (the file's stem if none), cut to ``_TITLE_CHARS``; in the language ``lang``
    or the one detected in ``text``.  ``body``: the text without the header a file had
    (default: ``text``)."""
    body = text if body is None else body
    day, precision = resolve_published(published, found, url, body)
    return Article(
        title=(title or first_line_title(body, Path(where).stem))[:_TITLE_CHARS],
        text=text,
        url=url,
        lang=lang or detect_language(text),
        published=day,
        published_precision=precision,
        path=where,
        source_name=source_name,
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
        return assembled_article(text, where=where, title=title, url=url, lang=lang,
                                 found=parse_published(record.get("published")), published=published,
                                 source_name=source_name, note=note)
    except InvalidInputError as exc:
        raise InvalidInputError(f"{where}: {exc}") from None


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

