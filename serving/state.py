"""The wired services of one gateway instance (built by the app factory, never global)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from compliance.audit import AuditLog
from compliance.audit_anchor import AuditAnchor
from compliance.docpack.pack import DocPackService
from compliance.pii.pii_filter import PiiFilter
from compliance.security_log import SecurityLog
from rag.ingestion import IngestionService
from rag.retrieval import Retriever
from rag.selftest_service import SelfTestService
from rag.vector_index import VectorIndex
from sandboxes.conversations import ConversationService
from sandboxes.quotas import QuotaService
from sandboxes.tenants import TenantService
from sandboxes.users import UserService
from sandboxes.votes import CompareVotes
from serving.audited_door import AuditedDoors
from serving.backends import ModelRouter
from serving.backup import BackupService
from serving.chat_pipeline import ChatPipeline
from serving.fair_share import FairShare
from serving.metrics import GatewayMetrics
from serving.model_registry import ModelRegistry
from serving.settings import Settings
from serving.supervisor import EngineSupervisor
from serving.tenant_deletion import TenantDeletion
from store.db import Store
from workshops.runner import ExerciseRunner
from workshops.service import WorkshopService
from workshops.wipe import WorkshopWiper


@dataclass
class GatewayState:
    """Everything a request handler may need, passed through `app.state.gateway`."""

    settings: Settings
    store: Store
    tenants: TenantService
    quotas: QuotaService
    audit: AuditLog
    audit_anchor: AuditAnchor
    registry: ModelRegistry
    router: ModelRouter
    metrics: GatewayMetrics
    chat: ChatPipeline
    doors: AuditedDoors
    security: SecurityLog
    http: httpx.AsyncClient
    ingestion: IngestionService
    retriever: Retriever
    index: VectorIndex
    pii: PiiFilter
    users: UserService
    conversations: ConversationService
    votes: CompareVotes
    workshops: WorkshopService
    wiper: WorkshopWiper
    tenant_deletion: TenantDeletion
    backups: BackupService
    exercises: ExerciseRunner
    selftests: SelfTestService
    docpack: DocPackService
    admin_token_hash: str
    fair: FairShare | None = None
    supervisor: EngineSupervisor | None = None  # local engines, set by the app factory
    public_url: str = ""
    # Periodic clean-ups added by mounted parts (the UI's expired downloads); run by the
    # gateway's housekeeping task.
    sweepers: list[Callable[[], Any]] = field(default_factory=list)
