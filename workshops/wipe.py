"""Ending a workshop: delete everything of the session, verify by counting, sign a certificate."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from compliance.audit import AuditRecord
from sandboxes.erasure import scan_for_residue, text_probes
from sandboxes.models import (
    ApiKey,
    CompareVote,
    Conversation,
    ConversationMessage,
    LoginFailure,
    RateWindow,
    Tenant,
    UsageDaily,
    User,
    UserSession,
)
from sandboxes.principal import PERSON_KEY_PREFIX
from store.db import Store, as_utc, utcnow
from workshops.exercises import load_content_set
from workshops.models import (
    Workshop,
    WorkshopProgress,
    WorkshopSeat,
    WorkshopSharedPrompt,
)
from workshops.service import SandboxContent, WorkshopError, usage_totals

log = logging.getLogger(__name__)
CERTIFICATE_TYPE = "reallabor/workshop-deletion-certificate"
STALE_WIPE = timedelta(minutes=10)  # a wipe takes seconds; older "ending" rows were cut off
MIN_PROBE_CHARS = 16  # shorter texts ("Danke") would match unrelated log lines


@dataclass(frozen=True)
class SessionScope:
    """The ids that make up one workshop's data, captured before anything is deleted."""

    workshop_id: str
    sandbox_id: int
    sandbox_name: str
    user_ids: tuple[int, ...]
    usernames: tuple[str, ...]
    conversation_ids: tuple[str, ...]
    seat_ids: tuple[int, ...]

    @property
    def key_ids(self) -> list[str]:
        """The key ids the seats' calls were counted under."""
        return [f"{PERSON_KEY_PREFIX}{uid}" for uid in self.user_ids]


class WorkshopWiper:
    """Ends workshops, by the trainer or when their time is up, and proves the deletion."""

    def __init__(
        self,
        store: Store,
        content: SandboxContent,
        sign: Callable[[dict[str, Any]], dict[str, Any]],
        log_dirs: list[Path],
        shared_files: list[Path] | None = None,
    ) -> None:
        self.store = store
        self.content = content
        self.sign = sign
        self.log_dirs = log_dirs
        # Database files, logs and caches: searched byte for byte for what participants typed.
        self.shared_files = shared_files or []

    def end(self, workshop_id: str, ended_by: str, tenant_id: int | None = None) -> dict[str, Any]:
        """Wipe the session's data, keep the attendance record; returns the signed certificate."""
        started = utcnow()
        with self.store.session() as session:
            workshop = session.get(Workshop, workshop_id)
            if workshop is None or (tenant_id is not None and workshop.tenant_id != tenant_id):
                raise WorkshopError(
                    f"no workshop '{workshop_id}'", status=404, code="workshop_not_found"
                )
            # Claimed with one conditional UPDATE: of two gateways (or the trainer and the
            # sweep) ending it at once, exactly one goes on; joins stop from here on.
            claimed = session.execute(
                update(Workshop)
                .where(Workshop.id == workshop_id, Workshop.status == "running")
                .values(status="ending", ended_at=started)  # "ending since", until done
                .execution_options(synchronize_session=False)
            )
            won = claimed.rowcount == 1  # type: ignore[attr-defined]
            if not won or workshop.sandbox_tenant_id is None:
                raise WorkshopError(
                    "the workshop has ended already; its certificate is kept",
                    status=409,
                    code="workshop_ended",
                )
            scope = _scope(session, workshop, workshop.sandbox_tenant_id)
            attendance = _attendance(session, workshop, scope, started)
            texts = _session_texts(session, scope)
            probes = text_probes(_typed_texts(session, scope), chars=MIN_PROBE_CHARS + 8)
            parent = session.get(Tenant, workshop.tenant_id)
            header = {
                "id": workshop.id,
                "title": workshop.title,
                "tenant": parent.name if parent else "",
                "starts_at": as_utc(workshop.starts_at).isoformat(),
                "ends_at": as_utc(workshop.ends_at).isoformat(),
                "content_set": workshop.content_set,
            }
        before = self._count(scope, texts, probes)
        self._delete(scope)
        self.store.reclaim()
        after = self._count(scope, texts, probes)
        with self.store.session() as session:
            kept_audit = session.scalar(
                select(func.count()).where(AuditRecord.tenant == scope.sandbox_name)
            )
        body = {
            "type": CERTIFICATE_TYPE,
            "version": 1,
            "workshop": header,
            "ended_by": ended_by,
            "deletion_started_at": started.isoformat(),
            "deletion_finished_at": utcnow().isoformat(),
            "before": before,
            "after": after,
            "verified": not any(after.values()),
            "kept": {"attendance_record": 1, "audit_records": int(kept_audit or 0)},
            "checked_on_disk": {
                "what": "files_with_session_text: database files, logs and UI caches searched "
                "byte for byte for what participants typed; index_keys: the keys that sealed "
                "the sandbox's document text in the index, destroyed",
                "probes": len(probes),
            },
        }
        certificate = self.sign(body)
        with self.store.session() as session:
            session.execute(
                update(Workshop)
                .where(Workshop.id == workshop_id)
                .values(
                    status="ended",
                    ended_at=utcnow(),
                    ended_by=ended_by,
                    attendance=attendance,
                    certificate=certificate,
                    sandbox_tenant_id=None,
                )
            )
        log.info("workshop ended id=%s by=%s verified=%s", workshop_id, ended_by, body["verified"])
        return certificate

    def end_overdue(self, now: datetime | None = None) -> list[str]:
        """End every running workshop past its end time (also one interrupted mid-wipe)."""
        now = now or utcnow()
        with self.store.session() as session:
            # A wipe still "ending" after a while was interrupted (crash, restart): run it
            # again. Younger ones may be in progress in another gateway process.
            session.execute(
                update(Workshop)
                .where(
                    Workshop.status == "ending",
                    Workshop.sandbox_tenant_id.is_not(None),
                    Workshop.ended_at < now - STALE_WIPE,
                )
                .values(status="running")
            )
            due = session.scalars(
                select(Workshop.id).where(Workshop.status == "running", Workshop.ends_at <= now)
            ).all()
        for workshop_id in due:
            self.end(workshop_id, "schedule")
        return list(due)

    def _count(self, scope: SessionScope, texts: list[str], probes: list[bytes]) -> dict[str, int]:
        with self.store.session() as session:
            counts = _row_counts(session, scope)
        counts.update(self.content.counts(scope.sandbox_id, scope.sandbox_name))
        counts["log_lines"] = self._log_lines(texts)
        residue = scan_for_residue(self.shared_files, probes)
        counts["files_with_session_text"] = len(residue.files_found)
        return dict(sorted(counts.items()))

    def _delete(self, scope: SessionScope) -> None:
        self.content.purge(scope.sandbox_id, scope.sandbox_name)
        with self.store.session() as session:
            for statement in _deletions(scope):
                session.execute(statement)

    def _log_lines(self, texts: list[str]) -> int:
        """Log lines that contain a prompt or answer of the session (by construction: none)."""
        if not texts:
            return 0
        found = 0
        for folder in self.log_dirs:
            for path in folder.glob("*.log") if folder.exists() else []:
                with path.open(encoding="utf-8", errors="replace") as handle:
                    found += sum(1 for line in handle if any(t in line for t in texts))
        return found


