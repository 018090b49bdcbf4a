"""``EventMarkers``: a folium plugin drawing many events as canvas circle markers from compact,
columnar data (folium's plugin pattern: a template plus declared, validated data).

Every text field is HTML-escaped in Python before it is embedded; the JavaScript only joins
those escaped strings into fixed markup when a popup opens, so no article text is ever parsed
as HTML.  Popups are built on click, which keeps the page small at thousands of events.

With a :class:`TimeFollow`, the layer holds the events of the whole time span and shows only
those overlapping the dashboard's time window, filtered in the browser: moving the timeline
slider updates the map at once, without a Streamlit rerun or a new layer (the rerun that follows
updates the counts and the table).  The window is read from the slider's two range inputs as
they move and, as a fallback that does not depend on Streamlit's markup, from the page URL's
``from``/``to`` parameters the dashboard writes after every change.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from branca.element import Template

from dashboard.map_elements import LiteralMacroElement
from dashboard.text import html_text, script_json
from geo.atomic import write_atomically
from geo.taxonomy import OTHER_TYPE_COLOR

_TEMPLATE = Template("""
{% macro script(this, kwargs) %}
(function() {
  var group = {{ this._parent.get_name() }};
  window.cmPending = true;
  function build(d) {
  var renderer = L.canvas({padding: 0.5});
  function popup(i) {
    var h = "<div class='cm-popup' style='max-width:340px;font:12px/1.4 sans-serif'><b>" + d.type[d.ti[i]] + "</b>"
      + (d.sub[i] ? " &middot; " + d.sub[i] : "")
      + "<br>" + d.when[i] + "<br><b>Place:</b> " + d.place[i]
      + "<br><b>Actors:</b> " + (d.actors[i] || "unknown")
      + "<br><b>Fatalities:</b> " + d.fat[i] + " &middot; <b>confidence</b> " + d.conf[i];
    if (d.ocol && d.ocol[d.oi[i]]) h += "<br><b>From:</b> " + d.orig[d.oi[i]];
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
    var ring = d.ocol ? d.ocol[d.oi[i]] : "";  // events from a dataset: outlined in its colour
    var m = L.circleMarker([d.lat[i], d.lon[i]], {
      renderer: renderer, radius: d.r[i], color: ring || color, fillColor: color, weight: ring ? 2.5 : 2,
      fillOpacity: approx ? 0.12 : 0.75, dashArray: approx ? "4 3" : null
    });
    m.cmIndex = i;
    m.cmUid = d.uid[i];
    layers[i] = m;
  }
  // One popup and one tooltip for the whole group, filled on demand (event delegation).
  group.bindPopup(function(layer) { return popup(layer.cmIndex); }, {maxWidth: 360});
  group.bindTooltip(function(layer) { return d.tip[layer.cmIndex]; }, {sticky: false});
{% if this.follow %}
  // -- time window followed in the browser -------------------------------------------------------
  var f = {{ this.follow }}, n = layers.length, visible = new Uint8Array(n), shown = 0, seq = 0, current = null;
  function show(w) {
    if (current && current[0] === w[0] && current[1] === w[1]) return;
    current = w;
    for (var i = 0; i < n; i++) {
      var v = (d.t1[i] >= w[0] && d.t0[i] <= w[1]) ? 1 : 0;
      if (v === visible[i]) continue;
      visible[i] = v;
      if (v) { group.addLayer(layers[i]); shown++; } else { group.removeLayer(layers[i]); shown--; }
    }
    window.cmWindow = {from: w[0], to: w[1], shown: shown, seq: ++seq};
  }
  var doc = null;
  try { doc = window.parent.document; } catch (e) { doc = null; }
  function fromSlider() {  // [start day, end day] from the slider's two range inputs, or null
    if (!doc) return null;
    var inputs = doc.querySelectorAll(f.slider);
    if (inputs.length !== 2 || Number(inputs[0].step) !== f.unit) return null;
    var a = Math.floor(Number(inputs[0].value) / f.unit), b = Math.floor(Number(inputs[1].value) / f.unit);
    return (isFinite(a) && isFinite(b) && a <= b) ? [a, b] : null;
  }
  function day(iso) {
    var m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(iso || "");
    return m ? Math.floor(Date.UTC(+m[1], +m[2] - 1, +m[3]) / 86400000) : null;
  }
  function search() { try { return window.parent.location.search; } catch (e) { return ""; } }
  function fromUrl() {
    var q = new URLSearchParams(search()), a = day(q.get(f.from)), b = day(q.get(f.to));
    return [a === null ? f.lo : a, b === null ? f.hi : b];
  }
  function follow() { show(fromSlider() || fromUrl()); }
  follow();
  if (doc && window.MutationObserver) {
    new MutationObserver(function(records) {
      for (var k = 0; k < records.length; k++) {
        if (records[k].target.matches && records[k].target.matches(f.slider)) { follow(); return; }
      }
    }).observe(doc.body, {subtree: true, attributes: true, attributeFilter: ["value", "aria-valuetext"]});
  }
  var lastSearch = search();
  setInterval(function() {  // the URL changes after each rerun (steps, play, a link)
    var s = search();
    if (s !== lastSearch) { lastSearch = s; follow(); }
  }, 200);
{% else %}
  for (var j = 0; j < layers.length; j++) group.addLayer(layers[j]);
{% endif %}
  window.cmPending = false;
  }
{% if this.url %}
  // The data comes as a file the app serves (a few MB at 10,000 events), fetched by this page:
  // it does not travel through Streamlit's messages on every rerun.
  fetch({{ this.url }}).then(function(r) {
    if (!r.ok) throw new Error("HTTP " + r.status);
    return r.json();
  }).then(build).catch(function(e) {
    window.cmPending = false;
    var note = L.control({position: "topright"});
    note.onAdd = function() {
      var div = L.DomUtil.create("div");
      div.style.cssText = "background:#fff3cd;padding:6px 9px;border-radius:4px;font:12px sans-serif";
      div.textContent = "The events could not be loaded (" + e.message + "): reload the page.";
      return div;
    };
    if (group._map) note.addTo(group._map);
  });
{% else %}
  build({{ this.payload }});
{% endif %}
})();
{% endmacro %}
""")


#: the columns EventMarkers draws from, one list each, all of the same length
COLUMNS = ("lat", "lon", "type", "r", "approx", "uid", "tip", "sub", "when", "place", "actors", "fat", "conf", "src")


_EPOCH = date(1970, 1, 1)
_COLOR = re.compile(r"#[0-9a-fA-F]{6}")
#: published payload files kept in their directory (the newest; other servers may share it)
KEEP_PUBLISHED = 64
#: Streamlit's date slider holds microseconds since 1970 in steps of one day
SLIDER_DAY = 86_400_000_000


def day_number(d: date) -> int:
    """Days since 1970-01-01 (the browser side's unit for dates)."""
    return (d - _EPOCH).days


@dataclass(frozen=True)
class TimeFollow:
    """Filter the layer in the browser by the dashboard's time window.

    ``slider`` selects the slider's two range inputs in the page around the map (values in
    ``unit`` per day); ``url_from``/``url_to`` name the URL parameters holding ISO dates;
    ``lo``/``hi`` is the whole span, shown when the URL names no window."""

    lo: date
    hi: date
    slider: str = ".st-key-f_window input[type=range]"
    unit: int = SLIDER_DAY
    url_from: str = "from"
    url_to: str = "to"

    def __post_init__(self) -> None:
        if self.lo > self.hi:
            raise ValueError(f"TimeFollow: span starts after it ends ({self.lo} > {self.hi})")
        if self.unit <= 0:
            raise ValueError("TimeFollow: unit must be positive")
        for key in (self.url_from, self.url_to):
            if not key.isidentifier():
                raise ValueError(f"TimeFollow: bad URL parameter name {key!r}")

    def options(self) -> dict:
        return {"slider": self.slider, "unit": self.unit, "from": self.url_from, "to": self.url_to,
                "lo": day_number(self.lo), "hi": day_number(self.hi)}


@dataclass(frozen=True)
class MarkerData:
    """The validated, serialised data of an EventMarkers layer (immutable: safe to cache and to
    share between sessions; each session wraps it in its own element)."""

    payload: str
    follow: str
    count: int
    #: where the page fetches ``payload`` from (see :func:`published`); "" to embed it
    url: str = ""

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.payload.encode()).hexdigest()[:24]


