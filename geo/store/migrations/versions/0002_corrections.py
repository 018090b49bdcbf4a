"""user corrections: event tombstones (deleted, merged_into) and the corrections log

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN, no table rebuild: rebuilding ``events`` would cascade to its sources.
    op.add_column("events", sa.Column("deleted", sa.Boolean(), nullable=False, server_default="0"))
    op.add_column("events", sa.Column("merged_into", sa.Integer(), nullable=True))
    op.create_table(
        "event_corrections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("event_corrections") as batch_op:
        batch_op.create_index("ix_event_corrections_event", ["event_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("event_corrections") as batch_op:
        batch_op.drop_index("ix_event_corrections_event")
    op.drop_table("event_corrections")
    with op.batch_alter_table("events") as batch_op:
        batch_op.drop_column("merged_into")
        batch_op.drop_column("deleted")
