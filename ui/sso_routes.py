"""Single sign-on with any OpenID Connect provider (Keycloak, Entra ID, Authentik): the
authorization-code flow with PKCE, the provider found by discovery, the ID token's signature,
issuer, audience, expiry and nonce checked, the provider's groups mapped to tenant and role.

The flow's state, nonce and PKCE verifier ride in a short-lived cookie sealed with an HMAC of
the installation's secret, so any gateway of several can finish a login another one began.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import json
import logging
import secrets
import ssl
import time
from typing import Any
from urllib.parse import urlencode

import anyio
import httpx
from fastapi import APIRouter, Request
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet
from starlette.responses import RedirectResponse, Response

from sandboxes.users import UserError
from serving.deps import State, security_event, user_event
from serving.settings import Settings
from ui.i18n import Texts
from ui.login_routes import language_of, render_page, safe_next, with_session_cookie

log = logging.getLogger(__name__)
router = APIRouter(include_in_schema=False)
FLOW_COOKIE = "reallabor_sso"
FLOW_SECONDS = 600
CALLBACK = "/login/sso/callback"


class SsoError(Exception):
    """A login through the identity provider that cannot be completed (shown, logged)."""


@router.get("/login/sso")
async def start(request: Request, state: State) -> Response:
    """Send the browser to the identity provider with a fresh state, nonce and PKCE pair."""
    settings = state.settings
    if not settings.oidc_enabled:
        return RedirectResponse("/login", status_code=303)
    provider = await _discovery(settings)
    verifier = secrets.token_urlsafe(48)
    flow = {
        "state": secrets.token_urlsafe(24),
        "nonce": secrets.token_urlsafe(24),
        "verifier": verifier,
        "next": safe_next(request.query_params.get("next"), language_of(request)),
        "exp": int(time.time()) + FLOW_SECONDS,
    }
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
    query = {
        "response_type": "code",
        "client_id": settings.oidc_client_id,
        "redirect_uri": _redirect_uri(request),
        "scope": settings.oidc_scopes,
        "state": flow["state"],
        "nonce": flow["nonce"],
        "code_challenge": challenge.rstrip(b"=").decode(),
        "code_challenge_method": "S256",
    }
    response = RedirectResponse(
        f"{provider['authorization_endpoint']}?{urlencode(query)}", status_code=303
    )
    response.set_cookie(
        FLOW_COOKIE,
        _seal(flow, state.admin_token_hash),
        max_age=FLOW_SECONDS,
        httponly=True,
        samesite="lax",  # the provider's redirect back is a top-level GET
        secure=request.url.scheme == "https",
        path="/login/sso",
    )
    return response


@router.get(CALLBACK)
async def callback(request: Request, state: State) -> Response:
    """Finish the login: code for tokens, ID token checked, user found or created, session."""
    lang = language_of(request)
    t = Texts(lang)
    try:
        flow = _unseal(request.cookies.get(FLOW_COOKIE, ""), state.admin_token_hash)
        if request.query_params.get("state") != flow["state"]:
            raise SsoError("the login's state does not match (started elsewhere or replayed)")
        if "error" in request.query_params:
            raise SsoError(f"the provider refused: {request.query_params['error']}")
        claims = await _verified_claims(request, state.settings, flow)
        tenant, role = _membership(state.settings, claims)
        username = str(claims.get("preferred_username") or claims.get("email") or claims["sub"])
        token, user = await anyio.to_thread.run_sync(state.users.sso_login, tenant, username, role)
    except (SsoError, UserError, JoseError, KeyError, httpx.HTTPError) as exc:
        reason = type(exc).__name__
        # Our own messages only (no token, no claim values): the operator sees why.
        log.warning("sso login refused: %s", exc if isinstance(exc, SsoError) else reason)
        await security_event(
            state, request, "login_failed", actor="sso", status=401, method="oidc", reason=reason
        )
        page = render_page(
            "sso_failed.html",
            lang,
            t("login.sso_failed"),
            401,
            title=t("login.title"),
            retry=t("login.sso_retry"),
        )
        page.delete_cookie(FLOW_COOKIE, path="/login/sso")
        return page
    await user_event(state, request, "login_ok", user, method="oidc")
    response = with_session_cookie(RedirectResponse(flow["next"], status_code=303), request, token)
    response.delete_cookie(FLOW_COOKIE, path="/login/sso")
    return response


async def _verified_claims(
    request: Request, settings: Settings, flow: dict[str, Any]
) -> dict[str, Any]:
    provider = await _discovery(settings)
    secret = settings.oidc_client_secret.get_secret_value() if settings.oidc_client_secret else ""
    async with httpx.AsyncClient(timeout=30, verify=_verify(settings)) as http:
        answer = await http.post(
            provider["token_endpoint"],
            data={
                "grant_type": "authorization_code",
                "code": request.query_params.get("code", ""),
                "redirect_uri": _redirect_uri(request),
                "code_verifier": flow["verifier"],
            },
            auth=(settings.oidc_client_id, secret),
        )
        if answer.status_code != 200:
            raise SsoError(f"the token endpoint answered {answer.status_code}")
        keys = (await http.get(provider["jwks_uri"])).json()
    token = jwt.decode(answer.json()["id_token"], KeySet.import_key_set(keys))
    registry = jwt.JWTClaimsRegistry(
        leeway=60,
        iss={"essential": True, "value": provider["issuer"]},
        aud={"essential": True, "value": settings.oidc_client_id},
        nonce={"essential": True, "value": flow["nonce"]},
        exp={"essential": True},
        sub={"essential": True},
    )
    registry.validate(token.claims)
    return dict(token.claims)


def _membership(settings: Settings, claims: dict[str, Any]) -> tuple[str, str]:
    """(tenant, role) from the first of the person's groups that the mapping names."""
    groups = claims.get(settings.oidc_group_claim) or []
    for group in [groups] if isinstance(groups, str) else groups:
        target = settings.oidc_groups.get(str(group))
        if target and ":" in target:
            tenant, role = target.split(":", 1)
            return tenant, role
    raise SsoError("none of the person's groups is mapped to an organisation")


