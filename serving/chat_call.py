"""What goes into the chat pipeline and what comes out of it, free of HTTP.

The OpenAI adapter (`serving/openai_chat.py`) renders these as JSON or SSE; the UI, the
workshop runner and the compare view consume them directly.
"""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from compliance.pii.policy import PiiPolicy
from rag.retrieval import Source
from serving.errors import APIError
from serving.protocol import ChatCompletionRequest

DOCS_SUFFIX = "+docs"


@dataclass(frozen=True)
class ChatCall:
    """One chat completion as the pipeline runs it.

    `frozen_sources` reuses one retrieval for several calls (compare, two-model exercises);
    `pii_policy` overrides the tenant's policy (the workshop's filter-off demonstration on
    prepared, fictional prompts only).
    """

    request: ChatCompletionRequest
    frozen_sources: tuple[Source, ...] | None = None
    pii_policy: PiiPolicy | None = None

    @classmethod
    def of(cls, body: dict[str, Any], **fields: Any) -> ChatCall:
        """A call from an OpenAI request body (validated like the API's)."""
        return cls(ChatCompletionRequest.model_validate(body), **fields)


@dataclass
class ChatResult:
    """A complete (non-streamed) answer, already accounted and audited."""

    completion: dict[str, Any]  # the OpenAI body with sources, ai_generated, pii_receipt
    headers: dict[str, str]
    model_view: list[dict[str, Any]] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The first choice's answer text."""
        choices = self.completion.get("choices") or [{}]
        return str((choices[0].get("message") or {}).get("content") or "")


@dataclass(frozen=True)
class ChatChunk:
    """One streamed piece: the JSON as relayed (`raw`) and parsed (`data`)."""

    raw: str
    data: dict[str, Any]

    @classmethod
    def of(cls, data: dict[str, Any]) -> ChatChunk:
        """A chunk from its parsed form."""
        return cls(json.dumps(data, separators=(",", ":"), ensure_ascii=False), data)

    @property
    def text(self) -> str:
        """The new answer text of every choice."""
        choices = self.data.get("choices") or []
        return "".join((c.get("delta") or {}).get("content") or "" for c in choices)

    @property
    def sources(self) -> list[dict[str, Any]] | None:
        """The retrieved sources (first chunk of a call with retrieval)."""
        return self.data.get("sources")

    @property
    def receipt(self) -> dict[str, Any] | None:
        """The PII receipt (the chunk in which the last choice finishes)."""
        return self.data.get("pii_receipt")


@dataclass(frozen=True)
class ChatFailed:
    """The stream broke after it had started; the last event of its stream."""

    error: APIError


ChatEvent = ChatChunk | ChatFailed


class ChatStream:
    """A streamed answer: headers and what the model saw up front, then the events.

    Iterate it once, or `aclose()` it: an abandoned stream still releases its place at the
    engines and writes its audit record.
    """

    def __init__(
        self,
        headers: dict[str, str],
        model_view: list[dict[str, Any]],
        events: AsyncGenerator[ChatEvent, None],
        abandon: Callable[[], Awaitable[None]],
    ) -> None:
        self.headers = headers
        self.model_view = model_view
        self._events = events
        self._abandon = abandon
        self._started = False

    def __aiter__(self) -> AsyncIterator[ChatEvent]:
        self._started = True
        return self._events

    async def aclose(self) -> None:
        """End the stream, consumed or not (idempotent)."""
        if self._started:
            await self._events.aclose()
        else:
            self._started = True
            await self._abandon()


ChatOutcome = ChatResult | ChatStream
