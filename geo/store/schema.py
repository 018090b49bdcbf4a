"""Tables of the event store (SQLAlchemy Core).  Changes go through a new Alembic migration
in ``geo/store/migrations/versions``; never edit a released migration."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.schema import SchemaItem

metadata = MetaData()


def _keyed_table(name: str, *items: SchemaItem) -> Table:
    """A table whose rows have an integer key of their own, ``id`` (internal: what other tables
    refer to), then ``items``."""
    return Table(name, metadata, Column("id", Integer, primary_key=True), *items)


def _belongs_to(owner: str, name: str, **kw: object) -> Column:
    """A row's link to the ``owner`` row it is part of: deleted with it (ON DELETE CASCADE)."""
    return Column(name, Integer, ForeignKey(f"{owner}.id", ondelete="CASCADE"), **kw)


def _moment(name: str) -> Column:
    """When something happened (time-zone aware), always known."""
    return Column(name, DateTime(timezone=True), nullable=False)

sources = _keyed_table(
    "sources",
    Column("kind", String(32), nullable=False),  # outlet | dataset | user
    Column("name", String(300), nullable=False),
    Column("url", Text),
    _moment("created_at"),
    UniqueConstraint("kind", "name", name="uq_sources_kind_name"),
)

articles = _keyed_table(
    "articles",
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("source_id", Integer, ForeignKey("sources.id")),
    Column("title", Text, nullable=False),
    Column("url", Text),
    Column("lang", String(8)),
    Column("published", String(10)),  # ISO date, or None when undated
    Column("published_precision", String(8)),  # day | month | year
    Column("text", Text, nullable=False),
    Column("path", Text),
    _moment("ingested_at"),
)

place_mentions = _keyed_table(
    "place_mentions",
    _belongs_to("articles", "article_id", nullable=False),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("name", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("geonameid", Integer),
    Column("country_code", String(2)),
    Column("admin1", Text),
    Column("feature", String(10)),
    Column("precision", String(10)),
    Column("score", Float),
    UniqueConstraint("article_id", "start", "end", name="uq_mentions_span"),
)

events = _keyed_table(
    "events",
    Column("uid", String(64), nullable=False, unique=True),
    Column("date_start", String(10)),
    Column("date_end", String(10)),
    Column("date_precision", String(8)),
    Column("event_type", String(64), nullable=False),
    Column("sub_event_type", String(64)),
    Column("actors", JSON, nullable=False, default=list),
    Column("fatalities", Integer),
    Column("place_name", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("geonameid", Integer),
    Column("admin1", Text),
    Column("country_code", String(2)),
    Column("place_precision", String(10)),
    Column("confidence", Float),
    Column("origin", String(32), nullable=False),  # articles | acled | ucdp | gdelt | ...
    Column("origin_id", Text),
    Column("user_edited", Boolean, nullable=False, default=False),
    Column("note", Text),
    _moment("created_at"),
    _moment("updated_at"),
    # 0002: user deletions and merges are tombstones, so re-resolution cannot bring them back
    Column("deleted", Boolean, nullable=False, default=False, server_default="0"),
    Column("merged_into", Integer),  # events.id of the event this one was merged into
    # 0003: imported datasets (geo/importers): UCDP low/high estimates, the record's version as
    # the dataset gives it (ACLED ``timestamp``, or the deletion's), a fingerprint of the mapped
    # values (to tell an unchanged row), and the dataset's own fields that have no column here
    Column("fatalities_low", Integer),
    Column("fatalities_high", Integer),
    Column("origin_version", Text),
    Column("origin_hash", String(16)),
    Column("extra", JSON),
    # 0004: news (true) or background (history, running tolls: geo.extract.background); where an
    # article event's place comes from (ArticleEvent.place_source: sentence, facility,
    # paragraph, lead, headline, document; None for imported rows)
    Column("reported", Boolean, nullable=False, default=True, server_default="1"),
    Column("place_source", Text),
)

event_corrections = _keyed_table(
    "event_corrections",
    _belongs_to("events", "event_id", nullable=False),
    Column("kind", String(16), nullable=False),  # move | re-resolve | delete | merge | split | restore
    Column("before", JSON),
    Column("after", JSON),
    Column("note", Text),
    _moment("created_at"),
    # 0005: who made it (geo.store.users; the name as it was then), None before users existed
    Column("user_name", String(64)),
)

event_sources = _keyed_table(
    "event_sources",
    _belongs_to("events", "event_id", nullable=False),
    _belongs_to("articles", "article_id"),
    Column("source_id", Integer, ForeignKey("sources.id")),
    Column("sentence", Text),
    Column("start", Integer),
    Column("end", Integer),
    Column("extractor", String(64)),
    UniqueConstraint("event_id", "article_id", "start", "end", name="uq_event_sources_span"),
)

gazetteer_entries = _keyed_table(
    "gazetteer_entries",
    Column("origin", String(32), nullable=False),  # user | nominatim | acled | ...
    Column("key", Text, nullable=False),  # name_key(name)
    Column("name", Text, nullable=False),
    Column("lat", Float, nullable=False),
    Column("lon", Float, nullable=False),
    Column("country_code", String(2), nullable=False, default=""),
    Column("admin1", Text, nullable=False, default=""),
    Column("feature_code", String(10), nullable=False, default="PPL"),
    Column("precision", String(10), nullable=False, default="point"),
    Column("geonameid", Integer),
    Column("population", Integer, nullable=False, default=0),
    Column("origin_ref", Text),
    Column("replaces", Text),  # Place.ref of the gazetteer place this entry corrects
    Column("note", Text),
    Column("raw", JSON),
    _moment("created_at"),
    _moment("updated_at"),
    UniqueConstraint("origin", "key", "country_code", name="uq_gazetteer_entries_origin_key"),
)

gazetteer_entry_names = Table(
    "gazetteer_entry_names", metadata,
    _belongs_to("gazetteer_entries", "entry_id", primary_key=True),
    Column("key", Text, primary_key=True),
    Column("skeleton", Text, nullable=False),
    Column("name", Text, nullable=False),
)

#: 0005: who may use the dashboard, and how (geo.store.users)
users = _keyed_table(
    "users",
    Column("name", String(64), nullable=False),
    Column("password_hash", Text, nullable=False),  # argon2id, in its own PHC string format
    Column("role", String(16), nullable=False),  # viewer | editor (geo.store.users.ROLES)
    _moment("created_at"),
    _moment("updated_at"),
    UniqueConstraint("name", name="uq_users_name"),
)

geocode_cache = Table(
    "geocode_cache", metadata,
    Column("provider", String(32), primary_key=True),
    Column("query_key", Text, primary_key=True),
    Column("country", String(2), primary_key=True, default=""),
    Column("result", JSON),  # None: the provider found nothing
    _moment("fetched_at"),
)

Index("ix_events_date_start", events.c.date_start)
#: the window and bounding-box filters of geo.store.event_filter (migration 0006)
Index("ix_events_date_end", events.c.date_end)
Index("ix_events_lat_lon", events.c.lat, events.c.lon)
Index("ix_events_event_type", events.c.event_type)
Index("ix_events_origin", events.c.origin, events.c.origin_id)
Index("ix_event_corrections_event", event_corrections.c.event_id)
Index("ix_event_sources_article", event_sources.c.article_id)
Index("ix_place_mentions_article", place_mentions.c.article_id)
Index("ix_gazetteer_entry_names_key", gazetteer_entry_names.c.key)
Index("ix_gazetteer_entry_names_skeleton", gazetteer_entry_names.c.skeleton)
