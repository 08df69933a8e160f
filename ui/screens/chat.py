"""Chat: streamed answers with sources, what the model saw, and the user's own history."""

from __future__ import annotations

from typing import Any

import anyio
import gradio as gr

from sandboxes.roles import Permission
from sandboxes.users import SessionUser
from ui.answers import stream_answer
from ui.context import UiContext
from ui.render import link_citations, model_view_html, receipt_lines, sources_html

HISTORY_MESSAGES = 6  # earlier turns sent along (the embedded model has 2048 tokens)
TITLE_CHARS = 60


def build(ctx: UiContext) -> dict[str, Any]:
    """Lay out the chat screen inside the current Blocks and wire its events."""
    t, state = ctx.t, ctx.state
    turns = gr.State([])  # the plain messages of this conversation (what the model gets)
    conversation = gr.State(None)
    with gr.Row(equal_height=False):
        with gr.Column(scale=3):
            output = gr.Chatbot(
                label=t("chat.output"), elem_id="chat-output", height=460, buttons=["copy"]
            )
            question = gr.Textbox(
                label=t("chat.input"),
                placeholder=t("chat.input_placeholder"),
                elem_id="chat-input",
                lines=1,  # Enter sends, Shift+Enter adds a line (it grows to max_lines)
                max_lines=8,
                submit_btn=False,
            )
            status = gr.Markdown(elem_id="chat-status", elem_classes="rl-muted")
            with gr.Row():
                send = gr.Button(t("chat.send"), variant="primary", elem_id="chat-send")
                new = gr.Button(t("chat.new"), elem_id="chat-new")
        with gr.Column(scale=2):
            model = gr.Dropdown(label=t("chat.model"), choices=[], elem_id="model-select")
            use_docs = gr.Checkbox(label=t("chat.use_docs"), value=True, elem_id="use-docs")
            history = gr.Dropdown(label=t("chat.history"), choices=[], elem_id="chat-history")
            forget = gr.Button(t("chat.delete"), variant="stop", elem_id="chat-delete")
            with gr.Accordion(t("chat.sources"), open=True):
                sources = gr.HTML(sources_html([], t), elem_id="chat-sources")
            with gr.Accordion(t("chat.model_view"), open=True):
                seen = gr.HTML(model_view_html([], None, t), elem_id="chat-model-view")

    async def answer(
        text: str,
        shown: list[dict[str, Any]],
        plain: list[dict[str, Any]],
        conv_id: str | None,
        model_name: str,
        docs: bool,
        request: gr.Request,
    ) -> Any:
        user = await ctx.user(request, Permission.CHAT)
        text = (text or "").strip()
        if not text:
            return
        if not model_name:
            raise ctx.fail("no_model")
        principal = await ctx.principal(user)
        messages = [*plain[-HISTORY_MESSAGES:], {"role": "user", "content": text}]
        shown = [*shown, {"role": "user", "content": text}, {"role": "assistant", "content": ""}]
        reply, found, receipt, error = "", None, None, ""
        model_view: list[dict[str, Any]] = []
        filtered: str | None = None  # the question after the PII input hop: what may be kept
        yield shown, "", gr.skip(), gr.skip(), conv_id, gr.skip(), gr.skip(), t("chat.generating")
        async for event in stream_answer(
            state, principal, model_name, messages, use_documents=docs
        ):
            if event.model_view and filtered is None:
                # Kept and shared only now, after the input hop, as filtered text; a refused
                # (blocked) question never gets here.
                model_view = event.model_view
                filtered = _last_user(model_view)
                conv_id = await _keep_question(ctx, user, conv_id, filtered)
            if event.error_code:
                error = event.error_code
                break
            found = event.sources if event.sources is not None else found
            receipt = event.receipt or receipt
            reply += event.text
            shown[-1] = {"role": "assistant", "content": link_citations(reply)}
            yield (
                shown,
                gr.skip(),
                sources_html(found or [], t) if event.sources is not None else gr.skip(),
                model_view_html(model_view, receipt, t) if event.model_view else gr.skip(),
                gr.skip(),
                gr.skip(),
                gr.skip(),
                gr.skip(),
            )
        if error:
            reply = "⚠️ " + ctx.error_text(error)
            shown[-1] = {"role": "assistant", "content": reply}
        elif not reply.strip():
            shown[-1] = {"role": "assistant", "content": "_" + t("chat.answer_empty") + "_"}
        meta = {
            "model": model_name,
            "sources": [{k: s.get(k) for k in ("source", "page", "score")} for s in found or []],
            "pii": receipt_lines(receipt, t),
            "error": error or None,
        }
        if filtered is not None and conv_id is not None:
            await anyio.to_thread.run_sync(
                _store, ctx, user.user_id, conv_id, filtered, reply, meta
            )
        plain = [*messages, {"role": "assistant", "content": reply}] if not error else plain
        yield (
            shown,
            gr.skip(),
            sources_html(found or [], t),
            model_view_html(model_view, receipt, t),
            conv_id,
            plain,
            gr.update(choices=await _history_choices(ctx, user.user_id), value=conv_id),
            t("chat.failed") if error else t("chat.done"),
        )

    outputs = [output, question, sources, seen, conversation, turns, history, status]
    inputs = [question, output, turns, conversation, model, use_docs]
    send.click(answer, inputs, outputs)
    question.submit(answer, inputs, outputs)

    async def open_conversation(conv_id: str | None, request: gr.Request) -> Any:
        user = await ctx.user(request, Permission.CHAT)
        if not conv_id:
            return _empty()
        stored = await anyio.to_thread.run_sync(state.conversations.messages, conv_id, user.user_id)
        plain = [
            {"role": m["role"], "content": m["content"]}
            for m in stored
            if not (m.get("meta") or {}).get("error")
        ]
        shown = [{"role": m["role"], "content": link_citations(m["content"])} for m in stored]
        return shown, plain, conv_id, sources_html([], t), model_view_html([], None, t)

    def _empty() -> tuple[Any, ...]:
        return [], [], None, sources_html([], t), model_view_html([], None, t)

    reset_outputs = [output, turns, conversation, sources, seen]
    history.input(open_conversation, [history], reset_outputs)
    new.click(
        _empty,
        None,
        reset_outputs,
    ).then(lambda: gr.update(value=None), None, history)

    async def delete_conversation(conv_id: str | None, request: gr.Request) -> Any:
        user = await ctx.user(request, Permission.CHAT)
        if conv_id:
            await anyio.to_thread.run_sync(state.conversations.delete, conv_id, user.user_id)
            gr.Info(t("chat.deleted"))
        choices = await _history_choices(ctx, user.user_id)
        return (*_empty(), gr.update(choices=choices, value=None))

    forget.click(delete_conversation, [conversation], [*reset_outputs, history])
    return {"model": model, "history": history}


