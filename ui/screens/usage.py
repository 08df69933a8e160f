"""Usage: tokens per day and model, and how much of the quota is left."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import anyio
import gradio as gr
import pandas as pd

from sandboxes.roles import Permission
from ui.context import UiContext

DAYS = 31


def build(ctx: UiContext, tab: gr.Tab) -> None:
    """Lay out the usage screen; it fills itself when its tab is opened."""
    t, state = ctx.t, ctx.state
    quota = gr.Markdown(elem_id="usage-quota")
    chart = gr.BarPlot(
        x="day",
        y="tokens",
        color="model",
        label=t("usage.chart"),
        elem_id="usage-chart",
        x_title=t("usage.day"),
        y_title=t("usage.tokens"),
        color_title=t("usage.model"),
    )
    refresh = gr.Button(t("usage.refresh"), elem_id="usage-refresh")

    async def show(request: gr.Request) -> tuple[str, Any]:
        user = await ctx.user(request, Permission.USAGE_VIEW)
        principal = await ctx.principal(user)
        today = datetime.now(UTC).date()
        rows = await anyio.to_thread.run_sync(
            state.quotas.usage_summary, user.tenant_id, today - timedelta(days=DAYS)
        )
        frame = pd.DataFrame(
            [
                {
                    "day": str(r["day"]),
                    "model": str(r["model"]),
                    "tokens": int(r["prompt_tokens"]) + int(r["completion_tokens"]),  # type: ignore[call-overload]
                }
                for r in rows
            ],
            columns=["day", "model", "tokens"],
        )
        used_today = int(frame.loc[frame["day"] == str(today), "tokens"].sum())
        used_month = int(frame.loc[frame["day"] >= str(today.replace(day=1)), "tokens"].sum())
        lines = [
            _left(ctx, "usage.daily", principal.daily_token_quota, used_today),
            _left(ctx, "usage.monthly", principal.monthly_token_quota, used_month),
        ]
        return "\n\n".join(lines), frame

    refresh.click(show, None, [quota, chart])
    tab.select(show, None, [quota, chart])


def _left(ctx: UiContext, key: str, quota: int | None, used: int) -> str:
    if quota is None:
        return ctx.t(key + "_unlimited", used=f"{used:,}".replace(",", "."))
    left = max(0, quota - used)
    return ctx.t(
        key,
        used=f"{used:,}".replace(",", "."),
        left=f"{left:,}".replace(",", "."),
        quota=f"{quota:,}".replace(",", "."),
    )
