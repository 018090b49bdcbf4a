"""Benchmark: `conflictmap import ucdp` of a generated UCDP GED file into a fresh store.

    python bench/import_bench.py [--rows 100000] [--rounds 3] [--keep DIR] [--against TREE]

Writes a CSV in the standard 49-column UCDP layout (header, quoted commas in headlines, a
few hundred bad rows: unparseable dates, out-of-range or empty coordinates), then times
``import_file`` (read, map, one-transaction write, gazetteer enrichment, commit) into a new
SQLite store per round (wall clock; the CPU time counts the mapping worker processes too),
and a re-import of the same file into the last store (all rows ``unchanged``).  Each round
runs in a fresh Python process, as ``conflictmap import`` does (not in this one, whose heap
the file generation has grown).  Prints the median rows/s; asserts nothing.

``--against TREE``: another checkout of the project (``git worktree add /tmp/before eacec81``):
each round imports the same file with this tree and then with TREE, side by side, and both
medians are printed (the import before and after a change, on the same machine at the same time).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from geo.dataset_import import import_file  # noqa: E402
from geo.importers.ucdp import COLUMNS  # noqa: E402
from geo.store import Store  # noqa: E402

PLACES = [("Deir ez Zor town", 35.33588, 40.14084, "Dayr az Zawr governorate"),
          ("Al Hasakah town", 36.50237, 40.74772, "Al Hasakah governorate"),
          ("Homs town", 34.72405, 36.72559, "Homs governorate"),
          ("Aleppo town", 36.20124, 37.16117, "Aleppo governorate"),
          ("Ar Raqqah town", 35.95283, 39.00788, "Ar Raqqah governorate")]


def write_ucdp(path: Path, rows: int, seed: int = 7) -> None:
    rnd = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(COLUMNS)
        for i in range(1, rows + 1):
            name, lat, lon, adm1 = PLACES[i % len(PLACES)]
            village = f"Village {i % 5000}"
            exact = i % 3 == 0
            day = f"20{10 + i % 13}-{1 + i % 12:02d}-{1 + i % 28:02d}"
            best = rnd.randint(0, 30)
            lat_s, lon_s = f"{lat + rnd.uniform(-0.5, 0.5):.5f}", f"{lon + rnd.uniform(-0.5, 0.5):.5f}"
            if i % 997 == 0:
                day = "2019-02-30"
            if i % 1009 == 0:
                lat_s = "123.4"
            if i % 1013 == 0:
                lon_s = ""
            values = {
                "id": str(100000 + i), "relid": f"SYR-2020-1-{i}", "year": day[:4], "active_year": "1",
                "code_status": "Clear", "type_of_violence": str(1 + i % 3), "conflict_dset_id": "299",
                "conflict_new_id": "299", "conflict_name": "Syria: Government", "dyad_dset_id": "11",
                "dyad_new_id": "11", "dyad_name": "Government of Syria - IS", "side_a_dset_id": "652",
                "side_a_new_id": "116", "side_a": "Government of Syria", "side_b_dset_id": "1", "side_b_new_id": "2",
                "side_b": "IS", "number_of_sources": "2", "source_article": f"Reuters, {day}; SOHR, {day}",
                "source_office": "Reuters", "source_date": day, "source_headline": f"Clashes, shelling near {name}",
                "source_original": "", "where_prec": "1" if exact else str(2 + i % 4),
                "where_coordinates": village if exact else name, "where_description": f"near {name}",
                "adm_1": adm1, "adm_2": "", "latitude": lat_s, "longitude": lon_s,
                "geom_wkt": f"POINT ({lon_s} {lat_s})", "priogrid_gid": "180000", "country": "Syria",
                "country_id": "652", "region": "Middle East", "event_clarity": "1", "date_prec": "1",
                "date_start": f"{day} 00:00:00.000", "date_end": f"{day} 00:00:00.000", "deaths_a": "0",
                "deaths_b": str(best), "deaths_civilians": "0", "deaths_unknown": "0", "best": str(best),
                "high": str(best + 3), "low": str(max(0, best - 1)), "gwnoa": "652", "gwnob": "",
            }
            w.writerow([values[c] for c in COLUMNS])


def _cpu() -> float:
    """CPU seconds of this process and of its finished children (the import maps chunks in
    forked worker processes)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def one_round(db: str | Path, data: Path, report: Path) -> dict:
    """Import ``data`` into the store ``db`` (a path or URL: kept a string, as ``Path`` would
    turn ``postgresql+psycopg://…`` into a file name; in this process); wall and CPU seconds,
    counts."""
    with Store.open(str(db)) as store:
        began, cpu = time.perf_counter(), _cpu()
        result = import_file(store, "ucdp", data, report=report)
        seconds, cpu = time.perf_counter() - began, _cpu() - cpu
    return {"seconds": seconds, "cpu": cpu, "counts": result.counts(), "places": result.places_added}


