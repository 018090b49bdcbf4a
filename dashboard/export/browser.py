"""Headless Chromium through Playwright: the one place exports touch a browser.

A system Chromium is used (``$CONFLICTMAP_CHROMIUM``, else the first of :data:`CHROMIUM_NAMES` on
the PATH, else the browser ``playwright install chromium`` downloaded).
Pages are opened from a temporary file with every request outside ``file:``/``data:`` refused,
and Chromium is launched with flags that keep its own services off the network
(:data:`OFFLINE_FLAGS`), so an export makes no network attempt at all.  A PNG is taken only when every tile has loaded, the
fonts are ready and two animation frames have passed (markers are drawn on a canvas by then).
"""

from __future__ import annotations

import base64
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from geo.errors import ConflictmapError

#: Chromium with nothing of its own on the network.  Measured under strace in a network namespace
#: with no route (tests/dashboard/test_export.py), Chromium 156 with the flags Playwright adds: the
#: background-networking flags left an on-demand component update (the Optimization Guide's
#: on-device model manifest, update.googleapis.com, DNS queries) and, with any request at all, the
#: network stack's IPv6 probe (a UDP connect towards 2001:4860:4860::8888): 5 to 13 per PNG.
#: Pointing that manifest at a file (the null device: nothing to read) stops the update and with it
#: every attempt; the resolver rule then fails any host name without a DNS query (only 127.0.0.1,
#: the browser tests' server, is resolved).  No --disable-features here: one of ours replaced
#: Playwright's own list (its network-time query to clients2.google.com came back when tried).
OFFLINE_FLAGS = ["--disable-background-networking", "--disable-component-update", "--disable-sync",
                 f"--optimization-guide-manifest-override={os.devnull}",
                 "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]
#: every Chromium this project launches (exports; the browser tests import it)
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                  *OFFLINE_FLAGS]
FLAGS = [*CHROMIUM_FLAGS, "--hide-scrollbars"]
#: the system Chromiums looked for on the PATH, best first.  Chromium's headless shell (Debian's
#: ``chromium-headless-shell``: the same engine, without the browser's own windows) draws a page for
#: less CPU than the full browser run headless, which also draws its omnibox popup (a WebUI page
#: in a renderer of its own) for each new tab: a map page of the dashboard, loaded in a tab of a
#: warm browser, 3.9 -> 2.4 s of CPU (Chromium 156).
CHROMIUM_NAMES = ("chromium-headless-shell", "chromium", "chromium-browser", "google-chrome")
FIX = ("install one with `apt-get install chromium-headless-shell` (or `chromium`, or `playwright install chromium`), "
       "or point CONFLICTMAP_CHROMIUM at a Chromium binary")
_READY = """() => new Promise((resolve, reject) => {
  const started = Date.now();
  const tick = () => {
    // the base map's images, and the place names' tiles (dashboard.place_labels: divs)
    const tiles = [...document.querySelectorAll('.leaflet-tile')];
    const pending = tiles.filter(t => !((t.tagName !== 'IMG' || t.complete) && t.classList.contains('leaflet-tile-loaded'))).length;
    if (pending === 0) {
      document.fonts.ready.then(() => requestAnimationFrame(() => requestAnimationFrame(() => resolve(tiles.length))));
    } else if (Date.now() - started > 30000) {
      reject(new Error(pending + ' map tiles did not load'));
    } else {
      setTimeout(tick, 50);
    }
  };
  tick();
})"""


class BrowserMissingError(ConflictmapError, RuntimeError):
    """No Chromium (or no Playwright) to render PNG and PDF exports."""

    exit_code = 2


class RenderError(ConflictmapError, RuntimeError):
    """The browser could not render the export."""


def chromium_executable() -> str | None:
    configured = os.environ.get("CONFLICTMAP_CHROMIUM")
    if configured:
        return configured if Path(configured).is_file() else None
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def bundled_chromium(playwright) -> str | None:
    """The Chromium `playwright install chromium` downloaded, if it did."""
    path = playwright.chromium.executable_path
    return path if path and Path(path).is_file() else None


