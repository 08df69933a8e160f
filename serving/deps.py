"""FastAPI dependencies: the gateway state and who is calling."""

from __future__ import annotations

import functools
import json
from collections.abc import Awaitable, Callable
from typing import Annotated, Any, TypeVar

import anyio
from fastapi import Depends, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ValidationError

from sandboxes.keys import same_secret
from sandboxes.principal import Principal
from sandboxes.roles import Permission
from sandboxes.sessions import SESSION_PREFIX, SessionUser
from serving.errors import APIError, ensure_allowed
from serving.state import GatewayState

M = TypeVar("M", bound=BaseModel)


def get_state(request: Request) -> GatewayState:
    """The gateway state wired by the app factory."""
    state: GatewayState = request.app.state.gateway
    return state


State = Annotated[GatewayState, Depends(get_state)]


def bearer_token(request: Request) -> str:
    """The bearer token of the request, or a 401."""
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise APIError(
            401,
            "No API key given. Send it as 'Authorization: Bearer <key>'.",
            code="missing_api_key",
        )
    return token.strip()


async def _authenticate(state: GatewayState, token: str) -> Principal | None:
    """An API key's principal, or a logged-in user's (a UI session token works as a key)."""
    if token.startswith(SESSION_PREFIX):
        user = await anyio.to_thread.run_sync(state.users.session_user, token)
        return None if user is None else await anyio.to_thread.run_sync(state.users.principal, user)
    return await anyio.to_thread.run_sync(state.tenants.authenticate, token)


async def tenant_principal(request: Request, state: State) -> Principal:
    """The tenant behind the request's API key or user session; 401 for unknown or revoked."""
    token = bearer_token(request)
    principal = await _authenticate(state, token)
    if principal is None:
        if same_secret(token, state.admin_token_hash):
            raise APIError(
                403,
                "The admin token administers the installation; model calls need a tenant key.",
                code="admin_token_not_allowed",
            )
        raise APIError(401, "Incorrect or revoked API key.", code="invalid_api_key")
    return principal


def source_ip(request: Any) -> str:
    """The caller's address as the audit records it (the proxy's client behind a trusted one);
    `request` is Starlette's or Gradio's, both carry `.client`."""
    client = getattr(request, "client", None)
    return str(client.host) if client else ""


async def security_event(
    state: GatewayState, request: Any, event: str, actor: str = "operator", **details: Any
) -> None:
    """Record a security event of this request (who, from where) on the audit chain."""
    await anyio.to_thread.run_sync(
        functools.partial(
            state.security.record, event, actor=actor, source_ip=source_ip(request), **details
        )
    )


async def user_event(
    state: GatewayState, request: Any, event: str, user: SessionUser, **details: Any
) -> None:
    """A security event done by a logged-in person (actor and tenant from their session)."""
    await security_event(
        state, request, event, actor=user.username, tenant=user.tenant_name,
        tenant_id=user.tenant_id, **details,
    )  # fmt: skip


async def require_admin(request: Request, state: State) -> None:
    """Allow only the installation's admin token: 403 for a tenant key, 401 for anything else.

    Every use of the token that changes something is a security event on the audit chain
    (method and path); reads are not, so that `audit verify` and listings leave the chain as
    they found it."""
    token = bearer_token(request)
    if same_secret(token, state.admin_token_hash):
        if request.method in ("GET", "HEAD"):
            return
        await security_event(
            state,
            request,
            "admin_token_used",
            method=request.method,
            path=request.url.path[:200],
            acting_for=request.headers.get("x-reallabor-tenant", "")[:64],
        )
        return
    if await _authenticate(state, token) is not None:
        raise APIError(
            403, "This endpoint needs the installation's admin token.", code="admin_only"
        )
    raise APIError(401, "Incorrect admin token.", code="invalid_api_key")


def json_body(model: type[M]) -> Callable[[Request], Awaitable[M]]:
    """A dependency that parses the body as JSON whatever its content type, like OpenAI's API."""

    async def parse(request: Request) -> M:
        raw = await request.body()
        try:
            data = json.loads(raw)
            # Lone surrogates ("\ud800") parse, but no model, filter or database can take
            # them as text: refuse them here rather than fail deep inside with a 500.
            json.dumps(data, ensure_ascii=False).encode("utf-8")
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise APIError(400, "The request body is not valid JSON.", code="invalid_json") from exc
        except UnicodeEncodeError as exc:
            raise APIError(
                400, "The request body holds text that is not valid Unicode.", code="invalid_json"
            ) from exc
        except RecursionError as exc:
            raise APIError(
                400, "The request body is nested too deeply.", code="invalid_json"
            ) from exc
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            raise RequestValidationError(exc.errors()) from exc

    return parse


def json_body_schema(model: type[BaseModel]) -> dict[str, Any]:
    """OpenAPI description of a JSON body parsed by `json_body`."""
    return {
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": model.model_json_schema()}},
        }
    }


async def tenant_or_operator(request: Request, state: State) -> Principal:
    """A tenant key, or the admin token with `X-Reallabor-Tenant: NAME` (used by the CLI)."""
    tenant = request.headers.get("x-reallabor-tenant")
    if tenant:
        await require_admin(request, state)
        return await anyio.to_thread.run_sync(state.tenants.acting_for, tenant)
    return await tenant_principal(request, state)


TenantOrOperator = Annotated[Principal, Depends(tenant_or_operator)]


def permitted(permission: Permission) -> Callable[..., Awaitable[Principal]]:
    """A dependency: the caller (key, user session or operator) if its role has `permission`."""

    async def check(principal: TenantOrOperator) -> Principal:
        ensure_allowed(principal, permission)
        return principal

    return check


def actor_name(principal: Principal) -> str:
    """Who did something, as recorded: the user's name, "operator", or the API key's id."""
    return principal.username or ("operator" if principal.key_id == "admin" else principal.key_id)


TenantPrincipal = Annotated[Principal, Depends(tenant_principal)]
AdminOnly = Depends(require_admin)
