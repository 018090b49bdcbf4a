"""Streamlit's page, with the map page's element code announced in its head.

Streamlit's browser code loads the module of each kind of element (slider, data grid, drop-down
list…) the first time a page draws one: after the script's first messages arrive, in waves, one
element after another.  The page served here lists those modules up front (``<link
rel="modulepreload">``, as Streamlit's page already does for its own core), so the browser
fetches and compiles them while it waits for the server's first messages.

Module names carry content hashes and change with each Streamlit release: they are read from the
installed package's files when the server starts.  An element whose module is not found is not
announced (the page then loads it as Streamlit would), and a page that cannot be read or changed
is served as it is.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

log = logging.getLogger("conflictmap.server")

#: the elements the map page draws on its first view (Streamlit's module names)
MAP_PAGE_ELEMENTS = ("Spinner", "Button", "Slider", "Metric", "ComponentInstance", "Html", "TextInput",
                     "Selectbox", "BidiComponent", "Checkbox", "NumberInput", "Multiselect")
#: static imports: ``import{a as b}from"./x.js"`` and ``import"./x.js"`` (not ``import("./x.js")``,
#: which loads a module later, on demand).  Two patterns that begin with a literal: one regular
#: expression with both took twenty times longer over Streamlit's 20 MB of modules.
_STATIC_IMPORTS = (re.compile(r'from\s*"\./([\w.\-]+\.js)"'), re.compile(r'import\s*"\./([\w.\-]+\.js)"'))
_LISTED = re.compile(r'\./static/js/([\w.\-]+\.js)')


def streamlit_static_dir() -> Path:
    import streamlit

    return Path(streamlit.__file__).resolve().parent / "static"


def element_modules(js_dir: Path, elements: tuple[str, ...] = MAP_PAGE_ELEMENTS) -> list[str]:
    """File names of the modules of ``elements`` in ``js_dir`` and every module they import."""
    found: set[str] = set()

    def visit(name: str) -> None:
        path = js_dir / name
        if name in found or not path.is_file():
            return
        found.add(name)
        for dep in _imports(path):
            visit(dep)

    for element in elements:
        for path in sorted(js_dir.glob(f"{element}.*.js")):
            if path.name.split(".", 1)[0] == element:
                visit(path.name)
    return sorted(found)


def _imports(path: Path) -> list[str]:
    """The modules ``path`` imports statically."""
    text = path.read_text(encoding="utf-8", errors="replace")
    return [name for pattern in _STATIC_IMPORTS for name in pattern.findall(text)]


def preloaded_page(static_dir: Path, elements: tuple[str, ...] = MAP_PAGE_ELEMENTS) -> bytes | None:
    """Streamlit's ``index.html`` from ``static_dir`` with a modulepreload link for each module of
    ``elements`` it does not list yet (and a preload of their style sheets); None when the page
    cannot be read or has no ``</head>``."""
    try:
        page = (static_dir / "index.html").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    if "</head>" not in page:
        return None
    listed = set(_LISTED.findall(page))
    links = [f'<link rel="modulepreload" crossorigin href="./static/js/{name}">'
             for name in element_modules(static_dir / "static" / "js", elements) if name not in listed]
    links += [f'<link rel="preload" as="style" href="./static/css/{path.name}">'
              for element in elements for path in sorted((static_dir / "static" / "css").glob(f"{element}.*.css"))
              if path.name.split(".", 1)[0] == element]
    return page.replace("</head>", "".join(f"{link}\n  " for link in links) + "</head>", 1).encode("utf-8")


class PreloadedPage:
    """ASGI middleware: answers ``GET /`` (the map page) with :func:`preloaded_page`; everything
    else goes to Streamlit."""

    def __init__(self, app: Any, static_dir: Path | None = None) -> None:
        self.app = app
        try:
            self.page = preloaded_page(static_dir or streamlit_static_dir())
        except Exception as exc:  # noqa: BLE001 - only a head start: Streamlit's own page works
            log.warning("page preloads not prepared: %s", exc)
            self.page = None

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if (self.page is None or scope.get("type") != "http" or scope.get("path") != "/"
                or scope.get("method") not in ("GET", "HEAD")):
            await self.app(scope, receive, send)
            return
        await send({"type": "http.response.start", "status": 200, "headers": [
            (b"content-type", b"text/html; charset=utf-8"), (b"cache-control", b"no-cache"),
            (b"content-length", str(len(self.page)).encode())]})
        await send({"type": "http.response.body", "body": self.page if scope["method"] == "GET" else b""})
