"""The one chat pipeline, free of HTTP: permission, quota, PII in, retrieval, PII on the prompt,
model, PII out, usage and audit, for the API, the UI, workshops and compare alike.

Every outcome, including an unexpected exception, ends in `_finish`: usage, the quota
reservation and the audit record are written in one transaction.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import logging
import time
import uuid
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar

import anyio

from compliance.audit import MODEL_CALL_PREFIX, AuditEntry, AuditLog
from compliance.pii.pii_filter import PiiFilter
from rag.retrieval import (
    CHARS_PER_TOKEN,
    Retriever,
    Source,
    fit_sources,
    retrieval_summary,
    sources_message,
)
from sandboxes.principal import Principal
from sandboxes.quotas import QuotaExceeded, QuotaService, Usage
from sandboxes.roles import Permission
from serving.audited_door import AuditedDoors
from serving.backends import (
    BackendError,
    BackendHTTPError,
    BackendStreamBroken,
    BackendUnavailable,
    LLMBackend,
    ModelRouter,
    ServedModel,
    StreamChunk,
)
from serving.chat_call import (
    DOCS_SUFFIX,
    ChatCall,
    ChatChunk,
    ChatEvent,
    ChatFailed,
    ChatOutcome,
    ChatResult,
    ChatStream,
)
from serving.errors import APIError, ensure_allowed, outcome_of, retry_later
from serving.fair_share import FairShare, Share, Slot, TenantBusy
from serving.metrics import GatewayMetrics
from serving.pii_hops import RECEIPT_HEADER, CallPii
from serving.protocol import ChatCompletionRequest
from store.db import Store

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass
class CallContext:
    """Everything the pipeline learns about one call; becomes its audit record."""

    principal: Principal
    model: str
    stream: bool
    request_id: str = field(default_factory=lambda: MODEL_CALL_PREFIX + uuid.uuid4().hex[:24])
    started: float = field(default_factory=time.perf_counter)
    weights_sha256: str = ""
    usage: Usage = field(default_factory=Usage)
    status: int = 200
    error_code: str = ""
    pii_receipt: dict[str, Any] = field(default_factory=dict)
    pii: CallPii | None = None
    sources: list[Source] = field(default_factory=list)
    retrieval: dict[str, Any] = field(default_factory=dict)
    reservation: str | None = None
    finished: bool = False


class ChatPipeline:
    """Runs chat calls through every control of the gateway, for every door."""

    def __init__(
        self,
        store: Store,
        router: ModelRouter,
        quotas: QuotaService,
        audit: AuditLog,
        metrics: GatewayMetrics,
        retriever: Retriever,
        pii: PiiFilter,
        default_top_k: int = 4,
        cache_salt_secret: str = "",
        fair: FairShare | None = None,
        doors: AuditedDoors | None = None,
        engine_priorities: bool = False,
    ) -> None:
        self.engine_priorities = engine_priorities  # the engines run vLLM's priority policy
        self.store = store
        self.doors = doors or AuditedDoors(quotas, audit, pii, retriever.embedder)
        self.fair = fair
        self.cache_salt_secret = cache_salt_secret
        self.retriever = retriever
        self.pii = pii
        self.default_top_k = default_top_k
        self.router = router
        self.quotas = quotas
        self.audit = audit
        self.metrics = metrics

    async def run(self, principal: Principal, call: ChatCall) -> ChatOutcome:
        """Run one chat completion: a `ChatResult`, or a `ChatStream` when streamed.

        Refusals before the model answers (permission, quota, PII block, unknown model,
        backend down) raise `APIError`; each is audited like a served call.
        """
        request = call.request
        model, options = retrieval_options(request)
        if call.frozen_sources is not None:
            options = options or {}
        ctx = CallContext(principal=principal, model=model, stream=request.stream)
        ctx.pii = pii = CallPii(self.pii, call.pii_policy or principal.pii_policy)
        self.metrics.inflight.inc()
        slot: Slot | None = None
        try:
            ensure_allowed(principal, Permission.CHAT)
            served = self._resolve(principal, model)
            ctx.weights_sha256 = served.weights_sha256
            body = request.model_dump(exclude_unset=True)
            body.pop("retrieval", None)
            body["model"] = model
            # The engine's queue order is the gateway's to set, never a caller's.
            body.pop("priority", None)
            if self.engine_priorities:
                body["priority"] = 0 if principal.is_person else 1  # lower goes first
            ctx.reservation = await self._admit(principal, _estimate(body, options))
            if self.cache_salt_secret:
                body["cache_salt"] = self._cache_salt(principal.tenant_name)
            # Retrieval searches with the user's own words while the embedder runs inside the
            # gateway; an embedder served elsewhere gets the filtered words, like the model.
            query = _last_user_text(body["messages"])
            await pii.filter_messages(body["messages"], "input")
            if not self.retriever.embedder.in_process:
                query = _last_user_text(body["messages"])
            if options is not None:
                await self._retrieve(ctx, body, options, query, call.frozen_sources, served)
            model_view = [dict(message) for message in body["messages"]]
            slot = await self._take_slot(principal, request)
            if request.stream:
                stream = await self._start_stream(ctx, served, body, request, slot, model_view)
                slot = None  # the stream gives it back when it ends
                return stream
            result = await self._with_failover(served, lambda replica: replica.chat(body))
            ctx.usage = _usage(result.get("usage"))
            await anyio.to_thread.run_sync(pii.filter_answer, result)
            result["ai_generated"] = _ai_marker(ctx)
            if options is not None:
                result["sources"] = [source.as_dict() for source in ctx.sources]
            if pii.enabled:
                result["pii_receipt"] = pii.receipt()
            return ChatResult(result, self._headers(ctx), model_view)
        except BaseException as exc:  # recorded, then raised on
            ctx.status, ctx.error_code = outcome_of(exc)
            raise
        finally:
            if slot is not None:
                slot.release()
            if not request.stream or ctx.status != 200:
                with anyio.CancelScope(shield=True):
                    await self._finish(ctx)

    async def _retrieve(
        self,
        ctx: CallContext,
        body: dict[str, Any],
        options: dict[str, Any],
        query: str,
        frozen: tuple[Source, ...] | None = None,
        served: ServedModel | None = None,
    ) -> None:
        """Retrieve the tenant's chunks and put them, fenced and filtered, before the chat."""
        if frozen is not None:
            ctx.sources = list(frozen)
        else:
            ctx.sources = await self._search(ctx.principal, query, options)
        if served is not None and served.context_length and ctx.sources:
            # What the model may still read: its window minus the answer and the chat itself.
            answer = answer_tokens(body.get("max_tokens"), body.get("max_completion_tokens"))
            chat = sum(len(str(m.get("content") or "")) for m in body["messages"])
            left = served.context_length - answer - int(chat / CHARS_PER_TOKEN)
            ctx.sources = fit_sources(ctx.sources, left)
        ctx.retrieval = retrieval_summary(ctx.sources)
        if ctx.sources:
            message = sources_message(ctx.sources)
            assert ctx.pii is not None
            await ctx.pii.filter_messages([message], "retrieved")
            body["messages"] = [message, *body["messages"]]

    async def retrieve(
        self, principal: Principal, query: str, options: dict[str, Any]
    ) -> list[Source]:
        """Sources searched once for several calls (compare, workshops): the retrieval door,
        rate-limited and audited like `POST /v1/retrieve`."""
        ensure_allowed(principal, Permission.CHAT)
        async with self.doors.enter(principal, "retrieve") as door:
            (query,) = await self.doors.leaving(door, [query])
            sources = await self._search(principal, query, options)
            door.details = retrieval_summary(sources)
        return sources

    async def _search(
        self, principal: Principal, query: str, options: dict[str, Any]
    ) -> list[Source]:
        """The tenant's best chunks for `query` under the call's retrieval options."""
        top_k = int(options.get("top_k") or self.default_top_k)
        filters = options.get("filters") or None
        if not query or not 1 <= top_k <= 50:
            raise APIError(
                400, "retrieval needs a user message and 1 <= top_k <= 50", param="retrieval"
            )
        try:
            return await anyio.to_thread.run_sync(
                self.retriever.retrieve, principal.tenant_name, query, top_k, filters
            )
        except ValueError as exc:
            raise APIError(400, str(exc), code="invalid_filter", param="retrieval") from exc

    def _cache_salt(self, tenant: str) -> str:
        """vLLM's prefix cache, salted per tenant: no tenant can hit (or time) another's
        cached prompts, and a wiped workshop's cache entries are unreachable for good."""
        key = self.cache_salt_secret.encode()
        return hmac.new(key, tenant.encode(), hashlib.sha256).hexdigest()

    def _headers(self, ctx: CallContext) -> dict[str, str]:
        headers = {"x-request-id": ctx.request_id, AI_GENERATED_HEADER: "true"}
        if ctx.retrieval:
            headers["x-reallabor-context-sha256"] = ctx.retrieval["context_sha256"]
        if ctx.pii is not None and ctx.pii.enabled:
            headers[RECEIPT_HEADER] = ctx.pii.header()
        return headers

    def _resolve(self, principal: Principal, model: str) -> ServedModel:
        served = self.router.get(model)
        if served is None:
            raise APIError(
                404,
                f"The model '{model}' does not exist. GET /v1/models lists the models you can use.",
                code="model_not_found",
                param="model",
            )
        if not principal.may_use(model):
            raise APIError(
                403,
                f"Your organisation is not allowed to use the model '{model}'.",
                code="model_not_allowed",
                param="model",
            )
        return served

    async def _admit(self, principal: Principal, estimate: int) -> str | None:
        try:
            return await anyio.to_thread.run_sync(
                functools.partial(self.quotas.admit, principal, estimate=estimate)
            )
        except QuotaExceeded as exc:
            raise retry_later(exc, exc.retry_after, exc.kind) from exc

    async def _take_slot(self, principal: Principal, request: ChatCompletionRequest) -> Slot | None:
        """A place at the engines within the tenant's fair share (waits its turn, then 429)."""
        if self.fair is None:
            return None
        default = self.fair.default
        tokens = answer_tokens(request.max_tokens, request.max_completion_tokens)
        max_tokens = principal.max_tokens_in_flight or default.max_tokens
        interactive = principal.is_person
        if interactive:
            # People have a share each: a firm's script never holds back its own staff, and
            # twelve seats of one workshop do not queue behind one another.
            party = f"{principal.tenant_name}/{principal.key_id}"
            share = Share(self.fair.person_calls, max_tokens)
        else:
            party = principal.tenant_name
            share = Share(principal.max_concurrent or default.max_calls, max_tokens)
        try:
            return await self.fair.acquire(party, tokens, share, interactive)
        except TenantBusy as exc:
            raise retry_later(exc, exc.retry_after, "tenant_busy") from exc

    async def _with_failover(
        self, served: ServedModel, call: Callable[[LLMBackend], Awaitable[T]]
    ) -> T:
        """Call a healthy replica; on a refused connection try the next one."""
        tried: set[str] = set()
        while True:
            try:
                replica = self.router.pick(served.name, tried)
            except BackendUnavailable as exc:
                raise _as_api_error(exc) from exc
            try:
                return await call(replica)
            except BackendUnavailable:
                tried.add(replica.url)
            except BackendError as exc:
                raise _as_api_error(exc) from exc

    async def _start_stream(
        self,
        ctx: CallContext,
        served: ServedModel,
        body: dict[str, Any],
        request: ChatCompletionRequest,
        slot: Slot | None,
        model_view: list[dict[str, Any]],
    ) -> ChatStream:
        wants_usage = bool(request.stream_options and request.stream_options.include_usage)
        options = dict(body.get("stream_options") or {})
        options["include_usage"] = True  # the gateway always needs the counts for accounting
        body["stream_options"] = options

        async def open_stream(
            replica: LLMBackend,
        ) -> tuple[StreamChunk, AsyncIterator[StreamChunk]]:
            chunks = replica.chat_stream(body)
            # The first chunk is awaited before the stream is handed out, so a refused
            # connection or an error status still becomes a proper error (and HTTP status).
            return await anext(aiter(chunks)), chunks

        first, chunks = await self._with_failover(served, open_stream)
        # The AI marker and the sources travel once, in the first chunk, as extra fields.
        extra: dict[str, Any] = {"ai_generated": _ai_marker(ctx)}
        if ctx.retrieval:
            extra["sources"] = [source.as_dict() for source in ctx.sources]
        first = StreamChunk(json.dumps({**first.data, **extra}, ensure_ascii=False))

        async def abandon() -> None:
            await self._end_stream(ctx, chunks, slot)

        return ChatStream(
            self._headers(ctx),
            model_view,
            self._relay(ctx, first, chunks, wants_usage, slot),
            abandon,
        )

    async def _relay(
        self,
        ctx: CallContext,
        first: StreamChunk,
        chunks: AsyncIterator[StreamChunk],
        wants_usage: bool,
        slot: Slot | None,
    ) -> AsyncGenerator[ChatEvent, None]:
        streamed = 0
        pii = ctx.pii if ctx.pii is not None and ctx.pii.enabled else None
        ctx.status = 499  # until the stream completes: the client went away
        ctx.error_code = "client_closed"
        try:
            chunk: StreamChunk | None = first
            while chunk is not None:
                # Content chunks are relayed byte for byte; only usage chunks are parsed.
                if chunk.may_carry_usage() and chunk.data.get("usage"):
                    ctx.usage = _usage(chunk.data["usage"])
                    if chunk.data.get("choices") or wants_usage:
                        yield ChatChunk(chunk.raw, chunk.data)
                elif pii is not None:
                    streamed += 1
                    # Presidio is CPU work: off the event loop, as every other hop.
                    data = await anyio.to_thread.run_sync(pii.filter_chunk, chunk.data)
                    yield ChatChunk.of(data)
                else:
                    streamed += 1
                    yield ChatChunk(chunk.raw, chunk.data)
                chunk = await anext(chunks, None)
            ctx.status, ctx.error_code = 200, ""
        except BackendError as exc:
            error = _as_api_error(exc)
            ctx.status, ctx.error_code = error.status, error.code or ""
            if not ctx.usage.completion_tokens:
                ctx.usage = Usage(ctx.usage.prompt_tokens, streamed)
            yield ChatFailed(error)
        except Exception:
            ctx.status, ctx.error_code = 500, "internal_error"
            raise
        finally:
            with anyio.CancelScope(shield=True):
                await self._end_stream(ctx, chunks, slot)

    async def _end_stream(
        self, ctx: CallContext, chunks: AsyncIterator[StreamChunk], slot: Slot | None
    ) -> None:
        """Give the engine place back, close the backend stream, account and audit (once)."""
        if slot is not None:
            slot.release()
        close = getattr(chunks, "aclose", None)
        if close is not None:  # the backend stops generating for a client that went away
            await close()
        await self._finish(ctx)

    async def _finish(self, ctx: CallContext) -> None:
        if ctx.finished:
            return
        ctx.finished = True
        seconds = time.perf_counter() - ctx.started
        if ctx.pii is not None:
            ctx.pii_receipt = ctx.pii.receipt()
        self.metrics.inflight.dec()
        self.metrics.observe_call(
            ctx.model, ctx.status, seconds, ctx.usage.prompt_tokens, ctx.usage.completion_tokens
        )
        entry = AuditEntry(
            request_id=ctx.request_id,
            status=ctx.status,
            tenant_id=ctx.principal.tenant_id,
            tenant=ctx.principal.tenant_name,
            key_id=ctx.principal.key_id,
            model=ctx.model,
            weights_sha256=ctx.weights_sha256,
            prompt_tokens=ctx.usage.prompt_tokens,
            completion_tokens=ctx.usage.completion_tokens,
            latency_ms=int(seconds * 1000),
            error_code=ctx.error_code,
            stream=ctx.stream,
            pii_receipt=ctx.pii_receipt,
            retrieval=ctx.retrieval,
        )
        await anyio.to_thread.run_sync(self._persist, ctx, entry)

    def _persist(self, ctx: CallContext, entry: AuditEntry) -> None:
        """Usage, the quota reservation and the audit record: one transaction."""
        today = datetime.now(UTC).date()
        with self.store.session() as session:
            self.quotas.settle(session, ctx.principal, ctx.model, ctx.usage, today, ctx.reservation)
            self.audit.append_in(session, entry)
        log.info(
            "call request_id=%s tenant=%s model=%s status=%s tokens=%s/%s ms=%s",
            entry.request_id,
            entry.tenant,
            entry.model,
            entry.status,
            entry.prompt_tokens,
            entry.completion_tokens,
            entry.latency_ms,
        )


