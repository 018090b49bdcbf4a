"""Folium map for the dashboard: a base map that never changes between reruns (so the
streamlit-folium iframe is kept), and a feature group with the events in view.

Events are one GeoJSON layer of circle markers coloured by event type and sized by
fatalities; area-level (centroid) events are hollow and dashed, labelled approximate.  Past
``MAX_POINTS`` events, the layer shows grid cells with counts instead.  Every piece of
article text in popups and tooltips is HTML-escaped here.
"""

from __future__ import annotations

import math
from collections import defaultdict

import folium
import pandas as pd
from branca.element import Template
from folium.plugins import HeatMap

from dashboard.assets import offline_folium
from dashboard.event_layer import EventMarkers, MarkerData, TimeFollow, marker_data
from dashboard.filters import filled
from dashboard.map_controls import add_page_controls
from dashboard.map_elements import LiteralMacroElement
from dashboard.place_labels import PlaceLabels
from dashboard.text import UNKNOWN_TYPE, html_text, http_url, missing, plain
from dashboard.tiles import ATTRIBUTION, MAX_NATIVE_ZOOM, TILE_URL
from geo.extract.confidence import band
from geo.models import AREA_PRECISIONS
from geo.taxonomy import OTHER_TYPE_COLOR, TYPE_COLORS

#: outline of events by origin: none for the articles' own events, one colour per dataset
ORIGIN_COLORS = {"articles": "", "acled": "#e377c2", "ucdp": "#17becf", "gdelt": "#bcbd22"}
OTHER_ORIGIN_COLOR = "#444444"


def origin_colors(origins: list[str]) -> dict[str, str]:
    """Outline colour per origin (datasets not named in ORIGIN_COLORS get a dark grey)."""
    return {o: ORIGIN_COLORS.get(o, OTHER_ORIGIN_COLOR) for o in origins}