class Browser:
    """One launched Chromium for a batch of renders (launch costs about a second)."""

    def __init__(self, browser) -> None:
        self._browser = browser

    def _page(self, width: int, height: int, scale: float):
        context = self._browser.new_context(viewport={"width": width, "height": height},
                                            device_scale_factor=scale)
        refused: list[str] = []

        def guard(route):
            url = route.request.url
            if url.startswith(("file:", "data:", "about:")):
                route.continue_()
            else:
                refused.append(url)
                route.abort()

        context.route("**/*", guard)
        return context, context.new_page(), refused

    @contextmanager
    def _opened(self, page_html: str, width: int, height: int, scale: float) -> Iterator:
        with tempfile.TemporaryDirectory(prefix="conflictmap-export-") as tmp:
            path = Path(tmp) / "page.html"
            path.write_text(page_html, encoding="utf-8")
            context, page, refused = self._page(width, height, scale)
            try:
                page.goto(path.as_uri(), wait_until="load", timeout=60_000)
                yield page
            except ConflictmapError:
                raise
            except Exception as exc:  # Playwright's errors: one line for the user
                raise RenderError(f"the browser could not render the export: {str(exc).splitlines()[0]}") from exc
            finally:
                context.close()
            if refused:
                raise RenderError(f"the export page asked for {refused[0]} (refused: exports stay offline)")

    def screenshot(self, page_html: str, width: int, height: int, scale: float = 2) -> bytes:
        """The page at ``width`` x ``height`` CSS pixels, as a PNG at ``scale`` times that."""
        with self._opened(page_html, width, height, scale) as page:
            if page.evaluate("() => !!document.querySelector('.leaflet-container')"):
                page.evaluate(_READY)
            return _capture(page, width, height, scale)

    def pdf(self, page_html: str, footer: str | None = None) -> bytes:
        """The page printed on A4 landscape (its own @page rules decide the margins), with
        ``footer`` (Chromium's footer template: ``pageNumber``/``totalPages`` classes) on each page."""
        with self._opened(page_html, 1123, 794, 1) as page:
            page.evaluate("() => document.fonts.ready.then(() => true)")
            return page.pdf(format="A4", landscape=True, print_background=True, prefer_css_page_size=True,
                            display_header_footer=footer is not None, header_template="<span></span>",
                            footer_template=footer or "<span></span>")


def _capture(page, width: int, height: int, scale: float) -> bytes:
    """The viewport as PNG.  Chromium's own capture with its fast PNG encoder gives the same
    pixels as Playwright's screenshot in a third of the time (0.3 s against 0.9 s at 2560x1440,
    pixel-identical when measured); Playwright's screenshot is the fallback."""
    try:
        session = page.context.new_cdp_session(page)
        shot = session.send("Page.captureScreenshot", {
            "format": "png", "optimizeForSpeed": True,
            "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": scale}})
        session.detach()
        return base64.b64decode(shot["data"])
    except Exception:  # not Chromium, or an older protocol: the portable way
        return page.screenshot(type="png", full_page=False)


@contextmanager
def launched() -> Iterator[Browser]:
    """A running headless Chromium, or one clear line saying how to get one."""
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise BrowserMissingError("PNG and PDF exports need Playwright: pip install playwright") from None
    path = chromium_executable()
    with sync_playwright() as p:
        if path is None and bundled_chromium(p) is None:
            raise BrowserMissingError(f"PNG and PDF exports need Chromium: {FIX}")
        try:
            browser = p.chromium.launch(executable_path=path, args=FLAGS, headless=True)
        except PlaywrightError as exc:
            raise BrowserMissingError(f"Chromium did not start ({str(exc).splitlines()[0]}): {FIX}") from None
        try:
            yield Browser(browser)
        finally:
            browser.close()
