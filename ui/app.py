"""The Gradio front end, mounted in the gateway's FastAPI app under /ui (German) and /ui/en."""

from __future__ import annotations

import html
import os
from pathlib import Path
from typing import Any

import anyio
import gradio as gr
from fastapi import FastAPI

from sandboxes.roles import Permission, Role
from sandboxes.sessions import SessionUser
from serving.state import GatewayState
from ui import download_routes, join_routes, login_routes, sso_routes
from ui.context import UiContext
from ui.downloads import DownloadStore
from ui.i18n import LANGUAGES, Texts
from ui.screens import (
    admin,
    chat,
    compare,
    compliance,
    documents,
    engine_banner,
    trainer,
    usage,
    workshop,
)
from ui.web_session import UiGuard, ui_path

CSS_PATH = Path(__file__).parent / "ui.css"
UI_CONCURRENCY = 64
# System fonts only: the default theme would ask Google's font servers (offline here).
THEME = gr.themes.Soft(
    primary_hue="blue", font=["system-ui", "sans-serif"], font_mono=["ui-monospace", "monospace"]
)


def display_name(user: SessionUser) -> str:
    """The name in the header: a workshop seat shows its pseudonym (T01), not its account id."""
    if user.role is Role.PARTICIPANT:
        return user.username.rsplit("-", 1)[-1].upper()
    return user.username


