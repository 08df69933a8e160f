"""The report as Markdown: a contents file and one file per top-level section."""

from __future__ import annotations

import re
import unicodedata

from compliance.docpack.document import (
    BulletList,
    FieldEntry,
    FieldList,
    Paragraph,
    ReportDocument,
    Section,
    Table,
    Warning,
)

_UMLAUTS = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
)
CONTENTS_FILE = "00-inhalt.md"


def slugify(title: str, max_len: int = 60) -> str:
    """An ASCII file-name slug of `title` (umlauts transliterated: ä→ae, ß→ss)."""
    text = unicodedata.normalize("NFKD", title.translate(_UMLAUTS))
    text = text.encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return slug[:max_len].rstrip("-") or "abschnitt"


def provenance_text(labels: dict[str, str], entry: FieldEntry) -> str:
    """Who filled a field, e.g. "Vorschlag bestätigt – M. Muster, 2025-03-01"."""
    text = labels.get(f"provenance.{entry.provenance}", entry.provenance)
    who = ", ".join(part for part in (entry.by, entry.at) if part)
    if entry.provenance in ("confirmed", "human") and who:
        text += f" – {who}"
    return text


def percent(completeness: float) -> str:
    """Completeness 0..1 as text, e.g. "72 %"."""
    return f"{round(completeness * 100)} %"


def top_level_groups(doc: ReportDocument) -> list[list[Section]]:
    """Top-level sections, each followed by its sub-sections ("3", "3.1", "3.2")."""
    groups: list[list[Section]] = []
    for section in doc.sections:
        parent = section.number.split(".")[0]
        if groups and "." in section.number and groups[-1][0].number.split(".")[0] == parent:
            groups[-1].append(section)
        else:
            groups.append([section])
    return groups


def render_markdown(doc: ReportDocument) -> dict[str, str]:
    """Render the report as Markdown files: {"00-inhalt.md": ..., "01-<slug>.md": ...}."""
    groups = top_level_groups(doc)
    names = [f"{i:02d}-{slugify(group[0].title)}.md" for i, group in enumerate(groups, 1)]
    files = {CONTENTS_FILE: _contents(doc, groups, names)}
    for name, group in zip(names, groups, strict=True):
        files[name] = "\n".join(_section(doc, s) for s in group).rstrip() + "\n"
    return files


def _contents(doc: ReportDocument, groups: list[list[Section]], names: list[str]) -> str:
    lab = doc.labels
    lines = [f"# {doc.title}", "", doc.subtitle, ""]
    lines += [
        f"- **{lab.get('tenant', 'Mandant')}:** {doc.tenant}",
        f"- **{lab.get('generated_at', 'Erstellt am')}:** {doc.generated_at}",
        f"- **{lab.get('completeness', 'Vollständigkeit')}:** {percent(doc.completeness)}",
        "",
        f"## {lab.get('contents', 'Inhalt')}",
        "",
    ]
    for name, group in zip(names, groups, strict=True):
        for section in group:
            indent = "  " * section.number.count(".")
            lines.append(f"{indent}- [{section.number} {_inline(section.title)}]({name})")
    return "\n".join(lines) + "\n"


def _section(doc: ReportDocument, section: Section) -> str:
    level = min(section.number.count(".") + 1, 6)
    parts = [f"{'#' * level} {section.number} {_inline(section.title)}"]
    for block in section.blocks:
        if isinstance(block, Paragraph):
            parts.append(block.text)
        elif isinstance(block, Warning):
            parts.append("\n".join(f"> {line}" for line in f"⚠ {block.text}".splitlines()))
        elif isinstance(block, BulletList):
            parts.append("\n".join(f"- {_inline(item)}" for item in block.items))
        elif isinstance(block, Table):
            parts.append(_table(block.headers, block.rows))
        elif isinstance(block, FieldList):
            parts.append(_fields(doc.labels, block))
    return "\n\n".join(parts) + "\n"


def _fields(labels: dict[str, str], block: FieldList) -> str:
    headers = [
        labels.get("field", "Angabe"),
        labels.get("value", "Wert"),
        labels.get("provenance", "Herkunft"),
    ]
    rows = [[f.label, f.value, provenance_text(labels, f)] for f in block.fields]
    return _table(headers, rows)


def _table(headers: list[str], rows: list[list[str]]) -> str:
    width = max([len(headers), *(len(r) for r in rows)])

    def line(cells: list[str]) -> str:
        cells = [*cells, *[""] * (width - len(cells))]
        return "| " + " | ".join(_cell(c) for c in cells) + " |"

    return "\n".join([line(headers), "|" + "---|" * width, *(line(r) for r in rows)])


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _inline(text: str) -> str:
    return " ".join(text.split())
