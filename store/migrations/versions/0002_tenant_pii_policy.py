"""tenant PII policy

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 22:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("tenants") as batch:
        batch.add_column(sa.Column("pii_policy", sa.JSON(), nullable=True))


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("tenants") as batch:
        batch.drop_column("pii_policy")
