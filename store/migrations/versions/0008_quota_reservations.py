"""quota reservations: tokens held by calls in flight

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 11:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "quota_reservations",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("tenant_id", sa.Integer(), nullable=False),
        sa.Column("key_id", sa.String(length=32), nullable=False),
        sa.Column("tokens", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["tenant_id"], ["tenants.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_quota_reservations_tenant_id"), "quota_reservations", ["tenant_id"])


def downgrade() -> None:
    """Revert this revision."""
    op.drop_index(op.f("ix_quota_reservations_tenant_id"), table_name="quota_reservations")
    op.drop_table("quota_reservations")
