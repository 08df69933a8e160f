"""Documentation: the use-case intake and the signed AI-Act/GDPR pack for download."""

from __future__ import annotations

from typing import Any

import anyio
import gradio as gr

from compliance.docpack.intake import IntakeService, answered, proposals, questions, screen
from sandboxes.errors import ServiceError
from sandboxes.roles import Permission
from serving.deps import user_event
from ui.context import UiContext
from ui.downloads import download_link


def _component(question: dict[str, Any], lang: str, t: Any) -> gr.components.Component:
    label, kind, elem = question[lang], question["type"], f"intake-{question['id']}"
    options = [(text[lang], key) for key, text in question.get("options", {}).items()]
    if kind == "multi":
        return gr.CheckboxGroup(label=label, choices=options, elem_id=elem)
    if kind == "choice":
        return gr.Radio(label=label, choices=options, elem_id=elem)
    if kind == "yesno":  # a radio, so that "not answered yet" differs from "no"
        return gr.Radio(
            label=label, choices=[(t("docpack.yes"), "yes"), (t("docpack.no"), "no")], elem_id=elem
        )
    if kind == "number":
        return gr.Number(label=label, precision=0, minimum=0, elem_id=elem)
    return gr.Textbox(label=label, lines=2, elem_id=elem)


def _shown(question: dict[str, Any], value: Any) -> Any:
    if question["type"] == "yesno":
        return "yes" if value else "no"
    return value


def _stored(question: dict[str, Any], value: Any) -> Any:
    if question["type"] == "yesno":
        return value == "yes"
    if question["type"] == "number":
        return int(value)
    return value


def build(ctx: UiContext, tab: gr.Tab) -> None:
    """Lay out the documentation screen; it loads the intake when its tab opens."""
    t, state, lang = ctx.t, ctx.state, ctx.t.lang
    asked = questions()
    gr.Markdown(t("docpack.intro"))
    status = gr.Markdown(elem_id="intake-status")
    fields = [_component(q, lang, t) for q in asked]
    with gr.Row():
        save = gr.Button(t("docpack.save"), variant="primary", elem_id="intake-save")
        accept = gr.Button(t("docpack.accept"), elem_id="intake-accept-proposals")
    with gr.Row():
        pack_lang = gr.Radio(
            label=t("docpack.language"),
            choices=[("Deutsch", "de"), ("English", "en")],
            value="de",
            elem_id="pack-lang",
        )
        generate = gr.Button(t("docpack.generate"), elem_id="pack-generate")
    result = gr.Markdown(elem_id="pack-result")
    download = gr.HTML(elem_id="pack-file")

    def summary(tenant_id: int) -> tuple[str, list[Any]]:
        answers = IntakeService(state.store).answers(tenant_id)
        screening = screen(answers)
        done, total = answered(answers)
        text = t(
            "docpack.status",
            done=done,
            total=total,
            result=t("docpack.result." + screening.result),
        )
        if screening.result in ("high_risk", "prohibited"):
            text = "⚠️ **" + t("docpack.warning." + screening.result) + "**\n\n" + text
        values = [_shown(q, answers[q["id"]].value) if q["id"] in answers else None for q in asked]
        return text, values

    async def load(request: gr.Request) -> tuple[Any, ...]:
        user = await ctx.user(request, Permission.COMPLIANCE_PACK)
        text, values = await anyio.to_thread.run_sync(summary, user.tenant_id)
        return (text, *values)

    # The request comes first: Gradio passes it only to a parameter it can place by position.
    async def store(request: gr.Request, *values: Any) -> tuple[Any, ...]:
        user = await ctx.user(request, Permission.COMPLIANCE_PACK)
        given = {
            q["id"]: (int(v) if q["type"] == "number" else v)
            for q, v in zip(asked, values, strict=True)
            if v not in (None, "", [])
            and not (
                q["type"] == "yesno"
                and v is False
                and q["id"] not in ("employees_affected", "customers_affected")
            )
        }
        try:
            await anyio.to_thread.run_sync(
                lambda: IntakeService(state.store).answer(user.tenant_id, given, user.username)
            )
        except ServiceError as exc:
            raise gr.Error(t("docpack.invalid", detail=str(exc)), title=t("errors.title")) from exc
        gr.Info(t("docpack.saved"))
        return await load(request)

    async def accept_proposals(request: gr.Request) -> tuple[Any, ...]:
        user = await ctx.user(request, Permission.COMPLIANCE_PACK)

        def work() -> None:
            service = IntakeService(state.store)
            given = service.answers(user.tenant_id)
            open_ones = {q: v for q, v in proposals(lang).items() if q not in given}
            service.answer(user.tenant_id, open_ones, user.username, provenance="confirmed")

        await anyio.to_thread.run_sync(work)
        gr.Info(t("docpack.accepted"))
        return await load(request)

    async def make(chosen: str, request: gr.Request) -> tuple[str, str]:
        user = await ctx.user(request, Permission.COMPLIANCE_PACK)
        pack = await anyio.to_thread.run_sync(
            lambda: state.docpack.generate(user.tenant_name, user.username, chosen or "de")
        )
        await user_event(state, request, "pack_exported", user, sha256=pack.sha256)
        token = await anyio.to_thread.run_sync(
            ctx.downloads.offer,
            user,
            Permission.COMPLIANCE_PACK,
            pack.filename,
            pack.data,
            "application/zip",
        )
        text = t("docpack.generated", percent=round(pack.completeness * 100), open=pack.open_points)
        label = t("docpack.download") + f": {pack.filename}"
        return download_link(token, pack.filename, label), text

    tab.select(load, None, [status, *fields])
    save.click(store, fields, [status, *fields])
    accept.click(accept_proposals, None, [status, *fields])
    generate.click(make, [pack_lang], [download, result])
