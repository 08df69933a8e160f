"""What the documentation pack is given to read: the gateway's services and settings."""

from __future__ import annotations

from typing import Any

from compliance.audit_anchor import AuditAnchor
from compliance.docpack.facts import FactSources
from compliance.pii.pii_filter import PiiFilter
from compliance.signing import KEY_FILE
from rag.ingestion import IngestionService
from rag.retrieval import Retriever
from rag.selftest_service import SelfTestService
from sandboxes.tenants import TenantService
from sandboxes.users import UserService
from serving.backends import ModelRouter
from serving.model_registry import ModelRegistry
from serving.settings import Settings
from store.db import Store
from workshops.service import WorkshopService


def model_facts(
    router: ModelRouter, registry: ModelRegistry, settings: Settings
) -> list[dict[str, Any]]:
    """Every served model as the pack states it: source, weights hash, licence, serving."""
    registered = {row["name"]: row for row in registry.list()}
    facts = []
    for model in router.models():
        row = registered.get(model.name, {})
        facts.append(
            {
                "name": model.name,
                "source": row.get("source") or "remote vLLM endpoint",
                "weights_sha256": model.weights_sha256 or row.get("weights_sha256") or "",
                "license": row.get("license") or "",
                "context_length": model.context_length or row.get("context_length"),
                "replicas": len(model.replicas),
                "serving": {
                    "engine": "vLLM",
                    "dtype": settings.vllm_dtype,
                    "max_model_len": settings.vllm_max_model_len,
                },
            }
        )
    return facts


def pack_sources(
    settings: Settings,
    *,
    store: Store,
    tenants: TenantService,
    users: UserService,
    audit: AuditAnchor,
    pii: PiiFilter,
    ingestion: IngestionService,
    selftests: SelfTestService,
    workshops: WorkshopService,
    router: ModelRouter,
    registry: ModelRegistry,
    retriever: Retriever,
) -> FactSources:
    """The pack's sources, wired from the gateway's services (the app factory calls this)."""
    return FactSources(
        store=store,
        tenants=tenants,
        users=users,
        audit=audit,
        pii=pii,
        ingestion=ingestion,
        selftests=selftests,
        attendance=workshops.attendance_records,
        model_facts=lambda: model_facts(router, registry, settings),
        installation={
            "session_idle_minutes": settings.session_idle_minutes,
            "session_max_hours": settings.session_max_hours,
            "login_max_failures": settings.login_max_failures,
            "database": store.dialect,
            "vector_index": "Qdrant server" if settings.qdrant_url else "Qdrant Edge (in-process)",
            "embedder": retriever.embedder.model_id,
            "index_text": "sealed per document (AES-256-GCM, crypto-shredding on deletion)",
            "max_upload_bytes": settings.max_upload_bytes,
        },
        key_path=settings.data_dir / KEY_FILE,
    )
