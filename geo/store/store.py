"""The store: articles, place mentions, events with provenance, sources, gazetteer entries.

Every write is one transaction: it is complete or absent.  Ingest is idempotent (an article
is identified by its text), and gazetteer entries of origin ``user`` are only ever changed by
the user.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DatabaseError, OperationalError, SQLAlchemyError

from geo.articles.model import Article
from geo.config import Settings
from geo.errors import StoreError
from geo.models import PRECISIONS, Place, check_coordinates
from geo.names import name_key, skeleton, validate_query
from geo.store import schema as t
from geo.store.db import make_engine, resolve_url
from geo.store.migrate import upgrade


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class IngestResult:
    article_id: int
    status: str  # new | unchanged


@dataclass(frozen=True, slots=True)
class Mention:
    """A place name found in an article's text, with its resolution (if any)."""

    text: str
    start: int
    end: int
    place: Place | None = None


class Store:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # -- opening ------------------------------------------------------------------------
    @classmethod
    def open(cls, db: str, *, must_exist: bool = False) -> Store:
        """Open (creating and migrating as needed) the store at a path or URL."""
        url = resolve_url(db, must_exist=must_exist)
        engine = make_engine(url)
        where = url.render_as_string(hide_password=True)
        try:
            upgrade(engine)
        except (DatabaseError, OperationalError) as exc:
            engine.dispose()
            raise StoreError(f"store {where} is not a usable database ({exc.orig})") from None
        except SQLAlchemyError as exc:
            engine.dispose()
            raise StoreError(f"cannot open store {where}: {exc}") from None
        return cls(engine)

    @classmethod
    def from_settings(cls, settings: Settings, *, must_exist: bool | None = None) -> Store:
        return cls.open(settings.db, must_exist=settings.db_explicit if must_exist is None else must_exist)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _begin(self):
        return _Guard(self.engine)

    # -- sources and articles -----------------------------------------------------------
    @staticmethod
    def _source_id(con: Connection, kind: str, name: str, url: str | None = None) -> int:
        found = con.execute(
            select(t.sources.c.id).where(t.sources.c.kind == kind, t.sources.c.name == name)
        ).scalar()
        if found is not None:
            return found
        return con.execute(
            insert(t.sources).values(kind=kind, name=name, url=url, created_at=_now())
        ).inserted_primary_key[0]

    def ingest_article(self, article: Article, mentions: Iterable[Mention] = ()) -> IngestResult:
        """Store an article and what was found in it, in one transaction; the same text
        twice stores nothing new."""
        digest = article.content_hash
        with self._begin() as con:
            existing = con.execute(
                select(t.articles.c.id).where(t.articles.c.content_hash == digest)
            ).scalar()
            if existing is not None:
                return IngestResult(existing, "unchanged")
            source_id = None
            if article.url:
                host = urlsplit(article.url).hostname
                if host:
                    source_id = self._source_id(con, "outlet", host, f"https://{host}/")
            article_id = con.execute(
                insert(t.articles).values(
                    content_hash=digest,
                    source_id=source_id,
                    title=article.title,
                    url=article.url,
                    lang=article.lang,
                    published=article.published.isoformat() if article.published else None,
                    published_precision=article.published_precision,
                    text=article.text,
                    path=article.path,
                    ingested_at=_now(),
                )
            ).inserted_primary_key[0]
            rows = [_mention_row(article_id, m) for m in mentions]
            if rows:
                con.execute(insert(t.place_mentions), rows)
        return IngestResult(article_id, "new")

    def articles(self) -> list[dict[str, Any]]:
        with self._begin() as con:
            rows = con.execute(
                select(
                    t.articles.c.id, t.articles.c.title, t.articles.c.url, t.articles.c.lang,
                    t.articles.c.published, t.articles.c.published_precision, t.articles.c.path,
                ).order_by(t.articles.c.id)
            )
            return [dict(r._mapping) for r in rows]

    def mentions(self, article_id: int) -> list[dict[str, Any]]:
        with self._begin() as con:
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
        with self._begin() as con:
            return {n: con.execute(select(func.count()).select_from(tb)).scalar_one() for n, tb in tables.items()}

    # -- gazetteer entries --------------------------------------------------------------
    def put_gazetteer_entry(
        self,
        *,
        origin: str,
        name: str,
        lat: float,
        lon: float,
        country_code: str = "",
        admin1: str = "",
        feature_code: str = "PPL",
        precision: str = "point",
        aliases: Sequence[str] = (),
        geonameid: int | None = None,
        population: int = 0,
        origin_ref: str | None = None,
        replaces: str | None = None,
        note: str | None = None,
        raw: Any = None,
    ) -> tuple[int, bool]:
        """Insert or update an entry (keyed by origin, name and country); return (id, created).

        Entries of origin ``user`` are never touched by another origin: an automated write
        that collides with a user entry's key simply adds its own entry beside it.
        """
        name = validate_query(name)
        aliases = [validate_query(a) for a in aliases]
        lat, lon = check_coordinates(lat, lon)
        if precision not in PRECISIONS:
            raise StoreError(f"precision must be one of {', '.join(PRECISIONS)}")
        cc = (country_code or "").upper()
        if cc and (len(cc) != 2 or not cc.isalpha()):
            from geo.errors import InvalidInputError

            raise InvalidInputError(f"country code must be two letters (ISO 3166-1), got {country_code!r}")
        key = name_key(name)
        values = dict(
            name=name, lat=lat, lon=lon, admin1=admin1 or "", feature_code=feature_code,
            precision=precision, geonameid=geonameid, population=population,
            origin_ref=origin_ref, replaces=replaces, note=note, raw=raw, updated_at=_now(),
        )
        entries = t.gazetteer_entries
        with self._begin() as con:
            found = con.execute(
                select(entries.c.id).where(
                    entries.c.origin == origin, entries.c.key == key, entries.c.country_code == cc
                )
            ).scalar()
            if found is None:
                entry_id = con.execute(
                    insert(entries).values(origin=origin, key=key, country_code=cc, created_at=_now(), **values)
                ).inserted_primary_key[0]
            else:
                entry_id = found
                con.execute(update(entries).where(entries.c.id == found).values(**values))
            names = {name_key(n): n for n in (name, *aliases)}
            existing = set(
                con.execute(
                    select(t.gazetteer_entry_names.c.key).where(t.gazetteer_entry_names.c.entry_id == entry_id)
                ).scalars()
            )
            new = [
                {"entry_id": entry_id, "key": k, "skeleton": skeleton(n), "name": n}
                for k, n in names.items() if k not in existing
            ]
            if new:
                con.execute(insert(t.gazetteer_entry_names), new)
        return entry_id, found is None

    def remove_gazetteer_entry(self, origin: str, name: str, country_code: str = "") -> int:
        entries = t.gazetteer_entries
        cond = [entries.c.origin == origin, entries.c.key == name_key(validate_query(name))]
        if country_code:
            cond.append(entries.c.country_code == country_code.upper())
        with self._begin() as con:
            return con.execute(delete(entries).where(*cond)).rowcount

    def gazetteer_entries(self, origin: str | None = None) -> list[dict[str, Any]]:
        entries, names = t.gazetteer_entries, t.gazetteer_entry_names
        query = select(entries)
        if origin:
            query = query.where(entries.c.origin == origin)
        with self._begin() as con:
            rows = [dict(r._mapping) for r in con.execute(query.order_by(entries.c.id))]
            alias_rows = con.execute(select(names.c.entry_id, names.c.key, names.c.skeleton, names.c.name))
            by_entry: dict[int, list[tuple[str, str, str]]] = {}
            for entry_id, key, skel, name in alias_rows:
                by_entry.setdefault(entry_id, []).append((key, skel, name))
        for row in rows:
            row["names"] = by_entry.get(row["id"], [])
        return rows

    # -- online geocoder cache ----------------------------------------------------------
    def cached_geocode(self, provider: str, query: str, country: str = "") -> tuple[bool, Any]:
        cache = t.geocode_cache
        with self._begin() as con:
            row = con.execute(
                select(cache.c.result).where(
                    cache.c.provider == provider, cache.c.query_key == name_key(query),
                    cache.c.country == (country or "").upper(),
                )
            ).first()
        return (row is not None, row[0] if row is not None else None)

    def cache_geocode(self, provider: str, query: str, country: str, result: Any) -> None:
        cache = t.geocode_cache
        key = dict(provider=provider, query_key=name_key(query), country=(country or "").upper())
        with self._begin() as con:
            con.execute(delete(cache).where(*[cache.c[k] == v for k, v in key.items()]))
            con.execute(insert(cache).values(**key, result=result, fetched_at=_now()))


