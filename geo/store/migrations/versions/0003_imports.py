"""structured-data imports: fatality ranges, the dataset's record version and fingerprint, its extra fields

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN, no table rebuild: rebuilding ``events`` would cascade to its sources.
    op.add_column("events", sa.Column("fatalities_low", sa.Integer(), nullable=True))
    op.add_column("events", sa.Column("fatalities_high", sa.Integer(), nullable=True))
    op.add_column("events", sa.Column("origin_version", sa.Text(), nullable=True))
    op.add_column("events", sa.Column("origin_hash", sa.String(length=16), nullable=True))
    op.add_column("events", sa.Column("extra", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch_op:
        for name in ("extra", "origin_hash", "origin_version", "fatalities_high", "fatalities_low"):
            batch_op.drop_column(name)
