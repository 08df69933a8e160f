"""What every screen needs: the gateway state, the texts, and who is asking."""

from __future__ import annotations

from dataclasses import dataclass

import anyio
import gradio as gr

from sandboxes.principal import Principal
from sandboxes.roles import Permission
from sandboxes.users import SessionUser
from serving.state import GatewayState
from ui.downloads import DownloadStore
from ui.i18n import Texts
from ui.web_session import session_user


@dataclass
class UiContext:
    """One language's UI over one gateway; handlers get the user from each request."""

    state: GatewayState
    t: Texts
    downloads: DownloadStore

    async def user(self, request: gr.Request, permission: Permission | None = None) -> SessionUser:
        """The logged-in user, or a German (or English) error the person understands."""
        user = await session_user(self.state, dict(request.cookies or {}))
        if user is None:
            raise gr.Error(self.t("errors.session_expired"), title=self.t("errors.title"))
        if permission is not None and not user.allows(permission):
            raise gr.Error(self.t("errors.forbidden"), title=self.t("errors.title"))
        return user

    async def user_if_any(self, request: gr.Request) -> SessionUser | None:
        """The logged-in user, or None (for background refreshes that should stay quiet)."""
        return await session_user(self.state, dict(request.cookies or {}))

    async def principal(self, user: SessionUser) -> Principal:
        """The tenant principal that carries the user's identity into the pipeline."""
        return await anyio.to_thread.run_sync(self.state.users.principal, user)

    def error_text(self, code: str) -> str:
        """The explanation of an error code in the UI's language (a general one if unknown)."""
        return self.t.get("errors." + code, "errors.generic")

    def fail(self, code: str) -> gr.Error:
        """A Gradio error with the explanation of `code`, to raise."""
        return gr.Error(self.error_text(code), title=self.t("errors.title"))
