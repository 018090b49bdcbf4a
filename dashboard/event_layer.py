"""``EventMarkers``: a folium plugin drawing many events as canvas circle markers from compact,
columnar data (folium's plugin pattern: a template plus declared, validated data).

Every text field is HTML-escaped in Python before it is embedded; the JavaScript only joins
those escaped strings into fixed markup when a popup opens, so no article text is ever parsed
as HTML.  Popups are built on click, which keeps the page small at thousands of events.
"""

from __future__ import annotations

import html
import json
import math
from collections.abc import Mapping, Sequence

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


#: the columns EventMarkers draws from, one list each, all of the same length
COLUMNS = ("lat", "lon", "type", "r", "approx", "uid", "tip", "sub", "when", "place", "actors", "fat", "conf", "src")


class EventMarkers(MacroElement):
    """Circle markers for events, added to a FeatureGroup (its parent).

    ``columns`` holds one list per name in :data:`COLUMNS`; every text in them must already be
    HTML-escaped (``esc``), and ``src`` holds per event a list of escaped
    ``[title, url, lang, published, sentence]``.  Types are sent once and referenced by index.
    """

    _template = _TEMPLATE

    def __init__(self, types: dict[str, str], columns: Mapping[str, Sequence]) -> None:
        super().__init__()
        self._name = "EventMarkers"
        missing = [c for c in COLUMNS if c not in columns]
        if missing:
            raise ValueError(f"EventMarkers: missing columns {missing}")
        n = len(columns["lat"])
        if any(len(columns[c]) != n for c in COLUMNS):
            raise ValueError("EventMarkers: columns differ in length")
        lat = [round(float(v), 5) for v in columns["lat"]]
        lon = [round(float(v), 5) for v in columns["lon"]]
        bad = next((i for i in range(n) if not (-90 <= lat[i] <= 90 and -180 <= lon[i] <= 180)), None)
        if bad is not None:
            raise ValueError(f"event {columns['uid'][bad]}: coordinates out of range ({lat[bad]}, {lon[bad]})")
        type_names = list(types)
        index = {t: i for i, t in enumerate(type_names)}
        ti = []
        for t in columns["type"]:
            if t not in index:
                index[t] = len(type_names)
                type_names.append(t)
            ti.append(index[t])
        cols = {k: list(columns[k]) for k in COLUMNS if k not in ("lat", "lon", "type")}
        cols.update(lat=lat, lon=lon, ti=ti, type=[esc(t) for t in type_names],
                    color=[types.get(t, "#7f7f7f") for t in type_names])
        # "</" cannot close the script element: the payload is inert JSON.
        self.payload = json.dumps(cols, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
        self.count = n
