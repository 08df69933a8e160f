"""workshops: sessions, seats, progress, shared prompts; per-key quota; sandbox tenants

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25 05:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("tenants") as batch:
        batch.add_column(sa.Column("key_daily_token_quota", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("parent_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_tenants_parent_id", "tenants", ["parent_id"], ["id"], ondelete="CASCADE"
        )
    op.create_table(
        "workshops",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("tenant_id", sa.Integer(), nullable=False),
        sa.Column("sandbox_tenant_id", sa.Integer(), nullable=True),
        sa.Column("sandbox_tenant", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("content_set", sa.String(length=64), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("seats", sa.Integer(), nullable=False),
        sa.Column("seat_token_quota", sa.Integer(), nullable=False),
        sa.Column("active_exercises", sa.JSON(), nullable=False),
        sa.Column("attached_documents", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ended_by", sa.String(length=64), nullable=False),
        sa.Column("attendance", sa.JSON(), nullable=True),
        sa.Column("certificate", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["tenant_id"], ["tenants.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["sandbox_tenant_id"], ["tenants.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_workshops_tenant_id", "workshops", ["tenant_id"])
    op.create_index("ix_workshops_ends_at", "workshops", ["ends_at"])
    op.create_table(
        "workshop_seats",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workshop_id", sa.String(length=32), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("joined_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("share_prompts", sa.Boolean(), nullable=False),
        sa.Column("attendance_name", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(["workshop_id"], ["workshops.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code_hash"),
    )
    op.create_index("ix_workshop_seats_workshop_id", "workshop_seats", ["workshop_id"])
    op.create_table(
        "workshop_progress",
        sa.Column("seat_id", sa.Integer(), nullable=False),
        sa.Column("exercise", sa.String(length=64), nullable=False),
        sa.Column("runs", sa.Integer(), nullable=False),
        sa.Column("last_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["seat_id"], ["workshop_seats.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("seat_id", "exercise"),
    )
    op.create_table(
        "workshop_shared_prompts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seat_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["seat_id"], ["workshop_seats.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_workshop_shared_prompts_seat_id", "workshop_shared_prompts", ["seat_id"])


def downgrade() -> None:
    """Revert this revision."""
    op.drop_table("workshop_shared_prompts")
    op.drop_table("workshop_progress")
    op.drop_table("workshop_seats")
    op.drop_table("workshops")
    with op.batch_alter_table("tenants") as batch:
        batch.drop_constraint("fk_tenants_parent_id", type_="foreignkey")
        batch.drop_column("parent_id")
        batch.drop_column("key_daily_token_quota")
