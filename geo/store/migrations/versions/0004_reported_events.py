"""reported and background events, and where an article event's place comes from

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN, no table rebuild: rebuilding ``events`` would cascade to its sources.
    # Every event stored before is reported: imported datasets record acts, and article events
    # were kept only when dated (geo.extract.background tells them apart from now on).
    op.add_column("events", sa.Column("reported", sa.Boolean(), nullable=False, server_default="1"))
    op.add_column("events", sa.Column("place_source", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch_op:
        for name in ("place_source", "reported"):
            batch_op.drop_column(name)
