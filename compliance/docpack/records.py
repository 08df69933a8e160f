"""Tables of the documentation pack: versioned intake answers and the packs generated so far."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Float, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from store.db import Base, utcnow


class IntakeAnswer(Base):
    """One version of a tenant's answer to one intake question (never overwritten)."""

    __tablename__ = "intake_answers"
    __table_args__ = (UniqueConstraint("tenant_id", "question", "version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"), index=True)
    question: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer)
    value: Mapped[Any] = mapped_column(JSON, nullable=True)  # as migration 0005 made it
    # "human": typed by a person; "confirmed": a pre-filled proposal a person accepted.
    provenance: Mapped[str] = mapped_column(String(16))
    answered_by: Mapped[str] = mapped_column(String(64))
    answered_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class DocPackRecord(Base):
    """A generated pack: its hash, completeness and the field values (to show what changed)."""

    __tablename__ = "doc_packs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"), index=True)
    generated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    generated_by: Mapped[str] = mapped_column(String(64))
    zip_sha256: Mapped[str] = mapped_column(String(64))
    completeness: Mapped[float] = mapped_column(Float)
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)
