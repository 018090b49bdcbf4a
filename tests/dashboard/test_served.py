"""The routes of the app's own (``dashboard.data.served``): the map layer files from the cache
directory and the base map's tiles from the basemap package's file, nothing else."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
from starlette.applications import Starlette

from dashboard import tiles
from dashboard.data.served import LAYERS_ROUTE, cache_routes, tile_routes
from tests.dashboard.test_assets import mbtiles_rows


def get(routes, *paths: str) -> list[httpx.Response]:
    """The answers of an app of ``routes`` alone to GET ``paths``."""
    async def fetch() -> list[httpx.Response]:
        app = Starlette(routes=routes)
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1") as c:
            return [await c.get(path) for path in paths]
    return asyncio.run(fetch())


def test_the_cache_route_serves_the_layer_files_only(tmp_path):
    """The app's route for the cache serves the published layer files (also under a base URL
    path), and nothing else of the cache: not the frames snapshot, not a path climbing out."""
    cache = tmp_path / "cache"
    assert get(cache_routes(cache), f"{LAYERS_ROUTE}/0123.json")[0].status_code == 404  # none published yet
    (cache / "layers").mkdir(parents=True)
    (cache / "layers" / "0123.json").write_text('{"lat": []}', encoding="utf-8")
    (cache / "layers" / "notes.txt").write_text("not a layer", encoding="utf-8")
    (cache / "frames-0123-events.parquet").write_bytes(b"PAR1")
    for base, prefix in (("", ""), ("/maps/", "/maps")):
        served, *refused = get(cache_routes(cache, base), f"{prefix}{LAYERS_ROUTE}/0123.json",
                               f"{prefix}{LAYERS_ROUTE}/notes.txt", f"{prefix}/cache/frames-0123-events.parquet",
                               f"{prefix}{LAYERS_ROUTE}/..%2Fframes-0123-events.parquet")
        assert served.status_code == 200 and served.json() == {"lat": []}
        assert served.headers["content-type"].startswith("application/json")
        assert [r.status_code for r in refused] == [404, 404, 404]


def test_the_tile_route_serves_the_tiles_and_writes_nothing():
    """The app serves each tile straight from the basemap package's MBTiles file (also under a
    base URL path): nothing is extracted, into the package or anywhere else."""
    package = Path(tiles.__file__).resolve().parent
    before = sorted(package.rglob("*"))
    rows = mbtiles_rows()
    for base, prefix in (("", ""), ("/maps/", "/maps")):
        served, flipped, *missing = get(tile_routes(base), f"{prefix}/tiles/3/4/2.png", f"{prefix}/tiles/3/4/5.png",
                                        f"{prefix}/tiles/7/0/0.png", f"{prefix}/tiles/2/9/0.png",
                                        f"{prefix}/tiles/a/0/0.png")
        assert served.status_code == 200 and served.headers["content-type"] == "image/png"
        assert served.content == rows[(3, 4, 5)] and flipped.content == rows[(3, 4, 2)]
        assert [r.status_code for r in missing] == [404, 404, 404]
    assert sorted(package.rglob("*")) == before
