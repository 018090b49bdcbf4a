"""Benchmark panning the dashboard's map at zoom 10 over Syria with the place names on.

    python bench/labels_pan_bench.py [--events 100000] [--pans 20]

A fresh store gets --events synthetic events (bench/generate_events.py), a real
`conflictmap serve` starts on 127.0.0.1, and a headless system Chromium opens the map, zooms it
to Aleppo at zoom 10, then pans it --pans times by a third of its width (east, then back west,
then south…): each pan is timed from ``panBy`` until every place-name tile of the new view is
drawn (the layer's ``load``) and two animation frames have passed; the first pass asks the app for
the tiles (computed from the gazetteer or read from the cache), the second pass over the same
views is answered by the browser's cache.  Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.dashboard_bench import CHROMIUM_FLAGS, percentile, start_server, stop_server  # noqa: E402
from bench.generate_events import generate  # noqa: E402
from geo.config import load_settings  # noqa: E402
from geo.store import Store  # noqa: E402

ALEPPO = (36.20124, 37.16117)
FIND_MAP = "Object.values(window).find(v => window.L && v instanceof L.Map)"
#: pan the map by (dx, dy) pixels; resolve once the label layer has drawn the new view's tiles
PAN = """([dx, dy]) => new Promise(resolve => {
  const map = FIND_MAP;
  let layer = null;
  map.eachLayer(l => { if (l.declutter) layer = l; });
  const started = performance.now();
  const done = () => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - started)));
  const loading = () => Object.values(layer._tiles).some(t => !t.loaded);
  map.panBy([dx, dy], {animate: false});
  if (!loading()) { done(); return; }
  layer.once('load', done);
})""".replace("FIND_MAP", FIND_MAP)


def pan_times(page, pans: int) -> list[float]:
    frame = page.frame(url=lambda u: "streamlit_folium" in u)
    width = frame.evaluate(f"() => {FIND_MAP}.getSize().x")
    moves = [(width // 3, 0), (-width // 3, 0), (0, width // 3), (0, -width // 3)]
    return [frame.evaluate(PAN, list(moves[i % 4] if i % 8 < 4 else moves[(i + 1) % 4])) / 1000 for i in range(pans)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--pans", type=int, default=20)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        sys.exit("error: no Chromium: apt-get install chromium")
    gazetteer = load_settings().gazetteer
    home = Path(tempfile.mkdtemp(prefix="cm-labels-bench-"))
    server = None
    try:
        with Store.open(str(home / "conflictmap.db")) as store:
            generate(store, args.events, gazetteer)
        env = {**os.environ, "CONFLICTMAP_HOME": str(home), "CONFLICTMAP_GAZETTEER": str(gazetteer)}
        env.pop("CONFLICTMAP_DB", None)
        server, url = start_server(env)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(url, wait_until="domcontentloaded")
            page.frame_locator('iframe[title="streamlit_folium.st_folium"]').locator(
                "img.leaflet-tile-loaded").first.wait_for(timeout=180_000)
            frame = page.frame(url=lambda u: "streamlit_folium" in u)
            frame.evaluate(f"([lat, lon]) => {{ {FIND_MAP}.setView([lat, lon], 10, {{animate: false}}); }}", list(ALEPPO))
            time.sleep(3)  # the first view's tiles, and the rerun that follows the move
            for label in ("tiles from the app", "tiles from the browser's cache"):
                times = pan_times(page, args.pans)
                print(f"{args.events:,} events, zoom 10 over Syria, {label}: pan to names drawn median "
                      f"{statistics.median(times):.3f} s, p95 {percentile(times, 0.95):.3f} s, max {max(times):.3f} s "
                      f"over {len(times)} pans")
            browser.close()
    finally:
        if server is not None:
            stop_server(server)
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
