"""Benchmark: full article ingest vs spaCy NER alone, on the same texts, in one run, on one core.

    python bench/ingest_bench.py [CORPUS_DIR …] [--rounds 3] [--limit N]

Default corpora: ../shared/eval/eupeg/{TR-News,GeoVirus}/docs (English news, 347 docs).
"spaCy NER alone" runs the same model the pipeline uses (same components) over each text;
"full ingest" reads nothing from disk inside the timing but does everything else the CLI
does per article: language, NER, gazetteer matching and resolution, dates, events, and the
transactional write (with merging) into a fresh SQLite store.  Rounds alternate the two and
the medians are compared.  Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from geo.articles.model import Article  # noqa: E402
from geo.config import load_settings  # noqa: E402
from geo.extract import nlp  # noqa: E402
from geo.gazetteer.index import Gazetteer  # noqa: E402
from geo.pipeline import Analyser, ingest  # noqa: E402
from geo.store import Store  # noqa: E402

DEFAULT = [REPO.parent / "shared" / "eval" / "eupeg" / c / "docs" for c in ("TR-News", "GeoVirus")]


def load_texts(dirs: list[Path], limit: int | None) -> list[str]:
    texts = []
    for d in dirs:
        for f in sorted(d.glob("*.txt"), key=lambda p: (len(p.stem), p.stem)):
            texts.append(f.read_text(encoding="utf-8", errors="replace"))
    return texts[:limit] if limit else texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--gazetteer", type=Path, help="default: the configured gazetteer")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    texts = load_texts(args.corpora, args.limit)
    if len(texts) < 1:
        sys.exit("no documents found")
    settings = load_settings(gazetteer=str(args.gazetteer) if args.gazetteer else None)
    gazetteer = Gazetteer(settings.gazetteer)
    analyser = Analyser(gazetteer)
    pipe = nlp.pipeline("en")
    print(f"{len(texts)} documents, {sum(map(len, texts)) / 1e6:.2f} M characters, model {nlp.model_name('en')}, "
          f"pipes {pipe.pipe_names}, 1 core")
    articles = [Article(title=f"doc {i}", text=t, lang="en") for i, t in enumerate(texts)]
    for t in texts[:5]:  # warm up both paths
        pipe(t)
    ner_times, ingest_times = [], []
    events = places = 0
    for round_no in range(args.rounds):
        t0 = time.perf_counter()
        for t in texts:
            pipe(t)
        ner_times.append(time.perf_counter() - t0)
        with tempfile.TemporaryDirectory() as tmp, Store.open(str(Path(tmp) / "bench.db")) as store:
            t0 = time.perf_counter()
            for a in articles:
                result, analysis = ingest(store, analyser, a)
                if round_no == 0 and analysis is not None:
                    events += len(analysis.events)
                    places += len(analysis.mentions)
            ingest_times.append(time.perf_counter() - t0)
        print(f"round {round_no + 1}: NER alone {len(texts) / ner_times[-1]:.1f} docs/s, "
              f"full ingest {len(texts) / ingest_times[-1]:.1f} docs/s")
    ner = statistics.median(ner_times)
    full = statistics.median(ingest_times)
    print(f"spaCy NER alone: median {ner:.2f} s = {len(texts) / ner:.1f} articles/s")
    print(f"full ingest:     median {full:.2f} s = {len(texts) / full:.1f} articles/s "
          f"({places} places, {events} events found)")
    print(f"ratio full/NER-alone throughput: {ner / full:.2f}x (goal >= 0.7x)")


if __name__ == "__main__":
    main()
