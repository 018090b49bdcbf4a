"""Places from GeoNames dump files (``allCountries.zip``, ``XX.zip``, ``cities500.zip`` or the
``.txt`` inside): tab-separated, 19 columns, no header (see ``shared/REFERENCE.md``).

Kept: populated places (class P), administrative areas (class A) and a few spot features that
conflict reporting names (military bases, prisons, airports, border posts, camps).
"""

from __future__ import annotations

import csv
import io
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

from geo.errors import GazetteerSourceError
from geo.gazetteer.sources.geonamescache_source import clean_alternates
from geo.models import PlaceRecord, precision_for_feature

SOURCE = "geonames"
COLUMNS = 19
KEEP_CLASSES = frozenset("PA")
KEEP_CODES = frozenset({"MILB", "PRN", "AIRB", "AIRP", "PSTB", "CMPRF", "CMP", "INSM", "DAM"})
# Historical and abandoned admin/populated places would shadow live ones.
SKIP_CODES = frozenset({"PPLH", "PPLQ", "PPLW", "ADMH", "ADM1H", "ADM2H", "PCLH", "ZN", "ZNB"})

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def _open_lines(path: Path) -> Iterator[io.TextIOBase]:
    if not path.exists():
        raise GazetteerSourceError(f"GeoNames file not found: {path}")
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.namelist() if m.endswith(".txt") and "readme" not in m.lower()]
            if not members:
                raise GazetteerSourceError(f"{path}: no .txt member in the zip")
            for member in members:
                with archive.open(member) as raw:
                    yield io.TextIOWrapper(raw, encoding="utf-8", newline="")
    else:
        with path.open(encoding="utf-8", newline="") as fh:
            yield fh


def parse_row(row: list[str], where: str) -> PlaceRecord | None:
    """One dump row to a record; ``None`` for rows of kinds the gazetteer does not keep."""
    if len(row) != COLUMNS:
        raise GazetteerSourceError(f"{where}: expected {COLUMNS} tab-separated columns, got {len(row)}")
    fclass, fcode = row[6], row[7]
    if fcode in SKIP_CODES or (fclass not in KEEP_CLASSES and fcode not in KEEP_CODES):
        return None
    try:
        lat, lon = float(row[4]), float(row[5])
        geonameid = int(row[0])
        population = int(row[14] or 0)
    except ValueError as exc:
        raise GazetteerSourceError(f"{where}: bad number ({exc})") from None
    name = row[1] or row[2]
    alternates = [row[2], *row[3].split(",")] if row[3] else [row[2]]
    return PlaceRecord(
        name=name,
        lat=lat,
        lon=lon,
        country_code=row[8],
        feature_class=fclass,
        feature_code=fcode,
        admin1_code=row[10],
        population=population,
        alternate_names=clean_alternates(alternates, name),
        geonameid=geonameid,
        source=SOURCE,
        precision=precision_for_feature(fcode),
    )


def iter_places(path: str | Path) -> Iterator[PlaceRecord]:
    path = Path(path)
    for fh in _open_lines(path):
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        try:
            for lineno, row in enumerate(reader, start=1):
                if not row:
                    continue
                record = parse_row(row, f"{path.name}:{lineno}")
                if record is not None:
                    yield record
        except UnicodeDecodeError as exc:
            raise GazetteerSourceError(f"{path}: not UTF-8 text ({exc.reason})") from None
