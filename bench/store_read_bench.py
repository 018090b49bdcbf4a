"""Time reading the events and sources frames (``geo.store.frames.store_frames``) three ways:

  (a) ADBC's SQLite driver inside this process (how it was before issue 18; unsafe where the
      process also opens the store through ``sqlite3``: kept here only to measure it),
  (b) ADBC in a process of its own, started for the read (``geo.store.columnar``, the product),
  (c) Python's ``sqlite3`` only (the fallback every backend has).

    python bench/store_read_bench.py --db PATH [--rounds 7]

A store of N events: ``python bench/generate_events.py 100000 --db PATH``.  The variants run
interleaved (abc, abc, …, after one warm-up round), since the machine may be busy; prints the
median and range of each.  Asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from contextlib import closing
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from sqlalchemy import func, select  # noqa: E402

from geo.store import Store, columnar  # noqa: E402
from geo.store import frames as frames_module  # noqa: E402


def in_process(store: Store, reads: list[columnar.Read]) -> list:
    """The columnar read as it was: the driver loaded into this process."""
    import adbc_driver_sqlite.dbapi as adbc

    found = []
    dialect = store.engine.dialect
    for read in reads:
        compiled = read.query.compile(dialect=dialect, compile_kwargs={"render_postcompile": True})
        params = tuple(compiled.params[name] for name in compiled.positiontup or ())
        with closing(adbc.connect(columnar.sqlite_uri(store))) as con, closing(con.cursor()) as cursor:
            cursor.execute(str(select(func.count()).select_from(read.rows_from).compile(dialect=dialect)))
            (bound,) = cursor.fetchone()
            cursor.adbc_statement.set_options(**{"adbc.sqlite.query.batch_rows": str(int(bound) + 1)})
            cursor.execute(str(compiled), params or None)
            table = cursor.fetch_arrow_table()
        found.append(columnar.arrow_frame(table, read.columns, [columnar.arrow_type(c.type)
                                                             for c in read.query.selected_columns]))
    return found


VARIANTS = {
    "a: ADBC in this process": in_process,
    "b: ADBC in its own process": columnar.read_frames,
    "c: sqlite3 only": lambda store, reads: [None] * len(reads),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    times: dict[str, list[float]] = {name: [] for name in VARIANTS}
    with Store.open(args.db, must_exist=True) as store:
        print(f"{store.counts()['events']:,} events")
        for round_ in range(args.rounds + 1):
            for name, variant in VARIANTS.items():
                frames_module.read_frames = variant
                began = time.perf_counter()
                events, sources = frames_module.store_frames(store)
                took = time.perf_counter() - began
                if round_:  # the first round warms the caches (and loads the driver for a)
                    times[name].append(took)
    for name, values in times.items():
        print(f"{name:30} median {statistics.median(values):.2f} s  "
              f"(range {min(values):.2f}-{max(values):.2f}, {len(values)} rounds)")


if __name__ == "__main__":
    main()
