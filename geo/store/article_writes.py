"""What storing an article writes beside the article row: its place mentions and its events,
each a new event or a new source of the stored event the merge decision picks
(:func:`geo.merging.merge_target`).  Everything here runs inside the caller's write
transaction (:meth:`geo.store.Store.transaction`)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.engine import Connection

from geo.events import EventKey, combined_confidence, more_precise, more_precise_date
from geo.merging import ARTICLES, StoredEvent, candidate_window, merge_target, report_key
from geo.models import Place
from geo.store import schema as t
from geo.store.db import now

if TYPE_CHECKING:
    from geo.extract.events import ArticleEvent, SourceSpan


@dataclass(frozen=True, slots=True)
class Mention:
    """A place name found in an article's text, with its resolution (if any)."""

    text: str
    start: int
    end: int
    place: Place | None = None


def save_mentions(con: Connection, article_id: int, mentions: Iterable[Mention]) -> None:
    rows = [_mention_row(article_id, m) for m in mentions]
    if rows:
        con.execute(insert(t.place_mentions), rows)


def save_events(con: Connection, article_id: int, digest: str, text: str,
                events: Iterable[ArticleEvent]) -> tuple[int, int]:
    """Insert each of an article's events, or add it as a source of the stored event it repeats
    (:func:`geo.merging.merge_target` decides which).  Returns (new events, merged into existing)."""
    created = merged = 0
    uids: set[str] = set()
    for ev in events:
        target = _target(con, article_id, report_key(ev))
        if target is None:
            event_id = _insert_event(con, _new_uid(digest, ev, uids), ev)
            created += 1
        else:
            event_id = target["id"]
            con.execute(update(t.events).where(t.events.c.id == event_id).values(**joined_values(target, ev)))
            merged += 1
        for first, last in _passages(text, ev.spans):
            con.execute(insert(t.event_sources), dict(  # (values as parameters: one statement compiled once)
                event_id=event_id, article_id=article_id, sentence=text[first:last], start=first, end=last,
                extractor=f"sentence-rules:{ev.trigger}"[:64],
            ))
    return created, merged


def _target(con: Connection, article_id: int, report: EventKey) -> Mapping[str, Any] | None:
    """The stored row of the event ``report`` joins, or None.  The query fetches only what
    :func:`~geo.merging.merge_target` could pick (article events of the report's kind and
    standing, dated in its window, not citing its article), oldest first."""
    window = candidate_window(report)
    if window is None:
        return None
    first, last = window
    e = t.events
    cites = select(t.event_sources.c.id).where(
        t.event_sources.c.event_id == e.c.id, t.event_sources.c.article_id == article_id)
    rows = con.execute(select(e).where(
        e.c.origin == ARTICLES,
        e.c.reported.is_(bool(report.reported)),
        e.c.event_type == report.event_type,
        e.c.date_start <= last.isoformat(),
        func.coalesce(e.c.date_end, e.c.date_start) >= first.isoformat(),
        ~cites.exists(),
    ).order_by(e.c.id)).mappings().all()
    by_id = {row["id"]: row for row in rows}
    chosen = merge_target(report, (_stored_event(row) for row in rows))
    target = by_id[chosen.id] if chosen is not None else None
    # A report of an event the user merged away joins the event it was merged into.
    seen = set()
    while target is not None and target["merged_into"] is not None and target["id"] not in seen:
        seen.add(target["id"])
        target = con.execute(select(e).where(e.c.id == target["merged_into"])).mappings().first()
    return target


def _stored_event(row: Mapping[str, Any]) -> StoredEvent:
    return StoredEvent(row["id"], EventKey(
        row["event_type"], _day(row["date_start"]), _day(row["date_end"]), row["lat"], row["lon"],
        row["place_precision"], row["admin1"], row["country_code"], bool(row["reported"]),
    ), row["origin"])


def joined_values(stored: Mapping[str, Any], ev: ArticleEvent) -> dict[str, Any]:
    """The columns of a stored event that change when ``ev`` joins it: the confidence of both
    reports; unless a user corrected or deleted it, also the actors of both, the larger toll, a
    sub-type where it had none, and the more precise place and date."""
    changes: dict[str, Any] = {"updated_at": now(),
                               "confidence": combined_confidence(stored["confidence"], ev.confidence)}
    if stored["user_edited"] or stored["deleted"]:
        return changes
    actors = list(stored["actors"] or [])
    changes["actors"] = actors + [a for a in ev.actors if a not in actors]
    if ev.fatalities is not None and (stored["fatalities"] or 0) < ev.fatalities:
        changes["fatalities"] = ev.fatalities
    if stored["sub_event_type"] is None and ev.sub_event_type:
        changes["sub_event_type"] = ev.sub_event_type
    if ev.place is not None and more_precise(ev.place_precision, stored["place_precision"]):
        changes.update(_place_values(ev.place, ev.place_precision), place_source=ev.place_source)
    if more_precise_date(ev.date_precision, stored["date_precision"]):
        changes.update(date_start=_iso(ev.date_start), date_end=_iso(ev.date_end), date_precision=ev.date_precision)
    return changes


def _new_uid(digest: str, ev: ArticleEvent, taken: set[str]) -> str:
    """A new event's uid: its article's text and where in it the event is first told.  One act
    at several places of one sentence is an event per place from the same span: numbered."""
    start = min(sp.start for sp in ev.spans)
    uid = hashlib.sha1(f"{digest}:{start}".encode()).hexdigest()[:16]
    n = 0
    while uid in taken:
        n += 1
        uid = hashlib.sha1(f"{digest}:{start}:{n}".encode()).hexdigest()[:16]
    taken.add(uid)
    return uid


def _insert_event(con: Connection, uid: str, ev: ArticleEvent) -> int:
    """Insert a new event, its values passed as parameters: one statement, compiled once (built
    with ``.values()``, a statement is built and its cache key worked out again for each row)."""
    return con.execute(insert(t.events), dict(
        uid=uid, date_start=_iso(ev.date_start), date_end=_iso(ev.date_end),
        date_precision=ev.date_precision, event_type=ev.event_type,
        sub_event_type=ev.sub_event_type, actors=list(ev.actors), fatalities=ev.fatalities,
        **_place_values(ev.place, ev.place_precision), confidence=ev.confidence,
        origin=ARTICLES, origin_id=uid, user_edited=False,
        reported=bool(ev.reported), place_source=ev.place_source,
        created_at=now(), updated_at=now(),
    )).inserted_primary_key[0]


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _passages(text: str, spans: Iterable[SourceSpan]) -> list[tuple[int, int]]:
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
    """An event's place columns."""
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
