"""Untrusted text for display: article titles, file names, URLs, sentences, actor and place
names, error messages.  None of it is ever read as markup: in HTML it is escaped
(:func:`html_text`), where Streamlit reads Markdown (captions, labels, message boxes) every
character that could be syntax is backslashed (:func:`markdown_literal`), a link is made only
of an http(s) URL (:func:`http_url`), and an error is shown as one line (:func:`error_line`).

A missing value (None, NaN, NaT, pandas' NA, an empty string) is text too: :func:`plain`
gives the default for it, so nothing here fails on a row an import left half empty.
"""

from __future__ import annotations

import html
import json
import math
import re
from typing import Any
from urllib.parse import urlsplit

from geo.errors import ConflictmapError

#: every ASCII punctuation character Markdown (or Streamlit's extensions: ``:red[…]``, ``$…$``)
#: could read as syntax
_MARKDOWN_SYNTAX = re.compile(r"""([!"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~])""")
#: what GFM's autolink literals start with: a scheme's "://", "www.", an e-mail's "@"
_AUTOLINK = re.compile(r"(?<=:)(?=//)|(?<=\bwww)(?=\.)|(?=@)", re.IGNORECASE)
WORD_JOINER = "\u2060"
#: line breaks and other control characters: a label or an error line stays one line
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
#: what an event without a type is called (map, counts, histogram)
UNKNOWN_TYPE = "Unknown type"
#: an error shown in the page is cut to this many characters
ERROR_CHARS = 300


def missing(value: Any) -> bool:
    """Whether ``value`` is a missing cell: None, NaN, NaT, pandas' NA (not an empty string)."""
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    if isinstance(value, (str, bytes, list, tuple, dict, set)):
        return False
    try:
        import pandas as pd

        return bool(pd.isna(value))
    except (TypeError, ValueError):  # array-likes: not a single missing cell
        return False


def plain(value: Any, default: str = "") -> str:
    """``value`` as text, or ``default`` when it is missing or empty."""
    if missing(value):
        return default
    text = str(value)
    return text if text else default


def html_text(value: Any, default: str = "") -> str:
    """``value`` as HTML text (``&<>"'`` escaped; missing: ``default``, escaped too)."""
    return html.escape(plain(value, default), quote=True)


def script_json(value: Any, **dumps: Any) -> str:
    """``value`` as JSON to put inside a page's ``<script>``: "</" is written "<\\/" (the same
    string to JSON), so no text in it can close the element; ``dumps`` go to :func:`json.dumps`."""
    return json.dumps(value, **dumps).replace("</", "<\\/")


def markdown_literal(value: Any, default: str = "") -> str:
    """``value`` for a Streamlit caption, label, progress text or message box, which read
    Markdown: every character that could be syntax gets a backslash, so the text is shown as it
    is written (no image fetched, no link made, no formatting); line breaks become spaces.

    Streamlit's Markdown also turns bare ``http://…``, ``www.…`` and e-mail addresses into
    links after the escapes are read (GFM's autolink literals): an invisible word joiner
    (U+2060) inside ``://``, ``www.`` and before ``@`` keeps them text."""
    text = _AUTOLINK.sub(WORD_JOINER, _CONTROL.sub(" ", plain(value, default)))
    return _MARKDOWN_SYNTAX.sub(r"\\\1", text)


def http_url(value: Any) -> str | None:
    """``value`` when it is an absolute http(s) URL with a host (the only links ever made from
    the data), else None: ``javascript:``, ``data:``, relative or malformed URLs are no links."""
    if not isinstance(value, str) or _CONTROL.search(value) or " " in value.strip():
        return None
    url = value.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in ("http", "https") and parts.hostname else None


def error_line(error: BaseException) -> str:
    """One line for an error box: the project's own errors say what went wrong; anything else is
    an internal error named by its type only (its message and traceback, with server paths, go
    to the server log).  Markdown-literal, at most :data:`ERROR_CHARS` characters."""
    if isinstance(error, ConflictmapError):
        lines = [line for line in str(error).splitlines() if line.strip()]
        text = lines[0].strip() if lines else type(error).__name__
    else:
        text = f"internal error ({type(error).__name__}); the details are in the server log"
    if len(text) > ERROR_CHARS:
        text = text[:ERROR_CHARS - 1] + "…"
    return markdown_literal(text)
