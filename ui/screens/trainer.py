"""Workshops (trainers): create one with join codes and QR codes, watch the room, end it."""

from __future__ import annotations

import html
import json
from typing import Any

import anyio
import gradio as gr
from reportlab.graphics import renderSVG
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing

from sandboxes.roles import Permission
from ui.context import UiContext
from ui.downloads import download_link
from ui.i18n import Texts, parse_local
from ui.render import table_html
from workshops.certificate import certificate_pdf
from workshops.exercises import load_content_set
from workshops.service import WorkshopError, WorkshopPlan

QR_SIZE = 132  # points: readable from a projector and from a printed card


def build(ctx: UiContext) -> dict[str, Any]:
    """Draw the trainer's tab; returns the handler that fills it when the tab opens."""
    t, state = ctx.t, ctx.state
    demo = load_content_set("demo")
    exercises = [(e.title.get(t.lang) or e.title["de"], e.id) for e in demo.exercises]
    with gr.Accordion(t("trainer.new"), open=True, elem_id="trainer-new"):
        title = gr.Textbox(label=t("trainer.title"), max_lines=1, elem_id="trainer-title")
        with gr.Row():
            start = gr.Textbox(label=t("trainer.start"), max_lines=1, elem_id="trainer-start")
            content = gr.Dropdown(
                label=t("trainer.content_set"),
                choices=[(demo.title.get(t.lang) or demo.title["de"], demo.name)],
                value=demo.name,
                elem_id="trainer-content",
            )
        with gr.Row():
            seats = gr.Number(
                label=t("trainer.seats"), value=12, precision=0, elem_id="trainer-seats"
            )
            minutes = gr.Number(
                label=t("trainer.minutes"), value=180, precision=0, elem_id="trainer-minutes"
            )
            tokens = gr.Number(
                label=t("trainer.seat_tokens"), value=20000, precision=0, elem_id="trainer-tokens"
            )
        chosen = gr.CheckboxGroup(
            label=t("trainer.exercises"), choices=exercises, elem_id="trainer-exercises"
        )
        attach = gr.CheckboxGroup(label=t("trainer.attach"), choices=[], elem_id="trainer-attach")
        create = gr.Button(t("trainer.create"), variant="primary", elem_id="trainer-create")
        codes = gr.HTML(elem_id="trainer-codes")
    with gr.Row():
        picked = gr.Dropdown(label=t("trainer.workshop"), choices=[], elem_id="trainer-workshop")
        refresh = gr.Button(t("workshop.refresh"), size="sm", scale=0, elem_id="trainer-refresh")
    room = gr.HTML(elem_id="trainer-view")
    active = gr.CheckboxGroup(
        label=t("trainer.active"), choices=exercises, elem_id="trainer-active"
    )
    switch = gr.Button(t("trainer.switch"), elem_id="trainer-switch")
    end = gr.Button(t("trainer.end"), variant="stop", elem_id="trainer-end")
    certificate = gr.HTML(elem_id="trainer-certificate")
    files = gr.HTML(elem_id="trainer-files")

    async def opened(request: gr.Request) -> tuple[Any, ...]:
        user = await ctx.user(request, Permission.WORKSHOPS_RUN)
        rows = await anyio.to_thread.run_sync(state.workshops.list_for, user.tenant_id)
        docs = await anyio.to_thread.run_sync(state.ingestion.list, user.tenant_id)
        ready = [(d["filename"], d["id"]) for d in docs if d["status"] == "ready"]
        return gr.update(choices=_choices(rows, t)), gr.update(choices=ready)

    async def make(
        request: gr.Request,
        name: str,
        begins: str,
        content_set: str,
        n: float,
        mins: float,
        quota: float,
        on: list[str],
        docs: list[str],
    ) -> tuple[Any, ...]:
        user = await ctx.user(request, Permission.WORKSHOPS_RUN)
        try:
            starts_at = parse_local(begins or "")
        except ValueError as exc:
            raise ctx.fail("bad_start") from exc
        plan = WorkshopPlan(
            title=(name or "").strip(), seats=int(n or 0), duration_minutes=int(mins or 0),
            seat_token_quota=int(quota or 0), exercises=on, attach_documents=docs,
            starts_at=starts_at, content_set=content_set or demo.name,
        )  # fmt: skip
        try:
            made = await anyio.to_thread.run_sync(
                state.workshops.create, user.tenant_id, plan, user.username
            )
        except WorkshopError as exc:
            raise gr.Error(str(exc), title=t("errors.title")) from exc
        rows = await anyio.to_thread.run_sync(state.workshops.list_for, user.tenant_id)
        base = _base_url(request)
        return codes_html(t, made, base), gr.update(choices=_choices(rows, t), value=made["id"])

    async def watch(request: gr.Request, workshop_id: str | None) -> tuple[Any, ...]:
        if not workshop_id:
            return "", gr.skip()
        user = await ctx.user(request, Permission.WORKSHOPS_RUN)
        data = await _guarded(ctx, state.workshops.trainer_view, user.tenant_id, workshop_id)
        return room_html(t, data), gr.update(value=data["active_exercises"])

    async def set_active(request: gr.Request, workshop_id: str | None, on: list[str]) -> str:
        if not workshop_id:
            raise ctx.fail("no_workshop")
        user = await ctx.user(request, Permission.WORKSHOPS_RUN)
        await _guarded(ctx, state.workshops.set_exercises, user.tenant_id, workshop_id, on)
        return room_html(
            t, await _guarded(ctx, state.workshops.trainer_view, user.tenant_id, workshop_id)
        )

    async def finish(request: gr.Request, workshop_id: str | None) -> tuple[Any, ...]:
        if not workshop_id:
            raise ctx.fail("no_workshop")
        user = await ctx.user(request, Permission.WORKSHOPS_RUN)
        signed = await _guarded(ctx, state.wiper.end, workshop_id, user.username, user.tenant_id)
        pdf = await anyio.to_thread.run_sync(certificate_pdf, signed)
        stem = f"loeschbestaetigung-{workshop_id}"
        links = []
        for name, data, media in (
            (f"{stem}.json", json.dumps(signed, indent=2).encode(), "application/json"),
            (f"{stem}.pdf", pdf, "application/pdf"),
        ):
            token = await anyio.to_thread.run_sync(
                ctx.downloads.offer, user, Permission.WORKSHOPS_RUN, name, data, media
            )
            links.append(download_link(token, name, name))
        files = f"<p>{html.escape(t('trainer.files'))}: {' · '.join(links)}</p>"
        return certificate_html(t, signed), files, ""

    create.click(
        make, [title, start, content, seats, minutes, tokens, chosen, attach], [codes, picked]
    )
    picked.change(watch, [picked], [room, active])
    refresh.click(watch, [picked], [room, active])
    switch.click(set_active, [picked, active], [room])
    end.click(finish, [picked], [certificate, files, room])
    return {"opened": opened, "outputs": [picked, attach]}


