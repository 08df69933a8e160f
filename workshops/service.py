"""Workshops: a trainer's session with join codes, a throw-away sandbox and guided exercises."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sandboxes.errors import ServiceError
from sandboxes.keys import hash_secret
from sandboxes.models import Tenant, UsageDaily, User
from sandboxes.roles import Role
from sandboxes.sessions import SessionStore
from store.db import Store, as_utc, utcnow
from store.upsert import increment
from workshops.exercises import ContentSet, load_content_set
from workshops.models import (
    Workshop,
    WorkshopProgress,
    WorkshopSeat,
    WorkshopSharedPrompt,
)

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud and typed in a room
MAX_SEATS = 200
EARLY_JOIN = timedelta(minutes=30)  # seats open this long before the start
UNUSABLE_PASSWORD = "!"  # seats never log in with a password: argon2 rejects this hash


class SandboxContent(Protocol):
    """The documents of a tenant as the workshop needs them (rag.tenant_content)."""

    def counts(self, tenant_id: int, tenant: str) -> dict[str, int]:
        """Document rows, deletion records, files and vectors of the tenant."""
        ...

    def purge(self, tenant_id: int, tenant: str) -> None:
        """Delete all of them."""
        ...

    def submit(self, tenant_id: int, tenant: str, filename: str, data: bytes) -> dict[str, Any]:
        """Queue one file for ingestion."""
        ...

    def copy_documents(
        self, source_tenant_id: int, doc_ids: list[str], tenant_id: int, tenant: str
    ) -> list[dict[str, Any]]:
        """Ingest copies of another tenant's documents."""
        ...


class WorkshopError(ServiceError):
    """A workshop operation that cannot be done as asked."""


@dataclass
class WorkshopPlan:
    """What a trainer asks for when creating a workshop."""

    title: str
    seats: int
    starts_at: datetime | None = None  # default: now
    duration_minutes: int = 180
    content_set: str = "demo"
    seat_token_quota: int = 20_000
    exercises: list[str] | None = None  # switched on at the start; default none
    attach_documents: list[str] = field(default_factory=list)


def new_join_code() -> str:
    """A join code like `K7M-4QX-92P` (45 bits)."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(9))
    return f"{raw[:3]}-{raw[3:6]}-{raw[6:]}"


def code_hash(code: str) -> str:
    """The stored form of a join code (case, spaces and dashes do not matter)."""
    return hash_secret("".join(ch for ch in code.upper() if ch.isalnum()))


def pseudonym(number: int) -> str:
    """A seat's pseudonym: T01, T02, ..."""
    return f"T{number:02d}"


