"""What the dashboard's server serves through routes of its own (``dashboard.asgi``), beside
Streamlit's static serving of the package's ``dashboard/static`` (the vendored scripts):

* the map layers' data files (``dashboard.event_layer.published``), written in ``<cache>/layers``
  (``Settings.cache_dir``), at ``/cache/layers/<digest>.json``;
* the offline base map's tiles, read from the basemap package's file (``dashboard.tiles``), at
  ``/tiles/{z}/{x}/{y}.png``;
* the place names drawn over it, from the gazetteer (``dashboard.data.labels_served``), at
  ``/labels/{lang}/{z}/{x}/{y}.json``;

so that nothing is written inside the installed package."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from dashboard.tiles import TILE_ROUTE

if TYPE_CHECKING:
    from starlette.routing import BaseRoute

#: the route the app serves ``layers_dir`` at
LAYERS_ROUTE = "/cache/layers"
#: the same as a URL relative to the map's component iframe (``/component/<name>/index.html``:
#: ``../../`` climbs back to the app root, as for ``dashboard.assets.STATIC_URL``)
LAYERS_URL = "../.." + LAYERS_ROUTE
#: the names ``dashboard.event_layer.published`` gives the files: their content's digest
_LAYER_FILE = re.compile(r"[0-9a-f]{1,64}\.json")


def layers_dir(cache_dir: Path) -> Path:
    """Where the map layers' data files are written and served from."""
    return cache_dir / "layers"


def app_routes(cache_dir: Path, base_url: str = "", gazetteer: Path | None = None) -> list[BaseRoute]:
    """The routes of :func:`cache_routes` and :func:`tile_routes`, and with a ``gazetteer`` the
    place names' (:func:`dashboard.data.labels_served.label_routes`)."""
    from dashboard.data.labels_served import label_routes

    labels = label_routes(cache_dir, gazetteer, _prefix(base_url)) if gazetteer is not None else []
    return [*cache_routes(cache_dir, base_url), *tile_routes(base_url), *labels]


def _prefix(base_url: str) -> str:
    """Streamlit's ``server.baseUrlPath`` as a route prefix ("" or "/path")."""
    return f"/{base_url.strip('/')}" if base_url.strip("/") else ""


def cache_routes(cache_dir: Path, base_url: str = "") -> list[BaseRoute]:
    """The route serving the layer files of ``cache_dir`` (under Streamlit's
    ``server.baseUrlPath`` ``base_url``, as its own routes are).  Only files named as
    ``published`` names them: nothing else of the cache (the frames snapshot), no other path."""
    from starlette.requests import Request
    from starlette.responses import FileResponse, PlainTextResponse, Response
    from starlette.routing import Route

    directory = layers_dir(cache_dir)

    async def layer_file(request: Request) -> Response:
        name = request.path_params["name"]
        path = directory / name
        if not _LAYER_FILE.fullmatch(name) or not path.is_file():
            return PlainTextResponse("not found", status_code=404)
        return FileResponse(path, media_type="application/json", headers={"X-Content-Type-Options": "nosniff"})

    return [Route(f"{_prefix(base_url)}{LAYERS_ROUTE}/{{name}}", layer_file, methods=["GET"])]


def tile_routes(base_url: str = "") -> list[BaseRoute]:
    """The route serving the basemap's tiles at ``dashboard.tiles.TILE_ROUTE`` (under Streamlit's
    ``server.baseUrlPath`` ``base_url``, as its own routes are); a tile the file lacks is a 404."""
    from starlette.requests import Request
    from starlette.responses import PlainTextResponse, Response
    from starlette.routing import Route

    from dashboard.tiles import tile

    async def tile_png(request: Request) -> Response:
        p = request.path_params
        data = tile(p["z"], p["x"], p["y"])
        if data is None:
            return PlainTextResponse("not found", status_code=404)
        # the basemap changes only with its package: a day in the browser's cache
        return Response(data, media_type="image/png", headers={"Cache-Control": "public, max-age=86400"})

    return [Route(f"{_prefix(base_url)}{TILE_ROUTE}/{{z:int}}/{{x:int}}/{{y:int}}.png", tile_png, methods=["GET"])]
