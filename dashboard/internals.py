"""Every reach into a third-party library's internals, in one place, behind one switch.

Public options and hooks come first (``dashboard/hosts.py`` is a Starlette middleware, the
server's flags are Streamlit's own options, map elements are branca ``MacroElement``s); what they
cannot do is done here.  ``CONFLICTMAP_INTERNAL_HOOKS=off`` runs without any of it: the app then
works as the libraries make it, only slower or noisier.  Each hook has a check of what it rests
on (``ASSUMPTIONS``), run against the installed libraries by ``tests/dashboard/test_internals.py``:
a release that moves it fails there, loudly, rather than in an analyst's browser.  The versions
checked are the upper bounds in ``pyproject.toml``.

* :func:`stop_address_lookups` (Streamlit): Streamlit looks this machine's addresses up to print
  them and to judge a WebSocket from another page: the "external" one by asking
  checkip.amazonaws.com (a DNS query and an HTTP request), the "internal" one by routing a socket
  towards 8.8.8.8.  Both functions live in ``streamlit.net_util`` and are called through that
  module (``net_util.get_external_ip()``), so replacing them there stops every such call.
  Without it, the server's own check (``dashboard.hosts``) still refuses WebSockets from other
  names before Streamlit sees them; a page on one of the server's names that opens the WebSocket
  under another of them would then make Streamlit look the addresses up.
* :func:`quiet_outside_scripts` (Streamlit): the server's warm-up thread reads the store through
  Streamlit's caches outside a script run, which Streamlit's ``script_run_context`` module warns
  about on every call; a filter on that module's logger (a filter: Streamlit resets its loggers'
  levels when the server starts) drops the warnings of that thread.  Without it they are printed.
* :func:`page_middleware` (Streamlit): the page at ``/`` lists the map page's element modules in
  its head (:class:`PreloadedPage`), found by their hashed names in Streamlit's bundle.  Measured
  side by side (servers running, loads alternating, a busy 2-core machine): the slider drawn 2.8 s
  after the page's first content instead of 4.8 s (medians, sooner in 6 of 6 loads).
* :func:`drop_reruns_of_left_pages` (Streamlit): a rerun of a fragment that the browser asked for
  as the analyst left its page (the map's report of a move, sent a quarter of a second after the
  move, reaching the server just after the click on "Sources") waits behind the new page's run,
  which does not preempt it, and then runs for the page left: its fragment is gone, nothing is
  drawn, but Streamlit's browser code, told of a run of another page than the one it shows,
  clears the page it shows and leaves it blank (issue 20).  The script thread skips such a run.
  Without it, the next page can stay blank until the analyst does something.
* :func:`quiet_first_report` (streamlit-folium): the map's state is reported only when the
  analyst clicks or moves the map, not once more as it loads, nor as streamlit-folium moves it to
  the event a link opens (``QuietFirstReport``): a page load runs the script once instead of twice.

(branca's ``Template`` replaced process-wide by a cache of compiled templates was dropped.  Most
of what it saved, past 12,000 events, was the compilation of the event layer's data as Jinja
source on every slider move (about 0.1 s): the dashboard's elements no longer have their output
compiled at all (``dashboard.map_elements``); the rest, about 10 ms of CPU per map rerun, is
within the noise of a rerun.)
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import logging
import os
import re
import threading
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path
from types import ModuleType
from typing import Any

from branca.element import MacroElement, Template

log = logging.getLogger("conflictmap.server")

#: ``off`` turns every hook of this module off
SWITCH = "CONFLICTMAP_INTERNAL_HOOKS"


def enabled() -> bool:
    return os.environ.get(SWITCH, "on").strip().lower() not in ("off", "0", "false", "no")


class AssumptionBroken(RuntimeError):
    """An installed library no longer has what a hook of this module relies on."""


def _broken(distribution: str, what: str) -> AssumptionBroken:
    return AssumptionBroken(f"{distribution} {version(distribution)}: {what} (dashboard.internals)")


# -- Streamlit: no look-up of this machine's addresses ---------------------------------------------
def _no_address() -> None:
    """This machine's address is not looked up: unknown."""
    return None


