"""Tenants and their API keys: create, list, delete, authenticate, revoke."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from compliance.pii.policy import PiiPolicy, PolicyError
from sandboxes.errors import ServiceError
from sandboxes.keys import hash_secret, new_api_key, new_key_id
from sandboxes.models import ApiKey, Tenant, UsageDaily
from sandboxes.people import purge_tenant_people
from sandboxes.principal import Principal, principal_of
from sandboxes.roles import API_KEY_ROLE, Role
from store.db import Store, utcnow

TENANT_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{1,63}$")


class TenantError(ServiceError):
    """A tenant operation that cannot be done as asked."""


@dataclass(frozen=True)
class QuotaDefaults:
    """Quotas a new tenant starts with."""

    daily_tokens: int | None
    monthly_tokens: int | None
    requests_per_minute: int | None


class TenantService:
    """Tenant and key administration on the store."""

    def __init__(self, store: Store, defaults: QuotaDefaults) -> None:
        self.store = store
        self.defaults = defaults

    def create(self, name: str) -> tuple[dict[str, Any], str]:
        """Create a tenant with a first key; returns (tenant info, plain key)."""
        if not TENANT_NAME.match(name):
            raise TenantError(
                "tenant names are 2-64 characters: lower-case letters, digits, '-' and '_'",
                code="invalid_tenant_name",
            )
        try:
            with self.store.session() as session:
                tenant = Tenant(
                    name=name,
                    daily_token_quota=self.defaults.daily_tokens,
                    monthly_token_quota=self.defaults.monthly_tokens,
                    requests_per_minute=self.defaults.requests_per_minute,
                )
                session.add(tenant)
                session.flush()
                key_info, key = self._add_key(session, tenant, "initial")
                info = self._info(tenant)
        except IntegrityError as exc:
            raise TenantError(
                f"tenant '{name}' exists already", status=409, code="tenant_exists"
            ) from exc
        info["key_id"] = key_info["key_id"]
        return info, key

    def list_all(self) -> list[dict[str, Any]]:
        """All tenants with their quotas and key counts."""
        with self.store.session() as session:
            tenants = session.scalars(select(Tenant).order_by(Tenant.name)).all()
            result = []
            for tenant in tenants:
                info = self._info(tenant)
                keys = session.scalars(select(ApiKey).where(ApiKey.tenant_id == tenant.id)).all()
                info["active_keys"] = sum(1 for k in keys if k.revoked_at is None)
                result.append(info)
            return result

    def delete(
        self, name: str, record: Callable[[Session, dict[str, int]], None] | None = None
    ) -> dict[str, int]:
        """Delete a tenant with its keys, usage, users and their data; returns removed counts.

        `record` runs in the same transaction with the counts (the deletion's audit record).
        """
        with self.store.session() as session:
            tenant = self._get(session, name)
            people = purge_tenant_people(session, tenant.id)
            keys = delete(ApiKey).where(ApiKey.tenant_id == tenant.id)
            usage = delete(UsageDaily).where(UsageDaily.tenant_id == tenant.id)
            removed = {
                "api_keys": session.execute(keys).rowcount,  # type: ignore[attr-defined]
                "usage_rows": session.execute(usage).rowcount,  # type: ignore[attr-defined]
                **people,
            }
            session.delete(tenant)
            if record is not None:
                record(session, removed)
        self.store.reclaim()  # its people's chats leave the database files too
        return removed

    def create_key(self, name: str, label: str = "") -> tuple[dict[str, Any], str]:
        """Issue another key for a tenant; returns (key info, plain key)."""
        with self.store.session() as session:
            tenant = self._get(session, name)
            return self._add_key(session, tenant, label)

    def list_keys(self, name: str) -> list[dict[str, Any]]:
        """The keys of a tenant (ids and prefixes only)."""
        with self.store.session() as session:
            tenant = self._get(session, name)
            keys = session.scalars(
                select(ApiKey).where(ApiKey.tenant_id == tenant.id).order_by(ApiKey.created_at)
            ).all()
            return [self._key_info(tenant, key) for key in keys]

    def revoke_key(self, key_id: str) -> dict[str, Any]:
        """Revoke a key by id; it fails authentication from then on."""
        with self.store.session() as session:
            key = session.get(ApiKey, key_id)
            if key is None:
                raise TenantError(f"no key '{key_id}'", status=404, code="key_not_found")
            if key.revoked_at is None:
                key.revoked_at = utcnow()
            tenant = session.get(Tenant, key.tenant_id)
            assert tenant is not None
            return self._key_info(tenant, key)

    def set_limits(self, name: str, changes: dict[str, Any]) -> dict[str, Any]:
        """Change a tenant's quotas or allowed models (only the given fields)."""
        allowed = {
            "daily_token_quota",
            "monthly_token_quota",
            "requests_per_minute",
            "allowed_models",
            "max_concurrent",
            "max_tokens_in_flight",
        }
        with self.store.session() as session:
            tenant = self._get(session, name)
            for limit, value in changes.items():
                if limit not in allowed:
                    raise TenantError(f"unknown limit '{limit}'", code="invalid_limit")
                setattr(tenant, limit, value)
            return self._info(tenant)

    def pii_policy(self, name: str) -> PiiPolicy:
        """The tenant's PII policy (the SME defaults until one is set)."""
        with self.store.session() as session:
            return PiiPolicy.from_json(self._get(session, name).pii_policy)

    def set_pii_policy(self, name: str, data: dict[str, Any] | None) -> PiiPolicy:
        """Replace the tenant's PII policy (None: back to the defaults); validated first."""
        try:
            policy = PiiPolicy.from_json(data)
        except PolicyError as exc:
            raise TenantError(str(exc), code="invalid_pii_policy") from exc
        with self.store.session() as session:
            self._get(session, name).pii_policy = None if data is None else policy.to_json()
        return policy

    def get_id(self, name: str) -> int:
        """The id of the tenant called `name` (404 if there is none)."""
        with self.store.session() as session:
            return self._get(session, name).id

    def authenticate(self, key: str) -> Principal | None:
        """The principal for a plain key, or None if unknown or revoked."""
        with self.store.session() as session:
            row = session.execute(
                select(ApiKey, Tenant)
                .join(Tenant, Tenant.id == ApiKey.tenant_id)
                .where(ApiKey.key_hash == hash_secret(key))
            ).first()
            if row is None:
                return None
            api_key, tenant = row
            if api_key.revoked_at is not None:
                return None
            return principal_of(tenant, api_key.id, API_KEY_ROLE)

    def acting_for(self, name: str) -> Principal:
        """The principal of the installation's operator acting for tenant `name`."""
        with self.store.session() as session:
            return principal_of(self._get(session, name), "admin", Role.OPERATOR)

    def principal_for_id(
        self, tenant_id: int, key_id: str, role: Role, username: str | None = None
    ) -> Principal:
        """The principal of tenant `tenant_id` calling as `key_id` with `role` (404 if gone)."""
        with self.store.session() as session:
            tenant = session.get(Tenant, tenant_id)
            if tenant is None:
                raise TenantError(
                    f"no tenant with id {tenant_id}", status=404, code="tenant_not_found"
                )
            return principal_of(tenant, key_id, role, username)

    def _add_key(self, session: Any, tenant: Tenant, label: str) -> tuple[dict[str, Any], str]:
        key = new_api_key()
        row = ApiKey(
            id=new_key_id(),
            tenant_id=tenant.id,
            key_hash=hash_secret(key),
            prefix=key[:8],
            label=label,
        )
        session.add(row)
        session.flush()
        return self._key_info(tenant, row), key

    @staticmethod
    def _get(session: Any, name: str) -> Tenant:
        tenant = session.scalars(select(Tenant).where(Tenant.name == name)).first()
        if tenant is None:
            raise TenantError(f"no tenant '{name}'", status=404, code="tenant_not_found")
        return tenant

    @staticmethod
    def _info(tenant: Tenant) -> dict[str, Any]:
        return {
            "tenant": tenant.name,
            "created_at": tenant.created_at.isoformat() if tenant.created_at else None,
            "daily_token_quota": tenant.daily_token_quota,
            "monthly_token_quota": tenant.monthly_token_quota,
            "requests_per_minute": tenant.requests_per_minute,
            "allowed_models": tenant.allowed_models,
            "max_concurrent": tenant.max_concurrent,
            "max_tokens_in_flight": tenant.max_tokens_in_flight,
        }

    @staticmethod
    def _key_info(tenant: Tenant, key: ApiKey) -> dict[str, Any]:
        return {
            "tenant": tenant.name,
            "key_id": key.id,
            "prefix": key.prefix,
            "label": key.label,
            "created_at": key.created_at.isoformat() if key.created_at else None,
            "revoked": key.revoked_at is not None,
        }
