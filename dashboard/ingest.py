"""Ingesting articles the user uploads or pastes in the browser (no Streamlit here)."""

from __future__ import annotations

import logging
import re
import tempfile
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from geo.articles.language import detect_language
from geo.articles.model import Article
from geo.articles.reader import MAX_BYTES, iter_articles, too_large
from geo.errors import ConflictmapError
from geo.pipeline import Analyser, ingest

if TYPE_CHECKING:
    from geo.store import Store

#: a file name longer than this (in UTF-8 bytes) is cut, its suffix kept (filesystems allow 255)
MAX_NAME_BYTES = 200
#: a file name in the upload report is cut to this many characters
SHOWN_NAME_CHARS = 120
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f/\\]")


def upload_name(name: str) -> str:
    """The name an uploaded file is stored under in its temporary folder: the browser's name
    without folders or control characters, cut to :data:`MAX_NAME_BYTES` (its suffix kept)."""
    base = _UNSAFE_NAME.sub("_", re.split(r"[/\\]", name or "")[-1]).strip()
    if base in ("", ".", ".."):
        base = "upload.txt"
    if len(base.encode("utf-8")) <= MAX_NAME_BYTES:
        return base
    suffix = Path(base).suffix if len(Path(base).suffix) <= 16 else ""
    stem = base[:len(base) - len(suffix)] if suffix else base
    room = MAX_NAME_BYTES - len(suffix.encode("utf-8"))
    return stem.encode("utf-8")[:room].decode("utf-8", errors="ignore") + suffix


def shown_name(name: str) -> str:
    """A file name for the upload report: one line, at most :data:`SHOWN_NAME_CHARS` characters."""
    one = re.sub(r"\s+", " ", _CONTROL.sub(" ", name or "")).strip() or "upload"
    return one if len(one) <= SHOWN_NAME_CHARS else one[:SHOWN_NAME_CHARS - 1] + "…"


def ingest_uploads(store: Store, analyser: Analyser, uploads: Sequence, published: date | None,
                   progress: Callable[[int, int, str], None] | None = None) -> list[str]:
    """Store uploaded files (objects with ``.name`` and ``.getvalue()``); one line per article.

    Each file is written to a folder of its own, so files of the same name in one upload are
    all read; a name too long for the filesystem is cut (see :func:`upload_name`)."""
    lines: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        paths, names = [], {}
        for number, upload in enumerate(uploads, start=1):
            name = shown_name(upload.name)
            data = upload.getvalue()
            if len(data) > MAX_BYTES:
                lines.append(f"failed {too_large(name, len(data))}")
                continue
            folder = Path(tmp) / str(number)
            folder.mkdir()
            path = folder / upload_name(upload.name)
            try:
                path.write_bytes(data)
            except OSError as exc:
                lines.append(f"failed {name}: cannot be stored for reading ({exc.strerror or type(exc).__name__})")
                continue
            paths.append(path)
            names[str(path)] = name
        items = list(iter_articles(paths, published=published)) if paths else []
        for i, (label, item) in enumerate(items, start=1):
            shown = _shown(label, names)
            if progress:
                progress(i - 1, len(items), shown)
            if isinstance(item, Exception):
                message = str(item).splitlines()[0] if str(item) else type(item).__name__
                lines.append(f"failed {_without_paths(message, names)}")
                continue
            try:
                result, analysis = ingest(store, analyser, item)
            except ConflictmapError as exc:
                lines.append(f"failed {shown}: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}")
                continue
            except Exception as exc:  # noqa: BLE001 - one article's bug must not stop the batch
                logging.getLogger(__name__).exception("ingest of %s failed", shown)
                lines.append(f"failed {shown}: internal error ({type(exc).__name__}; details in the server log)")
                continue
            lines.append(_line(shown, result, analysis, item.note))
    return lines


def _shown(label: str, names: dict[str, str]) -> str:
    """The report's name for a reader's label (a temporary path, or ``path:LINE``)."""
    path, _, line = label.rpartition(":") if label not in names else (label, "", "")
    if path in names and line.isdigit():
        return f"{names[path]}:{line}"
    return names.get(label, shown_name(Path(label).name))


def _without_paths(message: str, names: dict[str, str]) -> str:
    """``message`` with each temporary path replaced by the name the file was uploaded as."""
    for path, name in sorted(names.items(), key=lambda kv: -len(kv[0])):
        message = message.replace(path, name)
    return message


def ingest_pasted(store: Store, analyser: Analyser, title: str, url: str, published: date | None, text: str) -> str:
    text = text.strip()
    if not text:
        return "failed: empty text"
    size = len(text.encode("utf-8"))
    if size > MAX_BYTES:
        return f"failed: {too_large('text', size)}"
    article = Article(title=(title.strip() or text.splitlines()[0])[:300], text=text, url=url.strip() or None,
                      lang=detect_language(text), published=published,
                      published_precision="day" if published else None)
    try:
        result, analysis = ingest(store, analyser, article)
    except ConflictmapError as exc:
        return f"failed: {exc}"
    return _line(article.title[:60], result, analysis)


def _line(name: str, result, analysis, note: str | None = None) -> str:
    said = f"; {note}" if note else ""
    if analysis is None:
        return f"unchanged {name} (already stored as article {result.article_id}{said})"
    return (f"stored {name}: article {result.article_id}, {analysis.lang}, {len(analysis.mentions)} places, "
            f"{result.events_new} new events, {result.events_merged} merged{said}")
