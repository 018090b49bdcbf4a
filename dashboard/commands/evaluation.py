"""The evaluation commands: ``eval-geoparse`` (the place finder on EUPEG corpora) and
``eval-events`` (the events found in real articles against a coder's), with their tables."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click

from dashboard.commands.context import analyser_for, open_store, settings_of


@click.command("eval-geoparse")
@click.argument("corpora", nargs=-1, required=True, metavar="CORPUS_DIR…")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per corpus.")
@click.option("--limit", type=click.IntRange(1), help="Only the first N documents (a quick look).")
@click.option("--min-score", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Drop places whose confidence is below this.")
@click.option("--docs", "which", type=click.Choice(["all", "odd", "even"]), default="all", show_default=True,
              help="Score only odd-numbered documents (development half) or even-numbered ones (held out).")
@click.pass_context
def eval_geoparse(ctx, corpora, as_json, limit, min_score, which) -> None:
    """Score the place finder on EUPEG corpora (docs/N.txt, gold.txt, outputs/*.txt) beside
    every stored system: precision, recall, F1, acc@161, AUC and end-to-end F1@161.

    ``--docs odd`` / ``--docs even`` split each corpus by document number into a development
    half and a held-out half: tune on one, check that a gain carries over to the other."""
    from geo.articles.language import detect_language
    from geo.evaluation import Toponym, read_corpus, score, select_docs

    settings = settings_of(ctx)
    with open_store(settings) as store:
        analyser = analyser_for(settings, store)
        for folder in corpora:
            corpus = select_docs(read_corpus(Path(folder)), which)
            n = min(limit or len(corpus.docs), len(corpus.docs))
            gold = corpus.gold[:n]
            began = time.perf_counter()
            ours = [[Toponym(m.text, m.place.lat, m.place.lon, m.start, m.end)
                     for m in analyser.places(doc, detect_language(doc)) if m.confidence >= min_score]
                    for doc in corpus.docs[:n]]
            seconds = time.perf_counter() - began
            rows = {"conflictmap": score(gold, ours)}
            others = {name: score(gold, found[:n]) for name, found in corpus.outputs.items()}
            rows.update(sorted(others.items(), key=lambda kv: -kv[1].f1_161))
            if as_json:
                click.echo(json.dumps({"corpus": corpus.name, "docs": which, "documents": n,
                                       "seconds": round(seconds, 1),
                                       "systems": {k: v.as_dict() for k, v in rows.items()}}))
                continue
            half = "" if which == "all" else f" ({which}-numbered)"
            click.echo(f"{corpus.name}: {n} documents{half}, {sum(map(len, gold)):,} gold toponyms "
                       f"(conflictmap: {seconds:.1f} s)")
            click.echo(f"  {'system':14} {'P':>6} {'R':>6} {'F1':>6} {'acc@161':>8} {'AUC':>6} {'F1@161':>7}")
            for name, sc in rows.items():
                auc = "-" if sc.auc is None else f"{sc.auc:.3f}"
                click.echo(f"  {name:14} {sc.precision:6.3f} {sc.recall:6.3f} {sc.f1:6.3f} {sc.acc161:8.3f} "
                           f"{auc:>6} {sc.f1_161:7.3f}")


# -- eval-events -------------------------------------------------------------------------
@click.command("eval-events")
@click.argument("golds", nargs=-1, required=True, metavar="GOLD…")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per gold.")
@click.option("--limit", type=click.IntRange(1), help="Only the first N articles (a quick look).")
@click.option("--docs", "which", type=click.Choice(["all", "odd", "even"]), default="all", show_default=True,
              help="Score only odd-numbered articles (development half) or even-numbered ones (held out).")
@click.option("--separately", is_flag=True,
              help="Each article in a store of its own: no event merges across articles.")
@click.option("--by-confidence", is_flag=True,
              help="Also the precision of the events found in each confidence band (high, medium, low).")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on a terminal).")
@click.pass_context
def eval_events(ctx, golds, as_json, limit, which, separately, by_confidence, progress) -> None:
    """Score the events found in real articles against a coder's: GOLD is an events gold
    (a folder of LANG.jsonl files with docs/ and meta.json, or one LANG.jsonl) or a FA-KES
    folder (articles.jsonl and gold.jsonl).  The articles go through the real ingest path into
    a temporary store, one for the whole corpus (events of several articles merge, as in a
    user's store) or one per article with --separately; the rule is in the README (Event
    evaluation)."""
    from geo.eventeval.corpora import kind_of
    from geo.eventeval.run import evaluate_events, evaluate_fakes

    settings = settings_of(ctx)
    show = sys.stderr.isatty() if progress is None else progress
    kinds = [(Path(g), kind_of(Path(g))) for g in golds]  # every gold is checked before any work
    for path, kind in kinds:
        began = time.perf_counter()
        with click.progressbar(length=1, label=f"ingesting {path.name}", file=sys.stderr, hidden=not show) as bar:
            def step(n: int, total: int, bar=bar) -> None:
                bar.length = total
                bar.update(n - bar.pos)

            run = evaluate_fakes if kind == "fakes" else evaluate_events
            scores, _ = run(path, settings.gazetteer, which=which, limit=limit, separately=separately,
                            progress=step)
        seconds = time.perf_counter() - began
        head = {"gold": str(path), "kind": kind, "docs": which, "separately": separately,
                "seconds": round(seconds, 1)}
        how = f"{'a store per article' if separately else 'one store'}, {seconds:.1f} s"
        if kind == "fakes":
            bands = {"by_confidence": scores.by_confidence()} if by_confidence else {}
            if as_json:
                click.echo(json.dumps({**head, **scores.as_dict(), **bands}))
            else:
                _print_fakes(path, which, how, scores.as_dict())
                _print_bands(bands, "placed", "inside", "share", "inside the gold governorate")
        elif as_json:
            click.echo(json.dumps({**head, "languages": {
                k: {**v.as_dict(), **({"by_confidence": v.by_confidence()} if by_confidence else {})}
                for k, v in scores.items()}}))
        else:
            _print_event_scores(path, which, how, {k: v.as_dict() for k, v in scores.items()})
            if by_confidence:
                for lang, v in scores.items():
                    _print_bands({"by_confidence": v.by_confidence()}, "found", "matched", "precision",
                                 f"{lang}: matched (place and date)")


def _half(which: str) -> str:
    return "" if which == "all" else f" ({which}-numbered)"


def _print_event_scores(path: Path, which: str, how: str, rows: dict[str, dict]) -> None:
    total = rows.get("all", {"documents": 0, "gold": 0, "predicted": 0})
    click.echo(f"{path}: {total['documents']} articles{_half(which)}, {total['gold']} gold events, "
               f"{total['predicted']} found ({how})")
    click.echo(f"  {'lang':5} {'docs':>4} {'gold':>5} {'found':>5} | {'events P':>8} {'R':>6} {'F1':>6} | "
               f"{'places P':>8} {'R':>6} {'F1':>6} | {'type':>5} {'sub':>5} {'toll':>5}")
    for lang, r in rows.items():
        click.echo(f"  {lang:5} {r['documents']:4} {r['gold']:5} {r['predicted']:5} | {r['precision']:8.3f} "
                   f"{r['recall']:6.3f} {r['f1']:6.3f} | {r['place_precision']:8.3f} {r['place_recall']:6.3f} "
                   f"{r['place_f1']:6.3f} | {r['type_accuracy']:5.2f} {r['sub_type_accuracy']:5.2f} "
                   f"{r['fatalities_agreement']:5.2f}")
    for lang, r in rows.items():
        click.echo(f"  {lang}: {r['matched']} matched events: fatalities right on {r['fatalities_right']} "
                   f"({r['gold_tolls_right']} of the {r['gold_tolls']} the gold gives a number for); "
                   f"found events: {r['without_place']} of {r['predicted']} without a place, "
                   f"{r['toll_year_or_time']} tolls that are years or times ({r['toll_1000_plus']} of 1000 or more), "
                   f"{r['after_publication']} dated after publication")


def _print_bands(bands: dict, total: str, right: str, share: str, what: str) -> None:
    """One line per confidence band: of the events in it, how many were right, and the share."""
    if not bands:
        return
    click.echo(f"  by confidence, {what}:")
    for name, r in bands["by_confidence"].items():
        click.echo(f"    {name:8} {r[right]:4} of {r[total]:4}  {r[share]:.3f}")


def _print_fakes(path: Path, which: str, how: str, r: dict) -> None:
    def pct(a: int, b: int) -> str:
        return f"{a}/{b} ({100 * a / b:.0f} %)" if b else f"{a}/0"

    click.echo(f"{path}: {r['articles']} articles{_half(which)}, {r['events']} events found, "
               f"{r['with_events']} articles with events ({how})")
    click.echo(f"  articles with an event in the gold governorate  {pct(r['with_event_in_governorate'], r['articles'])}")
    click.echo(f"  placed events inside the gold governorate       "
               f"{pct(r['placed_inside_governorate'], r['placed_events'])}")
    click.echo(f"  article toll within 20 % (or both 0)            {pct(r['tolls_within_20pct'], r['articles'])}")
    click.echo(f"  cause of death fitted by an event's type        {pct(r['cause_fits'], r['known_cause'])}")
    click.echo("  cause of death -> event types (events; articles without events once):")
    for cause, kinds in r["cause_by_type"].items():
        click.echo(f"    {cause:26} " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items(), key=lambda kv: -kv[1])))
