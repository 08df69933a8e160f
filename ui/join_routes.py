"""The join page: a workshop participant takes a seat with the code (or the QR code's link)."""

from __future__ import annotations

import html
from typing import Annotated

import anyio
from fastapi import APIRouter, Form, Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from serving.deps import State
from ui.i18n import Texts
from ui.login_routes import language_of, render_page, with_session_cookie
from ui.web_session import ui_path
from workshops.service import WorkshopError

router = APIRouter(include_in_schema=False)


def _page(lang: str, code: str = "", error: str = "", status: int = 200) -> HTMLResponse:
    t = Texts(lang)
    return render_page(
        "join.html",
        lang,
        error,
        status,
        title=t("join.title"),
        heading=t("join.heading"),
        lead=t("join.lead"),
        code_label=t("join.code"),
        code=html.escape(code[:40], quote=True),
        submit=t("join.submit"),
        notice=t("join.notice"),
    )


@router.get("/join")
async def join_page(request: Request) -> HTMLResponse:
    """The join form; a QR code's link fills in the code (joining needs the button)."""
    return _page(language_of(request), request.query_params.get("code", ""))


@router.post("/join")
async def join(request: Request, state: State, code: Annotated[str, Form()]) -> Response:
    """Take the seat of the code and open the UI with a session that ends with the workshop."""
    lang = language_of(request)
    try:
        seat = await anyio.to_thread.run_sync(state.workshops.join, code)
    except WorkshopError as exc:
        t = Texts(lang)
        message = (
            t("join.failed")
            if exc.status == 401
            else t.get("errors." + (exc.code or ""), "errors.generic")
        )
        return _page(lang, code, message, status=exc.status)
    response = RedirectResponse(ui_path(lang), status_code=303)
    return with_session_cookie(response, request, seat["token"])