@functools.lru_cache(maxsize=8)
def _cached(issuer: str, ca_file: str) -> dict[str, Any]:
    url = issuer.rstrip("/") + "/.well-known/openid-configuration"
    verify: ssl.SSLContext | bool = ssl.create_default_context(cafile=ca_file) if ca_file else True
    document: dict[str, Any] = httpx.get(url, timeout=30, verify=verify).raise_for_status().json()
    if document.get("issuer") != issuer:
        raise SsoError("the provider's discovery document names another issuer")
    return document


async def _discovery(settings: Settings) -> dict[str, Any]:
    assert settings.oidc_issuer
    ca_file = str(settings.oidc_ca_file or "")
    return await anyio.to_thread.run_sync(_cached, settings.oidc_issuer, ca_file)


def _verify(settings: Settings) -> ssl.SSLContext | bool:
    """TLS verification for the provider: the system's CAs, or the lab's own CA file."""
    if settings.oidc_ca_file:
        return ssl.create_default_context(cafile=str(settings.oidc_ca_file))
    return True


def _redirect_uri(request: Request) -> str:
    return str(request.base_url).rstrip("/") + CALLBACK


def _seal(flow: dict[str, Any], secret: str) -> str:
    body = base64.urlsafe_b64encode(json.dumps(flow, sort_keys=True).encode()).decode()
    mac = hmac.new(secret.encode(), body.encode(), hashlib.sha256).hexdigest()
    return f"{body}.{mac}"


def _unseal(value: str, secret: str) -> dict[str, Any]:
    body, _, mac = value.partition(".")
    expected = hmac.new(secret.encode(), body.encode(), hashlib.sha256).hexdigest()
    if not body or not hmac.compare_digest(mac, expected):
        raise SsoError("no login in progress (or its cookie was changed)")
    flow: dict[str, Any] = json.loads(base64.urlsafe_b64decode(body))
    if flow.get("exp", 0) < time.time():
        raise SsoError("the login took too long; start again")
    return flow
