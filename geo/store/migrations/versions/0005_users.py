"""who may change what: the dashboard's users (argon2 password hashes, a role each) and the user
each correction was made by

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Only portable DDL (CREATE TABLE, ADD COLUMN): the same on SQLite and PostgreSQL.
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name", name="uq_users_name"),
    )
    # the user's name as it was when the correction was made (kept when the user is removed);
    # None for corrections made before users existed, or outside the dashboard
    op.add_column("event_corrections", sa.Column("user_name", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("event_corrections") as batch_op:
        batch_op.drop_column("user_name")
    op.drop_table("users")
