"""What the dashboard's server serves through routes of its own (``dashboard.asgi``), beside
Streamlit's static serving of the package's ``dashboard/static`` (the vendored scripts):

* the map layers' data files (``dashboard.event_layer.published``), written in ``<cache>/layers``
  (``Settings.cache_dir``), at ``/cache/layers/<digest>.json``; where sign-in is asked, only to
  a request whose URL holds a signed-in page's pass (``?pass=``: ``dashboard.access.layer_pass``,
  checked by :func:`layer_readers`), else a one-line 403;
* the offline base map's tiles, read from the basemap package's file (``dashboard.tiles``), at
  ``/tiles/{z}/{x}/{y}.png``;
* the place names drawn over it, from the gazetteer (``dashboard.data.labels_served``), at
  ``/labels/{lang}/{z}/{x}/{y}.json``;

so that nothing is written inside the installed package."""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from dashboard.tiles import TILE_ROUTE

if TYPE_CHECKING:
    from starlette.routing import BaseRoute

    from geo.store import Store

log = logging.getLogger(__name__)

#: the route the app serves ``layers_dir`` at
LAYERS_ROUTE = "/cache/layers"
#: the same as a URL relative to the map's component iframe (``/component/<name>/index.html``:
#: ``../../`` climbs back to the app root, as for ``dashboard.assets.STATIC_URL``)
LAYERS_URL = "../.." + LAYERS_ROUTE
#: the names ``dashboard.event_layer.published`` gives the files: their content's digest
_LAYER_FILE = re.compile(r"[0-9a-f]{1,64}\.json")
#: the URL query parameter holding a signed-in page's pass to the layer files
LAYER_PASS_PARAM = "pass"
#: the answer to a request for a layer file without a good pass (where sign-in is asked)
NO_PASS = "sign in first: the map's data is shown to signed-in users only"
#: whether a layer file is answered, given the request's pass (None: it has none)
LayerCheck = Callable[[str | None], bool]


def layers_dir(cache_dir: Path) -> Path:
    """Where the map layers' data files are written and served from."""
    return cache_dir / "layers"


def app_routes(cache_dir: Path, base_url: str = "", gazetteer: Path | None = None,
               may_read: LayerCheck | None = None) -> list[BaseRoute]:
    """The routes of :func:`cache_routes` (answering only what ``may_read`` lets through, when
    given) and :func:`tile_routes`, and with a ``gazetteer`` the place names'
    (:func:`dashboard.data.labels_served.label_routes`)."""
    from dashboard.data.labels_served import label_routes

    labels = label_routes(cache_dir, gazetteer, _prefix(base_url)) if gazetteer is not None else []
    return [*cache_routes(cache_dir, base_url, may_read), *tile_routes(base_url), *labels]


def layer_readers(db: str) -> LayerCheck:
    """The check of a layer file's pass (``dashboard.access.may_read_layers``) against the store
    ``db``, opened at the first request and kept; a store that cannot be read lets nobody in."""
    from dashboard.access import may_read_layers
    from geo.errors import ConflictmapError
    from geo.store import Store

    opened: list[Store] = []
    lock = threading.Lock()

    def may_read(value: str | None) -> bool:
        if not value:
            return False
        try:
            with lock:
                if not opened:
                    opened.append(Store.open(db, must_exist=True))
            return may_read_layers(opened[0], value)
        except (ConflictmapError, OSError) as exc:
            log.warning("layer file refused: %s", str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
            return False

    return may_read


def _prefix(base_url: str) -> str:
    """Streamlit's ``server.baseUrlPath`` as a route prefix ("" or "/path")."""
    return f"/{base_url.strip('/')}" if base_url.strip("/") else ""


def cache_routes(cache_dir: Path, base_url: str = "", may_read: LayerCheck | None = None) -> list[BaseRoute]:
    """The route serving the layer files of ``cache_dir`` (under Streamlit's
    ``server.baseUrlPath`` ``base_url``, as its own routes are).  Only files named as
    ``published`` names them: nothing else of the cache (the frames snapshot), no other path;
    with ``may_read``, only to a request whose :data:`LAYER_PASS_PARAM` it accepts (else 403,
    asked before the file is looked for: no answer tells which files exist)."""
    from starlette.concurrency import run_in_threadpool
    from starlette.requests import Request
    from starlette.responses import FileResponse, PlainTextResponse, Response
    from starlette.routing import Route

    directory = layers_dir(cache_dir)

    async def layer_file(request: Request) -> Response:
        if may_read is not None and not await run_in_threadpool(may_read, request.query_params.get(LAYER_PASS_PARAM)):
            return PlainTextResponse(NO_PASS, status_code=403)
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
