"""HTML and Markdown pieces of the screens; every value from outside is escaped."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from typing import Any

from ui.i18n import Texts

_CITATION = re.compile(r"\[(\d{1,2})\]")
_PLACEHOLDER = re.compile(r"&lt;[A-Z][A-Z_]*?(?:_\d+)?&gt;")
EXCERPT_CHARS = 320


def link_citations(answer: str) -> str:
    """Turn the answer's "[2]" citations into links to the sources panel."""
    return _CITATION.sub(lambda m: f"[[{m.group(1)}]](#source-{m.group(1)})", answer)


def sources_html(sources: list[dict[str, Any]], t: Texts) -> str:
    """The sources panel: file, page, excerpt and score of every chunk given to the model."""
    if not sources:
        return f'<p class="rl-muted">{html.escape(t("chat.no_sources"))}</p>'
    items = []
    for source in sources:
        where = html.escape(source.get("source") or "")
        if source.get("page"):
            where += ", " + html.escape(t("chat.page", page=source["page"]))
        excerpt = (source.get("text") or "")[:EXCERPT_CHARS]
        warning = ""
        if source.get("injection_suspected"):
            warning = f'<p class="rl-warn">{html.escape(t("chat.injection_warning"))}</p>'
        items.append(
            f'<li id="source-{int(source.get("index") or 0)}" class="rl-source">'
            f"<strong>[{int(source.get('index') or 0)}] {where}</strong> "
            f'<span class="rl-score">{html.escape(t("chat.score"))}: '
            f"{float(source.get('score') or 0):.3f}</span>{warning}"
            f"<blockquote>{html.escape(excerpt)}…</blockquote></li>"
        )
    return '<ol class="rl-sources">' + "".join(items) + "</ol>"


def highlight_placeholders(text: str) -> str:
    """Escape `text` and mark the pseudonyms and masks the PII filter put in."""
    return _PLACEHOLDER.sub(
        lambda m: f'<mark class="rl-pii">{m.group(0)}</mark>', html.escape(text, quote=False)
    )


def model_view_html(
    messages: list[dict[str, Any]], receipt: dict[str, Any] | None, t: Texts
) -> str:
    """What the model saw: the messages after the PII filter, with the replaced values marked."""
    if not messages:
        return f'<p class="rl-muted">{html.escape(t("chat.model_view_empty"))}</p>'
    parts = [f'<p class="rl-muted">{html.escape(t("chat.model_view_intro"))}</p>']
    for counts in receipt_lines(receipt, t):
        parts.append(f'<p class="rl-receipt">{html.escape(counts)}</p>')
    for message in messages:
        role = html.escape(t("roles_chat." + str(message.get("role", "user"))))
        content = message.get("content")
        text = content if isinstance(content, str) else str(content)
        parts.append(
            f'<div class="rl-seen"><span class="rl-role">{role}</span>'
            f"<pre>{highlight_placeholders(text)}</pre></div>"
        )
    return "".join(parts)


def receipt_lines(receipt: dict[str, Any] | None, t: Texts) -> list[str]:
    """One line per entity type the filter acted on, e.g. "Person: 1 × pseudonymisiert"."""
    totals: dict[tuple[str, str], int] = {}
    for hop in (receipt or {}).get("hops", []):
        for entity, info in hop.get("entities", {}).items():
            key = (entity, info.get("action", ""))
            totals[key] = totals.get(key, 0) + int(info.get("count", 0))
    return [
        t(
            "chat.receipt_line",
            entity=t.get("entities." + entity, "entities.OTHER", name=entity),
            count=count,
            action=t.get("pii_actions." + action, "pii_actions.other", name=action),
        )
        for (entity, action), count in sorted(totals.items())
        if count
    ]


def table_html(element_id: str, headers: Iterable[str], rows: Iterable[Iterable[Any]]) -> str:
    """A plain accessible table (header cells scoped, values escaped)."""
    head = "".join(f'<th scope="col">{html.escape(str(h))}</th>' for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in row) + "</tr>" for row in rows
    )
    return (
        f'<table id="{element_id}-table" class="rl-table"><thead><tr>{head}</tr></thead>'
        f"<tbody>{body}</tbody></table>"
    )