DEFAULT_TOKEN_ESTIMATE = 512  # tokens in flight of a call that sets no max_tokens
RETRIEVAL_TOKEN_ESTIMATE = 1200  # what the retrieved sources may add to a prompt
AI_GENERATED_HEADER = "x-reallabor-ai-generated"


def _ai_marker(ctx: CallContext) -> dict[str, str]:
    """The machine-readable mark of generated content (AI Act Art. 50(2))."""
    return {
        "generator": "Reallabor",
        "model": ctx.model,
        "weights_sha256": ctx.weights_sha256,
        "request_id": ctx.request_id,
        "basis": "EU AI Act Art. 50(2)",
    }


def retrieval_options(request: ChatCompletionRequest) -> tuple[str, dict[str, Any] | None]:
    """The model to call and the retrieval options, from `model+docs` or a `retrieval` field."""
    extra = (request.model_extra or {}).get("retrieval")
    model = request.model
    options: dict[str, Any] | None = None
    if model.endswith(DOCS_SUFFIX):
        model, options = model[: -len(DOCS_SUFFIX)], {}
    if isinstance(extra, dict):
        options = {**(options or {}), **extra}
    elif extra is True:
        options = options or {}
    elif extra not in (None, False):
        raise APIError(400, "retrieval must be true or an object", param="retrieval")
    return model, options


