"""Render the long bench documents (docs/*.md) as real-shaped PDFs (pdf/*.pdf), run once.

What real PDFs do to text, and what these do: justified text hyphenated at line ends
(German patterns from `pyphen`), a running header with the firm and title and a footer with
"Seite N von M" and a confidentiality line on every page, footnotes set small under their
paragraph, tables as drawn grids, and one document set in two columns. The bench reads the
PDFs back through the product's real reader, never the Markdown.

Usage (build-time only; needs `pip install pyphen`):
    .venv/bin/python bench/data/retrieval_long/render_pdfs.py
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

HERE = Path(__file__).parent
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
LAYOUT = {  # file stem -> (header text, columns)
    "qm_handbuch_vogt": ("Vogt & Reimann Präzisionsteile GmbH · QM-Handbuch · Rev. 7", 1),
    "strategie_transformation_sachsen": (
        "Netzwerk Fahrzeugzulieferer Mitteldeutschland e. V. · Strategiepapier 2026",
        2,
    ),
    "lieferantenhandbuch_kessler": ("Kessler Antriebstechnik AG · Lieferantenhandbuch 2026", 1),
}
FOOTNOTE = re.compile(r"^\[\^(\d+)\]:\s*(.*)$")
REF = re.compile(r"\[\^(\d+)\]")


def _styles() -> dict[str, ParagraphStyle]:
    pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONT_BOLD))
    base = getSampleStyleSheet()["BodyText"]
    body = ParagraphStyle(
        "body", parent=base, fontName="DejaVu", fontSize=9.5, leading=12.5,
        alignment=TA_JUSTIFY, hyphenationLang="de_DE", embeddedHyphenation=1,
        uriWasteReduce=0.3, spaceAfter=4,
    )  # fmt: skip
    return {
        "body": body,
        "h1": ParagraphStyle("h1", parent=body, fontName="DejaVu-Bold", fontSize=15,
                             leading=19, spaceBefore=10, spaceAfter=6, alignment=0),
        "h2": ParagraphStyle("h2", parent=body, fontName="DejaVu-Bold", fontSize=12,
                             leading=15, spaceBefore=8, spaceAfter=4, alignment=0),
        "h3": ParagraphStyle("h3", parent=body, fontName="DejaVu-Bold", fontSize=10.5,
                             leading=13, spaceBefore=6, spaceAfter=3, alignment=0),
        "note": ParagraphStyle("note", parent=body, fontSize=7.5, leading=9.5),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8, leading=10, alignment=0,
                               hyphenationLang="de_DE"),
        "item": ParagraphStyle("item", parent=body, leftIndent=12, bulletIndent=3),
    }  # fmt: skip


def _inline(text: str) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
    return REF.sub(r"<super>\1</super>", text)


def _table(lines: list[str], styles: dict[str, ParagraphStyle], width: float) -> Table:
    rows = [
        [c.strip() for c in line.strip().strip("|").split("|")]
        for line in lines
        if not re.match(r"^\|?\s*:?-{2,}", line.strip())
    ]
    cols = max(len(r) for r in rows)
    cells = [[Paragraph(_inline(c), styles["cell"]) for c in r + [""] * (cols - len(r))]
             for r in rows]  # fmt: skip
    table = Table(cells, colWidths=[width / cols] * cols, repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8ecf2")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))  # fmt: skip
    return table


def flowables(source: str, styles: dict[str, ParagraphStyle], width: float) -> list[Any]:
    """The Markdown-like source as reportlab flowables."""
    out: list[Any] = []
    blocks = re.split(r"\n\s*\n", source)
    for block in blocks:
        lines = [line for line in block.splitlines() if line.strip()]
        if not lines:
            continue
        notes = [FOOTNOTE.match(line) for line in lines]
        body = [line for line, note in zip(lines, notes, strict=True) if not note]
        if body:
            first = body[0]
            if first.startswith("#"):
                level = min(len(first) - len(first.lstrip("#")), 3)
                out.append(Paragraph(_inline(first.lstrip("#").strip()), styles[f"h{level}"]))
                rest = body[1:]
            else:
                rest = body
            if rest and rest[0].lstrip().startswith("|"):
                out.append(_table(rest, styles, width))
                out.append(Spacer(1, 4))
            elif rest and re.match(r"^\s*(-|\d+\.)\s", rest[0]):
                for item in rest:
                    mark = re.match(r"^\s*(-|\d+\.)\s+(.*)$", item)
                    if mark:
                        bullet = "•" if mark.group(1) == "-" else mark.group(1)
                        out.append(Paragraph(_inline(mark.group(2)), styles["item"],
                                             bulletText=bullet))  # fmt: skip
                    elif out:
                        out.append(Paragraph(_inline(item), styles["item"]))
            elif rest:
                out.append(Paragraph(_inline(" ".join(rest)), styles["body"]))
        for note in notes:
            if note:
                text = f"<super>{note.group(1)}</super> {_inline(note.group(2))}"
                out.append(Paragraph(text, styles["note"]))
    return out


def render(stem: str) -> Path:
    """Render docs/STEM.md to pdf/STEM.pdf."""
    header, columns = LAYOUT[stem]
    styles = _styles()
    target = HERE / "pdf" / f"{stem}.pdf"
    target.parent.mkdir(exist_ok=True)
    width, height = A4
    margin, gap = 20 * mm, 8 * mm
    column = (width - 2 * margin - gap * (columns - 1)) / columns
    frames = [
        Frame(margin + i * (column + gap), 22 * mm, column, height - 46 * mm, id=f"c{i}")
        for i in range(columns)
    ]

    class Doc(BaseDocTemplate):
        def afterPage(self) -> None:  # noqa: N802 (reportlab's hook name)
            canvas = self.canv
            canvas.setFont("DejaVu", 7.5)
            canvas.drawString(margin, height - 14 * mm, header)
            canvas.line(margin, height - 15.5 * mm, width - margin, height - 15.5 * mm)
            canvas.drawString(margin, 12 * mm, "Vertraulich – nur für den internen Gebrauch")
            canvas.drawRightString(width - margin, 12 * mm, f"Seite {canvas.getPageNumber()}")

    doc = Doc(str(target), pagesize=A4, title=header, author="Reallabor bench")
    doc.addPageTemplates([PageTemplate(id="page", frames=frames)])
    doc.build(flowables((HERE / "docs" / f"{stem}.md").read_text("utf-8"), styles, column))
    return target


if __name__ == "__main__":
    for name in LAYOUT:
        if (HERE / "docs" / f"{name}.md").exists():
            print(render(name))
