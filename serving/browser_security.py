"""Browser security for every response: headers against framing, sniffing and leaking
referrers, HSTS behind TLS, and a cross-site check on state-changing cookie requests (CSRF).

A request that changes state and carries the session cookie must come from this site: a
browser sends `Origin` (or at least `Referer`) with every cross-site form post or fetch, so a
foreign page cannot log a person in or out, or act in their session. Calls with a bearer key
(the API, the CLI) carry no cookie and are not affected.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from serving.errors import APIError

# No script restrictions: Gradio's pages run inline scripts. What is set keeps the pages out of
# frames, forms on this site, and plugins off.
CSP = "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'"
HEADERS = (
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
    (b"content-security-policy", CSP.encode()),
)
HSTS = (b"strict-transport-security", b"max-age=31536000; includeSubDomains")
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


class BrowserSecurity:
    """Adds the security headers and refuses cross-site state changes with a cookie (403)."""

    def __init__(self, app: ASGIApp, session_cookie: str) -> None:
        self.app = app
        self.session_cookie = session_cookie

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Check the request's origin, then add the headers to whatever is answered."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        # Behind a reverse proxy uvicorn has set the scheme from X-Forwarded-Proto already
        # (for the addresses in REALLABOR_FORWARDED_ALLOW_IPS).
        tls = scope.get("scheme") == "https"
        if scope["method"] not in SAFE_METHODS and self._cross_site(scope, headers):
            error = APIError(
                403,
                "This request came from another site and was refused (cross-site request).",
                code="cross_site_request",
            )
            await error.response()(scope, receive, self._with_headers(send, tls))
            return
        await self.app(scope, receive, self._with_headers(send, tls))

    def _cross_site(self, scope: Scope, headers: Headers) -> bool:
        """A cookie-carrying request whose Origin (or Referer) names another host."""
        if f"{self.session_cookie}=" not in headers.get("cookie", "") and not _is_form(headers):
            return False
        source = headers.get("origin") or headers.get("referer")
        if not source or source == "null":
            return source == "null"  # sandboxed frames and some redirects send "null"
        return urlsplit(source).netloc.lower() != headers.get("host", "").lower()

    @staticmethod
    def _with_headers(send: Send, tls: bool) -> Send:
        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                existing = {name.lower() for name, _ in message.get("headers", [])}
                extra = [h for h in HEADERS if h[0] not in existing]
                if tls:
                    extra.append(HSTS)
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        return sending


def _is_form(headers: Headers) -> bool:
    """A browser form post (login, join, logout): checked even before a session exists."""
    kind = headers.get("content-type", "")
    return kind.startswith(("application/x-www-form-urlencoded", "multipart/form-data"))
