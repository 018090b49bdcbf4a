"""Vendored map assets: point folium at the copies in ``dashboard/static/vendor``.

folium renders ``<script src>``/``<link href>`` tags (and streamlit-folium loads ``js_links`` /
``css_links``) from the class-level ``default_js``/``default_css`` lists of each element, all of
them CDN URLs.  :func:`offline_folium` rewrites those lists, in place, to the files vendored here
(Leaflet and leaflet.fullscreen from npm, folium's leaflet.heat from the folium distribution on
PyPI), which Streamlit
serves at ``/app/static/vendor/...`` when ``server.enableStaticServing`` is on, and removes what
a ``folium.Map`` would also load that the app never uses (:data:`UNUSED`: jQuery, Bootstrap, the
Glyphicons and Font Awesome icon fonts and awesome-markers, for folium's ``Marker`` icons and
``Popup``; the map draws its own circle markers and popups).  Nothing here imports Streamlit.
The list of files, their packages, versions and licences is in ``dashboard/static/vendor/README.md``.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from pathlib import Path

VENDOR_DIR = Path(__file__).resolve().parent / "static" / "vendor"

#: where Streamlit serves VENDOR_DIR (``/app/static/vendor``), as a URL relative to the document that
#: loads it.  st_folium's map lives in the component iframe ``/component/streamlit_folium.st_folium/
#: index.html``, so a plain ``app/static/...`` would resolve under ``/component/...`` (404): the two
#: ``../`` climb back to the app root.  On a page at the root (a standalone folium HTML, a srcdoc
#: iframe of ``components.html``) browsers clamp the extra ``..`` at the root, so the same URL works
#: there too; and no leading slash keeps a ``server.baseUrlPath`` prefix working inside st_folium.
STATIC_URL = "../../app/static/vendor"


@dataclass(frozen=True)
class Asset:
    """One file folium loads: its folium resource name, the CDN URL folium 0.20 uses, our copy."""

    name: str
    kind: str  # "js" or "css"
    upstream: str
    path: str  # relative to VENDOR_DIR, POSIX separators


_JSDELIVR = "https://cdn.jsdelivr.net"

#: the resources of folium.Map and HeatMap the app loads, by folium name
ASSETS: tuple[Asset, ...] = (
    Asset("leaflet", "js", f"{_JSDELIVR}/npm/leaflet@1.9.3/dist/leaflet.js", "leaflet/leaflet.js"),
    Asset("leaflet_css", "css", f"{_JSDELIVR}/npm/leaflet@1.9.3/dist/leaflet.css", "leaflet/leaflet.css"),
    # folium's own copy of leaflet.heat 0.2.0 with its weights/max fix (Leaflet.heat PR #78); npm's
    # unpatched dist divides weights by 2**min(max_zoom - zoom, 12) (folium's max_zoom is 18), so at the
    # offline zooms 0-6 every point is drawn at min_opacity and the weights no longer show
    Asset("leaflet-heat.js", "js",
          f"{_JSDELIVR}/gh/python-visualization/folium@main/folium/templates/leaflet_heat.min.js",
          "folium/leaflet_heat.min.js"),
    # the map's full-screen button (folium.plugins.Fullscreen); jsDelivr minifies the npm package's
    # Control.FullScreen.js on the fly, the vendored copy is that file as published
    Asset("Control.Fullscreen.js", "js", f"{_JSDELIVR}/npm/leaflet.fullscreen@3.0.0/Control.FullScreen.min.js",
          "leaflet.fullscreen/Control.FullScreen.js"),
    Asset("Control.FullScreen.css", "css", f"{_JSDELIVR}/npm/leaflet.fullscreen@3.0.0/Control.FullScreen.css",
          "leaflet.fullscreen/Control.FullScreen.css"),
)

_BY_KEY = {(a.kind, a.name): a for a in ASSETS}
#: the other resources of folium.Map, as (kind, folium name): jQuery, Bootstrap, the Glyphicons and
#: Font Awesome fonts and awesome-markers serve folium's Marker icons and Popup, which the app does
#: not use; :func:`offline_folium` takes them out of folium's lists
UNUSED: tuple[tuple[str, str], ...] = (
    ("js", "jquery"), ("js", "bootstrap"), ("js", "awesome_markers"),
    ("css", "bootstrap_css"), ("css", "glyphicons_css"), ("css", "awesome_markers_font_css"),
    ("css", "awesome_markers_css"), ("css", "awesome_rotate_css"),
)

#: Leaflet's images that no stylesheet names (``L.Icon.Default`` loads them by script): kept so that
#: Leaflet's ``dist/images`` is whole
SCRIPT_LOADED_FILES: tuple[str, ...] = ("leaflet/images/marker-icon-2x.png", "leaflet/images/marker-shadow.png")

#: licence files shipped with the vendored packages (kept next to the files they cover)
LICENCE_FILES: tuple[str, ...] = (
    "leaflet/LICENSE",
    "folium/LICENSE.txt",
    "leaflet.fullscreen/LICENSE",
)

_CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+?)\1\s*\)""")


