"""Browser sessions: the cookie, who is logged in, and the guard in front of the UI pages."""

from __future__ import annotations

from http.cookies import SimpleCookie
from typing import Any

import anyio
from starlette.responses import JSONResponse, RedirectResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from sandboxes.users import SessionUser
from serving.state import GatewayState

SESSION_COOKIE = "reallabor_session"
LANG_COOKIE = "reallabor_lang"
UI_PATHS = {"de": "/ui/", "en": "/ui/en/"}


def ui_path(lang: str) -> str:
    """The UI's address for a language."""
    return UI_PATHS.get(lang, UI_PATHS["de"])


def cookies_of(headers: list[tuple[bytes, bytes]]) -> dict[str, str]:
    """The cookies of a raw ASGI header list."""
    jar: SimpleCookie = SimpleCookie()
    for name, value in headers:
        if name == b"cookie":
            jar.load(value.decode("latin-1"))
    return {key: morsel.value for key, morsel in jar.items()}


async def session_user(state: GatewayState, cookies: dict[str, Any]) -> SessionUser | None:
    """The logged-in user for a request's cookies, or None (no, unknown or expired session)."""
    token = cookies.get(SESSION_COOKIE)
    if not token:
        return None
    return await anyio.to_thread.run_sync(state.users.session_user, token)


class UiGuard:
    """Sends visitors without a valid session from the UI pages to the login page.

    Gradio's own API routes stay reachable (its page needs them to load), but every event
    handler checks the session itself, and uploads are refused without one.
    """

    def __init__(self, app: ASGIApp, state: GatewayState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass the request on, or answer with a redirect or a 401."""
        path = scope.get("path", "")
        if scope["type"] != "http" or not path.startswith("/ui"):
            await self.app(scope, receive, send)
            return
        page = path.rstrip("/") in ("/ui", "/ui/en")
        upload = "/gradio_api/upload" in path
        if page or upload:
            user = await session_user(self.state, cookies_of(scope.get("headers", [])))
            if user is None:
                response: Any
                if page:
                    response = RedirectResponse(f"/login?next={path}", status_code=303)
                else:
                    response = JSONResponse({"detail": "not logged in"}, status_code=401)
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)