def published(data: MarkerData, directory: Path, base_url: str) -> MarkerData:
    """``data`` written as ``<digest>.json`` in ``directory`` (served at ``base_url``), to be
    fetched by the page instead of embedded in it.  Files are named by their content, written
    atomically and left for other servers sharing the directory; the oldest beyond
    ``KEEP_PUBLISHED`` are removed."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{data.digest}.json"
    if not path.exists():
        write_atomically(path, lambda tmp: tmp.write_text(data.payload, encoding="utf-8"))
        files = sorted(directory.glob("*.json"), key=lambda f: f.stat().st_mtime, reverse=True)
        for old in files[KEEP_PUBLISHED:]:
            old.unlink(missing_ok=True)
    return replace(data, url=f"{base_url.rstrip('/')}/{path.name}")


def marker_data(types: dict[str, str], columns: Mapping[str, Sequence], *,
                follow: TimeFollow | None = None, origins: Mapping[str, str] | None = None) -> MarkerData:
    """Check and serialise the columns of an EventMarkers layer (see :class:`EventMarkers`).

    With ``origins`` (origin name -> outline colour, "" for none) and an ``origin`` column, each
    event is outlined in its origin's colour and its popup names the origin."""
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
    follow_options = ""
    if follow is not None:
        if "t0" not in columns or "t1" not in columns:
            raise ValueError("EventMarkers: following the time window needs columns t0 and t1")
        t0, t1 = [int(v) for v in columns["t0"]], [int(v) for v in columns["t1"]]
        if len(t0) != n or len(t1) != n:
            raise ValueError("EventMarkers: columns differ in length")
        if any(a > b for a, b in zip(t0, t1, strict=True)):
            raise ValueError("EventMarkers: an event ends before it starts (t1 < t0)")
        cols.update(t0=t0, t1=t1)
        follow_options = script_json(follow.options())
    if origins is not None and "origin" in columns:
        names = list(dict.fromkeys(str(o) for o in columns["origin"]))
        where = {o: k for k, o in enumerate(names)}
        colors = [origins.get(o, "") for o in names]
        bad = next((c for c in colors if c and not _COLOR.fullmatch(c)), None)
        if bad:
            raise ValueError(f"EventMarkers: origin colour {bad!r} is not #rrggbb")
        cols.update(oi=[where[str(o)] for o in columns["origin"]], orig=[html_text(o) for o in names], ocol=colors)
    cols.update(lat=lat, lon=lon, ti=ti, type=[html_text(t) for t in type_names],
                color=[types.get(t, OTHER_TYPE_COLOR) for t in type_names])
    payload = script_json(cols, ensure_ascii=False, separators=(",", ":"))  # inert JSON
    return MarkerData(payload=payload, follow=follow_options, count=n)


