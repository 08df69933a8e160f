"""The UI's door into the gateway pipeline: one streamed chat call as a series of events."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import aclosing
from dataclasses import dataclass, field
from typing import Any

from rag.retrieval import Source
from sandboxes.principal import Principal
from serving.chat_call import ChatCall, ChatFailed, ChatStream
from serving.errors import APIError
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
    frozen = tuple(frozen_sources) if use_documents and frozen_sources is not None else None
    call = ChatCall.of(body, frozen_sources=frozen)
    try:
        stream = await state.chat.run(principal, call)
    except APIError as exc:
        yield AnswerEvent(error_code=exc.code or "backend_error")
        return
    assert isinstance(stream, ChatStream)  # the body asks for a stream
    async with aclosing(stream):
        yield AnswerEvent(model_view=stream.model_view)
        async for event in stream:
            if isinstance(event, ChatFailed):
                yield AnswerEvent(error_code=event.error.code or "backend_error")
                return
            yield AnswerEvent(text=event.text, sources=event.sources, receipt=event.receipt)
