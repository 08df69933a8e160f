"""The UI's door into the gateway pipeline: one streamed chat call as a series of events."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import aclosing
from dataclasses import dataclass, field
from typing import Any

from starlette.responses import StreamingResponse

from rag.retrieval import Source
from sandboxes.tenants import Principal
from serving.errors import APIError
from serving.protocol import ChatCompletionRequest
from serving.state import GatewayState


@dataclass
class AnswerEvent:
    """One step of a streamed answer as the UI shows it."""

    text: str = ""  # new answer text
    sources: list[dict[str, Any]] | None = None
    receipt: dict[str, Any] | None = None
    model_view: list[dict[str, Any]] = field(default_factory=list)
    error_code: str = ""  # set on a failed call: the UI explains it in the user's language


async def stream_answer(
    state: GatewayState,
    principal: Principal,
    model: str,
    messages: list[dict[str, Any]],
    *,
    use_documents: bool,
    frozen_sources: list[Source] | None = None,
    max_tokens: int | None = None,
    temperature: float | None = None,
) -> AsyncIterator[AnswerEvent]:
    """Stream one answer through the same pipeline as POST /v1/chat/completions."""
    body: dict[str, Any] = {"model": model, "messages": messages, "stream": True}
    if use_documents:
        body["retrieval"] = True
    body["max_tokens"] = max_tokens or state.settings.ui_max_tokens
    if temperature is not None:
        body["temperature"] = temperature
    seen: list[dict[str, Any]] = []
    try:
        response = await state.chat.create(
            principal,
            ChatCompletionRequest.model_validate(body),
            model_view=seen,
            frozen_sources=frozen_sources if use_documents else None,
        )
    except APIError as exc:
        yield AnswerEvent(error_code=exc.code or "backend_error", model_view=seen)
        return
    yield AnswerEvent(model_view=seen)
    assert isinstance(response, StreamingResponse)
    async with aclosing(response.body_iterator) as chunks:  # type: ignore[type-var]
        async for raw in chunks:
            for event in _events(raw if isinstance(raw, str) else bytes(raw).decode()):
                yield event


def _events(raw: str) -> list[AnswerEvent]:
    """Parse the SSE lines of one relayed piece."""
    events = []
    for line in raw.splitlines():
        if not line.startswith("data: ") or line == "data: [DONE]":
            continue
        data = json.loads(line[6:])
        if "error" in data:
            error = data["error"] or {}
            events.append(AnswerEvent(error_code=error.get("code") or "backend_error"))
            continue
        text = "".join(
            (choice.get("delta") or {}).get("content") or "" for choice in data.get("choices", [])
        )
        events.append(
            AnswerEvent(text=text, sources=data.get("sources"), receipt=data.get("pii_receipt"))
        )
    return events
