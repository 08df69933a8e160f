"""The doors that call no model (retrieval, embeddings, PII preview), held to the same rules as
chat: each call counts against the key's request rate and leaves one audit record on the same
hash chain, whatever its outcome, with ids and counts only (never the query or the text).

The door shows in the record's request id: `ret_`, `emb_` or `pii_` (chat calls are `req_`).
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any, Literal

import anyio

from compliance.audit import AuditEntry, AuditLog
from compliance.pii.pii_filter import PiiFilter
from rag.embedders import Embedder
from sandboxes.principal import Principal
from sandboxes.quotas import QuotaExceeded, QuotaService
from serving.errors import outcome_of, retry_later
from serving.pii_hops import CallPii

log = logging.getLogger(__name__)

Door = Literal["retrieve", "embeddings", "pii_preview"]
REQUEST_ID_PREFIX: dict[Door, str] = {
    "retrieve": "ret_",
    "embeddings": "emb_",
    "pii_preview": "pii_",
}


@dataclass
class DoorCall:
    """What one door call reports for its audit record; the handler fills in the counts."""

    principal: Principal
    door: Door
    request_id: str
    model: str = ""
    prompt_tokens: int = 0
    status: int = 200
    error_code: str = ""
    details: dict[str, Any] = field(default_factory=dict)
    pii_receipt: dict[str, Any] = field(default_factory=dict)
    started: float = field(default_factory=time.perf_counter)


class AuditedDoors:
    """Rate limit in, audit out, for every door that is not a chat call."""

    def __init__(
        self, quotas: QuotaService, audit: AuditLog, pii: PiiFilter, embedder: Embedder
    ) -> None:
        self.quotas = quotas
        self.audit = audit
        self.pii = pii
        self.embedder = embedder

    async def leaving(self, call: DoorCall, texts: list[str]) -> list[str]:
        """The texts as the embedder may see them: unchanged for one inside the gateway, PII
        filtered under the tenant's policy (400 on a blocked type) for one served elsewhere."""
        if self.embedder.in_process:
            return texts
        pii = CallPii(self.pii, call.principal.pii_policy)
        messages = [{"role": "user", "content": text} for text in texts]
        try:
            await pii.filter_messages(messages, "input")
        finally:
            call.pii_receipt = pii.receipt()
        return [str(message["content"]) for message in messages]

    @asynccontextmanager
    async def enter(
        self, principal: Principal, door: Door, model: str = ""
    ) -> AsyncIterator[DoorCall]:
        """Admit one call through `door` (429 past the key's rate) and audit it on exit."""
        call = DoorCall(
            principal, door, REQUEST_ID_PREFIX[door] + uuid.uuid4().hex[:24], model=model
        )
        try:
            try:
                await anyio.to_thread.run_sync(self.quotas.count_request, principal)
            except QuotaExceeded as exc:
                raise retry_later(exc, exc.retry_after, exc.kind) from exc
            yield call
        except BaseException as exc:  # recorded, then raised on
            call.status, call.error_code = outcome_of(exc)
            raise
        finally:
            with anyio.CancelScope(shield=True):
                await anyio.to_thread.run_sync(self._persist, call)

    def _persist(self, call: DoorCall) -> None:
        entry = AuditEntry(
            request_id=call.request_id,
            status=call.status,
            tenant_id=call.principal.tenant_id,
            tenant=call.principal.tenant_name,
            key_id=call.principal.key_id,
            model=call.model,
            prompt_tokens=call.prompt_tokens,
            latency_ms=int((time.perf_counter() - call.started) * 1000),
            error_code=call.error_code,
            pii_receipt=call.pii_receipt,
            retrieval=call.details,
        )
        self.audit.append(entry)
        log.info(
            "door=%s request_id=%s tenant=%s status=%s ms=%s",
            call.door,
            entry.request_id,
            entry.tenant,
            entry.status,
            entry.latency_ms,
        )