def _scope(session: Session, workshop: Workshop, sandbox_id: int) -> SessionScope:
    users = session.execute(
        select(User.id, User.username).where(User.tenant_id == sandbox_id)
    ).all()
    conversations = session.scalars(
        select(Conversation.id).where(Conversation.tenant_id == sandbox_id)
    ).all()
    seats = session.scalars(
        select(WorkshopSeat.id).where(WorkshopSeat.workshop_id == workshop.id)
    ).all()
    return SessionScope(
        workshop_id=workshop.id,
        sandbox_id=sandbox_id,
        sandbox_name=workshop.sandbox_tenant,
        user_ids=tuple(u.id for u in users),
        usernames=tuple(u.username for u in users),
        conversation_ids=tuple(conversations),
        seat_ids=tuple(seats),
    )


def _row_counts(session: Session, scope: SessionScope) -> dict[str, int]:
    def count(model: Any, *where: Any) -> int:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)

    return {
        "sandbox_tenant": count(Tenant, Tenant.id == scope.sandbox_id),
        "accounts": count(User, User.tenant_id == scope.sandbox_id),
        "sessions": count(UserSession, UserSession.user_id.in_(scope.user_ids)),
        "login_failures": count(LoginFailure, LoginFailure.username.in_(scope.usernames)),
        "api_keys": count(ApiKey, ApiKey.tenant_id == scope.sandbox_id),
        "conversations": count(
            Conversation,
            (Conversation.tenant_id == scope.sandbox_id)
            | Conversation.id.in_(scope.conversation_ids),
        ),
        "messages": count(
            ConversationMessage, ConversationMessage.conversation_id.in_(scope.conversation_ids)
        ),
        "compare_votes": count(CompareVote, CompareVote.tenant_id == scope.sandbox_id),
        "usage_rows": count(UsageDaily, UsageDaily.tenant_id == scope.sandbox_id),
        "rate_windows": count(RateWindow, RateWindow.key_id.in_(scope.key_ids)),
        "seats": count(WorkshopSeat, WorkshopSeat.workshop_id == scope.workshop_id),
        "exercise_progress": count(WorkshopProgress, WorkshopProgress.seat_id.in_(scope.seat_ids)),
        "shared_prompts": count(
            WorkshopSharedPrompt, WorkshopSharedPrompt.seat_id.in_(scope.seat_ids)
        ),
    }


