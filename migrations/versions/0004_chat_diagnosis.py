"""the diagnosis as a conversation: a chat linked to an assessment, with its dialogue state

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # No database-level foreign key (SQLite cannot add one to an existing table without a
    # rebuild); deleting an assessment deletes its conversations in the service.
    op.add_column("chat_conversation", sa.Column("assessment_id", sa.String(32), nullable=True))
    op.add_column("chat_conversation", sa.Column("state", sa.JSON(), nullable=True))
    op.create_index(op.f("ix_chat_conversation_assessment_id"), "chat_conversation", ["assessment_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_chat_conversation_assessment_id"), table_name="chat_conversation")
    op.drop_column("chat_conversation", "state")
    op.drop_column("chat_conversation", "assessment_id")
