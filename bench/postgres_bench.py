"""The store on PostgreSQL beside SQLite: the dashboard's frames read at N events, and an import's
rows per second.

    python bench/postgres_bench.py [--events 100000] [--rows 100000] [--rounds 5] [--url URL]

Without ``--url`` (a server's maintenance database, e.g.
``postgresql+psycopg://postgres@127.0.0.1:5432/postgres``), a throw-away server is started as the
tests start theirs (tests/postgres_server.py) and stopped at the end.

Frames: N synthetic events (bench/generate_events.py) in a SQLite file and in a PostgreSQL
database; ``store_frames`` of each read the product's way (SQLite: ADBC in a process of its own;
PostgreSQL: ADBC's driver, the binary COPY into Arrow) and through the Python driver, the four interleaved
round after round after a warm-up round; prints the median and range of each.

Import: ``import_file`` of a generated UCDP file (bench/import_bench.py's) into a new store per
round, each round in a fresh process, SQLite and PostgreSQL interleaved; prints the median
rows/s of each.  Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from sqlalchemy.engine import make_url  # noqa: E402

from bench.generate_events import generate  # noqa: E402
from bench.import_bench import write_ucdp  # noqa: E402
from geo.config import load_settings  # noqa: E402
from geo.store import Store  # noqa: E402
from geo.store import frames as frames_module  # noqa: E402


class Databases:
    """New databases on a server: from ``--url``, or on a throw-away server started here."""

    def __init__(self, url: str | None) -> None:
        self.server = None
        if url is None:
            from tests.postgres_server import start_server

            self.server = start_server()
            url = self.server.url("postgres")
        self.url = make_url(url)
        self.made = 0

    def new(self) -> str:
        import psycopg

        self.made += 1
        name = f"bench_{self.made}"
        conninfo = self.url.set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(conninfo, autocommit=True) as con:
            con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            con.execute(f'CREATE DATABASE "{name}"')
        return self.url.set(database=name).render_as_string(hide_password=False)

    def close(self) -> None:
        if self.server is not None:
            import shutil

            self.server.stop()
            shutil.rmtree(self.server.root, ignore_errors=True)


def frames_rounds(stores: dict[str, str], rounds: int) -> None:
    from geo.store.columnar import read_frames

    python_path = (lambda store, reads: [None] * len(reads))  # noqa: E731
    variants = {f"{backend}, {way}": (db, reader) for backend, db in stores.items()
                for way, reader in (("columnar", read_frames), ("Python driver", python_path))}
    times: dict[str, list[float]] = {name: [] for name in variants}
    opened = {db: Store.open(db, must_exist=True) for db in stores.values()}
    try:
        for round_ in range(rounds + 1):
            for name, (db, reader) in variants.items():
                frames_module.read_frames = reader
                began = time.perf_counter()
                events, _sources = frames_module.store_frames(opened[db])
                took = time.perf_counter() - began
                if round_:
                    times[name].append(took)
    finally:
        frames_module.read_frames = read_frames
        for store in opened.values():
            store.close()
    print(f"frames of {len(events):,} events (events and sources, store_frames):")
    for name, values in times.items():
        print(f"  {name:28} median {statistics.median(values):.2f} s  "
              f"(range {min(values):.2f}-{max(values):.2f}, {len(values)} rounds)")


def import_rounds(databases: Databases, folder: Path, rows: int, rounds: int) -> None:
    data = folder / "ged_bench.csv"
    write_ucdp(data, rows)
    times: dict[str, list[float]] = {"sqlite": [], "postgresql": []}
    for n in range(rounds):
        for backend in times:
            db = str(folder / f"import-{n}.db") if backend == "sqlite" else databases.new()
            out = subprocess.run([sys.executable, str(REPO / "bench" / "import_bench.py"), "--one-round", db,
                                  str(data), str(folder / f"report-{backend}-{n}.csv")],
                                 check=True, capture_output=True, text=True)
            done = json.loads(out.stdout.strip().splitlines()[-1])
            assert done["counts"]["read"] == rows, done
            with Store.open(db, must_exist=True) as store:  # the rows are where they were meant to go
                assert store.engine.dialect.name == backend and store.counts()["events"] == done["counts"]["imported"]
            times[backend].append(done["seconds"])
            print(f"  round {n + 1} {backend:10} {done['seconds']:.2f} s = {rows / done['seconds']:,.0f} rows/s "
                  f"{done['counts']}")
    for backend, values in times.items():
        median = statistics.median(values)
        print(f"import ucdp of {rows:,} rows, {backend:10}: median {median:.2f} s = {rows / median:,.0f} rows/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--url", help="a PostgreSQL server's maintenance database (default: start one)")
    parser.add_argument("--skip", choices=["frames", "import"], action="append", default=[])
    args = parser.parse_args()
    databases = Databases(args.url)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            if "frames" not in args.skip:
                stores = {"sqlite": str(folder / "frames.db"), "postgresql": databases.new()}
                for backend, db in stores.items():
                    with Store.open(db) as store:
                        seconds = generate(store, args.events, load_settings().gazetteer)
                    print(f"{args.events:,} synthetic events into {backend} in {seconds:.1f} s")
                frames_rounds(stores, args.rounds)
            if "import" not in args.skip:
                import_rounds(databases, folder, args.rows, args.rounds)
    finally:
        databases.close()


if __name__ == "__main__":
    main()
