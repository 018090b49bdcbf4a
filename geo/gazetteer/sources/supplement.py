"""The curated supplement (``data/gazetteer/supplement.csv``): conflict sites GeoNames'
populated places lack, and Syria's governorates with English, French and transliterated names.

Columns: ``id, name, alternate_names (| separated), lat, lon, country_code, admin1_code,
feature_code, precision, geonameid, population, source, note``.  Every row must name its
source.  An empty lat/lon on an ``ADM1`` row means "the centroid of the places indexed with
that admin1 code", computed at build time from GeoNames data.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from geo.errors import GazetteerSourceError
from geo.models import PRECISIONS, PlaceRecord, check_coordinates, precision_for_feature

SOURCE = "supplement"
REQUIRED = ("id", "name", "country_code", "feature_code", "source")


def default_path() -> Path:
    return Path(__file__).resolve().parents[3] / "data" / "gazetteer" / "supplement.csv"


def iter_places(path: str | Path | None = None) -> Iterator[PlaceRecord]:
    path = Path(path) if path else default_path()
    try:
        fh = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise GazetteerSourceError(f"cannot read supplement {path}: {exc.strerror}") from None
    with fh:
        reader = csv.DictReader(fh)
        missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            raise GazetteerSourceError(f"{path.name}: missing columns {', '.join(missing)}")
        for lineno, row in enumerate(reader, start=2):
            yield _record(row, f"{path.name}:{lineno}")


def _record(row: dict[str, str], where: str) -> PlaceRecord:
    for column in REQUIRED:
        if not (row.get(column) or "").strip():
            raise GazetteerSourceError(f"{where}: empty {column}")
    feature = row["feature_code"].strip()
    lat_s, lon_s = (row.get("lat") or "").strip(), (row.get("lon") or "").strip()
    if lat_s and lon_s:
        try:
            lat, lon = check_coordinates(lat_s, lon_s)
        except ValueError as exc:
            raise GazetteerSourceError(f"{where}: {exc}") from None
    elif feature == "ADM1":
        lat = lon = None
    else:
        raise GazetteerSourceError(f"{where}: lat/lon required for {feature}")
    precision = (row.get("precision") or "").strip() or precision_for_feature(feature)
    if precision not in PRECISIONS:
        raise GazetteerSourceError(f"{where}: precision must be one of {', '.join(PRECISIONS)}")
    alternates = tuple(a.strip() for a in (row.get("alternate_names") or "").split("|") if a.strip())
    geonameid = (row.get("geonameid") or "").strip()
    return PlaceRecord(
        name=row["name"].strip(),
        lat=lat,
        lon=lon,
        country_code=row["country_code"].strip().upper(),
        feature_class="A" if feature.startswith(("ADM", "PCL")) else "P" if feature.startswith("PPL") else "S",
        feature_code=feature,
        admin1_code=(row.get("admin1_code") or "").strip(),
        population=int((row.get("population") or "0").strip() or 0),
        alternate_names=alternates,
        geonameid=int(geonameid) if geonameid else None,
        source=f"{SOURCE}:{row['id'].strip()}",
        precision=precision,
        note=f"{row['source'].strip()}; {(row.get('note') or '').strip()}".strip("; "),
    )