def stop_address_lookups() -> bool:
    """Make Streamlit's address look-ups answer "unknown" without touching the network; True
    when the hook is in place."""
    if not enabled():
        return False
    from streamlit import net_util

    net_util.get_external_ip = _no_address
    net_util.get_internal_ip = _no_address
    return True


#: a module that takes the look-ups out of ``net_util`` (a copy the hook would not replace)
_LOOKUP_COPIED = re.compile(r"from\s+(?:streamlit\.|\.+)net_util\s+import")


def check_address_lookups(net_util: ModuleType | None = None, package: Path | None = None) -> None:
    """``streamlit.net_util`` has both look-ups and no Streamlit module imports them by name."""
    if net_util is None:
        from streamlit import net_util
    if package is None:
        import streamlit

        package = Path(streamlit.__file__).resolve().parent
    for name in ("get_external_ip", "get_internal_ip"):
        if not callable(getattr(net_util, name, None)):
            raise _broken("streamlit", f"streamlit.net_util.{name} is gone")
    for path in sorted(package.rglob("*.py")):
        if _LOOKUP_COPIED.search(path.read_text(encoding="utf-8", errors="replace")):
            raise _broken("streamlit", f"{path.relative_to(package)} imports the address look-ups by name")


# -- Streamlit: no warnings from the warm-up thread -------------------------------------------------
#: the logger of Streamlit's module that warns of calls outside a script run
SCRIPT_CONTEXT_LOGGER = "streamlit.runtime.scriptrunner_utils.script_run_context"


def quiet_outside_scripts(thread_name: str) -> bool:
    """Drop the "missing ScriptRunContext" warnings of thread ``thread_name``; True when the
    filter is in place."""
    if not enabled():
        return False
    logging.getLogger(SCRIPT_CONTEXT_LOGGER).addFilter(
        lambda record: threading.current_thread().name != thread_name)
    return True


def check_script_context_logger(module: ModuleType | None = None) -> None:
    """The warning is logged by the module :data:`SCRIPT_CONTEXT_LOGGER` names, under its name."""
    if module is None:
        try:
            module = importlib.import_module(SCRIPT_CONTEXT_LOGGER)
        except ImportError:
            raise _broken("streamlit", f"no module {SCRIPT_CONTEXT_LOGGER}") from None
    if "missing ScriptRunContext" not in inspect.getsource(module):
        raise _broken("streamlit", f"{module.__name__} no longer warns of a missing ScriptRunContext")
    if getattr(getattr(module, "_LOGGER", None), "name", None) != SCRIPT_CONTEXT_LOGGER:
        raise _broken("streamlit", f"{module.__name__} logs under another name than {SCRIPT_CONTEXT_LOGGER}")


# -- Streamlit: the map page's element modules announced up front ------------------------------------
# Streamlit's browser code loads the module of each kind of element (slider, data grid, drop-down
# list…) the first time a page draws one: after the script's first messages arrive, in waves, one
# element after another.  The page served here lists those modules up front (``<link
# rel="modulepreload">``, as Streamlit's page already does for its own core), so the browser
# fetches and compiles them while it waits for the server's first messages.
#
# Module names carry content hashes and change with each Streamlit release: they are read from the
# installed package's files when the server starts.  An element whose module is not found is not
# announced (the page then loads it as Streamlit would), and a page that cannot be read or changed
# is served as it is.

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



def page_middleware() -> list:
    """The middleware serving the page with preloads (:class:`PreloadedPage`), or none."""
    if not enabled():
        return []
    from starlette.middleware import Middleware

    return [Middleware(PreloadedPage)]


