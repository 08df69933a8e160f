"""documentation pack: intake answers, generated packs, document PII counts, deletion evidence

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 02:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "intake_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tenant_id", sa.Integer(), nullable=False),
        sa.Column("question", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.Column("provenance", sa.String(length=16), nullable=False),
        sa.Column("answered_by", sa.String(length=64), nullable=False),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["tenant_id"], ["tenants.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("tenant_id", "question", "version"),
    )
    op.create_index("ix_intake_answers_tenant_id", "intake_answers", ["tenant_id"])
    op.create_table(
        "doc_packs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tenant_id", sa.Integer(), nullable=False),
        sa.Column("generated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("generated_by", sa.String(length=64), nullable=False),
        sa.Column("zip_sha256", sa.String(length=64), nullable=False),
        sa.Column("completeness", sa.Float(), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["tenant_id"], ["tenants.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_doc_packs_tenant_id", "doc_packs", ["tenant_id"])
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("pii_counts", sa.JSON(), nullable=True))
    op.create_table(
        "deletion_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tenant_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("ref", sa.String(length=64), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("removed", sa.JSON(), nullable=False),
        sa.Column("remaining", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["tenant_id"], ["tenants.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_deletion_events_tenant_id", "deletion_events", ["tenant_id"])


def downgrade() -> None:
    """Revert this revision."""
    op.drop_index("ix_deletion_events_tenant_id", table_name="deletion_events")
    op.drop_table("deletion_events")
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("pii_counts")
    op.drop_index("ix_doc_packs_tenant_id", table_name="doc_packs")
    op.drop_table("doc_packs")
    op.drop_index("ix_intake_answers_tenant_id", table_name="intake_answers")
    op.drop_table("intake_answers")