MAX_POINTS = 4000
#: up to this many events (of the whole span, after the other filters), the map layer holds all
#: of them and follows the time window in the browser; past it, the layer holds the window only
FOLLOW_MAX = 12_000
GEONAMES_ATTRIBUTION = ' | places: <a href="https://www.geonames.org">GeoNames</a>'
ONLINE_TILES = ("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "© OpenStreetMap contributors")

_LEGEND = Template("""
{% macro html(this, kwargs) %}
<div id="cm-legend" style="position:absolute; z-index:9999; bottom:28px; right:10px; background:rgba(255,255,255,.92);
     padding:6px 9px; border-radius:4px; font:12px/1.35 sans-serif; box-shadow:0 1px 4px rgba(0,0,0,.3);">
  <b>Event type</b><br>
  {% for label, color in this.items %}
  <span style="display:inline-block;width:10px;height:10px;border-radius:50%;background:{{ color }};
        margin-right:5px;"></span>{{ label }}<br>
  {% endfor %}
  <span style="display:inline-block;width:10px;height:10px;border-radius:50%;border:2px dashed #444;
        margin-right:3px;"></span>approximate (area centroid)<br>
  <span style="color:#555">size: fatalities</span>
  {% if this.origins %}<br><b>From</b><br>
  {% for label, color in this.origins %}
  <span style="display:inline-block;width:8px;height:8px;border-radius:50%;border:2.5px solid {{ color }};
        margin-right:4px;"></span>{{ label }}<br>
  {% endfor %}{% endif %}
</div>
{% endmacro %}
""")


class Legend(LiteralMacroElement):
    """A fixed legend of event-type colours (part of the constant base map)."""

    _template = _LEGEND

    def __init__(self, items: dict[str, str], origins: dict[str, str] | None = None) -> None:
        super().__init__()
        self._name = "Legend"
        self.items = list(items.items())
        # datasets shown outlined; the articles' own events have no outline, so no entry of theirs
        # unless datasets are there too
        shown = {html_text(o): c for o, c in (origins or {}).items() if c}
        if shown and "articles" in (origins or {}):
            shown = {"articles (no outline)": "transparent", **shown}
        self.origins = list(shown.items())


def base_map(*, online_tiles: bool = False, center: tuple[float, float] = (35.0, 38.5), zoom: float = 6,
             offline_tiles: bool = True, origins: list[str] | None = None, in_page: bool = False,
             labels: str | None = "en",
             **options) -> folium.Map:
    """The map every rerun starts from (identical each time unless the options change).

    ``offline_tiles=False`` leaves the base layer and the place names out (exports add their own,
    embedded); ``labels`` is the language of the place names drawn from the gazetteer
    (:mod:`dashboard.place_labels`), None for none;
    ``origins`` (the events' origins) adds them to the legend;
    ``in_page`` adds the controls of a map inside a scrolling page (:mod:`dashboard.map_controls`);
    ``options`` go to Leaflet's map options (``zoom_snap=0.25``, ``zoom_control=False``…)."""
    offline_folium()
    m = folium.Map(location=center, zoom_start=zoom, tiles=None, prefer_canvas=True, control_scale=True,
                   max_zoom=14, min_zoom=2, fade_animation=False, **options)
    if offline_tiles:
        folium.TileLayer(tiles=TILE_URL, attr=ATTRIBUTION + GEONAMES_ATTRIBUTION,
                         name="OpenStreetMap (offline, zoom ≤ 6)", max_native_zoom=MAX_NATIVE_ZOOM,
                         max_zoom=14).add_to(m)
        if labels:
            PlaceLabels(labels).add_to(m)
    if online_tiles:
        folium.TileLayer(tiles=ONLINE_TILES[0], attr=ONLINE_TILES[1], name="OpenStreetMap (online)",
                         max_zoom=19, overlay=False).add_to(m)
        folium.LayerControl(position="topleft").add_to(m)
    Legend(TYPE_COLORS, origin_colors(origins or [])).add_to(m)
    if in_page:
        add_page_controls(m)
    return m


def radius(fatalities: float | None) -> float:
    if missing(fatalities) or fatalities <= 0:
        return 5.0
    return round(min(22.0, 5.0 + 2.2 * math.sqrt(fatalities)), 1)


def _escaped(values: pd.Series, default: str = "") -> list[str]:
    return [html_text(v, default) for v in values.tolist()]


def _origins(events: pd.DataFrame) -> list[str]:
    """The origins of ``events`` (a missing origin counts as the articles')."""
    return [plain(o, "articles") for o in events["origin"].tolist()] if "origin" in events \
        else ["articles"] * len(events)


def source_lists(sources: pd.DataFrame) -> dict[int, list[list[str]]]:
    """Per event id, its sources as escaped [title, url, lang, published, sentence] (a missing
    value in any of them is shown as such, a URL only when it is http(s))."""
    by_event: dict[int, list] = defaultdict(list)
    for s in sources.itertuples(index=False):
        by_event[s.event_id].append([html_text(s.title, "untitled"), html_text(http_url(s.url)),
                                     html_text(s.lang, "?"), html_text(s.published, "undated"),
                                     html_text(plain(s.sentence)[:300])])
    return by_event


def events_layer(view: pd.DataFrame, sources: pd.DataFrame, *, heat: bool = False,
                 follow: TimeFollow | None = None) -> folium.FeatureGroup:
    """The feature group for the events in view (points, or grid cells past MAX_POINTS).

    With ``follow``, ``view`` is every event of the span (at most FOLLOW_MAX, heat off): dated
    events become points that the browser shows or hides as the time window moves."""
    fg = folium.FeatureGroup(name="events")
    placed = view.dropna(subset=["lat", "lon"])
    if follow is not None:
        if heat:
            raise ValueError("a heatmap does not follow the time window")
        return following_layer(following_data(view, sources, follow))
    if heat and len(placed):
        weights = placed["fatalities"].fillna(0).clip(lower=0) + 1
        HeatMap(list(zip(placed["lat"], placed["lon"], weights, strict=True)), radius=18, blur=22,
                min_opacity=0.3).add_to(fg)
        return fg
    if len(placed) > MAX_POINTS:
        _grid_layer(placed).add_to(fg)
        return fg
    if not len(placed):
        return fg
    EventMarkers(TYPE_COLORS, marker_columns(placed, source_lists(sources)),
                 origins=origin_colors(sorted(set(_origins(placed))))).add_to(fg)
    return fg


def following_data(events: pd.DataFrame, sources: pd.DataFrame, follow: TimeFollow) -> MarkerData:
    """The marker data of every dated, placed event in ``events`` (at most FOLLOW_MAX), to be
    shown by the browser as the time window moves (cacheable: see :func:`following_layer`)."""
    placed = events.dropna(subset=["lat", "lon", "start"])
    if len(placed) > FOLLOW_MAX:
        raise ValueError(f"a layer follows the time window for up to {FOLLOW_MAX:,} events, not {len(placed):,}")
    columns = marker_columns(placed, source_lists(sources[sources["event_id"].isin(placed["id"])]))
    columns["t0"] = _day_numbers(placed["start"])
    end = placed["end"].fillna(placed["start"])
    columns["t1"] = _day_numbers(end.where(end >= placed["start"], placed["start"]))  # none ends before it starts
    return marker_data(TYPE_COLORS, columns, follow=follow, origins=origin_colors(sorted(set(_origins(placed)))))


def following_layer(data: MarkerData) -> folium.FeatureGroup:
    """A new feature group drawing prebuilt marker data (one per map: folium elements are not
    shared)."""
    fg = folium.FeatureGroup(name="events")
    EventMarkers.of(data).add_to(fg)
    return fg


def _day_numbers(stamps: pd.Series) -> list[int]:
    """Days since 1970-01-01 of timestamps (no NaT here)."""
    return (stamps.to_numpy().astype("datetime64[D]").astype("int64")).tolist()


def marker_columns(placed: pd.DataFrame, by_event: dict[int, list[list[str]]]) -> dict[str, list]:
    """The EventMarkers columns for events with coordinates (every text escaped here; any other
    value may be missing)."""
    approx = placed["place_precision"].isin(AREA_PRECISIONS)
    start = pd.Series(_escaped(placed["date_start"]), index=placed.index)
    end = pd.Series(_escaped(placed["date_end"]), index=placed.index)
    shown = start.where(start != "", "undated")
    when = shown + end.where((end != "") & (end != start), "").map(lambda e: f" – {e}" if e else "") \
        + pd.Series(_escaped(placed["date_precision"], "no date"), index=placed.index).map(lambda p: f" ({p})")
    name = pd.Series(_escaped(placed["place_name"], "unnamed place"), index=placed.index)
    precision = pd.Series(_escaped(placed["place_precision"], "precision unknown"), index=placed.index)
    place = name + " (" + precision + approx.map({True: ", approximate", False: ""}) + ")"
    types = pd.Series(_escaped(placed["event_type"], UNKNOWN_TYPE), index=placed.index)
    tip = shown + " · " + types + " · " + name + approx.map({True: " (approximate)", False: ""})
    fatalities = [None if missing(f) else float(f) for f in placed["fatalities"].tolist()]
    confidence = [None if missing(c) else float(c) for c in placed["confidence"].tolist()]
    return {
        "lat": placed["lat"].tolist(), "lon": placed["lon"].tolist(),
        "type": [plain(t, UNKNOWN_TYPE) for t in placed["event_type"].tolist()],
        "r": [radius(f) for f in fatalities], "approx": approx.astype(int).tolist(),
        "uid": _escaped(placed["uid"]), "tip": tip.tolist(), "sub": _escaped(placed["sub_event_type"]),
        "when": when.tolist(), "place": place.tolist(), "actors": _escaped(placed["actors"]),
        "fat": ["unknown" if f is None or math.isinf(f) else str(int(f)) for f in fatalities],
        "conf": [html_text(None if c is None or math.isinf(c) else f"{c:.2f} ({band(c)})", "?") for c in confidence],
        "src": [by_event.get(i, []) for i in placed["id"].tolist()],
        "origin": _origins(placed),
    }


def _style(feature: dict) -> dict:
    p = feature["properties"]
    return {
        "color": p["color"], "fillColor": p["color"], "radius": p["radius"], "weight": 2,
        "fillOpacity": 0.12 if p["approx"] else 0.75, "dashArray": "4 3" if p["approx"] else None,
    }


def grid(view: pd.DataFrame, cell_degrees: float | None = None) -> pd.DataFrame:
    """Events counted per grid cell (cell centre, count, fatalities, dominant type)."""
    if cell_degrees is None:
        span = max(float(view["lat"].max() - view["lat"].min()), float(view["lon"].max() - view["lon"].min()), 0.5)
        cell_degrees = max(0.05, round(span / 40, 2))
    g = pd.DataFrame({"cy": (view["lat"].to_numpy() // cell_degrees) * cell_degrees + cell_degrees / 2,
                      "cx": (view["lon"].to_numpy() // cell_degrees) * cell_degrees + cell_degrees / 2,
                      "event_type": filled(view["event_type"], UNKNOWN_TYPE).to_numpy(),
                      "fatalities": pd.to_numeric(view["fatalities"], errors="coerce").to_numpy()})
    out = g.groupby(["cy", "cx"]).agg(count=("event_type", "size"), fatalities=("fatalities", "sum")).reset_index()
    # the most frequent type per cell (ties: the first in alphabetical order, as value_counts gives)
    by_type = g.groupby(["cy", "cx", "event_type"]).size().rename("n").reset_index()
    by_type = by_type.sort_values(["cy", "cx", "n", "event_type"], ascending=[True, True, False, True])
    top = by_type.drop_duplicates(["cy", "cx"]).set_index(["cy", "cx"])["event_type"].rename("top")
    return out.join(top, on=["cy", "cx"])


def _grid_layer(view: pd.DataFrame) -> folium.GeoJson:  # view is never empty here
    cells = grid(view)
    features = [{
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [float(c.cx), float(c.cy)]},
        "properties": {
            "color": TYPE_COLORS.get(c.top, OTHER_TYPE_COLOR),
            "radius": round(min(30.0, 4 + 3 * math.log1p(c.count)), 1), "approx": False,
            "tooltip": f"{int(c.count)} events · {int(c.fatalities or 0)} fatalities · mostly {html_text(c.top)} "
                       "(zoom in or narrow the window for single events)",
        },
    } for c in cells.itertuples()]
    return folium.GeoJson(
        {"type": "FeatureCollection", "features": features}, name="event cells",
        marker=folium.CircleMarker(radius=6, fill=True), style_function=_style,
        tooltip=folium.GeoJsonTooltip(fields=["tooltip"], labels=False),
    )