def check_streamlit_page(static_dir: Path | None = None) -> None:
    """Streamlit's page has a ``<head>`` and its bundle a module named for each element the map
    page draws."""
    static_dir = static_dir or streamlit_static_dir()
    try:
        page = (static_dir / "index.html").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise _broken("streamlit", f"no page to add preloads to: {exc}") from None
    if "</head>" not in page:
        raise _broken("streamlit", "its index.html has no </head>")
    found = {name.split(".", 1)[0] for name in element_modules(static_dir / "static" / "js")}
    missing = [element for element in MAP_PAGE_ELEMENTS if element not in found]
    if missing:
        raise _broken("streamlit", f"no module for the elements {', '.join(missing)} in {static_dir / 'static' / 'js'}")


# -- Streamlit: no fragment run of a page the browser has left ------------------------------------
def left_page(rerun_data: Any, current_page: str) -> bool:
    """Whether ``rerun_data`` reruns fragments of a page other than ``current_page``, the page the
    session last ran (both hashes known: the browser sends its page's with every rerun)."""
    return bool(rerun_data.fragment_id_queue and rerun_data.page_script_hash and current_page
                and rerun_data.page_script_hash != current_page)


#: what the server's log says of each run :func:`skipping_left_pages` skips
SKIPPED = "skipped: the session is on page"


def skipping_left_pages(run_script: Callable) -> Callable:
    """``ScriptRunner._run_script`` that skips the runs :func:`left_page` finds: the run would
    find none of its fragments (the other page's run cleared them) and only blank the page."""
    if getattr(run_script, "skips_left_pages", False):
        return run_script

    def _run_script(self: Any, rerun_data: Any) -> None:
        page = self._get_script_run_ctx().page_script_hash
        if left_page(rerun_data, page):
            log.warning(f"rerun of fragments %s of page %s {SKIPPED} %s",
                        ", ".join(rerun_data.fragment_id_queue), rerun_data.page_script_hash, page)
            return
        run_script(self, rerun_data)

    _run_script.skips_left_pages = True
    return _run_script


def drop_reruns_of_left_pages() -> bool:
    """Make Streamlit's script thread skip the fragment runs of a page the session has left;
    True when the hook is in place."""
    if not enabled():
        return False
    from streamlit.runtime.scriptrunner.script_runner import ScriptRunner

    ScriptRunner._run_script = skipping_left_pages(ScriptRunner._run_script)
    return True


#: the call through which the script thread runs each request it takes (the hook wraps it)
_RUN_CALL = "self._run_script(request.rerun_data)"


def check_fragment_reruns(runner: type | None = None, rerun_data: type | None = None) -> None:
    """``ScriptRunner`` runs each request through ``_run_script(rerun_data)``, knows its session's
    page (``_get_script_run_ctx().page_script_hash``), and a request names its page and fragments."""
    if runner is None:
        from streamlit.runtime.scriptrunner.script_runner import ScriptRunner as runner
    if rerun_data is None:
        from streamlit.runtime.scriptrunner_utils.script_requests import RerunData as rerun_data
    if list(inspect.signature(getattr(runner, "_run_script", lambda: None)).parameters) != ["self", "rerun_data"]:
        raise _broken("streamlit", "ScriptRunner._run_script(self, rerun_data) is gone")
    if _RUN_CALL not in inspect.getsource(getattr(runner, "_run_script_thread", lambda: None)):
        raise _broken("streamlit", f"the script thread no longer runs its requests through {_RUN_CALL}")
    if not callable(getattr(runner, "_get_script_run_ctx", None)):
        raise _broken("streamlit", "ScriptRunner._get_script_run_ctx is gone")
    from streamlit.runtime.scriptrunner_utils.script_run_context import ScriptRunContext

    if not isinstance(getattr(ScriptRunContext, "page_script_hash", None), property):
        raise _broken("streamlit", "ScriptRunContext.page_script_hash is gone")
    fields = {f.name for f in dataclasses.fields(rerun_data)} if dataclasses.is_dataclass(rerun_data) else set()
    missing = [name for name in ("fragment_id_queue", "page_script_hash") if name not in fields]
    if missing:
        raise _broken("streamlit", f"RerunData has no {', '.join(missing)}")


