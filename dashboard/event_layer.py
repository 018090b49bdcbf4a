"""``EventMarkers``: a folium plugin drawing many events as canvas circle markers from compact,
columnar data (folium's plugin pattern: a template plus declared, validated data).

Every text field is HTML-escaped in Python before it is embedded; the JavaScript only joins
those escaped strings into fixed markup when a popup opens, so no article text is ever parsed
as HTML.  Popups are built on click, which keeps the page small at thousands of events.
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable

from branca.element import MacroElement, Template

_TEMPLATE = Template("""
{% macro script(this, kwargs) %}
(function() {
  var d = {{ this.payload }};
  var group = {{ this._parent.get_name() }};
  var renderer = L.canvas({padding: 0.5});
  function popup(i) {
    var h = "<div class='cm-popup' style='max-width:340px;font:12px/1.4 sans-serif'><b>" + d.type[d.ti[i]] + "</b>"
      + (d.sub[i] ? " &middot; " + d.sub[i] : "")
      + "<br>" + d.when[i] + "<br><b>Place:</b> " + d.place[i]
      + "<br><b>Actors:</b> " + (d.actors[i] || "unknown")
      + "<br><b>Fatalities:</b> " + d.fat[i] + " &middot; <b>confidence</b> " + d.conf[i];
    var s = d.src[i] || [];
    for (var k = 0; k < s.length; k++) {
      var title = s[k][1] ? "<a href='" + s[k][1] + "' target='_blank' rel='noopener noreferrer'>" + s[k][0] + "</a>" : s[k][0];
      h += "<hr style='margin:4px 0'>" + title + " <i>(" + s[k][2] + ", " + s[k][3] + ")</i>"
        + "<br><span style='color:#333'>&ldquo;" + s[k][4] + "&rdquo;</span>";
    }
    return h + "</div>";
  }
  var layers = new Array(d.lat.length);
  for (var i = 0; i < d.lat.length; i++) {
    var approx = d.approx[i] === 1, color = d.color[d.ti[i]];
    var m = L.circleMarker([d.lat[i], d.lon[i]], {
      renderer: renderer, radius: d.r[i], color: color, fillColor: color, weight: 2,
      fillOpacity: approx ? 0.12 : 0.75, dashArray: approx ? "4 3" : null
    });
    m.cmIndex = i;
    m.cmUid = d.uid[i];
    layers[i] = m;
  }
  // One popup and one tooltip for the whole group, filled on demand (event delegation).
  group.bindPopup(function(layer) { return popup(layer.cmIndex); }, {maxWidth: 360});
  group.bindTooltip(function(layer) { return d.tip[layer.cmIndex]; }, {sticky: false});
  for (var j = 0; j < layers.length; j++) group.addLayer(layers[j]);
})();
{% endmacro %}
""")


def esc(value: object) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return html.escape(str(value), quote=True)


class EventMarkers(MacroElement):
    """Circle markers for events, added to a FeatureGroup (its parent)."""

    _template = _TEMPLATE

    def __init__(self, types: dict[str, str], rows: Iterable[dict]) -> None:
        super().__init__()
        self._name = "EventMarkers"
        import json

        type_names = list(types)
        index = {t: i for i, t in enumerate(type_names)}
        cols: dict[str, list] = {k: [] for k in ("lat", "lon", "ti", "r", "approx", "uid", "tip", "sub", "when",
                                                 "place", "actors", "fat", "conf", "src")}
        for r in rows:
            lat, lon = float(r["lat"]), float(r["lon"])
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise ValueError(f"event {r['uid']}: coordinates out of range ({lat}, {lon})")
            if r["event_type"] not in index:
                index[r["event_type"]] = len(type_names)
                type_names.append(r["event_type"])
            cols["lat"].append(round(lat, 5))
            cols["lon"].append(round(lon, 5))
            cols["ti"].append(index[r["event_type"]])
            cols["r"].append(r["radius"])
            cols["approx"].append(1 if r["approx"] else 0)
            cols["uid"].append(esc(r["uid"]))
            cols["tip"].append(r["tooltip"])  # already escaped by the caller
            cols["sub"].append(esc(r["sub_event_type"]))
            cols["when"].append(r["when"])
            cols["place"].append(r["place"])
            cols["actors"].append(esc(r["actors"]))
            cols["fat"].append(r["fatalities"])
            cols["conf"].append(esc(r["confidence"]))
            cols["src"].append(r["sources"])
        cols["type"] = [esc(t) for t in type_names]
        cols["color"] = [types.get(t, "#7f7f7f") for t in type_names]
        # "</" cannot close the script element: the payload is inert JSON.
        self.payload = json.dumps(cols, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\\\/")
        self.count = len(cols["lat"])
