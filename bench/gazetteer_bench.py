"""Benchmark: world gazetteer build time and lookup latency (median, p99) over 10,000 lookups.

    python bench/gazetteer_bench.py [--lookups N] [--skip-build] [--gazetteer PATH]

Lookups go through the whole geocoding path the CLI uses (GazetteerGeocoder.place over the
index and a store layer with user corrections).  The query mix is drawn with a fixed seed
from the index itself: 70% a place's own name, 20% an alternate name, 10% misspelt or unknown
names that fall through to the loose (skeleton) search.  Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from geo.errors import NoMatchError  # noqa: E402
from geo.gazetteer.build import build_gazetteer  # noqa: E402
from geo.gazetteer.index import Gazetteer  # noqa: E402
from geo.geocoding import GazetteerGeocoder  # noqa: E402
from geo.store import Store  # noqa: E402
from geo.store.layer import StoreLayer  # noqa: E402


def sample_queries(path: Path, n: int, seed: int = 2022) -> list[str]:
    rng = random.Random(seed)
    con = sqlite3.connect(path)
    names = [r[0] for r in con.execute("SELECT name FROM places ORDER BY id")]
    keys = [r[0] for r in con.execute("SELECT key FROM names WHERE place_id % 7 = 0")]
    con.close()
    queries: list[str] = []
    for _ in range(n):
        roll = rng.random()
        if roll < 0.7:
            queries.append(rng.choice(names))
        elif roll < 0.9:
            queries.append(rng.choice(keys))
        else:
            word = rng.choice(names)
            i = rng.randrange(len(word)) if word else 0
            queries.append((word[:i] + word[i + 1:] + "x") or "zzqx")
    return queries


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lookups", type=int, default=10_000)
    parser.add_argument("--gazetteer", type=Path, help="Use this index instead of building one.")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        if args.gazetteer:
            path = args.gazetteer
            print(f"gazetteer: {path} (not rebuilt)")
        else:
            path = Path(tmp) / "gazetteer.sqlite"
            report = build_gazetteer(path)
            print(f"build: {report.seconds:.1f} s, {report.size_bytes / 1e6:.1f} MB, "
                  f"{report.places:,} places, {report.names:,} names")
        queries = sample_queries(path, args.lookups)
        with Store.open(str(Path(tmp) / "bench.db")) as store:
            store.put_gazetteer_entry(origin="user", name="Ghuwayran prison", lat=36.471, lon=40.746,
                                      country_code="SY")
            with Gazetteer(path, layer=StoreLayer.from_store(store)) as g:
                geocoder = GazetteerGeocoder(g)
                for q in queries[:200]:  # warm the page cache
                    try:
                        geocoder.place(q)
                    except (NoMatchError, ValueError):
                        pass
                times: list[float] = []
                hits = 0
                for q in queries:
                    t0 = time.perf_counter()
                    try:
                        geocoder.place(q)
                        hits += 1
                    except (NoMatchError, ValueError):
                        pass
                    times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    p99 = times[int(len(times) * 0.99) - 1]
    print(f"lookups: {len(times):,}, matched {hits:,} ({hits / len(times):.1%})")
    print(f"latency: median {statistics.median(times):.3f} ms, p99 {p99:.3f} ms, "
          f"mean {statistics.fmean(times):.3f} ms, max {times[-1]:.1f} ms")


if __name__ == "__main__":
    main()
