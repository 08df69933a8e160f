"""Quotas enforced before a model call, and token accounting after it."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from sandboxes.db import Store
from sandboxes.models import RateWindow, UsageDaily
from sandboxes.tenants import Principal
from sandboxes.upsert import increment

RATE_WINDOW_S = 60


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

    def admit(self, principal: Principal, now: datetime | None = None) -> None:
        """Count this request against the key's rate and check token quotas; raise if over."""
        now = now or datetime.now(UTC)
        with self.store.session() as session:
            if principal.requests_per_minute is not None:
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
            today = now.date()
            if principal.key_daily_token_quota is not None:
                used = self._tokens(session, principal.tenant_id, today, today, principal.key_id)
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
            for label, quota, first, next_start in periods:
                if quota is None:
                    continue
                if self._tokens(session, principal.tenant_id, first, today) >= quota:
                    raise QuotaExceeded(
                        f"{label} token quota of {quota} used up",
                        kind=f"{label}_token_quota_exceeded",
                        retry_after=_seconds_until(now, next_start),
                    )

    def record(self, principal: Principal, model: str, usage: Usage, when: date) -> None:
        """Add one request's tokens to the tenant's daily counters."""
        with self.store.session() as session:
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
        """Drop rate windows older than two windows (housekeeping)."""
        cutoff = int(before if before is not None else time.time()) - 2 * RATE_WINDOW_S
        with self.store.session() as session:
            session.execute(delete(RateWindow).where(RateWindow.window_start < cutoff))

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


def _next_day(day: date) -> date:
    return day + timedelta(days=1)


def _next_month(first: date) -> date:
    return (first.replace(day=28) + timedelta(days=4)).replace(day=1)


def _seconds_until(now: datetime, day: date) -> int:
    boundary = datetime(day.year, day.month, day.day, tzinfo=UTC)
    return int((boundary - now).total_seconds()) + 1
