"""Who is calling: a tenant through a key, a logged-in user, or the operator acting for it."""

from __future__ import annotations

from dataclasses import dataclass, field

from compliance.pii.policy import PiiPolicy
from sandboxes.models import Tenant
from sandboxes.roles import Permission, Role, allows

PERSON_KEY_PREFIX = "usr_"  # the key id of a logged-in person: `usr_<user id>`


@dataclass(frozen=True)
class Principal:
    """Who is calling: a tenant through one of its keys (or a user, or the operator)."""

    tenant_id: int
    tenant_name: str
    key_id: str
    daily_token_quota: int | None
    monthly_token_quota: int | None
    requests_per_minute: int | None
    allowed_models: tuple[str, ...] | None
    pii_policy: PiiPolicy = field(default_factory=PiiPolicy, compare=False)
    role: Role = Role.MEMBER
    username: str | None = None
    key_daily_token_quota: int | None = None  # per key or user (a workshop seat)
    max_concurrent: int | None = None  # fair share at the engines; None: the defaults
    max_tokens_in_flight: int | None = None

    @property
    def is_person(self) -> bool:
        """A person in the UI or a workshop seat (their session), not an API key."""
        return self.key_id.startswith(PERSON_KEY_PREFIX)

    def may_use(self, model: str) -> bool:
        """Whether this tenant may call `model`."""
        return self.allowed_models is None or model in self.allowed_models

    def allows(self, permission: Permission) -> bool:
        """Whether this principal's role has `permission`."""
        return allows(self.role, permission)


def principal_of(
    tenant: Tenant, key_id: str, role: Role = Role.MEMBER, username: str | None = None
) -> Principal:
    """The principal of `tenant` calling as `key_id` with `role`."""
    return Principal(
        tenant_id=tenant.id,
        tenant_name=tenant.name,
        key_id=key_id,
        daily_token_quota=tenant.daily_token_quota,
        monthly_token_quota=tenant.monthly_token_quota,
        requests_per_minute=tenant.requests_per_minute,
        allowed_models=tuple(tenant.allowed_models) if tenant.allowed_models is not None else None,
        pii_policy=PiiPolicy.from_json(tenant.pii_policy),
        role=role,
        username=username,
        key_daily_token_quota=tenant.key_daily_token_quota,
        max_concurrent=tenant.max_concurrent,
        max_tokens_in_flight=tenant.max_tokens_in_flight,
    )
