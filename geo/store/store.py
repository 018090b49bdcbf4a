"""The store: articles, place mentions, events with provenance, sources, gazetteer entries.

Every write is one transaction: it is complete or absent.  Writes take turns with other
processes' writes (:meth:`Store.transaction`, see :mod:`geo.store.db`); code outside the store
reads and writes through :meth:`Store.reading` and :meth:`Store.transaction`.  Ingest is
idempotent (an article is identified by its text), and gazetteer entries of origin ``user`` are
only ever changed by the user (:mod:`geo.store.gazetteer_entries`).  What an article's ingest
writes beside it, and how its events merge with stored ones, is :mod:`geo.store.article_writes`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError, OperationalError, SQLAlchemyError

from geo.articles.model import Article
from geo.closing import Closing
from geo.config import LOCK_TIMEOUT_SECONDS, Settings
from geo.errors import NoMatchError, StoreError
from geo.store import schema as t
from geo.store.article_writes import Mention, save_events, save_mentions
from geo.store.db import Transaction, busy_error, is_busy, make_engine, now, resolve_url
from geo.store.gazetteer_entries import gazetteer_entries, put_gazetteer_entry, remove_gazetteer_entry
from geo.store.geocode_cache import cache_geocode, cached_geocode
from geo.store.migrate import at_head, upgrade
from geo.store.sources import source_id as source_id_of

if TYPE_CHECKING:
    from geo.extract.events import ArticleEvent
    from geo.query import EventQuery

__all__ = ["IngestResult", "Mention", "Store"]


@dataclass(frozen=True, slots=True)
class IngestResult:
    article_id: int
    status: str  # new | unchanged
    events_new: int = 0
    events_merged: int = 0


class Store(Closing):
    """The store's public API: opening and closing, the transactions everything else reads and
    writes in, articles with what was found in them, events, gazetteer entries and the
    geocoder's cache."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # -- opening ------------------------------------------------------------------------
    @classmethod
    def open(cls, db: str, *, must_exist: bool = False, migrate: bool = True,
             lock_timeout: float = LOCK_TIMEOUT_SECONDS) -> Store:
        """Open (creating and migrating as needed) the store at a path or URL.  With
        ``migrate=False``, a store whose schema is not the newest is refused instead
        (:class:`StoreError`): for a helper process that must leave migrating to the one
        that owns the store.  ``lock_timeout``: the seconds a write waits for another
        process's write to end."""
        url = resolve_url(db, must_exist=must_exist)
        engine = make_engine(url, lock_timeout)
        where = url.render_as_string(hide_password=True)
        try:
            if migrate:
                upgrade(engine)
            elif not at_head(engine):
                engine.dispose()
                raise StoreError(f"store {where} needs migrating first")
        except StoreError:
            engine.dispose()
            raise
        except (DatabaseError, OperationalError) as exc:
            engine.dispose()
            if is_busy(exc.orig):
                raise busy_error(lock_timeout) from None
            first = (str(exc.orig).strip().splitlines() or [type(exc.orig).__name__])[0]
            if url.get_backend_name() != "sqlite":  # a server: unreachable, refused, no such database
                raise StoreError(f"cannot open store {where}: {first}") from None
            raise StoreError(f"store {where} is not a usable database ({first})") from None
        except SQLAlchemyError as exc:
            engine.dispose()
            raise StoreError(f"cannot open store {where}: {exc}") from None
        return cls(engine)

    @classmethod
    def from_settings(cls, settings: Settings, *, must_exist: bool | None = None) -> Store:
        return cls.open(settings.db, must_exist=settings.db_explicit if must_exist is None else must_exist,
                        lock_timeout=settings.lock_timeout)

    def close(self) -> None:
        self.engine.dispose()

    # -- transactions -------------------------------------------------------------------
    def transaction(self) -> Transaction:
        """A write transaction, ``with store.transaction() as con:`` (a SQLAlchemy
        :class:`~sqlalchemy.engine.Connection`): it waits its turn for the store (up to the lock
        timeout, then :class:`~geo.errors.StoreBusyError`) and holds it until it commits, so
        what it reads stays current; it commits at the end of the block, or rolls back if the
        block raised (see :func:`geo.store.db.begin_write`).  Database failures are one-line
        :class:`~geo.errors.StoreError`."""
        return Transaction(self.engine, write=True)

    def reading(self) -> Transaction:
        """A transaction to read in, ``with store.reading() as con:`` (or to write in where a
        stale read cannot matter): it never waits for writers (SQLite's WAL), and another
        process may write between its reads; database failures are one-line
        :class:`~geo.errors.StoreError`."""
        return Transaction(self.engine)

    # -- articles ---------------------------------------------------------------------------
    def ingest_article(
        self, article: Article, mentions: Iterable[Mention] = (), events: Iterable[ArticleEvent] = ()
    ) -> IngestResult:
        """Store an article, its place mentions and its events (merged with the events other
        articles reported), in one transaction; the same text twice stores nothing new."""
        digest = article.content_hash
        with self.transaction() as con:
            existing = con.execute(
                select(t.articles.c.id).where(t.articles.c.content_hash == digest)
            ).scalar()
            if existing is not None:
                return IngestResult(existing, "unchanged")
            source_id = None
            if article.url:
                host = urlsplit(article.url).hostname
                if host:
                    source_id = source_id_of(con, "outlet", host, f"https://{host}/")
            article_id = con.execute(
                insert(t.articles), dict(  # (values as parameters: the statement is compiled once)
                    content_hash=digest,
                    source_id=source_id,
                    title=article.title,
                    url=article.url,
                    lang=article.lang,
                    published=article.published.isoformat() if article.published else None,
                    published_precision=article.published_precision,
                    text=article.text,
                    path=article.path,
                    ingested_at=now(),
                )
            ).inserted_primary_key[0]
            save_mentions(con, article_id, mentions)
            merged = save_events(con, article_id, digest, article.text, events)
        return IngestResult(article_id, "new", *merged)

    # -- events ---------------------------------------------------------------------------
    def events(self, query: EventQuery | None = None) -> list[dict[str, Any]]:
        """The stored events ``query`` matches (by default the reported ones), as their documented
        records with their sources (:func:`geo.records.records`): read as frames and selected by
        :func:`geo.query.select`, the one query of every view (its time window and bounding box
        read through the store's indexes: :mod:`geo.store.event_filter`)."""
        from geo.query import EventQuery
        from geo.query import select as select_events
        from geo.records import records
        from geo.store.frames import store_frames

        query = query or EventQuery()
        events, sources = store_frames(self, columnar=None, query=query)
        return records(select_events(events, query, sources), sources)

    def article(self, article_id: int) -> dict[str, Any]:
        with self.reading() as con:
            row = con.execute(select(t.articles).where(t.articles.c.id == article_id)).mappings().first()
        if row is None:
            raise NoMatchError(f"no match: no article {article_id}")
        return dict(row)

    def undated_articles(self) -> list[dict[str, Any]]:
        return [a for a in self.articles() if a["published"] is None]

    def replace_article_analysis(
        self, article_id: int, published: date, precision: str, mentions: Iterable[Mention],
        events: Iterable[ArticleEvent],
    ) -> tuple[int, int]:
        """Set an article's date and replace what was extracted from it, in one transaction.
        Events other articles also reported keep those sources; events corrected by a user are
        never deleted."""
        with self.transaction() as con:
            row = con.execute(select(t.articles).where(t.articles.c.id == article_id)).mappings().first()
            if row is None:
                raise NoMatchError(f"no match: no article {article_id}")
            con.execute(update(t.articles).where(t.articles.c.id == article_id)
                        .values(published=published.isoformat(), published_precision=precision))
            touched = [r[0] for r in con.execute(
                select(t.event_sources.c.event_id).where(t.event_sources.c.article_id == article_id))]
            con.execute(delete(t.event_sources).where(t.event_sources.c.article_id == article_id))
            con.execute(delete(t.place_mentions).where(t.place_mentions.c.article_id == article_id))
            if touched:
                orphans = select(t.events.c.id).where(
                    t.events.c.id.in_(touched), t.events.c.user_edited.is_(False),
                    ~select(t.event_sources.c.id).where(t.event_sources.c.event_id == t.events.c.id).exists(),
                )
                con.execute(delete(t.events).where(t.events.c.id.in_(orphans.scalar_subquery())))
            save_mentions(con, article_id, mentions)
            return save_events(con, article_id, row["content_hash"], row["text"], events)

    def has_article(self, article: Article) -> bool:
        with self.reading() as con:
            return con.execute(
                select(t.articles.c.id).where(t.articles.c.content_hash == article.content_hash)
            ).first() is not None

    def articles(self) -> list[dict[str, Any]]:
        with self.reading() as con:
            rows = con.execute(
                select(
                    t.articles.c.id, t.articles.c.title, t.articles.c.url, t.articles.c.lang,
                    t.articles.c.published, t.articles.c.published_precision, t.articles.c.path,
                ).order_by(t.articles.c.id)
            )
            return [dict(r._mapping) for r in rows]

    def mentions(self, article_id: int) -> list[dict[str, Any]]:
        with self.reading() as con:
            rows = con.execute(
                select(t.place_mentions).where(t.place_mentions.c.article_id == article_id)
                .order_by(t.place_mentions.c.start)
            )
            return [dict(r._mapping) for r in rows]

    def counts(self) -> dict[str, int]:
        tables = {
            "articles": t.articles, "place_mentions": t.place_mentions, "events": t.events,
            "sources": t.sources, "gazetteer_entries": t.gazetteer_entries,
        }
        with self.reading() as con:
            return {n: con.execute(select(func.count()).select_from(tb)).scalar_one() for n, tb in tables.items()}

    # -- gazetteer entries and the online geocoder's cache: functions of their own modules
    # (geo.store.gazetteer_entries, geo.store.geocode_cache) offered as methods
    put_gazetteer_entry = put_gazetteer_entry
    remove_gazetteer_entry = remove_gazetteer_entry
    gazetteer_entries = gazetteer_entries
    cached_geocode = cached_geocode
    cache_geocode = cache_geocode
