"""The chat pipeline's outcome as an OpenAI HTTP response: JSON, or SSE for a stream."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

from fastapi.responses import JSONResponse, StreamingResponse
from starlette.responses import Response

from serving.chat_call import ChatFailed, ChatOutcome, ChatStream


def chat_response(outcome: ChatOutcome) -> Response:
    """Render a `ChatResult` as JSON or a `ChatStream` as server-sent events."""
    if isinstance(outcome, ChatStream):
        return StreamingResponse(
            _sse(outcome),
            media_type="text/event-stream",
            headers={**outcome.headers, "Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )
    return JSONResponse(outcome.completion, headers=outcome.headers)


async def _sse(stream: ChatStream) -> AsyncIterator[str]:
    """`data:` lines, chunk JSON byte for byte; `[DONE]` only after a complete answer."""
    failed = False
    try:
        async for event in stream:
            if isinstance(event, ChatFailed):
                failed = True
                body = json.dumps(event.error.body(), separators=(",", ":"), ensure_ascii=False)
                yield f"data: {body}\n\n"
            else:
                yield f"data: {event.raw}\n\n"
        if not failed:
            yield "data: [DONE]\n\n"
    finally:
        await stream.aclose()
