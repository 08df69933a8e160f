"""`GET /downloads/{token}`: a file the UI made, for the person it was made for only."""

from __future__ import annotations

import anyio
from fastapi import APIRouter, Request
from starlette.responses import FileResponse, JSONResponse, Response

from serving.deps import State
from ui.web_session import session_user

router = APIRouter(include_in_schema=False)


@router.get("/downloads/{token}")
async def download(token: str, request: Request, state: State) -> Response:
    """The file, or 401 without a session and 404 for anyone but its owner (or once expired)."""
    user = await session_user(state, dict(request.cookies))
    if user is None:
        return JSONResponse(
            {"error": {"message": "log in first", "type": "authentication_error",
                       "param": None, "code": "not_logged_in"}},
            status_code=401,
        )  # fmt: skip
    downloads = request.app.state.downloads
    offered = await anyio.to_thread.run_sync(downloads.fetch, token, user)
    if offered is None:
        return JSONResponse(
            {"error": {"message": "no such download", "type": "invalid_request_error",
                       "param": None, "code": "download_not_found"}},
            status_code=404,
        )  # fmt: skip
    return FileResponse(
        offered.path,
        media_type=offered.media_type,
        filename=offered.filename,
        headers={"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"},
    )
