"""Workshop (participants): the exercises the trainer switched on, run side by side."""

from __future__ import annotations

import html
from typing import Any

import anyio
import gradio as gr

from sandboxes.roles import Permission
from serving.errors import APIError
from ui.context import UiContext
from ui.render import link_citations, model_view_html, sources_html
from workshops.service import WorkshopError


def build(ctx: UiContext) -> dict[str, Any]:
    """Draw the participant's workshop tab; returns its refresh handler and outputs."""
    t, state = ctx.t, ctx.state
    header = gr.Markdown(elem_id="workshop-header")
    with gr.Row():
        exercise = gr.Radio(label=t("workshop.exercise"), choices=[], elem_id="workshop-exercise")
        refresh = gr.Button(t("workshop.refresh"), size="sm", scale=0, elem_id="workshop-refresh")
    description = gr.Markdown(elem_id="workshop-exercise-text")
    run = gr.Button(t("workshop.run"), variant="primary", elem_id="workshop-run")
    result = gr.HTML(elem_id="workshop-result")
    with gr.Accordion(t("workshop.preferences"), open=False, elem_id="workshop-preferences"):
        share = gr.Checkbox(label=t("workshop.share"), elem_id="workshop-share")
        name = gr.Textbox(label=t("workshop.name"), max_lines=1, elem_id="workshop-name")
        save = gr.Button(t("workshop.save"), size="sm", elem_id="workshop-save")
        saved = gr.Markdown(elem_id="workshop-saved")

    async def view(request: gr.Request) -> dict[str, Any]:
        user = await ctx.user(request, Permission.WORKSHOP_JOIN)
        try:
            return await anyio.to_thread.run_sync(
                state.workshops.participant_view, user.user_id, t.lang
            )
        except WorkshopError as exc:
            raise ctx.fail(exc.code or "generic") from exc

    async def show(request: gr.Request) -> tuple[Any, ...]:
        data = await view(request)
        line = t(
            "workshop.header",
            title=data["title"],
            participant=data["participant"],
            ends=t.clock(data["ends_at"]),
        )
        choices = [(e["title"], e["id"]) for e in data["exercises"]]
        return (
            line,
            gr.update(choices=choices),
            data["share_prompts"],
            data["attendance_name"],
        )

    async def describe(request: gr.Request, exercise_id: str | None) -> str:
        if not exercise_id:
            return ""
        data = await view(request)
        found = next((e for e in data["exercises"] if e["id"] == exercise_id), None)
        if found is None:
            return t("errors.exercise_not_active")
        prompts = "\n".join(f"> {p}" for p in found["prompts"])
        return f"### {found['title']}\n\n{found['text']}\n\n**{t('workshop.prompt')}**\n\n{prompts}"

    async def run_exercise(request: gr.Request, exercise_id: str | None) -> str:
        if not exercise_id:
            raise ctx.fail("no_exercise")
        user = await ctx.user(request, Permission.WORKSHOP_JOIN)
        principal = await ctx.principal(user)
        try:
            data = await state.exercises.run(principal, user.user_id, exercise_id, t.lang)
        except (APIError, WorkshopError) as exc:
            raise ctx.fail(exc.code or "generic") from exc
        return runs_html(ctx, data["runs"])

    async def save_preferences(request: gr.Request, shares: bool, given: str) -> str:
        user = await ctx.user(request, Permission.WORKSHOP_JOIN)
        await anyio.to_thread.run_sync(
            lambda: state.workshops.set_preferences(
                user.user_id, share_prompts=shares, attendance_name=given
            )
        )
        return t("workshop.saved")

    outputs = [header, exercise, share, name]
    refresh.click(show, None, outputs)
    exercise.change(describe, [exercise], [description])
    run.click(run_exercise, [exercise], [result])
    save.click(save_preferences, [share, name], [saved])
    return {"show": show, "outputs": outputs}


def runs_html(ctx: UiContext, runs: list[dict[str, Any]]) -> str:
    """The runs of an exercise side by side: setting, answer, sources, what the model saw."""
    t = ctx.t
    cards = []
    for number, run in enumerate(runs, start=1):
        heading = t("workshop.setting." + run["setting"], model=run["model"], n=number)
        answer = run["answer"].strip() or t("chat.answer_empty")
        parts = [
            f"<h4>{html.escape(heading)}</h4>",
            f'<div class="rl-answer">{html.escape(link_citations(answer))}</div>',
        ]
        if run["documents"]:
            parts.append(sources_html(run["sources"], t))
        if run["injection_flagged"]:
            parts.append(f'<p class="rl-warn">{html.escape(t("workshop.flagged"))}</p>')
        opened = " open" if run["setting"].startswith("filter") else ""
        parts.append(
            f"<details{opened}><summary>{html.escape(t('chat.model_view'))}</summary>"
            f"{model_view_html(run['model_saw'], run['pii_receipt'], t)}</details>"
        )
        cards.append(
            f'<section class="rl-run" id="workshop-run-{number}">{"".join(parts)}</section>'
        )
    return f'<div class="rl-runs">{"".join(cards)}</div>'
