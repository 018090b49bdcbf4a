"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22 19:54:45.872858
"""

from alembic import op
import sqlalchemy as sa


revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=64), nullable=False),
        sa.Column("date_start", sa.String(length=10), nullable=True),
        sa.Column("date_end", sa.String(length=10), nullable=True),
        sa.Column("date_precision", sa.String(length=8), nullable=True),
        sa.Column("event_type", sa.String(length=64), nullable=False),
        sa.Column("sub_event_type", sa.String(length=64), nullable=True),
        sa.Column("actors", sa.JSON(), nullable=False),
        sa.Column("fatalities", sa.Integer(), nullable=True),
        sa.Column("place_name", sa.Text(), nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("geonameid", sa.Integer(), nullable=True),
        sa.Column("admin1", sa.Text(), nullable=True),
        sa.Column("country_code", sa.String(length=2), nullable=True),
        sa.Column("place_precision", sa.String(length=10), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=True),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("origin_id", sa.Text(), nullable=True),
        sa.Column("user_edited", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uid"),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index("ix_events_date_start", ["date_start"], unique=False)
        batch_op.create_index("ix_events_event_type", ["event_type"], unique=False)
        batch_op.create_index("ix_events_origin", ["origin", "origin_id"], unique=False)

    op.create_table(
        "gazetteer_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("lat", sa.Float(), nullable=False),
        sa.Column("lon", sa.Float(), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.Column("admin1", sa.Text(), nullable=False),
        sa.Column("feature_code", sa.String(length=10), nullable=False),
        sa.Column("precision", sa.String(length=10), nullable=False),
        sa.Column("geonameid", sa.Integer(), nullable=True),
        sa.Column("population", sa.Integer(), nullable=False),
        sa.Column("origin_ref", sa.Text(), nullable=True),
        sa.Column("replaces", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("raw", sa.JSON(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("origin", "key", "country_code", name="uq_gazetteer_entries_origin_key"),
    )
    op.create_table(
        "geocode_cache",
        sa.Column("provider", sa.String(length=32), nullable=False),
        sa.Column("query_key", sa.Text(), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("result", sa.JSON(), nullable=True),
        sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("provider", "query_key", "country"),
    )
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("kind", "name", name="uq_sources_kind_name"),
    )
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("lang", sa.String(length=8), nullable=True),
        sa.Column("published", sa.String(length=10), nullable=True),
        sa.Column("published_precision", sa.String(length=8), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("path", sa.Text(), nullable=True),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("content_hash"),
    )
    op.create_table(
        "gazetteer_entry_names",
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("skeleton", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["entry_id"], ["gazetteer_entries.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("entry_id", "key"),
    )
    with op.batch_alter_table("gazetteer_entry_names", schema=None) as batch_op:
        batch_op.create_index("ix_gazetteer_entry_names_key", ["key"], unique=False)
        batch_op.create_index("ix_gazetteer_entry_names_skeleton", ["skeleton"], unique=False)

    op.create_table(
        "event_sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("sentence", sa.Text(), nullable=True),
        sa.Column("start", sa.Integer(), nullable=True),
        sa.Column("end", sa.Integer(), nullable=True),
        sa.Column("extractor", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("event_id", "article_id", "start", "end", name="uq_event_sources_span"),
    )
    with op.batch_alter_table("event_sources", schema=None) as batch_op:
        batch_op.create_index("ix_event_sources_article", ["article_id"], unique=False)

    op.create_table(
        "place_mentions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("geonameid", sa.Integer(), nullable=True),
        sa.Column("country_code", sa.String(length=2), nullable=True),
        sa.Column("admin1", sa.Text(), nullable=True),
        sa.Column("feature", sa.String(length=10), nullable=True),
        sa.Column("precision", sa.String(length=10), nullable=True),
        sa.Column("score", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("article_id", "start", "end", name="uq_mentions_span"),
    )
    with op.batch_alter_table("place_mentions", schema=None) as batch_op:
        batch_op.create_index("ix_place_mentions_article", ["article_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("place_mentions", schema=None) as batch_op:
        batch_op.drop_index("ix_place_mentions_article")

    op.drop_table("place_mentions")
    with op.batch_alter_table("event_sources", schema=None) as batch_op:
        batch_op.drop_index("ix_event_sources_article")

    op.drop_table("event_sources")
    with op.batch_alter_table("gazetteer_entry_names", schema=None) as batch_op:
        batch_op.drop_index("ix_gazetteer_entry_names_skeleton")
        batch_op.drop_index("ix_gazetteer_entry_names_key")

    op.drop_table("gazetteer_entry_names")
    op.drop_table("articles")
    op.drop_table("sources")
    op.drop_table("geocode_cache")
    op.drop_table("gazetteer_entries")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index("ix_events_origin")
        batch_op.drop_index("ix_events_event_type")
        batch_op.drop_index("ix_events_date_start")

    op.drop_table("events")
