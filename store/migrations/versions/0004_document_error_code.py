"""document error code (the UI explains a failed file in the user's language)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 02:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("error_code", sa.String(32), nullable=False, server_default=""))


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("error_code")
