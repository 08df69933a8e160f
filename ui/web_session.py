"""Browser sessions: the cookie, who is logged in, and the guard in front of the UI pages."""

from __future__ import annotations

from http.cookies import SimpleCookie
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import anyio
from starlette.responses import JSONResponse, RedirectResponse
from starlette.routing import compile_path
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


# Every route of Gradio's app (under /ui and /ui/en), with who may call it:
#   page    - the UI page: without a session, a redirect to the login page
#   session - the browser's UI traffic: 401 without a valid session
#   events  - Gradio's event queue: passed on, because every event handler checks the session
#             and the role itself and answers a person whose session ended in their language
#   file    - Gradio's file route: a session, and only files in the UI's own upload cache
#   public  - static assets of the page (no data)
#   closed  - never (404): routes the UI does not use (REST event API, proxy, monitoring,
#             Gradio's own login, vibe editing, streaming media, PWA, deep links, ...)
GRADIO_ROUTES: dict[str, str] = {
    "/": "page",
    "/config": "session", "/config/": "session",
    "/gradio_api/info": "session", "/gradio_api/info/": "session",
    "/gradio_api/queue/join": "events", "/gradio_api/queue/data": "events",
    "/gradio_api/heartbeat/{session_hash}": "events", "/gradio_api/cancel": "events",
    "/gradio_api/upload": "session", "/gradio_api/upload_progress": "session",
    "/gradio_api/startup-events": "session",
    "/gradio_api/reset": "events", "/gradio_api/reset/": "events",
    "/gradio_api/component_server": "session", "/gradio_api/component_server/": "session",
    "/gradio_api/file={path_or_url:path}": "file",
    "/svelte/{path:path}": "public", "/static/{path:path}": "public",
    "/assets/{path:path}": "public", "/favicon.ico": "public", "/theme.css": "public",
    "/gradio_api/theme.css": "public", "/robots.txt": "public",
    "/openapi.json": "closed", "/gradio_api/openapi.json": "closed",
    "/login": "closed", "/login/": "closed", "/logout": "closed",
    "/gradio_api/deep_link": "closed", "/manifest.json": "closed",
    "/pwa_icon": "closed", "/pwa_icon/{size}": "closed",
    "/monitoring": "closed", "/monitoring/summary": "closed", "/monitoring/{key}": "closed",
    "/gradio_api/user": "closed", "/gradio_api/user/": "closed",
    "/gradio_api/login_check": "closed", "/gradio_api/login_check/": "closed",
    "/gradio_api/token": "closed", "/gradio_api/token/": "closed",
    "/gradio_api/app_id": "closed", "/gradio_api/app_id/": "closed",
    "/gradio_api/dev/reload": "closed", "/gradio_api/runs": "closed", "/gradio_api/runs/": "closed",
    "/gradio_api/run-history/connect": "closed", "/gradio_api/run-history/buckets": "closed",
    "/gradio_api/run-history/records": "closed",
    "/gradio_api/run-history/records/{endpoint}/{record_id}/assets/{asset_id}": "closed",
    "/gradio_api/custom_component/{id}/{environment}/{type}/{file_name}": "closed",
    "/gradio_api/proxy={url_path:path}": "closed", "/gradio_api/file/{path:path}": "closed",
    "/gradio_api/stream/{event_id}": "closed", "/gradio_api/stream/{event_id}/close": "closed",
    "/gradio_api/stream/{session_hash}/{run}/{component_id}/playlist.m3u8": "closed",
    "/gradio_api/stream/{session_hash}/{run}/{component_id}/{segment_id}.{ext}": "closed",
    "/gradio_api/stream/{session_hash}/{run}/{component_id}/playlist-file": "closed",
    "/gradio_api/api/{api_name}": "closed", "/gradio_api/api/{api_name}/": "closed",
    "/gradio_api/run/{api_name}": "closed", "/gradio_api/run/{api_name}/": "closed",
    "/gradio_api/call/{api_name}": "closed", "/gradio_api/call/{api_name}/": "closed",
    "/gradio_api/call/v2/{api_name}": "closed", "/gradio_api/call/v2/{api_name}/": "closed",
    "/gradio_api/call/{api_name}/{event_id}": "closed",
    "/gradio_api/call/v2/{api_name}/{event_id}": "closed",
    "/gradio_api/queue/status": "closed", "/gradio_api/process_recording": "closed",
    "/gradio_api/vibe-edit": "closed", "/gradio_api/vibe-edit/": "closed",
    "/gradio_api/undo-vibe-edit": "closed", "/gradio_api/undo-vibe-edit/": "closed",
    "/gradio_api/vibe-code": "closed", "/gradio_api/vibe-code/": "closed",
    "/gradio_api/vibe-starter-queries": "closed", "/gradio_api/vibe-starter-queries/": "closed",
}  # fmt: skip
_COMPILED = [(compile_path(path)[0], rule) for path, rule in GRADIO_ROUTES.items()]


def gradio_rule(path: str) -> tuple[str, str] | None:
    """(mount prefix, rule) for a path under a UI mount; None for paths outside the UI."""
    for prefix in ("/ui/en", "/ui"):
        if path == prefix or path.startswith(prefix + "/"):
            rest = path[len(prefix) :] or "/"
            for regex, rule in _COMPILED:
                if regex.match(rest):
                    return prefix, rule
            return prefix, "closed"
    return None


def _error(status: int, code: str, message: str) -> JSONResponse:
    body = {"error": {"message": message, "type": "invalid_request_error", "param": None,
                      "code": code}}  # fmt: skip
    return JSONResponse(body, status_code=status)


class UiGuard:
    """Decides every request to the Gradio mounts by `GRADIO_ROUTES`, before Gradio sees it.

    Pages without a session redirect to the login page; the UI's own traffic needs a valid
    session; Gradio's file route serves only files of the UI's upload cache (never URLs, never
    other paths); routes the UI does not use answer 404. Every event handler also checks the
    session and the role itself.
    """

    def __init__(self, app: ASGIApp, state: GatewayState, upload_dir: Path) -> None:
        self.app = app
        self.state = state
        self.upload_dir = upload_dir.resolve()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass the request on, or answer with a redirect, a 401 or a 404."""
        path = scope.get("path", "")
        decided = gradio_rule(path) if scope["type"] == "http" else None
        if decided is None:
            await self.app(scope, receive, send)
            return
        _prefix, rule = decided
        response: Any = None
        if rule == "closed":
            response = _error(404, "not_found", "not found")
        elif rule not in ("public", "events"):
            user = await session_user(self.state, cookies_of(scope.get("headers", [])))
            if user is None and rule == "page":
                response = RedirectResponse(f"/login?next={path}", status_code=303)
            elif user is None:
                response = _error(401, "not_logged_in", "not logged in")
            elif rule == "file" and not self._own_file(path):
                response = _error(404, "not_found", "not found")
        if response is not None:
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)

    def _own_file(self, path: str) -> bool:
        """Whether a file= request names a file inside the UI's upload cache (never a URL)."""
        target = unquote(path.split("/file=", 1)[1])
        if "://" in target or target.startswith(("http:", "https:", "//")):
            return False
        try:
            return Path(target).resolve().is_relative_to(self.upload_dir)
        except (OSError, ValueError):
            return False
