"""The page `conflictmap serve` answers at "/": Streamlit's own, plus preloads of the modules of
the elements the map page draws, found in the installed Streamlit's files."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route
from streamlit.web.server.app_discovery import discover_asgi_app

from dashboard import server
from dashboard.internals import (
    MAP_PAGE_ELEMENTS,
    PreloadedPage,
    element_modules,
    preloaded_page,
    streamlit_static_dir,
)

STATIC = streamlit_static_dir()
LINK = re.compile(r'<link rel="modulepreload" crossorigin href="\./static/js/([^"]+)">')


def fake_static(tmp_path: Path) -> Path:
    """A static folder laid out as Streamlit's: index.html, static/js, static/css."""
    js, css = tmp_path / "static" / "js", tmp_path / "static" / "css"
    js.mkdir(parents=True)
    css.mkdir()
    (tmp_path / "index.html").write_text(
        '<html><head>\n<script type="module" src="./static/js/index.A1.js"></script>\n'
        '<link rel="modulepreload" crossorigin href="./static/js/core.B2.js">\n</head><body></body></html>\n')
    modules = {
        "index.A1.js": 'import{a as b}from"./core.B2.js";',
        "core.B2.js": "export const a=1;",
        # a bundler's preamble before the imports, a shared module, and a module loaded on demand
        "Slider.C3.js": 'const __vite__mapDeps=(i)=>i;\nimport{a as b}from"./core.B2.js";import"./moment.D4.js";'
                        'const lazy=()=>import("./Huge.E5.js");',
        "moment.D4.js": 'import{x}from"./locale.F6.js";export const m=x;',
        "locale.F6.js": "export const x=2;",
        "Huge.E5.js": "export default 3;",
        "SliderThing.G7.js": "export default 4;",  # another element whose name begins the same
        "DataFrame.H8.js": 'import{q}from"./missing.Z9.js";',
    }
    for name, code in modules.items():
        (js / name).write_text(code)
    (css / "DataFrame.I9.css").write_text("a{}")
    return tmp_path


def test_element_modules_follow_static_imports_only(tmp_path):
    js = fake_static(tmp_path) / "static" / "js"
    assert element_modules(js, ("Slider",)) == ["Slider.C3.js", "core.B2.js", "locale.F6.js", "moment.D4.js"]
    assert element_modules(js, ("DataFrame", "Metric")) == ["DataFrame.H8.js"]  # no file, no link


def test_preloaded_page_adds_what_streamlit_does_not_list(tmp_path):
    static = fake_static(tmp_path)
    original = (static / "index.html").read_text()
    page = preloaded_page(static, ("Slider", "DataFrame")).decode()
    head = original.split("</head>")[0]
    assert page.startswith(head)
    # core.B2.js is listed by Streamlit already
    assert LINK.findall(page[len(head):]) == ["DataFrame.H8.js", "Slider.C3.js", "locale.F6.js", "moment.D4.js"]
    assert '<link rel="preload" as="style" href="./static/css/DataFrame.I9.css">' in page
    assert page.index("Slider.C3.js") < page.index("</head>")
    (static / "index.html").write_text("<html>no head</html>")
    assert preloaded_page(static) is None
    assert preloaded_page(tmp_path / "nowhere") is None


def test_installed_streamlit_modules_of_the_map_page_are_all_preloaded():
    page = preloaded_page(STATIC).decode()
    original = (STATIC / "index.html").read_text(encoding="utf-8")
    head = original.split("</head>")[0]
    assert page.startswith(head)
    added = LINK.findall(page[len(head):])
    for element in ("Slider", "Metric", "BidiComponent", "Multiselect", "ComponentInstance"):
        assert any(name.split(".", 1)[0] == element for name in added), element
    for name in added:
        assert (STATIC / "static" / "js" / name).is_file()
        assert f"./static/js/{name}" not in original
    assert len(added) == len(set(added))
    # nothing else changed: without the added lines it is Streamlit's page
    rest = re.sub(r'<link rel="(?:modulepreload" crossorigin|preload" as="style") href="[^"]+">\n  ', "",
                  page[len(head):])
    assert rest == original[len(head):]
    assert len(MAP_PAGE_ELEMENTS) == len(set(MAP_PAGE_ELEMENTS))


def downstream() -> Starlette:
    async def streamlit_page(request):
        return PlainTextResponse(f"streamlit {request.method} {request.url.path}")

    return Starlette(routes=[Route("/{path:path}", streamlit_page, methods=["GET", "HEAD", "POST"])])


def request(app, method: str, path: str, query: str = "") -> tuple[int, dict[str, str], str]:
    """One HTTP request through the ASGI ``app``: (status, headers, body)."""
    sent = []

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "http_version": "1.1", "method": method, "scheme": "http", "path": path,
             "raw_path": path.encode(), "root_path": "", "query_string": query.encode(), "headers": [],
             "server": ("127.0.0.1", 8501), "client": ("127.0.0.1", 5000)}
    asyncio.run(app(scope, receive, send))
    start = next(m for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return start["status"], {k.decode(): v.decode() for k, v in start["headers"]}, body.decode()


def test_middleware_answers_the_root_page_only(tmp_path):
    app = PreloadedPage(downstream(), static_dir=fake_static(tmp_path))
    status, headers, body = request(app, "GET", "/", "from=2022-01-01&type=Battles")
    assert status == 200 and "Slider.C3.js" in body
    assert headers["content-type"].startswith("text/html") and headers["cache-control"] == "no-cache"
    assert int(headers["content-length"]) == len(body.encode())
    assert request(app, "HEAD", "/")[:2] == (200, headers) and request(app, "HEAD", "/")[2] == ""
    assert request(app, "GET", "/sources")[2] == "streamlit GET /sources"
    assert request(app, "POST", "/")[2] == "streamlit POST /"


def test_middleware_without_a_page_hands_everything_to_streamlit(tmp_path):
    app = PreloadedPage(downstream(), static_dir=tmp_path / "nowhere")
    assert request(app, "GET", "/")[2] == "streamlit GET /"


def test_middleware_passes_websockets_and_lifespan_through():
    seen = []

    async def app(scope, receive, send):
        seen.append(scope["type"])

    wrapped = PreloadedPage(app, static_dir=STATIC)
    for kind in ("websocket", "lifespan"):
        asyncio.run(wrapped({"type": kind, "path": "/"}, None, None))
    assert seen == ["websocket", "lifespan"]


def test_serve_runs_the_app_streamlit_finds_in_the_launcher():
    found = discover_asgi_app(server.APP)
    assert found.is_asgi_app and found.app_name == "app"
