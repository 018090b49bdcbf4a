"""indexes for the events of a time window and of a bounding box

Revision ID: 0006
Revises: 0005

Plain B-tree indexes, the same on SQLite and PostgreSQL (no PostGIS): ``date_start`` is indexed
since 0001; an event overlaps a window [from, to] when it starts on or before ``to`` (that
index) and ends on or after ``from`` (``date_end``, added here); a bounding box is a range of
``lat`` and, inside it, of ``lon`` (one index on both, in that order).  See
:mod:`geo.store.event_filter`.
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_events_date_end", "events", ["date_end"])
    op.create_index("ix_events_lat_lon", "events", ["lat", "lon"])


def downgrade() -> None:
    op.drop_index("ix_events_lat_lon", table_name="events")
    op.drop_index("ix_events_date_end", table_name="events")