async def _guarded(ctx: UiContext, work: Any, *args: Any) -> Any:
    try:
        return await anyio.to_thread.run_sync(work, *args)
    except WorkshopError as exc:
        raise ctx.fail(exc.code or "generic") from exc


def _choices(rows: list[dict[str, Any]], t: Texts) -> list[tuple[str, str]]:
    return [
        (
            f"{w['title']} ({w['starts_at'][:10]} {t.clock(w['starts_at'])}, "
            f"{t('trainer.status.' + w['status'])})",
            w["id"],
        )
        for w in rows
    ]


def _base_url(request: gr.Request) -> str:
    """The address participants use: the one the trainer's browser reached the server at."""
    headers = request.headers
    host = headers.get("x-forwarded-host") or headers.get("host") or "localhost"
    scheme = headers.get("x-forwarded-proto") or "http"
    return f"{scheme}://{host}"


def qr_svg(text: str) -> str:
    """A QR code of `text` as inline SVG (reportlab; no network, no extra package)."""
    widget = QrCodeWidget(text)
    x1, y1, x2, y2 = widget.getBounds()
    drawing = Drawing(
        QR_SIZE, QR_SIZE, transform=[QR_SIZE / (x2 - x1), 0, 0, QR_SIZE / (y2 - y1), 0, 0]
    )
    drawing.add(widget)
    svg = renderSVG.drawToString(drawing)
    return svg[svg.index("<svg") :]


def codes_html(t: Texts, made: dict[str, Any], base: str) -> str:
    """The join codes with a QR code each, shown once after creating the workshop."""
    cards = []
    for number, code in enumerate(made["join_codes"], start=1):
        link = f"{base}/join?code={code}"
        cards.append(
            f'<figure class="rl-code"><div aria-hidden="true">{qr_svg(link)}</div>'
            f"<figcaption><strong>T{number:02d}</strong> <code>{html.escape(code)}</code>"
            "</figcaption></figure>"
        )
    intro = t("trainer.codes_intro", link=f"{base}/join", ends=t.clock(made["ends_at"]))
    return f'<p>{html.escape(intro)}</p><div class="rl-codes">{"".join(cards)}</div>'


def room_html(t: Texts, data: dict[str, Any]) -> str:
    """Who joined, progress and totals; prompts only of those who opted in on screen."""
    if data["status"] != "running":
        return f"<p>{html.escape(t('trainer.ended'))}</p>"
    totals = data["totals"]
    titles = {
        e.id: e.title.get(t.lang) or e.title["de"]
        for e in load_content_set(data["content_set"]).exercises
    }
    summary = t(
        "trainer.totals", joined=totals["joined"], seats=data["seats"],
        requests=totals["requests"], tokens=totals["tokens"],
    )  # fmt: skip
    rows = [
        [
            p["participant"],
            t.clock(p["joined_at"]),
            ", ".join(f"{titles.get(e, e)} ×{n}" for e, n in p["exercises"].items()) or "–",
            " | ".join(p["shared_prompts"]) if p["shares_prompts"] else t("trainer.not_shared"),
        ]
        for p in data["participants"]
    ]
    headers = [
        t("trainer.col_participant"),
        t("trainer.col_joined"),
        t("trainer.col_progress"),
        t("trainer.col_prompts"),
    ]
    return f"<p>{html.escape(summary)}</p>" + table_html("trainer-room", headers, rows)


def certificate_html(t: Texts, signed: dict[str, Any]) -> str:
    """The certificate's counts before and after, and whether the wipe is verified."""
    rows = [[store, n, signed["after"][store]] for store, n in signed["before"].items()]
    verdict = t("trainer.verified") if signed["verified"] else t("trainer.not_verified")
    headers = [t("trainer.col_store"), t("trainer.col_before"), t("trainer.col_after")]
    return f"<p><strong>{html.escape(verdict)}</strong></p>" + table_html(
        "trainer-cert", headers, rows
    )
