"""Reading the event gold folders (reading only; errors as one-line InvalidInputError).

* An *events* gold: ``<lang>.jsonl`` files, one article a line (``{"doc", "lang", "published",
  "events": […]}``, see ``../shared/eval/events/GUIDELINES.md``), the texts in ``docs/<doc>.txt``
  beside them and ``meta.json`` (per doc, the dataset's ``published_*`` date, used where a gold
  line gives none).
* A *FA-KES* gold: ``articles.jsonl`` (``{"title", "text", "url", "published"}``) and
  ``gold.jsonl`` (per ``url``: ``governorate``, ``cause_of_death``, ``civilians_killed``,
  ``noncivilians_killed``…).

:func:`select_half` keeps the odd- or even-numbered articles of each file (counted from 0 in
file order, as ``eval-geoparse`` counts ``docs/N.txt``): the odd half for development and
error analysis, the even half held out.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from geo.errors import InvalidInputError
from geo.eventeval.fakes import FakesArticle
from geo.eventeval.governorates import fakes_codes, syria_code
from geo.eventeval.scoring import GoldEvent

FAKES_FILES = ("articles.jsonl", "gold.jsonl")
META_FILE = "meta.json"


@dataclass(frozen=True)
class GoldArticle:
    """An article of an events gold: where its text is, and what a coder found in it."""

    doc: str
    lang: str
    published: date | None
    path: Path
    position: int  # its line in the gold file, from 0
    gold: tuple[GoldEvent, ...]


def kind_of(path: Path) -> str:
    """``"fakes"`` or ``"events"``: which gold a folder (or an events ``.jsonl`` file) holds."""
    path = Path(path)
    if path.is_dir() and all((path / f).is_file() for f in FAKES_FILES):
        return "fakes"
    if path.is_file() and path.suffix == ".jsonl" and (path.parent / "docs").is_dir():
        return "events"
    if path.is_dir() and (path / "docs").is_dir() and _event_files(path):
        return "events"
    raise InvalidInputError(f"{path}: not an event gold (LANG.jsonl files beside docs/) nor a FA-KES gold "
                            "(articles.jsonl and gold.jsonl)")


def _event_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.jsonl") if p.is_file())


def _lines(path: Path) -> Iterator[tuple[str, Any]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInputError(f"{path}: cannot read ({getattr(exc, 'strerror', None) or exc})") from None
    for i, line in enumerate(text.splitlines()):
        if not line.strip():
            continue
        where = f"{path.name} line {i + 1}"
        try:
            yield where, json.loads(line)
        except json.JSONDecodeError as exc:
            raise InvalidInputError(f"{where}: not JSON ({exc.msg})") from None


def _date(value: Any, where: str) -> tuple[date | None, str | None]:
    if value in (None, ""):
        return None, None
    try:
        if isinstance(value, str) and len(value) == 7:
            return date.fromisoformat(value + "-01"), "month"
        return date.fromisoformat(str(value)), "day"
    except ValueError:
        raise InvalidInputError(f"{where}: bad date {value!r} (YYYY-MM-DD or YYYY-MM)") from None


def gold_event(record: dict[str, Any], where: str) -> GoldEvent:
    try:
        when, precision = _date(record.get("date"), where)
        lat, lon = record.get("lat"), record.get("lon")
        toll = record.get("fatalities")
        return GoldEvent(
            date=when, date_precision=record.get("date_precision") or precision,
            lat=None if lat is None else float(lat), lon=None if lon is None else float(lon),
            precision=record.get("precision") or "point", admin1=record.get("admin1"),
            admin1_code=f"SY.{syria_code(record.get('admin1'))}" if syria_code(record.get("admin1")) else None,
            event_type=record.get("event_type"), sub_event_type=record.get("sub_event_type"),
            fatalities=None if toll is None else int(toll), place=record.get("place") or "",
        )
    except (TypeError, ValueError, AttributeError) as exc:
        raise InvalidInputError(f"{where}: bad event ({exc})") from None


def read_event_gold(path: Path) -> list[GoldArticle]:
    """The articles of an events gold folder (every ``*.jsonl`` in it) or of one gold file."""
    path = Path(path)
    files = _event_files(path) if path.is_dir() else [path]
    folder = path if path.is_dir() else path.parent
    meta: dict[str, Any] = {}
    if (folder / META_FILE).is_file():
        try:
            meta = json.loads((folder / META_FILE).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InvalidInputError(f"{folder / META_FILE}: cannot read ({exc})") from None
        if not isinstance(meta, dict):
            raise InvalidInputError(f"{folder / META_FILE}: expected an object per document")
    out = []
    for file in files:
        position = 0
        for where, line in _lines(file):
            if not isinstance(line, dict) or "doc" not in line or not isinstance(line.get("events"), list):
                raise InvalidInputError(f"{where}: expected {{\"doc\", \"lang\", \"published\", \"events\": [...]}}")
            doc = str(line["doc"])
            text = folder / "docs" / f"{doc}.txt"
            if not text.is_file():
                raise InvalidInputError(f"{where}: no text for {doc!r} (docs/{doc}.txt)")
            info = meta.get(doc, {})
            stated = line.get("published") or next((v for k, v in info.items() if k.startswith("published")), None)
            published, _ = _date(stated, where)
            events = tuple(gold_event(e, f"{where} event {i + 1}") for i, e in enumerate(line["events"]))
            out.append(GoldArticle(doc, str(line.get("lang") or info.get("lang") or "?"), published, text,
                                   position, events))
            position += 1
    return out


def read_fakes_gold(folder: Path) -> tuple[Path, dict[str, FakesArticle]]:
    """The articles file of a FA-KES folder and its gold per url (no predictions yet)."""
    folder = Path(folder)
    gold: dict[str, FakesArticle] = {}
    for where, line in _lines(folder / "gold.jsonl"):
        try:
            governorate = str(line["governorate"])
            toll = int(line.get("civilians_killed") or 0) + int(line.get("noncivilians_killed") or 0)
            gold[str(line["url"])] = FakesArticle(
                url=str(line["url"]), governorate=governorate,
                codes=tuple(f"SY.{c}" for c in fakes_codes(governorate)), toll=toll,
                cause=str(line.get("cause_of_death") or "unknown"),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise InvalidInputError(f"{where}: bad gold line ({exc})") from None
    return folder / "articles.jsonl", gold


T = TypeVar("T")


def select_half(items: Sequence[T], which: str, position=lambda item, i: i) -> list[T]:
    """The odd-numbered (``"odd"``), even-numbered (``"even"``) or all items; an item's number
    is ``position(item, index)``."""
    if which == "all":
        return list(items)
    if which not in ("odd", "even"):
        raise InvalidInputError(f"documents: all, odd or even, not {which!r}")
    want = 1 if which == "odd" else 0
    return [item for i, item in enumerate(items) if position(item, i) % 2 == want]
