"""OpenAI-shaped errors: one exception type, handlers that render the envelope."""

from __future__ import annotations

import logging
import traceback
from typing import Any

import anyio
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from sandboxes.errors import ServiceError
from sandboxes.principal import Principal
from sandboxes.roles import Permission
from serving.protocol import ErrorDetail, ErrorResponse
from store.disk import STORAGE_FULL, is_storage_full

log = logging.getLogger(__name__)

_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    405: "invalid_request_error",
    409: "conflict_error",
    413: "invalid_request_error",
    422: "invalid_request_error",
    429: "rate_limit_error",
    500: "server_error",
    502: "server_error",
    503: "service_unavailable",
    504: "server_error",
    507: "server_error",
}


class APIError(Exception):
    """An error the API returns to its caller in the OpenAI envelope."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        code: str | None = None,
        param: str | None = None,
        type: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.param = param
        self.type = type or _TYPES.get(status, "server_error")
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        """The envelope as a dict."""
        detail = ErrorDetail(message=self.message, type=self.type, param=self.param, code=self.code)
        return ErrorResponse(error=detail).model_dump()

    def response(self) -> JSONResponse:
        """The envelope as a response with this error's status and headers."""
        return JSONResponse(self.body(), status_code=self.status, headers=self.headers)


def error_response(status: int, message: str, **kwargs: Any) -> JSONResponse:
    """Shortcut: an OpenAI error response."""
    return APIError(status, message, **kwargs).response()


# Every status a route may answer with besides its success, for the OpenAPI spec: each one is
# the OpenAI envelope (a route's own responses may add or override entries).
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorResponse, "description": description}
    for code, description in (
        (400, "Bad request: malformed JSON, invalid fields, or a PII type the policy blocks"),
        (401, "No key, or a wrong or revoked one"),
        (403, "The caller's role or organisation may not do this"),
        (404, "No such model, document or resource"),
        (409, "Conflicts with the current state"),
        (413, "The body or a file is too large"),
        (422, "The body does not match the schema"),
        (429, "A quota, rate limit or the organisation's fair share: retry after `Retry-After`"),
        (500, "An internal error (audited; the gateway keeps serving)"),
        (502, "The model backend failed or stopped mid-answer"),
        (503, "The model is not available right now"),
        (507, "The server's storage is full: nothing was stored"),
    )
}


def outcome_of(exc: BaseException) -> tuple[int, str]:
    """(status, error code) an audit record states for a call that ended in `exc`."""
    if isinstance(exc, APIError):
        return exc.status, exc.code or ""
    if isinstance(exc, anyio.get_cancelled_exc_class()):
        return 499, "client_closed"  # the caller went away
    return 500, "internal_error"


def retry_later(exc: Exception, retry_after: int, code: str) -> APIError:
    """429 in the OpenAI envelope with `Retry-After` (quota, rate or fair-share refusals)."""
    return APIError(
        429,
        f"{exc}; retry after {retry_after} s",
        code=code,
        headers={"Retry-After": str(retry_after)},
    )


def ensure_allowed(principal: Principal, permission: Permission) -> None:
    """403 in the OpenAI envelope unless the caller's role has `permission` (the role matrix)."""
    if not principal.allows(permission):
        raise APIError(
            403,
            f"Your role ({principal.role.value}) does not allow this ({permission.value}).",
            code="permission_denied",
        )


def install_error_handlers(app: FastAPI) -> None:
    """Render every error the app can raise in the OpenAI envelope."""

    @app.exception_handler(APIError)
    async def _api_error(_request: Request, exc: APIError) -> JSONResponse:
        return exc.response()

    @app.exception_handler(ServiceError)
    async def _service_error(_request: Request, exc: ServiceError) -> JSONResponse:
        return error_response(exc.status, str(exc), code=exc.code)

    @app.exception_handler(RequestValidationError)
    async def _validation(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        first = errors[0] if errors else {}
        if first.get("type") == "json_invalid":
            return error_response(400, "the request body is not valid JSON", code="invalid_json")
        location = [str(part) for part in first.get("loc", ()) if part != "body"]
        param = ".".join(location) or None
        message = first.get("msg", "invalid request")
        if param:
            message = f"{param}: {message}"
        return error_response(400, message, code="invalid_request", param=param)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed", 413: "request_too_large"}
        return error_response(
            exc.status_code,
            str(exc.detail),
            code=code.get(exc.status_code),
            headers=exc.headers,
        )

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
        if is_storage_full(exc):  # the operator must free space; the caller can retry later
            log.error("storage full: %s refused", type(exc).__name__)
            return error_response(507, STORAGE_FULL, code="storage_full")
        # The message may quote user input, so only the type and the frames are logged.
        frames = "".join(traceback.format_tb(exc.__traceback__))
        log.error("unhandled %s\n%s", type(exc).__name__, frames)
        return error_response(500, "internal error; the operator's log has details")