def build_ui(state: GatewayState, lang: str, downloads: DownloadStore) -> gr.Blocks:
    """The whole UI in one language, wired to one gateway state."""
    t = Texts(lang)
    ctx = UiContext(state, t, downloads)
    other = next(code for code in LANGUAGES if code != lang)
    # Gradio's copies of uploads and downloads are removed after an hour.
    with gr.Blocks(
        title=t("app.name"), analytics_enabled=False, delete_cache=(3600, 3600)
    ) as blocks:
        with gr.Row(elem_classes="rl-header"):
            gr.Markdown(f"## {t('app.name')}", elem_id="app-title")
            who = gr.Markdown(elem_id="ui-user")
            gr.Button(
                Texts(other)("lang.name"),
                link=f"/lang/{other}",
                elem_id="lang-switch",
                size="sm",
                scale=0,
            )
            # A form post, not a link: logging out changes state (a GET must not).
            gr.HTML(
                '<form method="post" action="/logout" class="rl-logout">'
                f'<button id="logout" type="submit">{html.escape(t("nav.logout"))}</button>'
                "</form>",
                elem_id="logout-form",
                scale=0,
                min_width=0,
                js_on_load=None,
            )
        gr.Markdown(t("app.ai_notice"), elem_id="ai-notice", elem_classes="rl-notice")
        engine_banner.build(ctx)
        # Role-bound tabs start hidden; the page load shows the ones the user's role allows
        # (Gradio can reveal a tab later but not hide one it has drawn).
        with gr.Tabs(selected="chat") as tabs:
            with gr.Tab(t("tabs.chat"), id="chat", elem_id="tab-chat"):
                chat_parts = chat.build(ctx)
            with gr.Tab(
                t("tabs.workshop"), id="workshop", elem_id="tab-workshop", visible=False
            ) as workshop_tab:
                workshop_parts = workshop.build(ctx)
            with gr.Tab(
                t("tabs.compare"), id="compare", elem_id="tab-compare", visible=False
            ) as compare_tab:
                compare_parts = compare.build(ctx)
            with gr.Tab(
                t("tabs.documents"), id="documents", elem_id="tab-documents", visible=False
            ) as docs_tab:
                documents.build(ctx)
            with gr.Tab(
                t("tabs.usage"), id="usage", elem_id="tab-usage", visible=False
            ) as usage_tab:
                usage.build(ctx, usage_tab)
            with gr.Tab(
                t("tabs.docpack"), id="docpack", elem_id="tab-docpack", visible=False
            ) as docpack_tab:
                compliance.build(ctx, docpack_tab)
            with gr.Tab(
                t("tabs.trainer"), id="trainer", elem_id="tab-trainer", visible=False
            ) as trainer_tab:
                trainer_parts = trainer.build(ctx)
            with gr.Tab(
                t("tabs.admin"), id="admin", elem_id="tab-admin", visible=False
            ) as admin_tab:
                admin_parts = admin.build(ctx)
        compare_tab.select(compare_parts["leaderboard"], None, compare_parts["board"])
        admin_tab.select(admin_parts["show"], [admin_parts["tenant"]], admin_parts["outputs"])
        workshop_tab.select(workshop_parts["show"], None, workshop_parts["outputs"])
        trainer_tab.select(trainer_parts["opened"], None, trainer_parts["outputs"])

        async def on_load(request: gr.Request) -> tuple[Any, ...]:
            user = await ctx.user(request)
            model_choices, history = await chat.load(ctx, request)
            tenants = [user.tenant_name]
            if user.allows(Permission.ALL_TENANTS):
                rows = await anyio.to_thread.run_sync(state.tenants.list_all)
                tenants = [row["tenant"] for row in rows]
            return (
                t(
                    "app.user_line",
                    username=display_name(user),
                    role=t("roles." + user.role.value),
                    tenant=user.tenant_name,
                ),
                model_choices,
                history,
                gr.update(choices=model_choices["choices"], value=[]),
                gr.Tab(visible=user.allows(Permission.COMPARE)),
                gr.Tab(visible=user.allows(Permission.DOCUMENTS_READ)),
                gr.Tab(visible=user.allows(Permission.USAGE_VIEW)),
                gr.Tab(visible=user.allows(Permission.COMPLIANCE_PACK)),
                gr.Tab(visible=user.allows(Permission.ADMINISTRATION)),
                gr.Tab(visible=user.allows(Permission.WORKSHOP_JOIN)),
                gr.Tab(visible=user.allows(Permission.WORKSHOPS_RUN)),
                gr.update(
                    choices=tenants,
                    value=user.tenant_name,
                    visible=user.allows(Permission.ALL_TENANTS),
                ),
                *[
                    gr.update(interactive=user.allows(Permission.QUOTAS_MANAGE))
                    for _ in admin_parts["quota_inputs"]
                ],
            )

        blocks.load(
            on_load,
            None,
            [
                who,
                chat_parts["model"],
                chat_parts["history"],
                compare_parts["models"],
                compare_tab,
                docs_tab,
                usage_tab,
                docpack_tab,
                admin_tab,
                workshop_tab,
                trainer_tab,
                admin_parts["tenant"],
                *admin_parts["quota_inputs"],
            ],
        )

        async def workshop_first(request: gr.Request) -> tuple[Any, ...]:
            user = await ctx.user_if_any(request)
            if user is None or not user.allows(Permission.WORKSHOP_JOIN):
                return (gr.skip(),) * (1 + len(workshop_parts["outputs"]))
            return (gr.Tabs(selected="workshop"), *await workshop_parts["show"](request))

        blocks.load(workshop_first, None, [tabs, *workshop_parts["outputs"]])
    # Gradio runs one event of a kind at a time unless told otherwise; the handlers only
    # await the gateway or a thread, so a workshop room can chat at once.
    blocks.queue(default_concurrency_limit=UI_CONCURRENCY)
    return blocks


def mount_ui(app: FastAPI, state: GatewayState) -> None:
    """Mount the UI in both languages, the login and download routes and the session guard."""
    settings = state.settings
    cache = settings.ui_cache_dir
    cache.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(cache, 0o700)
    # Gradio reads its upload/cache folder from this variable only (when Blocks are built):
    # under the data dir and private to the server's user instead of /tmp/gradio.
    os.environ["GRADIO_TEMP_DIR"] = str(cache)
    downloads = DownloadStore(settings.downloads_dir)
    downloads.sweep()
    app.state.downloads = downloads
    state.sweepers.append(downloads.sweep)
    app.include_router(login_routes.router)
    app.include_router(sso_routes.router)
    app.include_router(join_routes.router)
    app.include_router(download_routes.router)
    for lang in ("en", "de"):  # /ui/en before /ui: the first matching mount wins
        gr.mount_gradio_app(
            app,
            build_ui(state, lang, downloads),
            path=ui_path(lang).rstrip("/"),
            theme=THEME,
            css_paths=[CSS_PATH],
            ssr_mode=False,
            footer_links=[],
            max_file_size=state.settings.max_upload_bytes,
            show_error=True,
            mcp_server=False,
            pwa=False,
        )
    app.add_middleware(UiGuard, state=state, upload_dir=cache)