class WorkshopService:
    """Creating, joining and running workshops (ending them is `WorkshopWiper`'s job)."""

    def __init__(self, store: Store, sessions: SessionStore, content: SandboxContent) -> None:
        self.store = store
        self.sessions = sessions
        self.content = content

    # -- trainer ----------------------------------------------------------------------------
    def create(self, tenant_id: int, plan: WorkshopPlan, created_by: str) -> dict[str, Any]:
        """Create the workshop, its sandbox tenant, seats and corpus; returns info + join codes."""
        content = load_content_set(plan.content_set)
        self._check_plan(plan, content)
        starts = as_utc(plan.starts_at) if plan.starts_at else utcnow()
        workshop_id = "ws-" + secrets.token_hex(4)
        codes = [new_join_code() for _ in range(plan.seats)]
        with self.store.session() as session:
            parent = session.get(Tenant, tenant_id)
            if parent is None:
                raise WorkshopError("no such tenant", status=404, code="tenant_not_found")
            sandbox = Tenant(
                name=workshop_id,
                parent_id=parent.id,
                daily_token_quota=plan.seats * plan.seat_token_quota,
                monthly_token_quota=plan.seats * plan.seat_token_quota,
                requests_per_minute=parent.requests_per_minute,
                allowed_models=parent.allowed_models,
                pii_policy=parent.pii_policy,
                key_daily_token_quota=plan.seat_token_quota,
            )
            session.add(sandbox)
            session.flush()
            workshop = Workshop(
                id=workshop_id,
                tenant_id=parent.id,
                sandbox_tenant_id=sandbox.id,
                sandbox_tenant=sandbox.name,
                title=plan.title.strip(),
                content_set=content.name,
                starts_at=starts,
                ends_at=starts + timedelta(minutes=plan.duration_minutes),
                seats=plan.seats,
                seat_token_quota=plan.seat_token_quota,
                active_exercises=list(plan.exercises or []),
                attached_documents=list(plan.attach_documents),
                created_by=created_by,
                ended_by="",
            )
            session.add(workshop)
            session.add_all(
                WorkshopSeat(workshop_id=workshop_id, number=n, code_hash=code_hash(code))
                for n, code in enumerate(codes, start=1)
            )
            session.flush()
            info = _info(workshop)
            sandbox_id = sandbox.id
        for filename, data in content.documents:
            self.content.submit(sandbox_id, workshop_id, filename, data)
        if plan.attach_documents:
            self.content.copy_documents(tenant_id, plan.attach_documents, sandbox_id, workshop_id)
        return {**info, "join_codes": codes}

    def list_for(self, tenant_id: int | None) -> list[dict[str, Any]]:
        """The tenant's workshops (every tenant's for None), newest first, with the tenant."""
        query = select(Workshop, Tenant.name).join(Tenant, Tenant.id == Workshop.tenant_id)
        if tenant_id is not None:
            query = query.where(Workshop.tenant_id == tenant_id)
        with self.store.session() as session:
            rows = session.execute(query.order_by(Workshop.created_at.desc())).all()
            return [{**_info(w), "tenant": name} for w, name in rows]

    def trainer_view(self, tenant_id: int, workshop_id: str) -> dict[str, Any]:
        """Who joined (pseudonyms), progress per exercise, totals, and opted-in prompts only."""
        with self.store.session() as session:
            workshop = self._get(session, tenant_id, workshop_id)
            info = _info(workshop)
            if workshop.status != "running":
                return {**info, "participants": [], "attendance": workshop.attendance}
            seats = session.scalars(
                select(WorkshopSeat)
                .where(WorkshopSeat.workshop_id == workshop_id)
                .order_by(WorkshopSeat.number)
            ).all()
            progress = _progress(session, [s.id for s in seats])
            shared = _shared(session, [s.id for s in seats if s.share_prompts])
            participants = [
                {
                    "participant": pseudonym(s.number),
                    "joined_at": as_utc(s.joined_at).isoformat(),
                    "exercises": progress.get(s.id, {}),
                    "shares_prompts": s.share_prompts,
                    "shared_prompts": shared.get(s.id, []),
                }
                for s in seats
                if s.joined_at is not None
            ]
            usage = usage_totals(session, workshop.sandbox_tenant_id)
        runs: dict[str, int] = {}
        for per_seat in progress.values():
            for exercise, count in per_seat.items():
                runs[exercise] = runs.get(exercise, 0) + count
        totals = {"joined": len(participants), "exercise_runs": runs, **usage}
        return {**info, "participants": participants, "totals": totals}

    def ended_record(self, tenant_id: int, workshop_id: str) -> dict[str, Any]:
        """The attendance record and deletion certificate of an ended workshop (409 if running)."""
        with self.store.session() as session:
            workshop = self._get(session, tenant_id, workshop_id)
            if workshop.status != "ended" or workshop.certificate is None:
                raise WorkshopError(
                    "the workshop is still running; the certificate exists once it has ended",
                    status=409,
                    code="workshop_running",
                )
            return {"attendance": workshop.attendance, "certificate": workshop.certificate}

    def attendance_records(self, tenant_id: int) -> list[dict[str, Any]]:
        """The attendance records of the tenant's ended workshops, oldest first (for Art. 4)."""
        with self.store.session() as session:
            rows = session.scalars(
                select(Workshop.attendance)
                .where(Workshop.tenant_id == tenant_id, Workshop.status == "ended")
                .order_by(Workshop.starts_at)
            ).all()
            return [dict(r) for r in rows if r]

    def set_exercises(self, tenant_id: int, workshop_id: str, active: list[str]) -> dict[str, Any]:
        """Switch exercises on for the room (the given list, in teaching order)."""
        with self.store.session() as session:
            workshop = self._get(session, tenant_id, workshop_id, running=True)
            known = load_content_set(workshop.content_set).ids()
            unknown = sorted(set(active) - set(known))
            if unknown:
                raise WorkshopError(
                    f"unknown exercise {unknown[0]!r}; known: {', '.join(known)}",
                    code="exercise_not_found",
                )
            workshop.active_exercises = [e for e in known if e in active]
            return _info(workshop)

    # -- participants -----------------------------------------------------------------------
    def join(self, code: str) -> dict[str, Any]:
        """Take a seat with a join code: a session for that seat, valid until the end."""
        try:
            return self._join(code)
        except IntegrityError:  # the same code joined at the same instant elsewhere: the seat
            return self._join(code)  # now has its account, which this attempt reuses

    def _join(self, code: str) -> dict[str, Any]:
        now = utcnow()
        with self.store.session() as session:
            row = session.execute(
                select(WorkshopSeat, Workshop)
                .join(Workshop, Workshop.id == WorkshopSeat.workshop_id)
                .where(WorkshopSeat.code_hash == code_hash(code))
            ).first()
            if row is None or row[1].status != "running" or now >= as_utc(row[1].ends_at):
                raise WorkshopError(
                    "this join code is not valid (wrong, or the workshop has ended)",
                    status=401,
                    code="invalid_join_code",
                )
            seat, workshop = row
            if now < as_utc(workshop.starts_at) - EARLY_JOIN:
                raise WorkshopError(
                    f"the workshop starts at {as_utc(workshop.starts_at).isoformat()}; seats "
                    f"open {int(EARLY_JOIN.total_seconds() // 60)} minutes before",
                    status=409,
                    code="workshop_not_started",
                )
            if seat.user_id is None:
                assert workshop.sandbox_tenant_id is not None
                user = User(
                    tenant_id=workshop.sandbox_tenant_id,
                    username=f"{workshop.id}-{pseudonym(seat.number).lower()}",
                    password_hash=UNUSABLE_PASSWORD,
                    role=Role.PARTICIPANT.value,
                )
                session.add(user)
                session.flush()
                seat.user_id, seat.joined_at = user.id, now
            user_id, ends_at = seat.user_id, as_utc(workshop.ends_at)
            result = {
                "workshop": workshop.id,
                "title": workshop.title,
                "participant": pseudonym(seat.number),
                "ends_at": ends_at.isoformat(),
            }
        token, _ = self.sessions.open(user_id, now, until=ends_at)
        return {"token": token, **result}

    def participant_view(self, user_id: int, lang: str = "de") -> dict[str, Any]:
        """The participant's workshop: title, end, the exercises switched on, their choices."""
        with self.store.session() as session:
            seat, workshop = self._seat(session, user_id)
            content = load_content_set(workshop.content_set)
            done = _progress(session, [seat.id]).get(seat.id, {})
            return {
                "workshop": workshop.id,
                "title": workshop.title,
                "participant": pseudonym(seat.number),
                "ends_at": as_utc(workshop.ends_at).isoformat(),
                "exercises": [
                    {**content.exercise(e).public(lang), "runs": done.get(e, 0)}
                    for e in workshop.active_exercises
                ],
                "share_prompts": seat.share_prompts,
                "attendance_name": seat.attendance_name,
            }

    def set_preferences(
        self, user_id: int, *, share_prompts: bool | None = None, attendance_name: str | None = None
    ) -> dict[str, Any]:
        """Opt in to show prompts to the trainer, or give a name for the attendance record."""
        with self.store.session() as session:
            seat, _ = self._seat(session, user_id)
            if share_prompts is not None:
                seat.share_prompts = share_prompts
                if not share_prompts:  # withdrawing consent removes what was shared
                    session.query(WorkshopSharedPrompt).filter_by(seat_id=seat.id).delete()
            if attendance_name is not None:
                seat.attendance_name = " ".join(attendance_name.split())[:120]
            return {"share_prompts": seat.share_prompts, "attendance_name": seat.attendance_name}

    def exercise_for(self, user_id: int, exercise_id: str) -> ContentSet:
        """The content set of the participant's workshop if `exercise_id` is switched on."""
        with self.store.session() as session:
            _, workshop = self._seat(session, user_id)
            content = load_content_set(workshop.content_set)
            content.exercise(exercise_id)
            if exercise_id not in workshop.active_exercises:
                raise WorkshopError(
                    "the trainer has not switched this exercise on yet",
                    status=409,
                    code="exercise_not_active",
                )
            return content

    def record_run(self, user_id: int, exercise_id: str) -> None:
        """Count one run of an exercise by the participant."""
        with self.store.session() as session:
            seat, _ = self._seat(session, user_id)
            increment(
                session,
                WorkshopProgress.__table__,  # type: ignore[arg-type]
                {"seat_id": seat.id, "exercise": exercise_id},
                {"runs": 1},
                also_set={"last_at": utcnow()},
            )

    def share_prompt(self, user_id: int, text: str) -> bool:
        """Keep a prompt for the trainer's view if the participant opted in; whether it was."""
        with self.store.session() as session:
            found = _find_seat(session, user_id)
            if found is None or not found[0].share_prompts:
                return False
            session.add(WorkshopSharedPrompt(seat_id=found[0].id, text=text[:2000]))
            return True

    # -- helpers ----------------------------------------------------------------------------
    @staticmethod
    def _check_plan(plan: WorkshopPlan, content: ContentSet) -> None:
        problems = []
        if not plan.title.strip() or len(plan.title) > 200:
            problems.append("the title must be 1-200 characters")
        if not 1 <= plan.seats <= MAX_SEATS:
            problems.append(f"seats must be 1-{MAX_SEATS}")
        if not 5 <= plan.duration_minutes <= 24 * 60:
            problems.append("the duration must be 5-1440 minutes")
        if plan.seat_token_quota < 100:
            problems.append("the token quota per seat must be at least 100")
        unknown = sorted(set(plan.exercises or []) - set(content.ids()))
        if unknown:
            problems.append(f"unknown exercise {unknown[0]!r}; known: {', '.join(content.ids())}")
        if problems:
            raise WorkshopError("; ".join(problems), code="invalid_workshop")

    @staticmethod
    def _get(session: Session, tenant_id: int, workshop_id: str, running: bool = False) -> Workshop:
        workshop = session.get(Workshop, workshop_id)
        if workshop is None or workshop.tenant_id != tenant_id:
            raise WorkshopError(
                f"no workshop '{workshop_id}'", status=404, code="workshop_not_found"
            )
        if running and workshop.status != "running":
            raise WorkshopError("the workshop has ended", status=409, code="workshop_ended")
        return workshop

    @staticmethod
    def _seat(session: Session, user_id: int) -> tuple[WorkshopSeat, Workshop]:
        found = _find_seat(session, user_id)
        if found is None:
            raise WorkshopError(
                "this account is not a seat of a running workshop",
                status=403,
                code="not_a_participant",
            )
        return found


