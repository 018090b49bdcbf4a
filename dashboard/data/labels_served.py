"""The route serving the map's place-name tiles (:class:`dashboard.place_labels.LabelTiles`) at
``/labels/{lang}/{z}/{x}/{y}.json``: computed from the gazetteer the first time a tile is asked
for, then read from ``<cache>/labels``.  A tile or language that does not exist is a 400 with one
line; a gazetteer that is not built (or unreadable) a 503 with one line."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from dashboard.place_labels import LABELS_ROUTE, LabelTiles
from geo.errors import GazetteerError, InvalidInputError

if TYPE_CHECKING:
    from starlette.routing import BaseRoute

_NUMBER = re.compile(r"[0-9]{1,9}")


def tile_numbers(z: str, x: str, y: str) -> tuple[int, int, int]:
    """The tile numbers of a request's path, or a one-line :class:`InvalidInputError`."""
    if not all(_NUMBER.fullmatch(v) for v in (z, x, y)):
        raise InvalidInputError("bad tile: z, x and y must be whole numbers (/labels/{lang}/{z}/{x}/{y}.json)")
    return int(z), int(x), int(y)


def label_routes(cache_dir: Path | None, gazetteer: Path, prefix: str = "") -> list[BaseRoute]:
    """The label route under ``prefix`` (Streamlit's ``server.baseUrlPath`` as "" or "/path")."""
    from starlette.concurrency import run_in_threadpool
    from starlette.requests import Request
    from starlette.responses import PlainTextResponse, Response
    from starlette.routing import Route

    opened: list[LabelTiles] = []

    def tile_json(lang: str, z: str, x: str, y: str) -> str:
        if not opened:
            opened.append(LabelTiles(gazetteer, cache_dir))
        return opened[0].tile_json(lang, *tile_numbers(z, x, y))

    async def labels(request: Request) -> Response:
        p = request.path_params
        try:
            text = await run_in_threadpool(tile_json, p["lang"], p["z"], p["x"], p["y"])
        except InvalidInputError as exc:
            return PlainTextResponse(f"{exc}\n", status_code=400)
        except GazetteerError as exc:
            return PlainTextResponse(f"{exc}\n", status_code=503)
        # the labels change only with a rebuilt gazetteer: an hour in the browser's cache
        return Response(text, media_type="application/json",
                        headers={"Cache-Control": "public, max-age=3600", "X-Content-Type-Options": "nosniff"})

    return [Route(f"{prefix}{LABELS_ROUTE}/{{lang}}/{{z}}/{{x}}/{{y}}.json", labels, methods=["GET"])]
