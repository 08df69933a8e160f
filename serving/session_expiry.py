"""Sessions that run out are removed by the gateway's housekeeping, each one a security event."""

from __future__ import annotations

from compliance.security_log import SecurityLog
from sandboxes.sessions import SessionStore
from store.db import utcnow


def record_expired_sessions(sessions: SessionStore, security: SecurityLog) -> int:
    """End every session past its idle or absolute end, with one audit record each."""
    ended = sessions.expire(utcnow())
    for session in ended:
        security.record(
            "session_expired",
            actor=session.username,
            tenant=session.tenant_name,
            tenant_id=session.tenant_id,
            reason=session.reason,
        )
    return len(ended)
