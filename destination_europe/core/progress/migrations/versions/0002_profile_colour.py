"""Profiles get an avatar colour; events get an index by lesson for the dashboard.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "profiles",
        sa.Column("colour", sa.String(16), nullable=False, server_default="#2a6f97"),
    )
    op.create_index("ix_events_profile_lesson", "events", ["profile_id", "lesson_id", "ts"])


def downgrade() -> None:
    op.drop_index("ix_events_profile_lesson", "events")
    with op.batch_alter_table("profiles") as batch:
        batch.drop_column("colour")
