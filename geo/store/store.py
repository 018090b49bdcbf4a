"""The store: articles, place mentions, events with provenance, sources, gazetteer entries.

Every write is one transaction: it is complete or absent.  Writes take turns with other
processes' writes (:meth:`Store._write`, see :mod:`geo.store.db`).  Ingest is idempotent (an
article is identified by its text), and gazetteer entries of origin ``user`` are only ever
changed by the user.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DatabaseError, OperationalError, SQLAlchemyError

from geo.articles.model import Article
from geo.config import LOCK_TIMEOUT_SECONDS, Settings
from geo.errors import StoreError
from geo.models import PRECISIONS, Place, check_coordinates
from geo.names import name_key, skeleton, validate_query
from geo.store import schema as t
from geo.store.db import begin_write, busy_error, is_busy, make_engine, resolve_url
from geo.store.migrate import at_head, upgrade

if TYPE_CHECKING:
    from geo.query import EventQuery


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class IngestResult:
    article_id: int
    status: str  # new | unchanged
    events_new: int = 0
    events_merged: int = 0


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
            raise StoreError(f"store {where} is not a usable database ({exc.orig})") from None
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

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _begin(self):
        """A transaction to read in (or to write in where a stale read cannot matter)."""
        return _Guard(self.engine)

    def _write(self):
        """A write transaction: it waits its turn for the store (up to the lock timeout) and
        holds it until it commits, so what it reads stays current (see
        :func:`geo.store.db.begin_write`)."""
        return _Guard(self.engine, write=True)

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

    def ingest_article(
        self, article: Article, mentions: Iterable[Mention] = (), events: Iterable[Any] = ()
    ) -> IngestResult:
        """Store an article, its place mentions and its events (merged with the events other
        articles reported), in one transaction; the same text twice stores nothing new."""
        digest = article.content_hash
        with self._write() as con:
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
            merged = self._save_events(con, article_id, digest, article.text, events)
        return IngestResult(article_id, "new", *merged)

    # -- events ---------------------------------------------------------------------------
    def _save_events(self, con: Connection, article_id: int, digest: str, text: str,
                     events: Iterable[Any]) -> tuple[int, int]:
        """Insert each article event, or add it as a source of the stored event it repeats.
        Events of one article are never joined here (extraction already decided which of its
        sentences tell one act), and a report joins an event only when it matches that event
        as stored (:func:`geo.events.same_event`).  Returns (new events, merged into existing)."""
        from geo.events import (
            EventKey,
            combined_confidence,
            merge_window,
            more_precise,
            more_precise_date,
            same_event,
        )

        created = merged = 0
        uids: set[str] = set()
        for ev in events:
            start = min(sp.start for sp in ev.spans)
            key = EventKey(
                ev.event_type, ev.date_start, ev.date_end,
                ev.place.lat if ev.place else None, ev.place.lon if ev.place else None,
                ev.place_precision, ev.place.admin1 if ev.place else None,
                ev.place.country_code if ev.place else None, ev.reported,
            )
            target = None
            if ev.date_start is not None and ev.place is not None:
                first, last = merge_window(ev.date_start, ev.date_end)
                # Dataset events (ACLED, UCDP…) keep to their dataset's record: an article
                # report of the same event stays an event of origin "articles" beside it.
                same_article = select(t.event_sources.c.id).where(
                    t.event_sources.c.event_id == t.events.c.id, t.event_sources.c.article_id == article_id)
                rows = con.execute(
                    select(t.events).where(
                        t.events.c.origin == "articles",
                        t.events.c.reported.is_(bool(ev.reported)),
                        t.events.c.event_type == ev.event_type,
                        t.events.c.date_start <= last.isoformat(),
                        func.coalesce(t.events.c.date_end, t.events.c.date_start) >= first.isoformat(),
                        ~same_article.exists(),
                    ).order_by(t.events.c.id)
                ).mappings().all()
                for row in rows:
                    other = EventKey(
                        row["event_type"], _d(row["date_start"]), _d(row["date_end"]), row["lat"], row["lon"],
                        row["place_precision"], row["admin1"], row["country_code"], bool(row["reported"]),
                    )
                    if same_event(key, other):
                        target = row
                        break
                # A report of an event the user merged away joins the event it was merged into.
                seen = set()
                while target is not None and target["merged_into"] is not None and target["id"] not in seen:
                    seen.add(target["id"])
                    target = con.execute(
                        select(t.events).where(t.events.c.id == target["merged_into"])).mappings().first()
            if target is None:
                # one act at several places of one sentence: an event per place, from the same span
                uid = hashlib.sha1(f"{digest}:{start}".encode()).hexdigest()[:16]
                n = 0
                while uid in uids:
                    n += 1
                    uid = hashlib.sha1(f"{digest}:{start}:{n}".encode()).hexdigest()[:16]
                uids.add(uid)
                event_id = con.execute(insert(t.events).values(
                    uid=uid, date_start=_iso(ev.date_start), date_end=_iso(ev.date_end),
                    date_precision=ev.date_precision, event_type=ev.event_type,
                    sub_event_type=ev.sub_event_type, actors=list(ev.actors), fatalities=ev.fatalities,
                    **_place_values(ev.place, ev.place_precision), confidence=ev.confidence,
                    origin="articles", origin_id=uid, user_edited=False,
                    reported=bool(ev.reported), place_source=ev.place_source,
                    created_at=_now(), updated_at=_now(),
                )).inserted_primary_key[0]
                created += 1
            else:
                event_id = target["id"]
                changes: dict[str, Any] = {"updated_at": _now(),
                                           "confidence": combined_confidence(target["confidence"], ev.confidence)}
                if not target["user_edited"] and not target["deleted"]:
                    actors = list(target["actors"] or [])
                    changes["actors"] = actors + [a for a in ev.actors if a not in actors]
                    if ev.fatalities is not None and (target["fatalities"] or 0) < ev.fatalities:
                        changes["fatalities"] = ev.fatalities
                    if target["sub_event_type"] is None and ev.sub_event_type:
                        changes["sub_event_type"] = ev.sub_event_type
                    if ev.place is not None and more_precise(ev.place_precision, target["place_precision"]):
                        changes.update(_place_values(ev.place, ev.place_precision), place_source=ev.place_source)
                    if more_precise_date(ev.date_precision, target["date_precision"]):
                        changes.update(date_start=_iso(ev.date_start), date_end=_iso(ev.date_end),
                                       date_precision=ev.date_precision)
                con.execute(update(t.events).where(t.events.c.id == event_id).values(**changes))
                merged += 1
            for first, last in _passages(text, ev.spans):
                con.execute(insert(t.event_sources).values(
                    event_id=event_id, article_id=article_id, sentence=text[first:last], start=first, end=last,
                    extractor=f"sentence-rules:{ev.trigger}"[:64],
                ))
        return created, merged

    def events(self, query: EventQuery | None = None) -> list[dict[str, Any]]:
        """The stored events ``query`` matches (by default the reported ones), as their documented
        records with their sources (:func:`geo.records.records`): read as frames and selected by
        :func:`geo.query.select`, the one query of every view."""
        from geo.query import EventQuery
        from geo.query import select as select_events
        from geo.records import records
        from geo.store.frames import store_frames

        events, sources = store_frames(self, columnar=None)
        return records(select_events(events, query or EventQuery(), sources), sources)

    def article(self, article_id: int) -> dict[str, Any]:
        with self._begin() as con:
            row = con.execute(select(t.articles).where(t.articles.c.id == article_id)).mappings().first()
        if row is None:
            from geo.errors import NoMatchError

            raise NoMatchError(f"no match: no article {article_id}")
        return dict(row)

    def undated_articles(self) -> list[dict[str, Any]]:
        return [a for a in self.articles() if a["published"] is None]

    def replace_article_analysis(
        self, article_id: int, published: date, precision: str, mentions: Iterable[Mention], events: Iterable[Any]
    ) -> tuple[int, int]:
        """Set an article's date and replace what was extracted from it, in one transaction.
        Events other articles also reported keep those sources; events corrected by a user are
        never deleted."""
        with self._write() as con:
            row = con.execute(select(t.articles).where(t.articles.c.id == article_id)).mappings().first()
            if row is None:
                from geo.errors import NoMatchError

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
            rows = [_mention_row(article_id, m) for m in mentions]
            if rows:
                con.execute(insert(t.place_mentions), rows)
            return self._save_events(con, article_id, row["content_hash"], row["text"], events)

    def has_article(self, article: Article) -> bool:
        with self._begin() as con:
            return con.execute(
                select(t.articles.c.id).where(t.articles.c.content_hash == article.content_hash)
            ).first() is not None

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
        with self._write() as con:
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
        with self._write() as con:
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
        with self._write() as con:
            con.execute(delete(cache).where(*[cache.c[k] == v for k, v in key.items()]))
            con.execute(insert(cache).values(**key, result=result, fetched_at=_now()))


class _Guard:
    """``engine.begin()`` that turns database failures into one-line :class:`StoreError`;
    with ``write``, a write transaction (:func:`geo.store.db.begin_write`)."""

    def __init__(self, engine: Engine, *, write: bool = False) -> None:
        self._cm = engine.begin()
        self._write = write

    def __enter__(self) -> Connection:
        try:
            con = self._cm.__enter__()
        except SQLAlchemyError as exc:
            raise StoreError(f"store unavailable: {getattr(exc, 'orig', exc)}") from None
        if self._write:
            try:
                begin_write(con)
            except BaseException as exc:
                self._cm.__exit__(type(exc), exc, exc.__traceback__)
                if isinstance(exc, SQLAlchemyError):
                    raise StoreError(f"store unavailable: {getattr(exc, 'orig', exc)}") from None
                raise
        return con

    def __exit__(self, exc_type, exc, tb) -> bool:
        try:
            self._cm.__exit__(exc_type, exc, tb)
        except SQLAlchemyError as err:
            raise StoreError(f"store write failed: {getattr(err, 'orig', err)}") from None
        if isinstance(exc, SQLAlchemyError):
            raise StoreError(f"store write failed: {getattr(exc, 'orig', exc)}") from None
        return False


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _passages(text: str, spans: Iterable[Any]) -> list[tuple[int, int]]:
    """(start, end) of each passage an event is told in: its spans, consecutive sentences as one
    passage (a headline and a later paragraph retelling it are two)."""
    out: list[list[int]] = []
    for span in sorted(spans, key=lambda sp: sp.start):
        if out and (span.start <= out[-1][1] or not text[out[-1][1]:span.start].strip()):
            out[-1][1] = max(out[-1][1], span.end)
        else:
            out.append([span.start, span.end])
    return [(a, b) for a, b in out]


def _place_values(place: Place | None, precision: str | None) -> dict[str, Any]:
    if place is None:
        return dict(place_name=None, lat=None, lon=None, geonameid=None, admin1=None, country_code=None,
                    place_precision=None)
    return dict(place_name=place.name, lat=place.lat, lon=place.lon, geonameid=place.geonameid,
                admin1=place.admin1 or None, country_code=place.country_code or None,
                place_precision=precision or place.precision)


def _mention_row(article_id: int, m: Mention) -> dict[str, Any]:
    p = m.place
    return {
        "article_id": article_id, "text": m.text, "start": m.start, "end": m.end,
        "name": p.name if p else None, "lat": p.lat if p else None, "lon": p.lon if p else None,
        "geonameid": p.geonameid if p else None, "country_code": p.country_code if p else None,
        "admin1": p.admin1 if p else None, "feature": p.feature if p else None,
        "precision": p.precision if p else None, "score": p.score if p else None,
    }