def _folium_classes() -> list[type]:
    """The folium element classes the app uses that load resources (imported lazily: folium is
    heavy).  Any other (MarkerCluster, Icon…) would still load from a CDN: the real-browser tests
    refuse every request that leaves 127.0.0.1."""
    import folium
    import folium.plugins

    return [folium.Map, folium.plugins.HeatMap, folium.plugins.Fullscreen]


def asset_url(path: str, base_url: str = STATIC_URL) -> str:
    """The URL of vendored file ``path`` (relative to VENDOR_DIR) under ``base_url``."""
    return f"{base_url.rstrip('/')}/{path}" if base_url else path


def _rewrite(resources: list[tuple[str, str]], kind: str, base_url: str) -> None:
    resources[:] = [(name, url) for name, url in resources if (kind, name) not in UNUSED]
    for i, (name, url) in enumerate(resources):
        asset = _BY_KEY.get((kind, name))
        if asset is None:
            if url.startswith(("http://", "https://", "//")):
                warnings.warn(f"folium {kind} resource {name!r} ({url}) has no vendored copy: it loads from the "
                              "network", RuntimeWarning, stacklevel=3)
            continue
        if url.startswith(("http://", "https://", "//")) and url != asset.upstream:
            warnings.warn(f"folium now asks for {url} but the vendored {asset.path} is {asset.upstream}: "
                          "re-vendor it (dashboard/static/vendor/README.md)", RuntimeWarning, stacklevel=3)
        resources[i] = (name, asset_url(asset.path, base_url))


def offline_folium(base_url: str = STATIC_URL) -> None:
    """Rewrite folium's default_js/default_css (Map, HeatMap, Fullscreen) to the vendored copies under
    ``base_url``, without the :data:`UNUSED` ones.

    The lists are class-level and shared by every map in the process; they are edited in place, by
    resource name, so calling this again (every Streamlit rerun) changes nothing, and calling it
    with another ``base_url`` re-targets them.
    """
    seen: set[int] = set()
    for resources, kind in [pair for cls in _folium_classes()
                            for pair in ((cls.default_js, "js"), (cls.default_css, "css"))]:
        if id(resources) not in seen:  # subclasses and Map share their lists
            seen.add(id(resources))
            _rewrite(resources, kind, base_url)


def css_references(css_file: Path) -> list[str]:
    """Local files (relative to VENDOR_DIR) that a vendored stylesheet loads through ``url()``."""
    refs = []
    rel_dir = css_file.resolve().parent.relative_to(VENDOR_DIR)
    for _, target in _CSS_URL.findall(css_file.read_text(encoding="utf-8")):
        target = target.strip()
        if target.startswith(("data:", "#", "http://", "https://", "//", "/")):
            continue
        target = target.split("#", 1)[0].split("?", 1)[0]
        parts: list[str] = list(rel_dir.parts)
        for part in target.split("/"):
            if part == "..":
                if parts:
                    parts.pop()
            elif part not in ("", "."):
                parts.append(part)
        refs.append("/".join(parts))
    return list(dict.fromkeys(refs))


def vendored_files() -> dict[str, Path]:
    """Every file the vendored set is made of, by path relative to VENDOR_DIR: what folium loads,
    what their stylesheets and scripts load (images, fonts) and the licence files.  Absent files are listed too
    (see :func:`missing_assets`)."""
    names = [a.path for a in ASSETS]
    for asset in ASSETS:
        css = VENDOR_DIR / asset.path
        if asset.kind == "css" and css.is_file():
            names += css_references(css)
    names += SCRIPT_LOADED_FILES
    names += LICENCE_FILES
    return {name: VENDOR_DIR / name for name in dict.fromkeys(names)}


def missing_assets() -> list[str]:
    """Vendored files that are referenced (by folium or by a vendored stylesheet) but absent or empty."""
    missing = [a.path for a in ASSETS if not (VENDOR_DIR / a.path).is_file()]
    for name, path in vendored_files().items():
        if name not in missing and (not path.is_file() or path.stat().st_size == 0):
            missing.append(name)
    return missing