def _find_seat(session: Session, user_id: int) -> tuple[WorkshopSeat, Workshop] | None:
    row = session.execute(
        select(WorkshopSeat, Workshop)
        .join(Workshop, Workshop.id == WorkshopSeat.workshop_id)
        .where(WorkshopSeat.user_id == user_id, Workshop.status == "running")
    ).first()
    return None if row is None else (row[0], row[1])


def _info(workshop: Workshop) -> dict[str, Any]:
    return {
        "id": workshop.id,
        "object": "workshop",
        "title": workshop.title,
        "status": workshop.status,
        "content_set": workshop.content_set,
        "starts_at": as_utc(workshop.starts_at).isoformat(),
        "ends_at": as_utc(workshop.ends_at).isoformat(),
        "duration_minutes": int((workshop.ends_at - workshop.starts_at).total_seconds() // 60),
        "seats": workshop.seats,
        "seat_token_quota": workshop.seat_token_quota,
        "active_exercises": list(workshop.active_exercises or []),
        "attached_documents": list(workshop.attached_documents or []),
        "created_by": workshop.created_by,
        "ended_at": as_utc(workshop.ended_at).isoformat() if workshop.ended_at else None,
        "ended_by": workshop.ended_by or None,
    }


def _progress(session: Session, seat_ids: list[int]) -> dict[int, dict[str, int]]:
    result: dict[int, dict[str, int]] = {}
    rows = session.scalars(select(WorkshopProgress).where(WorkshopProgress.seat_id.in_(seat_ids)))
    for row in rows:
        result.setdefault(row.seat_id, {})[row.exercise] = row.runs
    return result


def _shared(session: Session, seat_ids: list[int]) -> dict[int, list[str]]:
    result: dict[int, list[str]] = {}
    rows = session.scalars(
        select(WorkshopSharedPrompt)
        .where(WorkshopSharedPrompt.seat_id.in_(seat_ids))
        .order_by(WorkshopSharedPrompt.id)
    )
    for row in rows:
        result.setdefault(row.seat_id, []).append(row.text)
    return result


def usage_totals(session: Session, sandbox_tenant_id: int | None) -> dict[str, int]:
    """Requests and tokens of a workshop's sandbox so far."""
    requests, tokens = session.execute(
        select(
            func.coalesce(func.sum(UsageDaily.requests), 0),
            func.coalesce(func.sum(UsageDaily.prompt_tokens + UsageDaily.completion_tokens), 0),
        ).where(UsageDaily.tenant_id == sandbox_tenant_id)
    ).one()
    return {"requests": int(requests), "tokens": int(tokens)}
