"""The cache files the dashboard's server serves over HTTP: the map layers' data files
(``dashboard.event_layer.published``) in ``<cache>/layers`` (``Settings.cache_dir``), at
``/cache/layers/<digest>.json`` through a route of the app's own (``dashboard.asgi``), so that
nothing is written inside the installed package (Streamlit's static serving serves the package's
``dashboard/static`` only)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

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

    prefix = f"/{base_url.strip('/')}" if base_url.strip("/") else ""
    return [Route(f"{prefix}{LAYERS_ROUTE}/{{name}}", layer_file, methods=["GET"])]
