"""Quotas enforced before a model call, and token accounting after it.

A call admitted under a token quota holds a reservation of its estimated tokens until it is
settled, and every admission counts the reservations of the calls in flight: ten calls at
once cannot all pass a check that only one of them should (they overshot before).
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from sandboxes.models import QuotaReservation, RateWindow, UsageDaily
from sandboxes.principal import Principal
from store.db import Store
from store.upsert import increment

RATE_WINDOW_S = 60
STALE_RESERVATION = timedelta(minutes=15)  # a call that never settled (gateway killed)


class QuotaExceeded(Exception):
    """A request refused by a quota; `retry_after` is in whole seconds."""

    def __init__(self, message: str, *, kind: str, retry_after: int) -> None:
        super().__init__(message)
        self.kind = kind
        self.retry_after = max(1, retry_after)


@dataclass(frozen=True)
class Usage:
    """Tokens used by one request."""

    prompt_tokens: int = 0
    completion_tokens: int = 0

    @property
    def total_tokens(self) -> int:
        """Prompt plus completion tokens."""
        return self.prompt_tokens + self.completion_tokens


class QuotaService:
    """Per-tenant token quotas (day, month) and per-key request rate."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def admit(
        self, principal: Principal, now: datetime | None = None, *, estimate: int = 0
    ) -> str | None:
        """Count this request against the key's rate and check token quotas; raise if over.

        Under a token quota the call reserves `estimate` tokens; the returned reservation id
        is given back to `settle` (in the transaction that records the real usage).
        """
        now = now or datetime.now(UTC)
        reservation: str | None = None
        with self.store.session() as session:
            if _has_token_quota(principal):
                # The write comes first: it takes SQLite's write lock (PostgreSQL: the
                # tenant's advisory lock), so the sums below see every other admission.
                if session.get_bind().dialect.name == "postgresql":
                    session.execute(
                        text("SELECT pg_advisory_xact_lock(:id)"), {"id": principal.tenant_id}
                    )
                reservation = uuid.uuid4().hex
                session.add(
                    QuotaReservation(
                        id=reservation,
                        tenant_id=principal.tenant_id,
                        key_id=principal.key_id,
                        tokens=max(0, estimate),
                        created_at=now,
                    )
                )
                session.flush()
            self._count_rate(session, principal, now)
            today = now.date()
            if principal.key_daily_token_quota is not None:
                used = self._tokens(session, principal.tenant_id, today, today, principal.key_id)
                used += self._reserved(
                    session, principal.tenant_id, now, reservation, principal.key_id
                )
                if used >= principal.key_daily_token_quota:
                    raise QuotaExceeded(
                        f"this key's daily token quota of {principal.key_daily_token_quota} "
                        "is used up",
                        kind="key_token_quota_exceeded",
                        retry_after=_seconds_until(now, _next_day(today)),
                    )
            month = today.replace(day=1)
            periods = (
                ("daily", principal.daily_token_quota, today, _next_day(today)),
                ("monthly", principal.monthly_token_quota, month, _next_month(month)),
            )
            reserved = self._reserved(session, principal.tenant_id, now, reservation)
            for label, quota, first, next_start in periods:
                if quota is None:
                    continue
                if self._tokens(session, principal.tenant_id, first, today) + reserved >= quota:
                    raise QuotaExceeded(
                        f"{label} token quota of {quota} used up",
                        kind=f"{label}_token_quota_exceeded",
                        retry_after=_seconds_until(now, next_start),
                    )
        return reservation

    def count_request(self, principal: Principal, now: datetime | None = None) -> None:
        """Count a call that uses no model (retrieval, embeddings, PII preview) against the
        key's rate; raise past it."""
        with self.store.session() as session:
            self._count_rate(session, principal, now or datetime.now(UTC))

    @staticmethod
    def _count_rate(session: Session, principal: Principal, now: datetime) -> None:
        """One request more in the key's current window; raise past the key's rate."""
        if principal.requests_per_minute is None:
            return
        window = int(now.timestamp()) // RATE_WINDOW_S * RATE_WINDOW_S
        count = increment(
            session,
            RateWindow.__table__,  # type: ignore[arg-type]
            {"key_id": principal.key_id, "window_start": window},
            {"count": 1},
            returning="count",
        )
        if count > principal.requests_per_minute:
            retry = window + RATE_WINDOW_S - int(now.timestamp())
            raise QuotaExceeded(
                f"rate limit of {principal.requests_per_minute} requests per minute "
                "reached for this key",
                kind="rate_limit_exceeded",
                retry_after=retry,
            )

    def settle(
        self,
        session: Session,
        principal: Principal,
        model: str,
        usage: Usage,
        when: date,
        reservation: str | None,
    ) -> None:
        """In the caller's transaction: record the real usage and drop the reservation."""
        if reservation is not None:
            session.execute(delete(QuotaReservation).where(QuotaReservation.id == reservation))
        if usage.total_tokens:
            self.record_in(session, principal, model, usage, when)

    def record(self, principal: Principal, model: str, usage: Usage, when: date) -> None:
        """Add one request's tokens to the tenant's daily counters."""
        with self.store.session() as session:
            self.record_in(session, principal, model, usage, when)

    @staticmethod
    def record_in(
        session: Session, principal: Principal, model: str, usage: Usage, when: date
    ) -> None:
        """`record` inside the caller's transaction."""
        increment(
            session,
            UsageDaily.__table__,  # type: ignore[arg-type]
            {
                "tenant_id": principal.tenant_id,
                "key_id": principal.key_id,
                "model": model,
                "day": when,
            },
            {
                "requests": 1,
                "prompt_tokens": usage.prompt_tokens,
                "completion_tokens": usage.completion_tokens,
            },
        )

    def usage_summary(self, tenant_id: int, since: date) -> list[dict[str, object]]:
        """Per day and model token totals of a tenant since a date."""
        with self.store.session() as session:
            rows = session.execute(
                select(
                    UsageDaily.day,
                    UsageDaily.model,
                    func.sum(UsageDaily.requests),
                    func.sum(UsageDaily.prompt_tokens),
                    func.sum(UsageDaily.completion_tokens),
                )
                .where(UsageDaily.tenant_id == tenant_id, UsageDaily.day >= since)
                .group_by(UsageDaily.day, UsageDaily.model)
                .order_by(UsageDaily.day)
            ).all()
        return [
            {
                "day": day.isoformat(),
                "model": model,
                "requests": int(requests),
                "prompt_tokens": int(prompt),
                "completion_tokens": int(completion),
            }
            for day, model, requests, prompt, completion in rows
        ]

    def prune_rate_windows(self, before: float | None = None) -> None:
        """Drop rate windows older than two windows and stale reservations (housekeeping)."""
        now = before if before is not None else time.time()
        cutoff = int(now) - 2 * RATE_WINDOW_S
        stale = datetime.fromtimestamp(now, UTC) - STALE_RESERVATION
        with self.store.session() as session:
            session.execute(delete(RateWindow).where(RateWindow.window_start < cutoff))
            session.execute(delete(QuotaReservation).where(QuotaReservation.created_at < stale))

    @staticmethod
    def _tokens(
        session: Session, tenant_id: int, first: date, last: date, key_id: str | None = None
    ) -> int:
        query = select(
            func.coalesce(func.sum(UsageDaily.prompt_tokens + UsageDaily.completion_tokens), 0)
        ).where(
            UsageDaily.tenant_id == tenant_id,
            UsageDaily.day >= first,
            UsageDaily.day <= last,
        )
        if key_id is not None:
            query = query.where(UsageDaily.key_id == key_id)
        return int(session.execute(query).scalar_one())

    @staticmethod
    def _reserved(
        session: Session,
        tenant_id: int,
        now: datetime,
        own: str | None,
        key_id: str | None = None,
    ) -> int:
        """Tokens reserved by the tenant's (or key's) other calls in flight."""
        query = select(func.coalesce(func.sum(QuotaReservation.tokens), 0)).where(
            QuotaReservation.tenant_id == tenant_id,
            QuotaReservation.created_at >= now - STALE_RESERVATION,
        )
        if own is not None:
            query = query.where(QuotaReservation.id != own)
        if key_id is not None:
            query = query.where(QuotaReservation.key_id == key_id)
        return int(session.execute(query).scalar_one())


def _has_token_quota(principal: Principal) -> bool:
    quotas = (
        principal.daily_token_quota,
        principal.monthly_token_quota,
        principal.key_daily_token_quota,
    )
    return any(quota is not None for quota in quotas)


def _next_day(day: date) -> date:
    return day + timedelta(days=1)


def _next_month(first: date) -> date:
    return (first.replace(day=28) + timedelta(days=4)).replace(day=1)


def _seconds_until(now: datetime, day: date) -> int:
    boundary = datetime(day.year, day.month, day.day, tzinfo=UTC)
    return int((boundary - now).total_seconds()) + 1
