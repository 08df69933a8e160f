"""A notice above every tab while a model is starting or down: phase, percent, seconds."""

from __future__ import annotations

import html
import re
from typing import Any

import gradio as gr

from serving.engine_states import model_states
from ui.context import UiContext

REFRESH_S = 2.0


def banner_text(ctx: UiContext, states: list[dict[str, Any]]) -> str:
    """One line per model that is not ready, in the UI's language ("" when all are)."""
    t = ctx.t
    lines = []
    for model in states:
        if model["ready"]:
            continue
        if model["phase"] == "unavailable":
            lines.append(t("engine.down", model=model["name"]))
            continue
        lines.append(
            t(
                "engine.starting",
                model=model["name"],
                percent=model["percent"],
                phase=t(f"engine.phases.{model['phase']}"),
                elapsed=model["elapsed_s"],
            )
        )
    return "\n\n".join(lines)


def banner_html(text: str) -> str:
    """The notice as HTML (bold model names), or "" when there is nothing to say."""
    if not text:
        return ""
    escaped = html.escape(text)
    paragraphs = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", escaped).split("\n\n")
    body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return f'<div class="rl-notice" role="status">{body}</div>'


def build(ctx: UiContext) -> None:
    """The notice, refreshed by a timer."""
    # Always drawn (empty when all is well): toggling visibility would re-lay out the page.
    banner = gr.HTML(elem_id="engine-state")
    timer = gr.Timer(REFRESH_S)

    async def refresh(request: gr.Request) -> Any:
        # A page whose session ended keeps ticking: stay quiet (the next click explains it).
        if await ctx.user_if_any(request) is None:
            return gr.skip()
        states = model_states(ctx.state.router, ctx.state.supervisor)
        return banner_html(banner_text(ctx, states))

    # No load event of its own: the page's load events stay as they were (the first tick
    # comes after two seconds).
    timer.tick(refresh, None, banner, show_progress="hidden")
