"""Security events on the audit chain: logins, logouts, keys, users, roles, policies, packs,
workshop ends and uses of the admin token, each with actor, tenant and source address, never
a password, key or token. Records carry the request-id prefix `sec_`; the event and its
details sit in the record's JSON details column (`retrieval`, named for model calls)."""

from __future__ import annotations

import json
import logging
import uuid
from typing import Any

from sqlalchemy import or_, select

from compliance.audit import AuditEntry, AuditLog, AuditRecord

log = logging.getLogger(__name__)
SECURITY_PREFIX = "sec_"
EVENTS = frozenset(
    {
        "login_ok", "login_failed", "login_locked", "logout", "session_expired",
        "key_created", "key_revoked", "user_created", "user_deleted", "password_reset",
        "role_changed", "pii_policy_changed", "limits_changed", "tenant_created",
        "pack_exported", "workshop_ended", "admin_token_used",
    }
)  # fmt: skip


class SecurityLog:
    """Writes one audit record per security event."""

    def __init__(self, audit: AuditLog) -> None:
        self.audit = audit

    def record(
        self,
        event: str,
        *,
        actor: str,
        tenant: str = "",
        tenant_id: int | None = None,
        source_ip: str = "",
        status: int = 200,
        **details: Any,
    ) -> None:
        """Append the event (`EVENTS` names them) to the chain."""
        if event not in EVENTS:
            raise ValueError(f"unknown security event {event!r}")
        entry = AuditEntry(
            request_id=SECURITY_PREFIX + uuid.uuid4().hex[:24],
            status=status,
            tenant_id=tenant_id,
            tenant=tenant[:64],
            key_id=actor[:32],
            error_code=event if status >= 400 else "",
            retrieval={"event": event, "source_ip": source_ip, **details},
        )
        self.audit.append(entry)
        log.info("security event=%s tenant=%s status=%s", event, tenant, status)

    def recent(
        self, tenant: str, limit: int = 50, installation: bool = False
    ) -> list[dict[str, Any]]:
        """The newest security events of `tenant` (and the installation's own, for operators)."""
        scope = [AuditRecord.tenant == tenant]
        if installation:
            scope.append(AuditRecord.tenant == "")
        query = (
            select(AuditRecord)
            .where(AuditRecord.request_id.startswith(SECURITY_PREFIX), or_(*scope))
            .order_by(AuditRecord.seq.desc())
            .limit(limit)
        )
        with self.audit.store.session() as session:
            return [
                {"ts": r.ts, "tenant": r.tenant, "actor": r.key_id, "status": r.status,
                 **json.loads(r.retrieval or "{}")}
                for r in session.scalars(query)
            ]  # fmt: skip
