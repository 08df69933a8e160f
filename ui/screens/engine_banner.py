"""A notice above every tab while a model is starting or down: phase, percent, seconds."""

from __future__ import annotations

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


def build(ctx: UiContext, blocks: gr.Blocks) -> None:
    """The notice, refreshed by a timer and on page load."""
    banner = gr.Markdown(elem_id="engine-state", elem_classes="rl-notice", visible=False)
    timer = gr.Timer(REFRESH_S)

    async def refresh(request: gr.Request) -> Any:
        # A page whose session ended keeps ticking: stay quiet (the next click explains it).
        if await ctx.user_if_any(request) is None:
            return gr.skip()
        text = banner_text(ctx, model_states(ctx.state.router, ctx.state.supervisor))
        return gr.update(value=text, visible=bool(text))

    timer.tick(refresh, None, banner, show_progress="hidden")
    blocks.load(refresh, None, banner, show_progress="hidden")
