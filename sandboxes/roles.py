"""The role matrix: which role may do what, in one place."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType

from sandboxes.errors import ServiceError


class Role(StrEnum):
    """What a person (or program) is in the installation."""

    OPERATOR = "operator"
    TENANT_ADMIN = "tenant_admin"
    MEMBER = "member"
    TRAINER = "trainer"
    COMPLIANCE_OFFICER = "compliance_officer"
    PARTICIPANT = "participant"  # a workshop seat: pseudonymous, for one session only


class Permission(StrEnum):
    """One thing a role may or may not do."""

    CHAT = "chat"
    COMPARE = "compare"
    DOCUMENTS_READ = "documents_read"
    DOCUMENTS_WRITE = "documents_write"
    USAGE_VIEW = "usage_view"
    ADMINISTRATION = "administration"
    USERS_MANAGE = "users_manage"
    KEYS_MANAGE = "keys_manage"
    QUOTAS_MANAGE = "quotas_manage"
    PII_POLICY_MANAGE = "pii_policy_manage"
    MODELS_VIEW = "models_view"
    ALL_TENANTS = "all_tenants"
    COMPLIANCE_PACK = "compliance_pack"
    WORKSHOPS_RUN = "workshops_run"
    WORKSHOP_JOIN = "workshop_join"


_P = Permission
_MEMBER = frozenset({_P.CHAT, _P.COMPARE, _P.DOCUMENTS_READ, _P.DOCUMENTS_WRITE})

ROLE_PERMISSIONS: Mapping[Role, frozenset[Permission]] = MappingProxyType(
    {
        Role.OPERATOR: frozenset(Permission) - {_P.WORKSHOP_JOIN},
        Role.TENANT_ADMIN: _MEMBER
        | {
            _P.USAGE_VIEW,
            _P.ADMINISTRATION,
            _P.USERS_MANAGE,
            _P.KEYS_MANAGE,
            _P.PII_POLICY_MANAGE,
            _P.MODELS_VIEW,
            _P.COMPLIANCE_PACK,
        },
        Role.MEMBER: _MEMBER,
        Role.TRAINER: _MEMBER | {_P.WORKSHOPS_RUN},
        Role.COMPLIANCE_OFFICER: frozenset(
            {_P.CHAT, _P.DOCUMENTS_READ, _P.USAGE_VIEW, _P.COMPLIANCE_PACK}
        ),
        # No uploads: the room shares one index, so one participant's file would reach others.
        Role.PARTICIPANT: frozenset({_P.CHAT, _P.COMPARE, _P.DOCUMENTS_READ, _P.WORKSHOP_JOIN}),
    }
)

# Programs calling with an API key act as members of their tenant.
API_KEY_ROLE = Role.MEMBER


def parse_role(value: str) -> Role:
    """The role called `value`; a 400 naming the valid roles otherwise."""
    try:
        return Role(value.strip().lower())
    except ValueError as exc:
        valid = ", ".join(role.value for role in Role)
        raise ServiceError(
            f"unknown role {value!r}; valid roles: {valid}", code="invalid_role"
        ) from exc


def allows(role: Role | str, permission: Permission) -> bool:
    """Whether `role` has `permission` (unknown role names have none)."""
    try:
        return permission in ROLE_PERMISSIONS[Role(role)]
    except ValueError:
        return False
