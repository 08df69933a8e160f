"""Documents: upload several files, watch them being indexed, delete them."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import anyio
import gradio as gr

from sandboxes.roles import Permission
from ui.context import UiContext
from ui.render import table_html

REFRESH_S = 2.0


def build(ctx: UiContext) -> None:
    """Lay out the documents screen and wire its events."""
    t, state = ctx.t, ctx.state
    upload = gr.File(
        label=t("docs.upload"), file_count="multiple", elem_id="upload-files", type="filepath"
    )
    result = gr.Markdown(elem_id="upload-result")
    docs = gr.HTML(elem_id="doc-list")
    with gr.Row():
        choice = gr.Dropdown(label=t("docs.pick"), choices=[], elem_id="doc-select", scale=3)
        remove = gr.Button(t("docs.delete"), variant="stop", elem_id="doc-delete", scale=1)
    with gr.Accordion(t("docs.selftest_run"), open=False, elem_id="selftest"):
        gr.Markdown(t("docs.selftest_intro"))
        check = gr.Button(t("docs.selftest_run"), elem_id="selftest-run")
        report = gr.HTML(elem_id="selftest-result")
    timer = gr.Timer(REFRESH_S)

    async def listing(request: gr.Request) -> tuple[str, Any]:
        user = await ctx.user(request, Permission.DOCUMENTS_READ)
        rows = await anyio.to_thread.run_sync(state.ingestion.list, user.tenant_id)
        return _table(ctx, rows), gr.update(
            choices=[(str(r["filename"]), str(r["id"])) for r in rows]
        )

    async def submit(paths: list[str] | None, request: gr.Request) -> tuple[Any, str, str, Any]:
        user = await ctx.user(request, Permission.DOCUMENTS_WRITE)
        lines = []
        for path in paths or []:
            file = Path(path)
            data = await anyio.to_thread.run_sync(file.read_bytes)
            outcome = await anyio.to_thread.run_sync(
                state.ingestion.submit, user.tenant_id, user.tenant_name, file.name, data
            )
            # The gateway keeps its own copy.
            await anyio.to_thread.run_sync(functools.partial(file.unlink, missing_ok=True))
            lines.append("- " + _outcome_line(ctx, outcome))
        table, choices = await listing(request)
        return None, "\n".join(lines), table, choices

    async def delete(doc_id: str | None, request: gr.Request) -> tuple[str, Any, str]:
        user = await ctx.user(request, Permission.DOCUMENTS_WRITE)
        if not doc_id:
            raise ctx.fail("no_document")
        await anyio.to_thread.run_sync(
            state.ingestion.delete, user.tenant_name, doc_id, user.tenant_id
        )
        table, choices = await listing(request)
        return table, choices, t("docs.deleted")

    async def start_check(request: gr.Request) -> str:
        user = await ctx.user(request, Permission.DOCUMENTS_READ)
        status = await anyio.to_thread.run_sync(
            state.selftests.start, user.tenant_id, user.tenant_name
        )
        return selftest_html(ctx, status)

    check.click(start_check, None, report)
    upload.upload(submit, [upload], [upload, result, docs, choice])
    remove.click(delete, [choice], [docs, choice, result])

    async def refresh(request: gr.Request) -> tuple[Any, Any, Any]:
        # The timer keeps ticking in a page whose session ended: stay quiet instead of
        # raising the expiry message every two seconds (the next click explains it).
        user = await ctx.user_if_any(request)
        if user is None or not user.allows(Permission.DOCUMENTS_READ):
            return gr.skip(), gr.skip(), gr.skip()
        status = await anyio.to_thread.run_sync(state.selftests.status, user.tenant_id)
        return (*await listing(request), selftest_html(ctx, status))

    timer.tick(refresh, None, [docs, choice, report], show_progress="hidden")


def selftest_html(ctx: UiContext, status: dict[str, Any]) -> str:
    """The self-test's progress, or its result per document with reasons for weak ones."""
    t = ctx.t
    if status["status"] == "running":
        progress = status["progress"] or {}
        done, total = progress.get("done", 0), progress.get("total", 0)
        return f'<p role="status">{t("docs.selftest_running", done=done, total=total or "…")}</p>'
    result = status.get("result")
    if not result:
        return f'<p class="rl-muted">{t("docs.selftest_none")}</p>'
    summary = t(
        "docs.selftest_result",
        questions=result["questions"],
        hit5=round(result["hit@5"] * 100),
        hit1=round(result["hit@1"] * 100),
        when=t.clock(result["created_at"]),
    ).replace("**", "")
    rows = [
        [
            d["filename"],
            d["questions"],
            f"{round(d['hit@5'] * 100)} %",
            t.get("docs.selftest_reason." + d["reason"], "docs.selftest_reason.low_score")
            if d["reason"]
            else "",
        ]
        for d in result["documents"]
    ]
    headers = [
        t("docs.selftest_col_doc"),
        t("docs.selftest_col_questions"),
        t("docs.selftest_col_hit"),
        t("docs.selftest_col_reason"),
    ]
    return f"<p><strong>{summary}</strong></p>" + table_html("selftest-table", headers, rows)


def _outcome_line(ctx: UiContext, outcome: dict[str, Any]) -> str:
    t = ctx.t
    name = str(outcome.get("file", ""))
    if outcome["status"] == "rejected":
        reason = t.get("doc_errors." + str(outcome.get("error_code")), "doc_errors.rejected")
        return t("docs.rejected", name=name, reason=reason)
    return t("docs." + str(outcome["status"]), name=name)


def _table(ctx: UiContext, rows: list[dict[str, Any]]) -> str:
    t = ctx.t
    if not rows:
        return f'<p class="rl-muted">{t("docs.empty")}</p>'
    body = []
    for row in rows:
        progress = row.get("progress") or {}
        done, total = progress.get("chunks_done", 0), progress.get("chunks_total", 0)
        status = t.get("doc_status." + str(row["status"]), "doc_status.unknown")
        if row["status"] == "processing" and total:
            status += f" ({done}/{total})"
        problem = ""
        if row.get("error_code") or row.get("error"):
            problem = t.get("doc_errors." + str(row.get("error_code")), "doc_errors.rejected")
        body.append(
            [row["filename"], status, total or "", problem, str(row.get("created_at"))[:16]]
        )
    headers = [
        t("docs.col_file"),
        t("docs.col_status"),
        t("docs.col_chunks"),
        t("docs.col_problem"),
        t("docs.col_uploaded"),
    ]
    return table_html("doc-list", headers, body)
