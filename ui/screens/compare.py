"""Compare: one question to two or three models on the same frozen context, with votes."""

from __future__ import annotations

import hashlib
import random
from typing import Any

import anyio
import gradio as gr

from rag.retrieval import context_hash
from sandboxes.roles import Permission
from ui.answers import stream_answer
from ui.context import UiContext
from ui.render import link_citations, sources_html, table_html

LABELS = ("A", "B", "C")


def build(ctx: UiContext) -> dict[str, Any]:
    """Lay out the compare screen and wire its events."""
    t, state = ctx.t, ctx.state
    run = gr.State({})
    question = gr.Textbox(label=t("compare.question"), elem_id="compare-input", lines=2)
    with gr.Row():
        models = gr.CheckboxGroup(label=t("compare.models"), choices=[], elem_id="compare-models")
        use_docs = gr.Checkbox(label=t("chat.use_docs"), value=True, elem_id="compare-use-docs")
        blind = gr.Checkbox(label=t("compare.blind"), value=False, elem_id="compare-blind")
    start = gr.Button(t("compare.run"), variant="primary", elem_id="compare-run")
    context = gr.Markdown(elem_id="compare-context")
    with gr.Row(equal_height=True):
        answers = [
            gr.Markdown(
                label=label,
                elem_id=f"compare-answer-{label.lower()}",
                container=True,
                min_height=120,
            )
            for label in LABELS
        ]
    with gr.Accordion(t("chat.sources"), open=False):
        sources = gr.HTML(elem_id="compare-sources")
    with gr.Row():
        vote = gr.Radio(label=t("compare.vote"), choices=[], elem_id="compare-vote")
        cast = gr.Button(t("compare.cast"), elem_id="compare-cast")
    verdict = gr.Markdown(elem_id="compare-verdict")
    board = gr.HTML(elem_id="compare-leaderboard")

    async def compare(
        text: str, picked: list[str], docs: bool, is_blind: bool, request: gr.Request
    ) -> Any:
        user = await ctx.user(request, Permission.COMPARE)
        text = (text or "").strip()
        if not text:
            raise ctx.fail("empty_question")
        if not 2 <= len(picked or []) <= len(LABELS):
            raise ctx.fail("compare_models")
        principal = await ctx.principal(user)
        order = list(picked)
        if is_blind:
            random.shuffle(order)
        frozen = await state.chat.retrieve(principal, text, {}) if docs else []
        digest = context_hash(frozen)
        texts = [""] * len(LABELS)
        heads = [
            _head(ctx, label, model, is_blind) for label, model in zip(LABELS, order, strict=False)
        ]
        ctx_line = t("compare.context", chunks=len(frozen), hash=digest[:16])
        yield (
            ctx_line,
            *_cells(heads, texts),
            sources_html([s.as_dict() for s in frozen], t),
            gr.update(choices=[], value=None),
            "",
            {},
        )
        for i, model in enumerate(order):
            async for event in stream_answer(
                state,
                principal,
                model,
                [{"role": "user", "content": text}],
                use_documents=docs,
                frozen_sources=frozen,
                max_tokens=state.settings.side_by_side_max_tokens,
                temperature=0.0,  # greedy: differences come from the models, not from sampling
            ):
                if event.error_code:
                    texts[i] = "⚠️ " + ctx.error_text(event.error_code)
                    break
                texts[i] += event.text
                yield (gr.skip(), *_cells(heads, texts), gr.skip(), gr.skip(), gr.skip(), gr.skip())
            if not texts[i].strip():
                texts[i] = "_" + t("chat.answer_empty") + "_"
        weights = {m.name: m.weights_sha256 for m in state.router.models()}
        labels = dict(zip(LABELS, order, strict=False))
        record: dict[str, Any] = {
            "question_sha256": hashlib.sha256(text.encode()).hexdigest(),
            "context_sha256": digest,
            "candidates": [{"model": m, "weights_sha256": weights.get(m, "")} for m in order],
            "labels": labels,
            "blind": is_blind,
        }
        choices = [(t("compare.vote_for", label=label), label) for label in labels]
        choices.append((t("compare.tie"), "tie"))
        yield (
            gr.skip(),
            *_cells(heads, texts),
            gr.skip(),
            gr.update(choices=choices, value=None),
            "",
            record,
        )

    async def cast_vote(choice: str | None, record: dict[str, Any], request: gr.Request) -> Any:
        user = await ctx.user(request, Permission.COMPARE)
        if not record or not choice:
            raise ctx.fail("no_vote")
        winner = "tie" if choice == "tie" else record["labels"][choice]
        await anyio.to_thread.run_sync(
            lambda: state.votes.record(
                user.tenant_id,
                user.user_id,
                question_sha256=record["question_sha256"],
                context_sha256=record["context_sha256"],
                candidates=record["candidates"],
                winner=winner,
                blind=record["blind"],
            )
        )
        reveal = ", ".join(f"{label} = {model}" for label, model in record["labels"].items())
        message = t("compare.thanks", reveal=reveal)
        return message, {}, gr.update(choices=[], value=None), await leaderboard(request)

    async def leaderboard(request: gr.Request) -> str:
        user = await ctx.user(request, Permission.COMPARE)
        rows = await anyio.to_thread.run_sync(state.votes.leaderboard, user.tenant_id)
        if not rows:
            return f'<p class="rl-muted">{t("compare.no_votes")}</p>'
        headers = [
            t("compare.col_model"),
            t("compare.col_games"),
            t("compare.col_wins"),
            t("compare.col_ties"),
            t("compare.col_rate"),
        ]
        body = [
            [r["model"], r["games"], r["wins"], r["ties"], f"{r['win_rate']:.0%}"] for r in rows
        ]
        return f"<h3>{t('compare.leaderboard')}</h3>" + table_html("compare-board", headers, body)

    start.click(
        compare,
        [question, models, use_docs, blind],
        [context, *answers, sources, vote, verdict, run],
    )
    cast.click(cast_vote, [vote, run], [verdict, run, vote, board])
    return {"models": models, "leaderboard": leaderboard, "board": board}


def _head(ctx: UiContext, label: str, model: str, blind: bool) -> str:
    return ctx.t("compare.model_blind", label=label) if blind else f"{label}: {model}"


def _cells(heads: list[str], texts: list[str]) -> list[Any]:
    cells: list[Any] = []
    for i in range(len(LABELS)):
        if i < len(heads):
            cells.append(
                gr.update(value=f"**{heads[i]}**\n\n{link_citations(texts[i])}", visible=True)
            )
        else:
            cells.append(gr.update(value="", visible=False))
    return cells
