"""index keys (crypto-shredding), document layout, fair share limits, retrieval self-tests

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 23:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "index_keys",
        sa.Column("tenant", sa.String(length=64), nullable=False),
        sa.Column("scope", sa.String(length=40), nullable=False),
        sa.Column("key", sa.LargeBinary(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("tenant", "scope"),
    )
    op.create_table(
        "retrieval_selftests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tenant_id", sa.Integer(), nullable=False),
        sa.Column("questions", sa.Integer(), nullable=False),
        sa.Column("hit_at_1", sa.Float(), nullable=False),
        sa.Column("hit_at_k", sa.Float(), nullable=False),
        sa.Column("result", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["tenant_id"], ["tenants.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_retrieval_selftests_tenant_id"), "retrieval_selftests", ["tenant_id"])
    with op.batch_alter_table("tenants") as batch:
        batch.add_column(sa.Column("max_concurrent", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("max_tokens_in_flight", sa.Integer(), nullable=True))
    with op.batch_alter_table("documents") as batch:
        batch.add_column(
            sa.Column("layout", sa.String(length=64), nullable=False, server_default="")
        )


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("layout")
    with op.batch_alter_table("tenants") as batch:
        batch.drop_column("max_tokens_in_flight")
        batch.drop_column("max_concurrent")
    op.drop_index(op.f("ix_retrieval_selftests_tenant_id"), table_name="retrieval_selftests")
    op.drop_table("retrieval_selftests")
    op.drop_table("index_keys")
