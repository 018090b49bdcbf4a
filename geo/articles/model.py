"""An article as read from a file, before analysis."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Article:
    title: str
    text: str
    url: str | None = None
    lang: str | None = None
    published: date | None = None
    published_precision: str | None = None  # day | month | year
    path: str | None = None
    source_name: str | None = None  # the outlet, when the file names it (HTML site name, JSON "source")
    note: str | None = None  # how the file's bytes were read, when not plain UTF-8 (for the ingest report)

    @property
    def content_hash(self) -> str:
        """Identity of an article for idempotent ingest: its text, whitespace-folded."""
        folded = " ".join(self.text.split())
        return hashlib.sha256(folded.encode("utf-8")).hexdigest()
