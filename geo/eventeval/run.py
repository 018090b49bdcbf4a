"""The side effects of an evaluation: articles through the product's real ingest path
(:func:`geo.pipeline.ingest`) into a temporary store, and the stored events read back.

The temporary store starts empty (no user corrections, no other articles) and is deleted
afterwards.  An article's predicted events are the stored events that cite it: in one store
for the whole corpus (the default), events of several articles merge as they do in a user's
store, and a merged event carries the most precise place and date and the largest toll of its
reports; ``separately``, each article has a store of its own, so only its own reports merge.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geo.articles.model import Article
from geo.eventeval.scoring import PredictedEvent
from geo.gazetteer.index import Gazetteer

if TYPE_CHECKING:
    from geo.store import Store


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def predicted_event(event: dict[str, Any], article_id: int, gazetteer: Gazetteer) -> PredictedEvent:
    """A stored event (``Store.events`` shape) as the scoring sees it for one of its articles."""
    place = event["place"] or {}
    cc, admin1 = place.get("country_code") or "", place.get("admin1") or None
    code = gazetteer.admin1_code(cc, admin1) if cc and admin1 else None
    return PredictedEvent(
        date_start=_day(event["date_start"]), date_end=_day(event["date_end"]),
        lat=place.get("lat"), lon=place.get("lon"), admin1=admin1,
        admin1_code=f"{cc}.{code}" if code else None,
        event_type=event["event_type"], sub_event_type=event["sub_event_type"],
        fatalities=event["fatalities"], place=place.get("name") or "",
        sentences=tuple(s["sentence"] or "" for s in event["sources"] if s["article_id"] == article_id),
        confidence=event.get("confidence"),
    )


def _read_back(store: Store, ids: Sequence[int], gazetteer: Gazetteer) -> list[tuple[PredictedEvent, ...]]:
    by_article: dict[int, list[PredictedEvent]] = {}
    # what a user sees by default: reported events, not background (geo.extract.background)
    for event in store.events():
        for article_id in dict.fromkeys(s["article_id"] for s in event["sources"]):
            if article_id is not None:
                by_article.setdefault(article_id, []).append(predicted_event(event, article_id, gazetteer))
    return [tuple(by_article.get(i, ())) for i in ids]


def ingest_and_read(articles: Sequence[Article], gazetteer_path: Path,
                    progress: Callable[[int], None] | None = None, *,
                    separately: bool = False) -> list[tuple[PredictedEvent, ...]]:
    """Ingest the articles into a fresh temporary store; the predicted events of each, in order.
    ``separately``: each article in a store of its own, so no event merges across articles."""
    import shutil

    from geo.pipeline import Analyser, ingest
    from geo.store import Store
    from geo.store.layer import StoreLayer

    out: list[tuple[PredictedEvent, ...]] = []
    with tempfile.TemporaryDirectory(prefix="conflictmap-eval-") as tmp:
        empty = Path(tmp) / "empty.db"
        with Store.open(str(empty)) as store:
            gazetteer = Gazetteer(gazetteer_path, layer=StoreLayer.from_store(store))
        try:
            analyser = Analyser(gazetteer)
            if not separately:
                with Store.open(str(empty)) as store:
                    ids = []
                    for i, article in enumerate(articles):
                        ids.append(ingest(store, analyser, article)[0].article_id)
                        if progress is not None:
                            progress(i + 1)
                    return _read_back(store, ids, gazetteer)
            for i, article in enumerate(articles):
                path = Path(tmp) / "article.db"
                shutil.copyfile(empty, path)  # a migrated empty store, copied: no migration per article
                with Store.open(str(path)) as store:
                    out.extend(_read_back(store, [ingest(store, analyser, article)[0].article_id], gazetteer))
                path.unlink()
                if progress is not None:
                    progress(i + 1)
        finally:
            gazetteer.close()
    return out


def evaluate_events(path: Path, gazetteer_path: Path, *, which: str = "all", limit: int | None = None,
                    separately: bool = False, progress: Callable[[int, int], None] | None = None):
    """Score an events gold (folder or ``LANG.jsonl``): ``{lang: EventScores, …, "all": …}`` and
    the scored documents."""
    from geo.articles.reader import read_text_article
    from geo.eventeval.corpora import read_event_gold, select_half
    from geo.eventeval.scoring import Document, score_documents

    gold = select_half(read_event_gold(path), which, lambda g, _i: g.position)[:limit]
    articles = [read_text_article(g.path, published=g.published) for g in gold]
    found = ingest_and_read(articles, gazetteer_path, progress and (lambda n: progress(n, len(articles))),
                            separately=separately)
    docs = [Document(g.doc, g.lang, g.published, g.gold, p) for g, p in zip(gold, found, strict=True)]
    return score_documents(docs), docs


def evaluate_fakes(folder: Path, gazetteer_path: Path, *, which: str = "all", limit: int | None = None,
                   separately: bool = False, progress: Callable[[int, int], None] | None = None):
    """Score a FA-KES folder: the :class:`FakesScores` and the scored articles.  Every article
    must read and have a gold line (one clear error otherwise)."""
    from dataclasses import replace

    from geo.articles.reader import read_articles
    from geo.errors import InvalidInputError
    from geo.eventeval.corpora import read_fakes_gold, select_half
    from geo.eventeval.fakes import score_articles

    articles_path, gold = read_fakes_gold(folder)
    articles = select_half(read_articles(articles_path), which)[:limit]
    missing = [a.url for a in articles if a.url not in gold]
    if missing:
        raise InvalidInputError(f"{folder}: {len(missing)} articles have no gold line (first: {missing[0]})")
    found = ingest_and_read(articles, gazetteer_path, progress and (lambda n: progress(n, len(articles))),
                            separately=separately)
    scored = [replace(gold[a.url], predicted=p) for a, p in zip(articles, found, strict=True)]
    return score_articles(scored), scored