class EventMarkers(LiteralMacroElement):
    """Circle markers for events, added to a FeatureGroup (its parent).

    ``columns`` holds one list per name in :data:`COLUMNS`; every text in them must already be
    HTML-escaped (:func:`dashboard.text.html_text`), and ``src`` holds per event a list of escaped
    ``[title, url, lang, published, sentence]``.  Types are sent once and referenced by index.

    With ``follow``, ``columns`` also holds ``t0`` and ``t1`` (each event's first and last day
    as :func:`day_number`) and only the events overlapping the page's time window are shown.
    ``EventMarkers.of(data)`` wraps data already built by :func:`marker_data`.
    """

    _template = _TEMPLATE

    def __init__(self, types: dict[str, str], columns: Mapping[str, Sequence], *,
                 follow: TimeFollow | None = None, origins: Mapping[str, str] | None = None) -> None:
        self._init(marker_data(types, columns, follow=follow, origins=origins))

    @classmethod
    def of(cls, data: MarkerData) -> EventMarkers:
        element = cls.__new__(cls)
        element._init(data)
        return element

    def _init(self, data: MarkerData) -> None:
        super().__init__()
        self._name = "EventMarkers"
        self.payload, self.follow, self.count = data.payload, data.follow, data.count
        self.url = json.dumps(data.url) if data.url else ""
