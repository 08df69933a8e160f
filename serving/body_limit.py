"""ASGI middleware that refuses request bodies over a size limit with an OpenAI 413."""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from serving.errors import APIError


class BodyTooLarge(HTTPException):
    """Raised inside `receive` once the body passes the limit (FastAPI re-raises HTTP errors)."""

    def __init__(self, max_bytes: int) -> None:
        super().__init__(413, f"The request body is larger than the limit of {max_bytes} bytes.")


class BodySizeLimit:
    """Checks Content-Length up front and counts chunked bodies as they arrive."""

    def __init__(
        self, app: ASGIApp, max_bytes: int, upload_max_bytes: int = 0, upload_prefix: str = ""
    ) -> None:
        self.app = app
        self.default_max = max_bytes
        self.upload_max = max(upload_max_bytes, max_bytes)
        self.upload_prefix = upload_prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass the request on, or answer 413 when its body is too large."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        uploading = bool(self.upload_prefix) and scope["path"].startswith(self.upload_prefix)
        limit = self.upload_max if uploading else self.default_max
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await self._reject(scope, receive, send, limit)
            return
        seen = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge(limit)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge:
            if not started:
                await self._reject(scope, receive, send, limit)

    async def _reject(self, scope: Scope, receive: Receive, send: Send, limit: int) -> None:
        error = APIError(
            413,
            f"The request body is larger than the limit of {limit} bytes.",
            code="request_too_large",
        )
        await error.response()(scope, receive, send)