def _deletions(scope: SessionScope) -> list[Any]:
    """Children first, so nothing relies on cascades (SQLite and PostgreSQL alike)."""
    return [
        # Participants' tokens stop working before anything else is touched.
        delete(UserSession).where(UserSession.user_id.in_(scope.user_ids)),
        delete(WorkshopSharedPrompt).where(WorkshopSharedPrompt.seat_id.in_(scope.seat_ids)),
        delete(WorkshopProgress).where(WorkshopProgress.seat_id.in_(scope.seat_ids)),
        delete(WorkshopSeat).where(WorkshopSeat.workshop_id == scope.workshop_id),
        delete(ConversationMessage).where(
            ConversationMessage.conversation_id.in_(scope.conversation_ids)
        ),
        delete(Conversation).where(Conversation.tenant_id == scope.sandbox_id),
        delete(CompareVote).where(CompareVote.tenant_id == scope.sandbox_id),
        delete(LoginFailure).where(LoginFailure.username.in_(scope.usernames)),
        delete(User).where(User.tenant_id == scope.sandbox_id),
        delete(RateWindow).where(RateWindow.key_id.in_(scope.key_ids)),
        delete(UsageDaily).where(UsageDaily.tenant_id == scope.sandbox_id),
        delete(ApiKey).where(ApiKey.tenant_id == scope.sandbox_id),
        delete(Tenant).where(Tenant.id == scope.sandbox_id),
    ]


def _session_texts(session: Session, scope: SessionScope) -> list[str]:
    """Probes for the log scan: what participants typed and got (held in memory only)."""
    rows = session.scalars(
        select(ConversationMessage.content).where(
            ConversationMessage.conversation_id.in_(scope.conversation_ids)
        )
    ).all()
    shared = session.scalars(
        select(WorkshopSharedPrompt.text).where(WorkshopSharedPrompt.seat_id.in_(scope.seat_ids))
    ).all()
    probes = {" ".join(t.split())[:80] for t in [*rows, *shared]}
    return sorted(p for p in probes if len(p) >= MIN_PROBE_CHARS)


def _typed_texts(session: Session, scope: SessionScope) -> list[str]:
    """What participants typed themselves (prepared exercise texts are the same everywhere)."""
    typed = session.scalars(
        select(ConversationMessage.content).where(
            ConversationMessage.conversation_id.in_(scope.conversation_ids),
            ConversationMessage.role == "user",
        )
    ).all()
    shared = session.scalars(
        select(WorkshopSharedPrompt.text).where(WorkshopSharedPrompt.seat_id.in_(scope.seat_ids))
    ).all()
    return sorted(set(typed) | set(shared))


def _attendance(
    session: Session, workshop: Workshop, scope: SessionScope, now: datetime
) -> dict[str, Any]:
    """The record that survives: what was covered, how many took part, names given freely."""
    seats = session.scalars(
        select(WorkshopSeat).where(WorkshopSeat.workshop_id == workshop.id)
    ).all()
    ran = set(
        session.scalars(
            select(WorkshopProgress.exercise).where(WorkshopProgress.seat_id.in_(scope.seat_ids))
        ).all()
    )
    content = load_content_set(workshop.content_set)
    covered = [
        {"id": e.id, "title": e.title.get("de", e.id), "run": e.id in ran}
        for e in content.exercises
        if e.id in ran or e.id in (workshop.active_exercises or [])
    ]
    starts = as_utc(workshop.starts_at)
    ended = min(now, as_utc(workshop.ends_at))
    usage = usage_totals(session, scope.sandbox_id)
    return {
        "workshop": workshop.id,
        "title": workshop.title,
        "date": starts.date().isoformat(),
        "starts_at": starts.isoformat(),
        "ended_at": ended.isoformat(),
        "planned_minutes": int((as_utc(workshop.ends_at) - starts).total_seconds() // 60),
        "held_minutes": max(0, int((ended - starts).total_seconds() // 60)),
        "trainer": workshop.created_by,
        "content_set": content.title.get("de", content.name),
        "content_covered": covered,
        "seats": workshop.seats,
        "participants": sum(1 for s in seats if s.joined_at is not None),
        "named_participants": sorted(s.attendance_name for s in seats if s.attendance_name),
        **usage,
    }
