"""How the dashboard's map behaves inside a scrolling page: the wheel scrolls the page until the
analyst clicks into the map (or holds Ctrl / ⌘ while scrolling, as on other web maps), and a
full-screen button.

:class:`WheelGuard` is a small Leaflet plugin of the project's own (no file to fetch: its script
and style are in the page).  Over a map that has not been clicked, a plain wheel turn is left to
the browser, which scrolls the page, and a hint says how to zoom; a click into the map turns wheel
zoom on until the pointer leaves the map; a wheel turn with Ctrl or ⌘ held (also what a
touchpad's pinch sends) zooms at once.  Full screen turns wheel zoom on too, and the legend is
moved into the map's box so that full screen shows it.

The full-screen button is folium's ``plugins.Fullscreen`` (leaflet.fullscreen, vendored:
:mod:`dashboard.assets`); Streamlit's component frame allows full screen (``allow="fullscreen"``).
"""

from __future__ import annotations

import folium
from branca.element import Template
from folium.plugins import Fullscreen

from dashboard.map_elements import LiteralMacroElement

#: the hint shown over the map when the wheel scrolls the page (⌘ replaces Ctrl on a Mac)
WHEEL_HINT = "Click the map to zoom with the wheel, or hold Ctrl while scrolling"

_WHEEL_GUARD = Template("""
{% macro header(this, kwargs) %}
<style>
.cm-wheel-hint { position: absolute; inset: 0; z-index: 1000; display: flex; align-items: center;
  justify-content: center; pointer-events: none; opacity: 0; transition: opacity .25s;
  background: rgba(0, 0, 0, .35); color: #fff; font: 600 15px/1.4 sans-serif; text-align: center;
  padding: 0 20px; }
.cm-wheel-hint.cm-show { opacity: 1; }
</style>
{% endmacro %}
{% macro script(this, kwargs) %}
(function() {
  var map = {{ this._parent.get_name() }};
  var box = map.getContainer();
  var mac = /Mac|iPhone|iPad/.test(navigator.platform || "");
  var hint = L.DomUtil.create("div", "cm-wheel-hint", box);
  hint.textContent = mac ? {{ this.hint|tojson }}.replace("Ctrl", "\\u2318") : {{ this.hint|tojson }};
  var active = false, full = false, hideTimer = null;
  // the legend into the map's box, so that it stays in view at full screen
  var legend = document.getElementById("cm-legend");
  if (legend) {
    box.appendChild(legend);
    L.DomEvent.disableClickPropagation(legend);
    L.DomEvent.disableScrollPropagation(legend);
  }
  map.scrollWheelZoom.disable();
  function on() { active = true; map.scrollWheelZoom.enable(); hint.classList.remove("cm-show"); }
  function off() { if (!full) { active = false; map.scrollWheelZoom.disable(); } }
  box.addEventListener("mousedown", on);
  box.addEventListener("touchstart", on, {passive: true});
  box.addEventListener("mouseleave", off);
  map.on("enterFullscreen", function() { full = true; on(); });
  map.on("exitFullscreen", function() { full = false; off(); });
  // capturing on the map's box runs before Leaflet's own wheel listener (on the same box)
  box.addEventListener("wheel", function(e) {
    if (active) return;
    if (e.ctrlKey || e.metaKey) {
      // Leaflet's handler, enabled now, takes this very turn; off again once it has
      map.scrollWheelZoom.enable();
      setTimeout(function() { if (!active) map.scrollWheelZoom.disable(); }, 0);
      return;
    }
    hint.classList.add("cm-show");  // the page scrolls (nothing here stops the event)
    clearTimeout(hideTimer);
    hideTimer = setTimeout(function() { hint.classList.remove("cm-show"); }, 1400);
  }, {capture: true, passive: true});
  window.cmWheel = {active: function() { return active; }};
})();
{% endmacro %}
""")


class WheelGuard(LiteralMacroElement):
    """Wheel zoom only after a click into the map, or with Ctrl / ⌘ held (see the module)."""

    _template = _WHEEL_GUARD

    def __init__(self, hint: str = WHEEL_HINT) -> None:
        super().__init__()
        self._name = "WheelGuard"
        self.hint = hint


def add_page_controls(m: folium.Map) -> folium.Map:
    """The controls of a map embedded in a scrolling page: the wheel guard and full screen."""
    WheelGuard().add_to(m)
    Fullscreen(position="topleft", title="Full screen", title_cancel="Leave full screen").add_to(m)
    return m
