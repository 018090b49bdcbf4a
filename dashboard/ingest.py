"""Ingesting articles the user uploads or pastes in the browser (no Streamlit here)."""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from geo.articles.language import detect_language
from geo.articles.model import Article
from geo.articles.reader import iter_articles
from geo.errors import ConflictmapError
from geo.pipeline import Analyser, ingest

MAX_UPLOAD_BYTES = 10_000_000


def ingest_uploads(store, analyser: Analyser, uploads: Sequence, published: date | None,
                   progress: Callable[[int, int, str], None] | None = None) -> list[str]:
    """Store uploaded files (objects with ``.name`` and ``.getvalue()``); one line per article."""
    lines: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for upload in uploads:
            name = Path(upload.name).name or "upload.txt"
            data = upload.getvalue()
            if len(data) > MAX_UPLOAD_BYTES:
                lines.append(f"failed {name}: too large ({len(data) / 1e6:.1f} MB; at most 10 MB)")
                continue
            path = Path(tmp) / name
            path.write_bytes(data)
            paths.append(path)
        items = list(iter_articles(paths, published=published)) if paths else []
        for i, (label, item) in enumerate(items, start=1):
            shown = label.replace(tmp + "/", "")
            if progress:
                progress(i - 1, len(items), shown)
            if isinstance(item, Exception):
                lines.append(f"failed {str(item).replace(tmp + '/', '')}")
                continue
            try:
                result, analysis = ingest(store, analyser, item)
            except ConflictmapError as exc:
                lines.append(f"failed {shown}: {exc}")
                continue
            except Exception as exc:  # noqa: BLE001 - one article's bug must not stop the batch
                logging.getLogger(__name__).exception("ingest of %s failed", shown)
                lines.append(f"failed {shown}: internal error ({type(exc).__name__}; details in the server log)")
                continue
            lines.append(_line(shown, result, analysis, item.note))
    return lines


def ingest_pasted(store, analyser: Analyser, title: str, url: str, published: date | None, text: str) -> str:
    text = text.strip()
    if not text:
        return "failed: empty text"
    if len(text.encode("utf-8")) > MAX_UPLOAD_BYTES:
        return "failed: text too large (at most 10 MB)"
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
