"""The login page, logout and the language switch (plain HTML, outside Gradio)."""

from __future__ import annotations

import functools
import html
from pathlib import Path
from string import Template
from typing import Annotated

import anyio
from fastapi import APIRouter, Form, Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from sandboxes.users import UserError
from serving.deps import State, security_event, user_event
from ui.i18n import LANGUAGES, Texts, pick_language
from ui.web_session import LANG_COOKIE, SESSION_COOKIE, ui_path

router = APIRouter(include_in_schema=False)
_TEMPLATES = Path(__file__).parent / "templates"
_STYLE = (_TEMPLATES / "page.css").read_text("utf-8")
_YEAR_S = 365 * 24 * 3600


def render_page(template: str, lang: str, error: str, status: int, **texts: str) -> HTMLResponse:
    """A plain HTML page outside Gradio (login, join) in the shared style, with the switch."""
    other = next(code for code in LANGUAGES if code != lang)
    box = f'<div class="error" role="alert">{html.escape(error)}</div>' if error else ""
    main = Template((_TEMPLATES / template).read_text("utf-8")).substitute(error=box, **texts)
    body = Template((_TEMPLATES / "page.html").read_text("utf-8")).substitute(
        lang=lang,
        title=texts["title"],
        style=_STYLE,
        here="/" + template.removesuffix(".html"),
        main=main,
        other_lang=other,
        other_lang_name=Texts(other)("lang.name"),
    )
    return HTMLResponse(body, status_code=status)


def with_session_cookie(response: Response, request: Request, token: str) -> Response:
    """Set the HttpOnly session cookie on `response`."""
    response.set_cookie(
        SESSION_COOKIE,
        token,
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
        path="/",
    )
    return response


def language_of(request: Request) -> str:
    """The visitor's language: ?lang=, then the cookie, then German."""
    return _language(request)


def _language(request: Request) -> str:
    return pick_language(request.query_params.get("lang") or request.cookies.get(LANG_COOKIE))


def safe_next(target: str | None, lang: str) -> str:
    """Only local UI addresses: never redirect a login to another site."""
    if target and target.startswith("/ui") and "//" not in target:
        return target
    return ui_path(lang)


def _page(
    lang: str, next_url: str, error: str = "", status: int = 200, sso: bool = False
) -> HTMLResponse:
    t = Texts(lang)
    link = (
        f'<p><a id="login-sso" href="/login/sso?next={html.escape(next_url, quote=True)}">'
        f"{html.escape(t('login.sso'))}</a></p>"
        if sso
        else ""
    )
    return render_page(
        "login.html",
        lang,
        error,
        status,
        title=t("login.title"),
        heading=t("app.name"),
        lead=t("login.lead"),
        next=html.escape(next_url, quote=True),
        username=t("login.username"),
        password=t("login.password"),
        submit=t("login.submit"),
        notice=t("login.notice"),
        sso=link,
    )


@router.get("/")
async def root(request: Request) -> RedirectResponse:
    """The start page is the UI."""
    return RedirectResponse(ui_path(_language(request)), status_code=307)


@router.get("/login")
async def login_page(request: Request, state: State) -> HTMLResponse:
    """The login form, in the visitor's language (with the single sign-on link if set up)."""
    lang = _language(request)
    sso = state.settings.oidc_enabled
    return _page(lang, safe_next(request.query_params.get("next"), lang), sso=sso)


@router.post("/login")
async def login(
    request: Request,
    state: State,
    username: Annotated[str, Form()],
    password: Annotated[str, Form()],
    next: Annotated[str, Form()] = "",
) -> Response:
    """Check the password; on success set the session cookie and open the UI."""
    lang = _language(request)
    t = Texts(lang)
    name = username.strip().lower()
    event = functools.partial(security_event, state, request, actor=name)
    try:
        token, user = await anyio.to_thread.run_sync(state.users.login, name, password)
    except UserError as exc:
        if exc.code == "login_locked":
            await event("login_locked", status=429)
            minutes = max(1, (getattr(exc, "retry_after", 60) + 59) // 60)
            locked = t("login.locked", minutes=minutes)
            return _page(lang, next, locked, status=429, sso=state.settings.oidc_enabled)
        await event("login_failed", status=401)
        return _page(lang, next, t("login.failed"), 401, sso=state.settings.oidc_enabled)
    await user_event(state, request, "login_ok", user)
    return with_session_cookie(
        RedirectResponse(safe_next(next, lang), status_code=303), request, token
    )


@router.get("/logout")
async def logout_page(request: Request) -> HTMLResponse:
    """A page with the logout button: a GET never changes state (a link or an image on
    another page must not log anyone out)."""
    t = Texts(_language(request))
    return render_page(
        "logout.html", _language(request), "", 200, title=t("nav.logout"), submit=t("nav.logout")
    )


@router.post("/logout")
async def logout(request: Request, state: State) -> RedirectResponse:
    """End the session and return to the login page."""
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        user = await anyio.to_thread.run_sync(state.users.session_user, token)
        await anyio.to_thread.run_sync(state.users.logout, token)
        if user is not None:
            await user_event(state, request, "logout", user)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.get("/lang/{lang}")
async def switch_language(lang: str, request: Request) -> RedirectResponse:
    """Remember the chosen language and show the same place in it."""
    chosen = pick_language(lang)
    target = request.query_params.get("next")
    if target not in ("/login", "/join"):
        target = ui_path(chosen)
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(LANG_COOKIE, chosen, max_age=_YEAR_S, samesite="lax", path="/")
    return response
