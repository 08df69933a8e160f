"""Tables of workshops: the session, its seats, exercise progress and opted-in prompts."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from store.db import Base, utcnow


class Workshop(Base):
    """One training session of a firm; after it ends only the attendance record remains."""

    __tablename__ = "workshops"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"), index=True)
    # The throw-away tenant holding the session's accounts, corpus and chats (None once wiped).
    sandbox_tenant_id: Mapped[int | None] = mapped_column(
        ForeignKey("tenants.id", ondelete="SET NULL"), nullable=True
    )
    sandbox_tenant: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(200))
    content_set: Mapped[str] = mapped_column(String(64))
    starts_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    ends_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    seats: Mapped[int] = mapped_column(Integer)
    seat_token_quota: Mapped[int] = mapped_column(Integer)
    active_exercises: Mapped[list[str]] = mapped_column(JSON, default=list)
    attached_documents: Mapped[list[str]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(16), default="running")  # running | ended
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    ended_by: Mapped[str] = mapped_column(String(64), default="")
    # What survives the wipe: title, date, duration, content covered, participant count, names.
    attendance: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    certificate: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)


class WorkshopSeat(Base):
    """One seat: its join code (hashed) and, once joined, the pseudonymous account."""

    __tablename__ = "workshop_seats"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workshop_id: Mapped[str] = mapped_column(
        ForeignKey("workshops.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), nullable=True
    )
    joined_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    share_prompts: Mapped[bool] = mapped_column(Boolean, default=False)
    # Given by the participant at the end for the attendance certificate, if they want one.
    attendance_name: Mapped[str] = mapped_column(String(120), default="")


class WorkshopProgress(Base):
    """How often a seat ran an exercise."""

    __tablename__ = "workshop_progress"

    seat_id: Mapped[int] = mapped_column(
        ForeignKey("workshop_seats.id", ondelete="CASCADE"), primary_key=True
    )
    exercise: Mapped[str] = mapped_column(String(64), primary_key=True)
    runs: Mapped[int] = mapped_column(Integer, default=0)
    last_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class WorkshopSharedPrompt(Base):
    """A prompt a participant agreed on screen to show the trainer; wiped with the session."""

    __tablename__ = "workshop_shared_prompts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seat_id: Mapped[int] = mapped_column(
        ForeignKey("workshop_seats.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
