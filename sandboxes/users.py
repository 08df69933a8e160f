"""People who log in to the web UI: accounts, roles, passwords, lockout and sessions."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sandboxes.errors import ServiceError
from sandboxes.login_throttle import LoginThrottle
from sandboxes.models import Tenant, User
from sandboxes.passwords import (
    burn_verification,
    hash_password,
    needs_rehash,
    new_password,
    verify_password,
)
from sandboxes.people import purge_user
from sandboxes.principal import PERSON_KEY_PREFIX, Principal
from sandboxes.roles import Role, parse_role
from sandboxes.sessions import SessionStore, SessionUser
from sandboxes.tenants import TenantService
from store.db import Store, as_utc, utcnow

__all__ = ["SessionUser", "UserError", "UserService"]

USERNAME = re.compile(r"^[a-z0-9._-]{3,64}$")


class UserError(ServiceError):
    """A user operation or login that cannot be done as asked."""

    def __init__(
        self, message: str, *, status: int = 400, code: str | None = None, retry_after: int = 0
    ) -> None:
        super().__init__(message, status=status, code=code)
        self.retry_after = retry_after


def assignable_role(value: str) -> Role:
    """A role an administrator may give; workshop seats come only from join codes."""
    role = parse_role(value)
    if role is Role.PARTICIPANT:
        raise UserError(
            "participant accounts are created by workshop join codes, not by hand",
            code="invalid_role",
        )
    return role


class UserService:
    """User administration, login and sessions on the store."""

    def __init__(
        self,
        store: Store,
        tenants: TenantService,
        *,
        idle_minutes: int = 60,
        max_hours: int = 12,
        max_failures: int = 5,
        lockout_minutes: int = 15,
    ) -> None:
        self.store = store
        self.tenants = tenants
        self.sessions = SessionStore(store, idle_minutes=idle_minutes, max_hours=max_hours)
        self.throttle = LoginThrottle(store, max_failures, lockout_minutes)
        burn_verification("")  # computes the dummy hash now, not during the first login

    def create(self, tenant: str, username: str, role: str) -> tuple[dict[str, Any], str]:
        """Create a user in `tenant`; returns (info, generated initial password)."""
        name = username.strip().lower()
        if not USERNAME.match(name):
            raise UserError(
                "usernames are 3-64 characters: lower-case letters, digits, '.', '-' and '_'",
                code="invalid_username",
            )
        user_role = assignable_role(role)
        password = new_password()
        password_hash = hash_password(password)
        tenant_id = self.tenants.get_id(tenant)
        try:
            with self.store.session() as session:
                user = User(
                    tenant_id=tenant_id,
                    username=name,
                    password_hash=password_hash,
                    role=user_role.value,
                )
                session.add(user)
                session.flush()
                info = self._info(user, tenant)
        except IntegrityError as exc:
            raise UserError(
                f"user '{name}' exists already", status=409, code="user_exists"
            ) from exc
        return info, password

    def list(self, tenant: str | None = None) -> list[dict[str, Any]]:
        """The users of `tenant`, or of every tenant if None."""
        query = select(User, Tenant.name).join(Tenant, Tenant.id == User.tenant_id)
        if tenant is not None:
            query = query.where(Tenant.id == self.tenants.get_id(tenant))
        with self.store.session() as session:
            rows = session.execute(query.order_by(Tenant.name, User.username)).all()
            return [self._info(user, tenant_name) for user, tenant_name in rows]

    def delete(self, tenant: str, username: str) -> dict[str, Any]:
        """Delete a user with their sessions and conversations; returns removed counts."""
        with self.store.session() as session:
            user = self._get(session, tenant, username)
            removed = purge_user(session, user)
        self.store.reclaim()  # their chats leave the database files too
        return {"username": user.username, "tenant": tenant, **removed}

    def reset_password(self, tenant: str, username: str) -> str:
        """Give the user a new generated password, end their sessions and lift any lock."""
        password = new_password()
        password_hash = hash_password(password)
        with self.store.session() as session:
            user = self._get(session, tenant, username)
            user.password_hash = password_hash
            user.password_changed_at = utcnow()
        self.sessions.end_all(user.id)
        self.throttle.clear(user.username)
        return password

    def set_role(self, tenant: str, username: str, role: str) -> dict[str, Any]:
        """Change a user's role (it applies from their next request on)."""
        user_role = assignable_role(role)
        with self.store.session() as session:
            user = self._get(session, tenant, username)
            user.role = user_role.value
            return self._info(user, tenant)

    def login(self, username: str, password: str) -> tuple[str, SessionUser]:
        """Check the password and open a session; returns (session token, user)."""
        name = username.strip().lower()[:64]
        now = utcnow()
        wait = self.throttle.locked_for(name, now)
        if wait:
            raise UserError(
                f"too many failed logins; try again in {wait} seconds",
                status=429,
                code="login_locked",
                retry_after=wait,
            )
        with self.store.session() as session:
            user = session.scalars(select(User).where(User.username == name)).first()
        if user is None:
            burn_verification(password)
        if user is None or not verify_password(user.password_hash, password):
            self.throttle.failed(name, now)
            raise UserError("wrong username or password", status=401, code="invalid_credentials")
        self.throttle.clear(name)
        if needs_rehash(user.password_hash):
            self._rehash(user.id, password)
        token, _ = self.sessions.open(user.id, now)
        session_user = self.sessions.user(token, now)
        assert session_user is not None
        return token, session_user

    def sso_login(self, tenant: str, username: str, role: str) -> tuple[str, SessionUser]:
        """Open a session for a person the identity provider vouched for: created on the
        first login, the role set from the provider's groups on every login."""
        name = username.strip().lower()[:64]
        tenant_id = self.tenants.get_id(tenant)
        user_role = assignable_role(role)
        with self.store.session() as session:
            user = session.scalars(select(User).where(User.username == name)).first()
            if user is not None and user.tenant_id != tenant_id:
                raise UserError(
                    f"the user '{name}' belongs to another organisation",
                    status=409,
                    code="user_exists",
                )
        if user is None:
            self.create(tenant, name, user_role.value)  # its generated password is never shown
        else:
            self.set_role(tenant, name, user_role.value)
        with self.store.session() as session:
            found = session.scalars(select(User).where(User.username == name)).one()
            user_id = found.id
        token, _ = self.sessions.open(user_id, utcnow())
        session_user = self.sessions.user(token, utcnow())
        assert session_user is not None
        return token, session_user

    def session_user(self, token: str) -> SessionUser | None:
        """The user of a live session, or None (unknown, idle too long or past its end)."""
        return self.sessions.user(token, utcnow())

    def logout(self, token: str) -> None:
        """End the session of `token`."""
        self.sessions.end(token)

    def principal(self, user: SessionUser) -> Principal:
        """The tenant principal for `user`: their role, their name, key id `usr_<id>`."""
        return self.tenants.principal_for_id(
            user.tenant_id, f"{PERSON_KEY_PREFIX}{user.user_id}", user.role, user.username
        )

    def _rehash(self, user_id: int, password: str) -> None:
        with self.store.session() as session:
            user = session.get(User, user_id)
            if user is not None:
                user.password_hash = hash_password(password)

    @staticmethod
    def _get(session: Session, tenant: str, username: str) -> User:
        name = username.strip().lower()
        row = session.execute(
            select(User, Tenant.name)
            .join(Tenant, Tenant.id == User.tenant_id)
            .where(User.username == name)
        ).first()
        if row is None or row[1] != tenant:
            TenantService._get(session, tenant)  # 404 for a missing tenant first
            raise UserError(
                f"no user '{name}' in tenant '{tenant}'", status=404, code="user_not_found"
            )
        return row[0]

    @staticmethod
    def _info(user: User, tenant: str) -> dict[str, Any]:
        return {
            "username": user.username,
            "tenant": tenant,
            "role": user.role,
            "created_at": as_utc(user.created_at).isoformat() if user.created_at else None,
        }
