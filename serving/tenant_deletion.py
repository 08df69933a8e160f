"""Deleting a firm: one service operation, audited, atomic where the stores allow.

Files, vectors and data keys live outside the database and go first (each step idempotent);
then the tenant's rows (keys, users, their chats, usage) and the audit record of the deletion
are removed and written in one transaction. A crash in between leaves the tenant listed with
nothing left in the stores, and running the deletion again completes it.
"""

from __future__ import annotations

import uuid
from typing import Any

from compliance.audit import AuditEntry, AuditLog
from rag.ingestion import IngestionService
from sandboxes.tenants import TenantService
from workshops.service import WorkshopService
from workshops.wipe import WorkshopWiper

ADMIN_ACTION_PREFIX = "adm_"  # request ids of the operator's audited actions


class TenantDeletion:
    """Ends a firm's workshops (with their certified wipe), drops its stores, deletes it."""

    def __init__(
        self,
        tenants: TenantService,
        workshops: WorkshopService,
        wiper: WorkshopWiper,
        ingestion: IngestionService,
        audit: AuditLog,
    ) -> None:
        self.tenants = tenants
        self.workshops = workshops
        self.wiper = wiper
        self.ingestion = ingestion
        self.audit = audit

    def delete(self, name: str, actor: str = "operator") -> dict[str, Any]:
        """Delete tenant `name` and everything of it; the counts say what was removed."""
        tenant_id = self.tenants.get_id(name)  # 404 before anything is touched
        running = [w for w in self.workshops.list_for(tenant_id) if w["status"] == "running"]
        for workshop in running:  # their sandboxes go with a verified wipe, not a cascade
            self.wiper.end(workshop["id"], actor, tenant_id)
        documents = self.ingestion.drop_tenant(name)
        counts: dict[str, Any] = {
            "files": documents["files"],
            "chunks": documents["chunks"],
            "workshops": len(running),
        }

        def record(session: Any, removed: dict[str, int]) -> None:
            counts.update(removed)
            entry = AuditEntry(
                request_id=ADMIN_ACTION_PREFIX + uuid.uuid4().hex[:24],
                status=200,
                tenant_id=tenant_id,
                tenant=name,
                key_id=actor,
                error_code="",
                retrieval={"action": "tenant_deleted", "removed": dict(counts)},
            )
            self.audit.append_in(session, entry)

        self.tenants.delete(name, record)
        return {"tenant": name, "deleted": documents["remaining"] == 0, "removed": counts}