def _last_user(messages: list[dict[str, Any]]) -> str:
    """The last user message's text (as the model got it)."""
    for message in reversed(messages):
        if message.get("role") == "user":
            return str(message.get("content") or "")
    return ""


async def _keep_question(
    ctx: UiContext, user: SessionUser, conv_id: str | None, filtered: str
) -> str:
    """Share the filtered question with the trainer (if opted in); open the conversation."""
    state = ctx.state
    if user.allows(Permission.WORKSHOP_JOIN):  # kept for the trainer only if opted in
        await anyio.to_thread.run_sync(state.workshops.share_prompt, user.user_id, filtered)
    if conv_id is None:
        conv_id = await anyio.to_thread.run_sync(
            state.conversations.create, user.user_id, user.tenant_id, filtered[:TITLE_CHARS]
        )
    return conv_id


def _store(ctx: UiContext, user_id: int, conv_id: str, text: str, reply: str, meta: Any) -> None:
    ctx.state.conversations.append(conv_id, user_id, "user", text)
    ctx.state.conversations.append(conv_id, user_id, "assistant", reply, meta)


async def _history_choices(ctx: UiContext, user_id: int) -> list[tuple[str, str]]:
    rows = await anyio.to_thread.run_sync(ctx.state.conversations.list, user_id)
    return [(f"{row['title']} ({str(row['updated_at'])[:16]})", row["id"]) for row in rows]


async def load(ctx: UiContext, request: gr.Request) -> tuple[Any, Any]:
    """Model choices and conversation history for the logged-in user (on page load)."""
    user = await ctx.user(request)
    principal = await ctx.principal(user)
    models, up = ctx.state.router.answering_first(principal.may_use)
    # The first model that answers now is the default; one that is down stays selectable.
    up = up or models
    history = await _history_choices(ctx, user.user_id)
    return (
        gr.update(choices=models, value=up[0] if up else None),
        gr.update(choices=history, value=None),
    )
