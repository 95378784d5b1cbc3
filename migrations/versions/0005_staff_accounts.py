"""staff accounts; the region of unanswered chat questions

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "auth_user",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("email", sa.String(254), nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("region", sa.String(32), nullable=True),
        sa.Column("session_key", sa.String(32), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_login", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_auth_user")),
        sa.UniqueConstraint("email", name=op.f("uq_auth_user_email")),
    )
    # Questions stored before have no region: kept, they would show on every region's page
    # as if asked in a chat without one. They are dropped (they expire within 90 days anyway).
    op.execute(sa.text("DELETE FROM chat_unanswered"))
    op.add_column("chat_unanswered", sa.Column("region", sa.String(32), nullable=True))
    op.create_index(op.f("ix_chat_unanswered_region"), "chat_unanswered", ["region"])


def downgrade() -> None:
    op.drop_index(op.f("ix_chat_unanswered_region"), table_name="chat_unanswered")
    op.drop_column("chat_unanswered", "region")
    op.drop_table("auth_user")
