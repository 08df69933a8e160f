"""Documents of a tenant: stored files, ingestion status and progress."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Float, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from store.db import Base, utcnow


class DocumentRecord(Base):
    """One uploaded file and where its ingestion stands."""

    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"), index=True)
    tenant: Mapped[str] = mapped_column(String(64))
    filename: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    type: Mapped[str] = mapped_column(String(16))
    size: Mapped[int] = mapped_column(Integer)
    path: Mapped[str] = mapped_column(String(1024))
    status: Mapped[str] = mapped_column(String(16), default="queued")
    error: Mapped[str] = mapped_column(Text, default="")
    error_code: Mapped[str] = mapped_column(String(32), default="")
    # PII findings of the ingestion as counts per entity type (never the values).
    pii_counts: Mapped[dict[str, int] | None] = mapped_column(JSON, nullable=True)
    chunks_total: Mapped[int] = mapped_column(Integer, default=0)
    chunks_done: Mapped[int] = mapped_column(Integer, default=0)
    flagged_chunks: Mapped[int] = mapped_column(Integer, default=0)
    replaces: Mapped[str | None] = mapped_column(String(32), nullable=True)
    # The chunk layout the document is indexed with (rag.chunking.LAYOUT); "" = before 0007.
    layout: Mapped[str] = mapped_column(String(64), default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    def info(self) -> dict[str, object]:
        """The public view of the document."""
        return {
            "id": self.id,
            "object": "document",
            "filename": self.filename,
            "sha256": self.sha256,
            "type": self.type,
            "size": self.size,
            "status": self.status,
            "error": self.error or None,
            "error_code": self.error_code or None,
            "progress": {"chunks_done": self.chunks_done, "chunks_total": self.chunks_total},
            "flagged_chunks": self.flagged_chunks,
            "pii_counts": self.pii_counts or {},
            "created_at": self.created_at.isoformat() if self.created_at else None,
        }


class DeletionEvent(Base):
    """Evidence that a document was erased: what was removed and what was left (counts only)."""

    __tablename__ = "deletion_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(32))  # "document"
    ref: Mapped[str] = mapped_column(String(64))  # the document id
    sha256: Mapped[str] = mapped_column(String(64))  # the file's hash (no name: it may be personal)
    removed: Mapped[dict[str, Any]] = mapped_column(JSON)
    remaining: Mapped[int] = mapped_column(Integer)
    deleted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class IndexKey(Base):
    """A data key that seals index payloads: one per document, one per tenant for name tags.

    Destroying a document's key makes every copy of its chunk text in the index unreadable,
    including copies the index engine keeps in its write-ahead log and old segments.
    """

    __tablename__ = "index_keys"

    tenant: Mapped[str] = mapped_column(String(64), primary_key=True)
    scope: Mapped[str] = mapped_column(String(40), primary_key=True)  # doc id, "" = tenant tags
    key: Mapped[bytes] = mapped_column(LargeBinary(32))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class SelfTestRecord(Base):
    """The result of a retrieval self-test of a tenant (ids, counts and scores, no text)."""

    __tablename__ = "retrieval_selftests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"), index=True)
    questions: Mapped[int] = mapped_column(Integer)
    hit_at_1: Mapped[float] = mapped_column(Float)
    hit_at_k: Mapped[float] = mapped_column(Float)
    result: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