def _estimate(body: dict[str, Any], options: dict[str, Any] | None) -> int:
    """Tokens a call may use, generously: its quota reservation until it is settled."""
    answer = answer_tokens(body.get("max_tokens"), body.get("max_completion_tokens"))
    chat = sum(len(str(m.get("content") or "")) for m in body.get("messages") or [])
    prompt = int(chat / 2) + 16 * len(body.get("messages") or [])
    if options is not None:
        prompt += RETRIEVAL_TOKEN_ESTIMATE
    return answer + prompt


def answer_tokens(max_tokens: Any, max_completion_tokens: Any) -> int:
    """The tokens a call's answer may take: its limit, or the default for calls without one
    (the same figure for the quota reservation, the fair share and the room left for sources)."""
    return int(max_tokens or max_completion_tokens or DEFAULT_TOKEN_ESTIMATE)


def _last_user_text(messages: list[dict[str, Any]]) -> str:
    for message in reversed(messages):
        if message.get("role") == "user":
            content = message.get("content")
            if isinstance(content, str):
                return content
            if isinstance(content, list):
                return " ".join(str(p.get("text", "")) for p in content if isinstance(p, dict))
    return ""


def _usage(raw: Any) -> Usage:
    if not isinstance(raw, dict):
        return Usage()
    return Usage(int(raw.get("prompt_tokens") or 0), int(raw.get("completion_tokens") or 0))


def _as_api_error(exc: BackendError) -> APIError:
    if isinstance(exc, BackendHTTPError):
        detail = exc.body.get("error") if isinstance(exc.body, dict) else None
        message = detail.get("message") if isinstance(detail, dict) else None
        return APIError(
            exc.status, message or f"the model backend answered {exc.status}", code="backend_error"
        )
    if isinstance(exc, BackendUnavailable):
        return APIError(
            503,
            "The model is not available right now (its server does not answer). "
            "Please try again in a minute; the operator has been told by the health checks.",
            code="backend_unavailable",
            headers={"Retry-After": "10"},
        )
    if isinstance(exc, BackendStreamBroken):
        return APIError(
            502,
            "The model server stopped in the middle of the answer. The answer is incomplete; "
            "please send the request again.",
            code="backend_stream_broken",
        )
    return APIError(502, "the model backend failed", code="backend_error")
