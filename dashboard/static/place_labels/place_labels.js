/* conflictmap place labels: a Leaflet GridLayer drawing the gazetteer's place names as text.
   Each tile's labels come from the app (GET <url>/{lang}/{z}/{x}/{y}.json) or, in an exported
   page, from data embedded in it ({"z/x/y": [...]}).  A label is [lat, lon, name, kind, population];
   names are set as textContent, never parsed as HTML.  After tiles load, labels that would overlap
   are hidden, giving room first to capitals and cities, then areas, then smaller places.
   Usage: cmPlaceLabels(map, {url: "...", lang: "en", kinds: [...]}) or cmPlaceLabels(map, {tiles: {...}, kinds: [...]}). */
function cmPlaceLabels(map, options) {
  var RANK = {};  // the kinds of label in the order they get room (geo.gazetteer.labels.KINDS)
  (options.kinds || []).forEach(function (kind, i) { RANK[kind] = i; });
  if (!map.getPane("cmLabels")) {
    var pane = map.createPane("cmLabels");
    pane.style.zIndex = 350;  // above the base map (200), below the events (400): a town never hides an event
    pane.style.pointerEvents = "none";
  }
  if (!document.getElementById("cm-label-style")) {
    var css = document.createElement("style");
    css.id = "cm-label-style";
    css.textContent = [
      ".cm-label{position:absolute;white-space:nowrap;font:12px/1.1 'DejaVu Sans','Liberation Sans',Arial,sans-serif;",
      "color:#1d1d1d;transform:translate(-3px,-50%);pointer-events:none;",
      "text-shadow:-1px -1px 0 #fff,1px -1px 0 #fff,-1px 1px 0 #fff,1px 1px 0 #fff,0 0 3px #fff}",
      ".cm-label:before{content:'';display:inline-block;width:5px;height:5px;border-radius:50%;",
      "background:#333;border:1px solid #fff;margin-right:3px;vertical-align:middle}",
      ".cm-label-capital{font-weight:bold;font-size:14px}.cm-label-city{font-weight:bold;font-size:13px}",
      ".cm-label-village{font-size:11px;color:#333}",
      ".cm-label-area{transform:translate(-50%,-50%);font-size:12px;color:#5b4a6b;letter-spacing:.06em;",
      "text-transform:uppercase}.cm-label-area:before{display:none}",
      ".cm-label-hidden{visibility:hidden}"].join("");
    document.head.appendChild(css);
  }
  var Labels = L.GridLayer.extend({
    createTile: function (coords, done) {
      var tile = L.DomUtil.create("div", "cm-label-tile");
      var self = this, key = coords.z + "/" + coords.x + "/" + coords.y;
      function draw(items) {
        var size = self.getTileSize(), origin = coords.scaleBy(size);
        for (var i = 0; i < items.length; i++) {
          var it = items[i], p = map.project([it[0], it[1]], coords.z).subtract(origin);
          var el = L.DomUtil.create("div", "cm-label cm-label-" + it[3], tile);
          el.textContent = it[2];
          el.style.left = p.x + "px";
          el.style.top = p.y + "px";
          el.cmRank = (RANK[it[3]] === undefined ? 9 : RANK[it[3]]) * 1e10 - it[4];
        }
        done(null, tile);
        self.declutterSoon();
      }
      if (options.tiles) {
        setTimeout(function () { draw(options.tiles[key] || []); }, 0);
      } else {
        var url = options.url.replace("{lang}", options.lang).replace("{z}", coords.z)
          .replace("{x}", coords.x).replace("{y}", coords.y);
        fetch(url).then(function (r) { return r.ok ? r.json() : {labels: []}; })
          .then(function (j) { draw(j.labels || []); }, function () { draw([]); });
      }
      return tile;
    },
    declutterSoon: function () {
      var self = this;
      if (self._cmTimer) return;
      self._cmTimer = setTimeout(function () { self._cmTimer = null; self.declutter(); }, 30);
    },
    declutter: function () {
      // the labels of the tiles at the zoom shown (GridLayer's own tile table), by rank; each one
      // is kept unless it overlaps one kept before it
      var els = [];
      for (var key in this._tiles) {
        var t = this._tiles[key];
        if (t.coords.z !== this._tileZoom) continue;
        for (var k = 0; k < t.el.children.length; k++) { els.push(t.el.children[k]); }
      }
      els.sort(function (a, b) { return a.cmRank - b.cmRank; });
      for (var i = 0; i < els.length; i++) { els[i].classList.remove("cm-label-hidden"); }
      var boxes = els.map(function (el) { return el.getBoundingClientRect(); }), kept = [];
      var hide = [];
      for (var j = 0; j < els.length; j++) {
        var b = boxes[j], clash = b.width === 0;
        for (var m = 0; m < kept.length && !clash; m++) {
          var o = kept[m];
          clash = b.left < o.right + 2 && b.right + 2 > o.left && b.top < o.bottom && b.bottom > o.top;
        }
        if (clash) hide.push(els[j]); else kept.push(b);
      }
      for (var h = 0; h < hide.length; h++) { hide[h].classList.add("cm-label-hidden"); }
    }
  });
  var layer = new Labels({pane: "cmLabels", minZoom: options.minZoom || 5, maxZoom: 20,
                          maxNativeZoom: options.maxNativeZoom || 14, updateWhenZooming: false,
                          keepBuffer: 1});
  // tiles placed by offsets in their zoom level's container (which Leaflet moves and scales), not
  // by a 3D transform: that is a compositing layer per tile, sorted out on every frame a move draws
  layer.on("tileloadstart", function (e) {
    var pos = L.DomUtil.getPosition(e.tile);
    e.tile.style.transform = "";
    e.tile.style.left = pos.x + "px";
    e.tile.style.top = pos.y + "px";
  });
  layer.on("load", function () { layer.declutter(); });
  map.on("zoomend moveend", function () { layer.declutterSoon(); });
  layer.addTo(map);
  return layer;
}
