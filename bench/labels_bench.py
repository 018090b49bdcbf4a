"""Benchmark the map's place-name tiles: the app's route ``/labels/{lang}/{z}/{x}/{y}.json``
answering every tile over Syria at zoom 6 and zoom 10, in process (an ASGI client, no network).

    python bench/labels_bench.py [--gazetteer PATH] [--lang en]

For each zoom: the route's time per tile the first time it is asked for (the gazetteer query
and the cache file written) and again (the cache file read), medians and 95th percentiles over
every tile of the box, and the labels and bytes per tile.  Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import httpx  # noqa: E402
from starlette.applications import Starlette  # noqa: E402

from dashboard.data.labels_served import label_routes  # noqa: E402
from geo.config import load_settings  # noqa: E402

#: Syria (south, west, north, east)
SYRIA = (32.3, 35.7, 37.3, 42.4)


def tiles(z: int, box: tuple[float, float, float, float]) -> list[tuple[int, int, int]]:
    south, west, north, east = box
    n = 1 << z

    def xy(lat: float, lon: float) -> tuple[int, int]:
        s = math.sin(math.radians(lat))
        return int((lon + 180) / 360 * n), int((0.5 - math.log((1 + s) / (1 - s)) / (4 * math.pi)) * n)

    (x0, y0), (x1, y1) = xy(north, west), xy(south, east)
    return [(z, x, y) for x in range(x0, x1 + 1) for y in range(y0, y1 + 1)]


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, math.ceil(0.95 * len(values)) - 1)]


async def measure(gazetteer: Path, lang: str) -> None:
    with tempfile.TemporaryDirectory() as cache:
        app = Starlette(routes=label_routes(Path(cache), gazetteer))
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1") as client:
            await client.get(f"/labels/{lang}/7/77/50.json")  # opens the gazetteer and the names (once per process)
            for z in (6, 10):
                keys = tiles(z, SYRIA)
                for run in ("first", "cached"):
                    times, counts, sizes = [], [], []
                    for key in keys:
                        began = time.perf_counter()
                        answer = await client.get(f"/labels/{lang}/{key[0]}/{key[1]}/{key[2]}.json")
                        times.append(time.perf_counter() - began)
                        answer.raise_for_status()
                        counts.append(len(answer.json()["labels"]))
                        sizes.append(len(answer.content))
                    print(f"zoom {z:>2} {run:>6}: {len(keys):>3} tiles, median {statistics.median(times) * 1000:6.2f} ms, "
                          f"p95 {p95(times) * 1000:6.2f} ms, max {max(times) * 1000:6.2f} ms per tile; "
                          f"labels per tile median {statistics.median(counts):.0f} (max {max(counts)}), "
                          f"bytes median {statistics.median(sizes):,.0f} (max {max(sizes):,})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gazetteer", type=Path, default=None)
    parser.add_argument("--lang", default="en")
    args = parser.parse_args()
    asyncio.run(measure(args.gazetteer or load_settings().gazetteer, args.lang))


if __name__ == "__main__":
    main()