# -- streamlit-folium: no report of the state the map starts in ---------------------------------------
_QUIET_FIRST_REPORT = Template("""
{% macro script(this, kwargs) %}
(function() {
  // streamlit_folium reports the map's state (here: the last clicked object and the extent) as
  // soon as the map has loaded, and Streamlit reruns the page for it while the browser is still
  // drawing.  That first report carries nothing new: the state the map starts in is taken as
  // already reported, so only a click or a move reruns the page.
  var map = {{ this._parent.get_name() }}, g = window.__GLOBAL_DATA__;
  if (!g || !Array.isArray(g.returned_objects)) return;  // another streamlit_folium: left as it is
  var wanted = g.returned_objects.slice().sort().join();
  if (wanted !== "bounds,last_object_clicked") return;
  function started() {
    var clicked = g.last_object_clicked, bounds = map.getBounds();
    if (g.wrap_longitude) {
      clicked = clicked && map.wrapLatLng(clicked);
      bounds = map.wrapLatLngBounds(bounds);
    }
    g.previous_data = {last_object_clicked: clicked, bounds: bounds};  // the order it reports in
  }
  map.whenReady(started);
  // A page that opens on an event (?event=) gives streamlit_folium a centre and a zoom, which it
  // sets once the map has loaded: the view that move ends on is the map's start too (reported, it
  // reran the map's fragment a quarter of a second later, often as the analyst went on).
  var seen = false;
  map.on("moveend", function () {
    if (seen || g.last_zoom == null) return;
    seen = true;
    if (map.getZoom() === g.last_zoom) started();
  });
})();
{% endmacro %}
""")


class QuietFirstReport(MacroElement):
    """The dashboard's map reports its state only when the analyst clicks or moves it, not once
    more as it loads (a Streamlit rerun while the page is still being drawn).  Until the map is
    moved, an export takes the extent of the events in view (``dashboard.export_panel``).

    This sets streamlit_folium's record of the last reported value (``__GLOBAL_DATA__``): with a
    streamlit_folium that keeps it elsewhere, nothing changes and the map reports as it loads."""

    _template = _QUIET_FIRST_REPORT

    def __init__(self) -> None:
        super().__init__()
        self._name = "QuietFirstReport"


def quiet_first_report(fmap: Any) -> bool:
    """Add :class:`QuietFirstReport` to the dashboard's map; True when added."""
    if not enabled():
        return False
    QuietFirstReport().add_to(fmap)
    return True


#: what ``QuietFirstReport`` reads and sets in streamlit-folium's page (``window.__GLOBAL_DATA__``)
FOLIUM_GLOBALS = ("window.__GLOBAL_DATA__", "previous_data", "returned_objects", "last_object_clicked",
                  "wrap_longitude", "last_zoom")


def check_folium_report(js_dir: Path | None = None) -> None:
    """streamlit-folium's page keeps the last reported value in ``__GLOBAL_DATA__.previous_data``
    and compares each report with it."""
    if js_dir is None:
        import streamlit_folium

        js_dir = Path(streamlit_folium.__file__).resolve().parent / "frontend" / "build" / "static" / "js"
    bundles = sorted(js_dir.glob("main.*.js"))
    if len(bundles) != 1:
        raise _broken("streamlit-folium", f"{len(bundles)} main.*.js in {js_dir}, not one")
    code = bundles[0].read_text(encoding="utf-8", errors="replace")
    missing = [name for name in FOLIUM_GLOBALS if name not in code]
    if missing:
        raise _broken("streamlit-folium", f"its page no longer has {', '.join(missing)}")
    if not re.search(r"JSON\.stringify\(\w+\)\s*!==\s*JSON\.stringify\(\w+\)\s*&&\s*\(\w+\.previous_data\s*=", code):
        raise _broken("streamlit-folium", "its page no longer compares a report with previous_data")


#: each hook's check, by hook
ASSUMPTIONS: dict[str, Callable[[], None]] = {
    "stop_address_lookups": check_address_lookups,
    "quiet_outside_scripts": check_script_context_logger,
    "page_middleware": check_streamlit_page,
    "quiet_first_report": check_folium_report,
    "drop_reruns_of_left_pages": check_fragment_reruns,
}
