"""Exports of exactly what the dashboard shows: PNG, PDF briefing, self-contained HTML, CSV and
GeoJSON, for the dashboard's buttons and ``conflictmap export`` alike (one renderer).

The flow: :func:`selection` applies the query (:class:`geo.query.EventQuery`: filters, time
window, map extent) to the events frame, as the map page does; :func:`render` turns that
selection into bytes.  CSV and GeoJSON go through :func:`data_export`, which writes the
selected events exactly as ``conflictmap events`` does (:func:`geo.records.dump`).  Only
:mod:`dashboard.export.browser` starts a browser.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path

import folium
import pandas as pd

from dashboard.export.briefing import FOOTER_TEMPLATE, briefing_html
from dashboard.export.browser import Browser, launched
from dashboard.export.labels import labels_layer
from dashboard.export.standalone import Frame, map_page
from dashboard.export.view import SCALE, MapView, fit, map_area, page_size, points_bbox
from dashboard.place_labels import LabelTiles, PlaceLabels
from dashboard.text import html_text
from dashboard.trend_layer import trend_layer
from geo import __version__
from geo.config import LANGUAGES, load_settings
from geo.errors import GazetteerError, InvalidInputError
from geo.gazetteer.labels import check_language
from geo.query import BBox, EventQuery, check_bbox, matching, within
from geo.records import dump
from geo.trends import AreaTrends, area_trends, earlier_window

FORMATS = ("png", "pdf", "html", "csv", "geojson")
MIME = {"png": "image/png", "pdf": "application/pdf", "html": "text/html", "csv": "text/csv",
        "geojson": "application/geo+json"}
#: the map on the briefing's first page, in CSS pixels (printed about 196 x 150 mm)
PDF_MAP_PX = (740, 566)
#: an auto-fitted view stops here: the offline tiles end at zoom 6, past 7 they only blur
AUTO_FIT_MAX_ZOOM = 7.0


@dataclass(frozen=True)
class ExportOptions:
    title: str = "Conflict events"
    size: str = "slide"  # slide (1280x720) or a4 (A4 landscape), CSS pixels; PNGs are twice that
    bbox: BBox | None = None  # south, west, north, east; None: fit the events in view
    heat: bool = False
    lang: str = LANGUAGES[0]  # the language of the map's place names
    gazetteer: Path | None = None  # the gazetteer they come from (None: the settings')

    def checked(self) -> ExportOptions:
        title = " ".join((self.title or "").split())[:200] or "Conflict events"
        page_size(self.size)
        check_language(self.lang)
        return replace(self, title=title, bbox=check_bbox(self.bbox) if self.bbox else None)


@dataclass(frozen=True)
class Selection:
    """The events in view, those of the earlier window (same filters: the previous window of
    the same length, or the same window a year before: ``basis``), and the sources of the events
    in view; with a comparison asked for, the change by first-level area (``areas``)."""

    events: pd.DataFrame
    previous: pd.DataFrame | None
    sources: pd.DataFrame
    start: date | None
    end: date | None
    basis: str = "previous"
    earlier: tuple[date, date] | None = None
    areas: AreaTrends | None = None


def stored_span(query: EventQuery, compare: str | None = None) -> EventQuery:
    """What of the store :func:`selection` needs read (``geo.store.frames.store_frames``'s
    ``query``): the query's box, and with a time window from the start of the earlier window
    it is compared with to the window's end."""
    if query.start and query.end:
        return replace(query, start=earlier_window(query.start, query.end, compare or "previous")[0])
    return query


def selection(events: pd.DataFrame, sources: pd.DataFrame, query: EventQuery, *, compare: str | None = None,
              centres: Mapping[tuple[str, str], tuple[float, float]] | None = None) -> Selection:
    """The events ``query`` selects (:func:`geo.query.select`), and with a time window those
    the same query selects in the earlier window (:func:`geo.trends.earlier_window` of
    ``compare``, by default the previous one); with ``compare`` ("previous" or "year") also the
    change by first-level area between the two (areas placed at ``centres``:
    :func:`geo.trends.gazetteer_centres`)."""
    basis = compare or "previous"
    untimed = matching(events, query, sources)
    view = within(untimed, query.start, query.end)
    previous = earlier = areas = None
    if query.start and query.end:
        earlier = earlier_window(query.start, query.end, basis)
        previous = within(untimed, *earlier)
        if compare:
            areas = area_trends(view, previous, centres)
    in_view = sources[sources["event_id"].isin(view["id"])]
    return Selection(view, previous, in_view, query.start, query.end, basis, earlier, areas)