class _Guard:
    """``engine.begin()`` that turns database failures into one-line :class:`StoreError`."""

    def __init__(self, engine: Engine) -> None:
        self._cm = engine.begin()

    def __enter__(self) -> Connection:
        try:
            return self._cm.__enter__()
        except SQLAlchemyError as exc:
            raise StoreError(f"store unavailable: {getattr(exc, 'orig', exc)}") from None

    def __exit__(self, exc_type, exc, tb) -> bool:
        try:
            self._cm.__exit__(exc_type, exc, tb)
        except SQLAlchemyError as err:
            raise StoreError(f"store write failed: {getattr(err, 'orig', err)}") from None
        if isinstance(exc, SQLAlchemyError):
            raise StoreError(f"store write failed: {getattr(exc, 'orig', exc)}") from None
        return False


def _mention_row(article_id: int, m: Mention) -> dict[str, Any]:
    p = m.place
    return {
        "article_id": article_id, "text": m.text, "start": m.start, "end": m.end,
        "name": p.name if p else None, "lat": p.lat if p else None, "lon": p.lon if p else None,
        "geonameid": p.geonameid if p else None, "country_code": p.country_code if p else None,
        "admin1": p.admin1 if p else None, "feature": p.feature if p else None,
        "precision": p.precision if p else None, "score": p.score if p else None,
    }
