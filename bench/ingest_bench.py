"""Benchmark: full article ingest vs spaCy NER alone, on the same texts, in one run, on one core.

    python bench/ingest_bench.py [CORPUS_DIR …] [--rounds 3] [--limit N] [--clock wall|cpu]

Default corpora: ../shared/eval/eupeg/{TR-News,GeoVirus}/docs (English news, 347 docs).  A corpus
whose parent folder has a ``meta.json`` giving each document's ``lang`` (the events gold,
../shared/eval/events/docs: English and French) is read in those languages, else in English.
"spaCy NER alone" runs the NER pipeline the ingest uses (same components) over each text;
"full ingest" reads nothing from disk inside the timing but does everything else the CLI
does per article: language, NER, gazetteer matching and resolution, dates, events, and the
transactional write (with merging) into a fresh SQLite store.  Rounds alternate the two and
the medians are compared.  ``--clock cpu`` times both with the process's CPU time instead of the
wall clock: steadier on a machine other work shares, but blind to waits on the disk (the store's
commits), so it flatters the full ingest a little; quote which clock a figure is.  The full
ingest includes the dependency parse of the sentences that name a place
(``CONFLICTMAP_PLACE_ATTACHMENT=words`` turns it off).  Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
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
from geo.extract import attachment, nlp  # noqa: E402
from geo.gazetteer.index import Gazetteer  # noqa: E402
from geo.pipeline import Analyser, ingest  # noqa: E402
from geo.store import Store  # noqa: E402

DEFAULT = [REPO.parent / "shared" / "eval" / "eupeg" / c / "docs" for c in ("TR-News", "GeoVirus")]


def load_texts(dirs: list[Path], limit: int | None) -> list[tuple[str, str]]:
    """(text, language) of each document."""
    texts = []
    for d in dirs:
        meta_file = d.parent / "meta.json"
        meta = json.loads(meta_file.read_text(encoding="utf-8")) if meta_file.is_file() else {}
        for f in sorted(d.glob("*.txt"), key=lambda p: (len(p.stem), p.stem)):
            lang = (meta.get(f.stem) or {}).get("lang", "en")
            texts.append((f.read_text(encoding="utf-8", errors="replace"), lang))
    return texts[:limit] if limit else texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--gazetteer", type=Path, help="default: the configured gazetteer")
    parser.add_argument("--clock", choices=("wall", "cpu"), default="wall",
                        help="wall: elapsed time (default); cpu: the process's CPU time")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    clock = time.process_time if args.clock == "cpu" else time.perf_counter
    texts = load_texts(args.corpora, args.limit)
    if len(texts) < 1:
        sys.exit("no documents found")
    settings = load_settings(gazetteer=str(args.gazetteer) if args.gazetteer else None)
    gazetteer = Gazetteer(settings.gazetteer)
    analyser = Analyser(gazetteer)
    langs = sorted({lang for _t, lang in texts})
    pipes = {lang: nlp.pipeline(lang) for lang in langs}
    models = ", ".join(f"{lang}: {nlp.model_name(lang)} {pipes[lang].pipe_names}" for lang in langs)
    print(f"{len(texts)} documents, {sum(len(t) for t, _l in texts) / 1e6:.2f} M characters, {models}, 1 core, "
          f"place attachment {attachment.mode()}, {args.clock} clock")
    articles = [Article(title=f"doc {i}", text=t, lang=lang) for i, (t, lang) in enumerate(texts)]
    for t, lang in texts[:5]:  # warm up both paths
        pipes[lang](t)
    for a in articles[:5]:
        analyser.analyse(a)
    ner_times, ingest_times = [], []
    events = places = 0
    for round_no in range(args.rounds):
        t0 = clock()
        for t, lang in texts:
            pipes[lang](t)
        ner_times.append(clock() - t0)
        with tempfile.TemporaryDirectory() as tmp, Store.open(str(Path(tmp) / "bench.db")) as store:
            t0 = clock()
            for a in articles:
                result, analysis = ingest(store, analyser, a)
                if round_no == 0 and analysis is not None:
                    events += len(analysis.events)
                    places += len(analysis.mentions)
            ingest_times.append(clock() - t0)
        print(f"round {round_no + 1}: NER alone {len(texts) / ner_times[-1]:.1f} docs/s, "
              f"full ingest {len(texts) / ingest_times[-1]:.1f} docs/s")
    ner = statistics.median(ner_times)
    full = statistics.median(ingest_times)
    print(f"spaCy NER alone: median {ner:.2f} s = {len(texts) / ner:.1f} articles/s")
    print(f"full ingest:     median {full:.2f} s = {len(texts) / full:.1f} articles/s "
          f"({places} places, {events} events found)")
    print(f"ratio full/NER-alone throughput: {ner / full:.2f}x (issue 19: >= 0.5x, the parse it may add included)")


if __name__ == "__main__":
    main()