def overlay(selection: Selection) -> folium.FeatureGroup | None:
    """The change-by-area layer of a selection that compares periods (else None)."""
    if selection.areas is None or selection.earlier is None or not (selection.start and selection.end):
        return None
    return trend_layer(selection.areas, selection.basis, (selection.start, selection.end), selection.earlier)


def frame(selection: Selection, options: ExportOptions, now: datetime | None = None) -> Frame:
    outlets = tuple(sorted({o for o in selection.sources["outlet"].dropna() if o}))
    return Frame(
        title=options.title, start=selection.start, end=selection.end, events=len(selection.events),
        fatalities=int(selection.events["fatalities"].fillna(0).sum()), outlets=outlets,
        articles=int(selection.sources["article_id"].nunique()), generated_at=now or datetime.now(UTC),
        version=__version__,
    )


def map_view(selection: Selection, options: ExportOptions, width: int, height: int) -> MapView:
    """The extent asked for, else one that fits the events in view."""
    if options.bbox is not None:
        return fit(options.bbox, width, height)
    placed = selection.events.dropna(subset=["lat", "lon"])
    view = fit(points_bbox(list(zip(placed["lat"], placed["lon"], strict=True))), width, height)
    return replace(view, zoom=min(view.zoom, AUTO_FIT_MAX_ZOOM))


def page_view(selection: Selection, options: ExportOptions) -> MapView:
    return map_view(selection, options, *map_area(options.size))


def place_labels(view: MapView, options: ExportOptions, *, zooms: int = 0) -> PlaceLabels | None:
    """The place-name layer of an exported view (:mod:`dashboard.export.labels`), or None where
    the gazetteer is not built: the map is then exported without it."""
    settings = load_settings()
    try:
        tiles = LabelTiles(options.gazetteer or settings.gazetteer, settings.cache_dir)
    except GazetteerError:
        return None
    return labels_layer(tiles, options.lang, view, zooms=zooms)


def render_html(selection: Selection, options: ExportOptions, *, print_mode: bool = False) -> str:
    view = page_view(selection, options)
    # an interactive page can be zoomed: it carries the names of the zooms around its own too
    labels = place_labels(view, options, zooms=0 if print_mode else 1)
    return map_page(selection.events, selection.sources, view, frame(selection, options),
                    heat=options.heat, print_mode=print_mode, labels=labels, overlay=overlay(selection))


def render_png(selection: Selection, options: ExportOptions, browser: Browser) -> bytes:
    width, height = page_size(options.size)
    return browser.screenshot(render_html(selection, options, print_mode=True), width, height, SCALE)


def render_pdf(selection: Selection, options: ExportOptions, browser: Browser) -> bytes:
    info = frame(selection, options)
    view = map_view(selection, options, *PDF_MAP_PX)
    page = map_page(selection.events, selection.sources, view, info, heat=options.heat, print_mode=True, bare=True,
                    overlay=overlay(selection), labels=place_labels(view, options))
    png = browser.screenshot(page, *PDF_MAP_PX, SCALE)
    document = briefing_html(info, png, selection.events, selection.previous, selection.sources,
                             basis=selection.basis, earlier=selection.earlier, areas=selection.areas)
    footer = FOOTER_TEMPLATE.format(title=html_text(info.title))
    return browser.pdf(document, footer=footer)


def render(fmt: str, selection: Selection, options: ExportOptions) -> bytes:
    """PNG, PDF or HTML bytes of a selection (PNG and PDF start a headless Chromium)."""
    options = options.checked()
    if fmt == "html":
        return render_html(selection, options).encode("utf-8")
    if fmt not in ("png", "pdf"):
        raise InvalidInputError(f"cannot render {fmt!r}: choose one of {', '.join(FORMATS)}")

    with launched() as browser:
        return render_png(selection, options, browser) if fmt == "png" else render_pdf(selection, options, browser)


def data_export(fmt: str, selected: Selection) -> bytes:
    """CSV or GeoJSON of the selection's events, as ``conflictmap events`` prints them."""
    if fmt not in ("csv", "geojson"):
        raise InvalidInputError(f"not a data format: {fmt!r} (csv or geojson)")
    return dump(fmt, selected.events, selected.sources).encode("utf-8")


def format_of(path: str) -> str:
    suffix = path.rsplit(".", 1)[-1].lower() if "." in path else ""
    if suffix == "json":
        suffix = "geojson"
    if suffix not in FORMATS:
        raise InvalidInputError(f"--out must end in .{', .'.join(FORMATS)}; got {path!r}")
    return suffix