def in_fresh_process(db: Path, data: Path, report: Path, tree: Path = REPO) -> dict:
    """One round in a fresh Python process, with the code of ``tree`` (this checkout by default)."""
    out = subprocess.run([sys.executable, str(tree / "bench" / "import_bench.py"), "--one-round", str(db), str(data),
                          str(report)], check=True, capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(tree)}, cwd=tree)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="write the file and stores here instead of a temp dir")
    parser.add_argument("--against", type=Path, metavar="TREE", help="another checkout, timed round by round beside this one")
    parser.add_argument("--one-round", nargs=3, metavar=("DB", "FILE", "REPORT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one_round:
        db, data, report = args.one_round
        print(json.dumps(one_round(db, Path(data), Path(report))))
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        data = folder / "ged_bench.csv"
        began = time.perf_counter()
        write_ucdp(data, args.rows)
        print(f"generated {args.rows:,} UCDP rows ({data.stat().st_size / 1e6:.1f} MB) in "
              f"{time.perf_counter() - began:.1f} s")
        times: list[float] = []
        cpus: list[float] = []
        against: list[float] = []
        against_cpus: list[float] = []
        print(f"load average before: {', '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
        for n in range(args.rounds):
            db = folder / f"bench-{n}.db"
            for stale in folder.glob(f"bench-{n}*.db*"):
                stale.unlink()
            done = in_fresh_process(db, data, folder / f"report-{n}.csv")
            times.append(done["seconds"])
            cpus.append(done["cpu"])
            print(f"round {n + 1}: {done['seconds']:.2f} s ({done['cpu']:.2f} s CPU), "
                  f"{done['counts']['read'] / done['seconds']:,.0f} rows/s  {done['counts']}, "
                  f"{done['places']:,} gazetteer places", flush=True)
            if args.against:
                other = in_fresh_process(folder / f"bench-{n}-against.db", data, folder / f"report-{n}-against.csv",
                                         args.against.resolve())
                against.append(other["seconds"])
                against_cpus.append(other["cpu"])
                print(f"         {args.against}: {other['seconds']:.2f} s ({other['cpu']:.2f} s CPU), "
                      f"{other['counts']['read'] / other['seconds']:,.0f} rows/s  {other['counts']}", flush=True)
        median = statistics.median(times)
        cpu = statistics.median(cpus)
        print(f"import ucdp, fresh store: median {median:.2f} s = {args.rows / median:,.0f} rows/s "
              f"(goal >= 20,000 rows/s); CPU median {cpu:.2f} s = {args.rows / cpu:,.0f} rows/s of CPU")
        if against:
            other = statistics.median(against)
            other_cpu = statistics.median(against_cpus)
            print(f"{args.against}, same file, same rounds: median {other:.2f} s = {args.rows / other:,.0f} rows/s "
                  f"(this tree / it: {other / median:.2f}x the speed); CPU median {other_cpu:.2f} s "
                  f"(this tree / it: {other_cpu / cpu:.2f}x)")
        print(f"load average after: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
        again = in_fresh_process(folder / f"bench-{args.rounds - 1}.db", data, folder / "report-again.csv")
        print(f"re-import (all unchanged): {again['seconds']:.2f} s = {args.rows / again['seconds']:,.0f} rows/s  "
              f"{again['counts']}")


if __name__ == "__main__":
    main()
