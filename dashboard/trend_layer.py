"""The "compare periods" map layer: one circle per first-level area at its centre, sized by its
events in the window and coloured by the change against an earlier window
(:mod:`geo.trends`), with the numbers in its tooltip and a legend that comes and goes with the
layer.  The same layer is drawn on the dashboard's map and on the exports' maps.

Every name in a tooltip is HTML-escaped here; the JavaScript only places the escaped strings.
The circles are SVG paths (class ``cm-trend``): there are at most a few hundred areas.
"""

from __future__ import annotations

import math
from datetime import date

import folium
from branca.element import Template

from dashboard.map_elements import LiteralMacroElement
from dashboard.text import html_text, script_json
from geo.trends import (
    BASES,
    LARGE_DECREASE_PCT,
    LARGE_INCREASE_PCT,
    LOW_BASELINE_EVENTS,
    MODERATE_INCREASE_PCT,
    TRENDS,
    AreaTrends,
    change_text,
)

__all__ = ["TREND_COLORS", "TREND_LABELS", "AreaTrendMarkers", "legend_rows", "tooltip", "trend_layer"]

#: fill colour of each class (diverging red-blue; grey for a low baseline)
TREND_COLORS = {"large increase": "#b2182b", "moderate increase": "#ef8a62", "limited change": "#f7f7f7",
                "large decrease": "#2166ac", "low baseline": "#bdbdbd"}
#: each class with its thresholds, as the legends show it
TREND_LABELS = {
    "large increase": f"large increase (> +{LARGE_INCREASE_PCT} %)",
    "moderate increase": f"moderate increase (+{MODERATE_INCREASE_PCT} to +{LARGE_INCREASE_PCT} %)",
    "limited change": f"limited change ({LARGE_DECREASE_PCT} to +{MODERATE_INCREASE_PCT} %)",
    "large decrease": f"large decrease (< {LARGE_DECREASE_PCT} %)",
    "low baseline": f"low baseline (< {LOW_BASELINE_EVENTS} events before)",
}

_TEMPLATE = Template("""
{% macro script(this, kwargs) %}
(function() {
  var group = {{ this._parent.get_name() }};
  var d = {{ this.payload }};
  var renderer = L.svg();
  for (var i = 0; i < d.length; i++) {
    var a = d[i];
    L.circleMarker([a[0], a[1]], {renderer: renderer, radius: a[2], color: "#333", weight: 1.5,
      fillColor: a[3], fillOpacity: 0.7, className: "cm-trend"})
      .bindTooltip(a[4], {sticky: true}).addTo(group);
  }
  var legend = L.control({position: "bottomleft"});
  legend.onAdd = function() {
    var div = L.DomUtil.create("div", "cm-trend-legend");
    div.style.cssText = "background:rgba(255,255,255,.92);padding:6px 9px;border-radius:4px;"
      + "font:12px/1.35 sans-serif;box-shadow:0 1px 4px rgba(0,0,0,.3)";
    div.innerHTML = {{ this.legend }};
    return div;
  };
  group.on("add", function() { legend.addTo(group._map); });
  group.on("remove", function() { legend.remove(); });
  if (group._map) legend.addTo(group._map);
})();
{% endmacro %}
""")


def radius(events: int) -> float:
    """A circle's radius in pixels by its area's events in the window."""
    return round(min(32.0, 6.0 + 2.5 * math.sqrt(max(events, 0))), 1)


def _window(window: tuple[date, date]) -> str:
    return f"{window[0].isoformat()} – {window[1].isoformat()}"


def tooltip(name: str, country: str, now: int, before: int, trend: str,
            window: tuple[date, date], earlier: tuple[date, date]) -> str:
    """An area's tooltip (HTML; the name and country escaped here)."""
    return (f"<b>{html_text(name)}</b> ({html_text(country, '?')})<br>"
            f"{now:,} events in {_window(window)}<br>{before:,} in {_window(earlier)}<br>"
            f"change: {change_text(now, before)} · {trend}")


def legend_rows() -> list[tuple[str, str]]:
    """(colour, label) of each class, in the order of TRENDS."""
    return [(TREND_COLORS[t], TREND_LABELS[t]) for t in TRENDS]


def legend_html(basis: str, window: tuple[date, date], earlier: tuple[date, date]) -> str:
    rows = "".join(f'<span style="display:inline-block;width:10px;height:10px;border-radius:50%;background:{c};'
                   f'border:1px solid #333;margin-right:5px"></span>{html_text(label)}<br>' for c, label in legend_rows())
    return (f"<b>Change by area</b><br><span style='color:#555'>{_window(window)}<br>against "
            f"{_window(earlier)},<br>{html_text(BASES[basis])}</span><br>{rows}"
            "<span style='color:#555'>size: events in the window</span>")


class AreaTrendMarkers(LiteralMacroElement):
    """The areas of an :class:`~geo.trends.AreaTrends` as circles in a FeatureGroup (its parent),
    with the legend shown while the group is on a map."""

    _template = _TEMPLATE

    def __init__(self, trends: AreaTrends, basis: str, window: tuple[date, date], earlier: tuple[date, date]) -> None:
        super().__init__()
        self._name = "AreaTrendMarkers"
        placed = trends.areas.dropna(subset=["lat", "lon"])
        rows = [[round(float(a.lat), 5), round(float(a.lon), 5), radius(int(a.now)), TREND_COLORS[a.trend],
                 tooltip(a.admin1, a.country_code, int(a.now), int(a.before), a.trend, window, earlier)]
                for a in placed.itertuples(index=False)]
        self.count = len(rows)
        self.payload = script_json(rows, ensure_ascii=False, separators=(",", ":"))  # inert JSON
        self.legend = script_json(legend_html(basis, window, earlier), ensure_ascii=False)


def trend_layer(trends: AreaTrends, basis: str, window: tuple[date, date],
                earlier: tuple[date, date]) -> folium.FeatureGroup:
    """A feature group of the areas' change (drawn above the events)."""
    fg = folium.FeatureGroup(name="change by area")
    AreaTrendMarkers(trends, basis, window, earlier).add_to(fg)
    return fg
