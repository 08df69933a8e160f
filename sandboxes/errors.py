"""The base of errors that services raise for their callers, with an HTTP status and a code."""

from __future__ import annotations


class ServiceError(Exception):
    """A request a service cannot serve as asked; the gateway renders it as an OpenAI error."""

    default_code = "invalid_request"

    def __init__(self, message: str, *, status: int = 400, code: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or self.default_code
