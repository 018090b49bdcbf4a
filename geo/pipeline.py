"""The article pipeline: language -> places (gazetteer + NER) -> events, and its side effects
in one place: storing an article, re-dating it.

English and French are analysed fully; other languages are geoparsed with the gazetteer only
(no NER, no events).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from geo.articles.language import detect_language
from geo.articles.model import Article
from geo.extract.capitals import with_capitals
from geo.extract.events import ArticleEvent, extract_events
from geo.extract.named_quarters import without_named_quarters
from geo.extract.places import PlaceFinder, PlaceMention
from geo.gazetteer.index import Gazetteer
from geo.store import IngestResult, Mention, Store

FULL_LANGUAGES = ("en", "fr")


@dataclass
class Analysis:
    lang: str
    mentions: list[PlaceMention]
    events: list[ArticleEvent]


class Analyser:
    """Holds the heavy objects (gazetteer, NER pipelines); analyse as many articles as needed."""

    def __init__(self, gazetteer: Gazetteer, *, use_ner: bool = True) -> None:
        self.gazetteer = gazetteer
        self.finder = PlaceFinder(gazetteer, use_ner=use_ner)

    def language(self, article: Article) -> str:
        return article.lang or detect_language(article.text)

    def places(self, text: str, lang: str) -> list[PlaceMention]:
        if lang in FULL_LANGUAGES:
            return self.finder.find(text, lang)
        return self.finder.find(text, lang, doc=_NO_DOC)

    def analyse(self, article: Article, published: date | None = None) -> Analysis:
        with self.gazetteer.remembering():  # one article's look-ups, each asked once
            return self._analyse(article, published)

    def _analyse(self, article: Article, published: date | None) -> Analysis:
        lang = self.language(article)
        mentions = self.places(article.text, lang)
        when = published or article.published
        # "the Syrian capital" is Damascus for the events (geo.extract.capitals), not for the mentions
        told = with_capitals(article.text, mentions, self.gazetteer.capital)
        # "the Salah Eddin neighbourhood" is no province abroad (geo.extract.named_quarters)
        told = without_named_quarters(article.text, told)
        events = extract_events(article.text, lang, when, told) if lang in FULL_LANGUAGES else []
        return Analysis(lang, mentions, events)


class _NoDoc:
    ents: tuple = ()


_NO_DOC = _NoDoc()


def _mentions(mentions: list[PlaceMention]) -> list[Mention]:
    return [Mention(m.text, m.start, m.end, m.place) for m in mentions]


def ingest(store: Store, analyser: Analyser, article: Article) -> tuple[IngestResult, Analysis | None]:
    """Analyse and store one article (nothing is analysed when its text is already stored)."""
    if store.has_article(article):
        return store.ingest_article(article), None
    return store_analysis(store, article, analyser.analyse(article))


def store_analysis(store: Store, article: Article, analysis: Analysis) -> tuple[IngestResult, Analysis | None]:
    """Store an article with its analysis, done here or by a cluster's worker (the one write
    path of every ingest: one transaction, nothing twice for the same text)."""
    if article.lang != analysis.lang:
        article = replace(article, lang=analysis.lang)
    result = store.ingest_article(article, _mentions(analysis.mentions), analysis.events)
    # another process may have stored the same text meanwhile: then this analysis was not used
    return result, analysis if result.status == "new" else None


def set_article_date(store: Store, analyser: Analyser, article_id: int, published: date) -> tuple[int, int]:
    """Give an article a publication date and re-resolve its events; returns (new, merged)."""
    row = store.article(article_id)
    article = Article(title=row["title"], text=row["text"], url=row["url"], lang=row["lang"],
                      published=published, published_precision="day", path=row["path"])
    analysis = analyser.analyse(article, published)
    return store.replace_article_analysis(article_id, published, "day", _mentions(analysis.mentions),
                                          analysis.events)
