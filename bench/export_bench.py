"""Benchmark exports: PNG and PDF of the sample articles, and exports of 100,000 synthetic events.

    python bench/export_bench.py [--runs 5] [--large 100000]

Two timings for each sample export, medians over --runs: "button", what the dashboard's
Export panel costs (the events already loaded, as they are in the dashboard; Chromium launch,
render and capture included), and "CLI", `conflictmap export` run as a user runs it (a new
process: Python start-up and imports, store, Chromium, render, write), timed end to end.  Memory is the peak
proportional set size (PSS) of the whole process tree (Python, Playwright's driver and
Chromium), sampled every 50 ms.  Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.generate_events import generate  # noqa: E402
from geo.config import load_settings  # noqa: E402
from geo.store import Store  # noqa: E402

ARTICLES = REPO / "data" / "articles"


def tree_pss_kb(pid: int) -> int:
    """Proportional resident memory (PSS) of a process and all its descendants, in kB: memory
    Chromium's processes share is counted once, not once per process as RSS would."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
            children = Path(f"/proc/{p}/task/{p}/children").read_text().split()
            todo += [int(c) for c in children]
        except OSError:
            continue
    return total


def run(args: list[str], env: dict[str, str]) -> tuple[float, int]:
    """(seconds, peak tree PSS in kB) of one `conflictmap …` process."""
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "dashboard.cli", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    peak = 0

    def sample() -> None:
        nonlocal peak
        while proc.poll() is None:
            peak = max(peak, tree_pss_kb(proc.pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample)
    sampler.start()
    out, err = proc.communicate()
    sampler.join()
    elapsed = time.perf_counter() - started
    if proc.returncode:
        sys.exit(f"error: conflictmap {' '.join(args)} failed: {err.decode(errors='replace').strip()}")
    return elapsed, peak


def in_process(db: str, runs: int) -> dict[tuple[str, str], list[float]]:
    """Seconds per export as the dashboard makes them: frames in memory, one render call each."""
    from dashboard.data.view_model import view_frames
    from dashboard.export import ExportOptions, render, selection
    from geo.query import EventQuery

    with Store.open(db) as store:
        events, sources = view_frames(store)
    chosen = selection(events, sources, EventQuery())
    out: dict[tuple[str, str], list[float]] = {}
    for fmt, size in (("png", "slide"), ("png", "a4"), ("pdf", "slide"), ("html", "slide")):
        render(fmt, chosen, ExportOptions(title="Sample", size=size))  # warm the imports and caches
        for _ in range(runs):
            started = time.perf_counter()
            render(fmt, chosen, ExportOptions(title="Sample", size=size))
            out.setdefault((fmt, size), []).append(time.perf_counter() - started)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--large", type=int, default=100_000)
    opts = parser.parse_args()
    gazetteer = load_settings().gazetteer
    with tempfile.TemporaryDirectory(prefix="cm-export-bench-") as tmp:
        env = {**os.environ, "CONFLICTMAP_HOME": f"{tmp}/sample", "CONFLICTMAP_GAZETTEER": str(gazetteer)}
        env.pop("CONFLICTMAP_DB", None)
        subprocess.run([sys.executable, "-m", "dashboard.cli", "ingest", str(ARTICLES / "002_a0c274ca167b7a0b.txt")],
                       env=env, check=True, capture_output=True)
        subprocess.run([sys.executable, "-m", "dashboard.cli", "ingest", "--published", "2022-01-23",
                        str(ARTICLES / "000_e69315e52186f9f0.txt")], env=env, check=True, capture_output=True)
        button = in_process(f"{tmp}/sample/conflictmap.db", opts.runs)
        for fmt, extra in (("png", []), ("png", ["--size", "a4"]), ("pdf", []), ("html", [])):
            size_name = extra[1] if extra else "slide"
            print(f"sample (7 events) {fmt:4} {size_name:5} button: median {statistics.median(button[fmt, size_name]):.2f} s "
                  f"(min {min(button[fmt, size_name]):.2f}, max {max(button[fmt, size_name]):.2f})")
            times, peaks = [], []
            for _ in range(opts.runs):
                seconds, peak = run(["export", "--out", f"{tmp}/sample.{fmt}", *extra], env)
                times.append(seconds)
                peaks.append(peak)
            size = Path(f"{tmp}/sample.{fmt}").stat().st_size
            print(f"sample (7 events) {fmt:4} {size_name:5} CLI:    median {statistics.median(times):.2f} s "
                  f"(min {min(times):.2f}, max {max(times):.2f}) over {opts.runs} runs; {size:,} bytes; "
                  f"peak memory {max(peaks) / 1024:.0f} MB")

        env["CONFLICTMAP_HOME"] = f"{tmp}/large"
        with Store.open(f"{tmp}/large/conflictmap.db") as store:
            generate(store, opts.large, gazetteer)
        for fmt in ("png", "pdf", "html", "csv", "geojson"):
            seconds, peak = run(["export", "--out", f"{tmp}/large.{fmt}"], env)
            size = Path(f"{tmp}/large.{fmt}").stat().st_size
            print(f"{opts.large:,} events {fmt:7}: {seconds:.2f} s, {size:,} bytes, peak memory {peak / 1024:.0f} MB")


if __name__ == "__main__":
    main()
