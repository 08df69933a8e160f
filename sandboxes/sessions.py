"""Login sessions: opaque tokens (stored as SHA-256) with idle and absolute expiry."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, or_, select

from sandboxes.keys import hash_secret
from sandboxes.models import Tenant, User, UserSession
from sandboxes.roles import Permission, Role, allows
from store.db import Store, as_utc

SESSION_PREFIX = "rls_"
TOUCH_EVERY = timedelta(minutes=1)  # last_seen_at is written at most this often


@dataclass(frozen=True)
class ExpiredSession:
    """A session that ran out (`idle` or `max_age`), for the audit trail; no token."""

    username: str
    tenant_id: int
    tenant_name: str
    reason: str


@dataclass(frozen=True)
class SessionUser:
    """The user behind a valid session; `expires_at` is the session's absolute end."""

    user_id: int
    username: str
    role: Role
    tenant_id: int
    tenant_name: str
    expires_at: datetime

    def allows(self, permission: Permission) -> bool:
        """Whether this user's role has `permission`."""
        return allows(self.role, permission)


class SessionStore:
    """Opens, checks, slides and ends sessions."""

    def __init__(self, store: Store, *, idle_minutes: int, max_hours: int) -> None:
        self.store = store
        self.idle = timedelta(minutes=idle_minutes)
        self.max_age = timedelta(hours=max_hours)

    def open(
        self, user_id: int, now: datetime, until: datetime | None = None
    ) -> tuple[str, datetime]:
        """A new session for `user_id`, ending at `until` at the latest; (token, expiry)."""
        token = SESSION_PREFIX + secrets.token_urlsafe(32)
        expires_at = min(now + self.max_age, until) if until else now + self.max_age
        with self.store.session() as session:  # expired ones stay until `expire` records them
            session.add(
                UserSession(
                    token_hash=hash_secret(token),
                    user_id=user_id,
                    created_at=now,
                    last_seen_at=now,
                    expires_at=expires_at,
                )
            )
        return token, expires_at

    def user(self, token: str, now: datetime) -> SessionUser | None:
        """The user of a live session (sliding its idle timer), else None."""
        with self.store.session() as session:
            row = session.execute(
                select(UserSession, User, Tenant)
                .join(User, User.id == UserSession.user_id)
                .join(Tenant, Tenant.id == User.tenant_id)
                .where(UserSession.token_hash == hash_secret(token))
            ).first()
            if row is None:
                return None
            user_session, user, tenant = row
            last_seen = as_utc(user_session.last_seen_at)
            expires_at = as_utc(user_session.expires_at)
            if now >= expires_at or now - last_seen >= self.idle:
                return None  # ended; `expire` removes it and says so in the audit trail
            if now - last_seen >= TOUCH_EVERY:
                user_session.last_seen_at = now
            return SessionUser(
                user_id=user.id,
                username=user.username,
                role=Role(user.role),
                tenant_id=tenant.id,
                tenant_name=tenant.name,
                expires_at=expires_at,
            )

    def expire(self, now: datetime) -> list[ExpiredSession]:
        """Remove every session past its idle or absolute end; returns who they belonged to."""
        with self.store.session() as session:
            rows = session.execute(
                select(UserSession, User.username, Tenant.id, Tenant.name)
                .join(User, User.id == UserSession.user_id)
                .join(Tenant, Tenant.id == User.tenant_id)
                .where(
                    or_(UserSession.expires_at <= now, UserSession.last_seen_at <= now - self.idle)
                )
            ).all()
            ended = []
            for user_session, username, tenant_id, tenant_name in rows:
                reason = "max_age" if as_utc(user_session.expires_at) <= now else "idle"
                ended.append(ExpiredSession(username, tenant_id, tenant_name, reason))
                session.delete(user_session)
        return ended

    def end(self, token: str) -> None:
        """End one session (unknown tokens are ignored)."""
        with self.store.session() as session:
            session.execute(delete(UserSession).where(UserSession.token_hash == hash_secret(token)))

    def end_all(self, user_id: int) -> int:
        """End every session of `user_id`; returns how many there were."""
        with self.store.session() as session:
            result = session.execute(delete(UserSession).where(UserSession.user_id == user_id))
            return int(result.rowcount)  # type: ignore[attr-defined]
