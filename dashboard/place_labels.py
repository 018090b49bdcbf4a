"""The map's place names, drawn by the app itself from the gazetteer: towns, villages and
first-level areas in the analyst's language, over the offline base map (whose own names are in
the local script, Arabic in Syria, and end at zoom 6).

* :class:`LabelTiles` answers one tile's labels as JSON (:func:`geo.gazetteer.labels.LabelIndex`),
  kept in ``<cache>/labels`` (``Settings.cache_dir``) once computed; the app serves them at
  ``/labels/{lang}/{z}/{x}/{y}.json`` (:mod:`dashboard.data.labels_served`).
* :class:`PlaceLabels` is the map element: a Leaflet grid layer (``static/place_labels/
  place_labels.js``, inlined in the page) that fetches the tiles in view, or reads tiles embedded
  in an exported page (:func:`dashboard.export.labels.embedded_labels`), and hides labels that would overlap.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path

from branca.element import Template

from dashboard.map_elements import LiteralMacroElement
from geo.atomic import write_atomically
from geo.gazetteer.labels import (
    AREA_ZOOMS,
    KINDS,
    MAX_PER_TILE,
    MAX_ZOOM,
    MIN_POPULATION,
    MIN_ZOOM,
    Label,
    LabelIndex,
    check_language,
    check_tile,
    label_names_path,
)

#: the route the app serves label tiles at, and the same as a URL relative to the map's component
#: iframe (see dashboard.tiles.TILE_URL for the ``../..``)
LABELS_ROUTE = "/labels"
LABELS_URL = "../.." + LABELS_ROUTE + "/{lang}/{z}/{x}/{y}.json"
SCRIPT_PATH = Path(__file__).resolve().parent / "static" / "place_labels" / "place_labels.js"
#: JSON that is safe inside an HTML <script> too: no character of it can close the element
_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028",
                              "\u2029": "\\u2029"})


def labels_json(labels: list[Label]) -> str:
    """``{"labels": [[lat, lon, name, kind, population], …]}``, safe to put in a page's script."""
    rows = [[round(x.lat, 5), round(x.lon, 5), x.name, x.kind, x.population] for x in labels]
    return json.dumps({"labels": rows}, ensure_ascii=False, separators=(",", ":")).translate(_SCRIPT_SAFE)


@lru_cache(maxsize=2)
def _index(path: str, mtime_ns: int) -> LabelIndex:
    return LabelIndex(path)


def label_index(gazetteer: Path) -> LabelIndex:
    """The label query over ``gazetteer``, opened once per process (again if the file is rebuilt)."""
    try:
        mtime = gazetteer.stat().st_mtime_ns
    except OSError:
        mtime = 0  # not built: LabelIndex says so in one line
    return _index(str(gazetteer), mtime)


class LabelTiles:
    """Label tiles of one gazetteer, computed once and kept as files under ``cache_dir``."""

    def __init__(self, gazetteer: Path, cache_dir: Path | None) -> None:
        self.index = label_index(gazetteer)
        meta = self.index.meta
        stamp = f"{gazetteer.resolve()}|{meta.get('built_at')}|{meta.get('places')}|{_names_stamp()}"
        self.dir = cache_dir / "labels" / hashlib.sha1(stamp.encode()).hexdigest()[:16] if cache_dir else None

    def tile_json(self, lang: str, z: int, x: int, y: int) -> str:
        """The labels of tile ``z/x/y`` in ``lang`` as :func:`labels_json` (one-line
        :class:`geo.errors.InvalidInputError` for a tile or language that does not exist)."""
        check_language(lang)
        check_tile(z, x, y)
        path = self.dir / lang / str(z) / str(x) / f"{y}.json" if self.dir else None
        if path is not None and path.is_file():
            return path.read_text(encoding="utf-8")
        text = labels_json(self.index.labels(z, x, y, lang))
        if path is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                write_atomically(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))
            except OSError:
                pass  # a cache that cannot be written only costs the query next time
        return text


def _names_stamp() -> str:
    """What changes the labels besides the gazetteer: the curated names file and the rules of
    which places a tile holds."""
    try:
        names = str(label_names_path().stat().st_mtime_ns)
    except OSError:
        names = ""
    return f"{names}|{sorted(MIN_POPULATION.items())}|{list(AREA_ZOOMS)}|{MAX_PER_TILE}|{KINDS}"


@lru_cache(maxsize=1)
def _script() -> str:
    return SCRIPT_PATH.read_text(encoding="utf-8")


#: what labels_json's text opens with (an embedded tile is its list, spliced in)
_PREFIX = '{"labels":'
#: the layer's options besides its source
_LAYER = {"minZoom": MIN_ZOOM, "maxNativeZoom": MAX_ZOOM, "kinds": list(KINDS)}

_TEMPLATE = Template("""
{% macro script(this, kwargs) %}
{{ this.code }}
cmPlaceLabels({{ this._parent.get_name() }}, {{ this.options }});
{% endmacro %}
""")


class PlaceLabels(LiteralMacroElement):
    """The place-name layer of a map: served tiles (``url``) or embedded ones (``tiles``)."""

    _template = _TEMPLATE

    def __init__(self, lang: str = "en", *, url: str = LABELS_URL, tiles: dict[str, str] | None = None) -> None:
        super().__init__()
        self._name = "PlaceLabels"
        check_language(lang)
        self.code = _script()
        if tiles is None:
            self.options = json.dumps({"url": url, "lang": lang, **_LAYER})
        else:  # each value is labels_json's text: its "labels" list, spliced in as it is (script-safe)
            body = ",".join(f'{json.dumps(k)}:{v[len(_PREFIX):-1]}' for k, v in sorted(tiles.items()))
            self.options = f'{{"tiles":{{{body}}},{json.dumps(_LAYER)[1:-1]}}}'
