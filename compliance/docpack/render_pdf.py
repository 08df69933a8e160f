"""The report as an A4 PDF (reportlab): cover, contents with page numbers, numbered sections."""

from __future__ import annotations

import io
import re
from functools import lru_cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    Flowable,
    ListFlowable,
    ListItem,
    PageBreak,
    SimpleDocTemplate,
    Spacer,
)
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable
from reportlab.platypus.tableofcontents import TableOfContents

from compliance.docpack.document import (
    BulletList,
    FieldList,
    Paragraph,
    ReportDocument,
    Table,
    Warning,
)
from compliance.docpack.render_markdown import percent, provenance_text

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")  # Debian package fonts-dejavu-core
MARGIN = 20 * mm
WIDTH = A4[0] - 2 * MARGIN - 12  # the frame pads 6 pt on each side
RED = colors.HexColor("#b00020")
GREY = colors.HexColor("#666666")
_BOLD = re.compile(r"\*\*(.+?)\*\*", re.S)
_HASH = re.compile(r"^(\w+:)?[0-9a-fA-F]{32,}$")  # hashes: small monospace, may break anywhere


@lru_cache
def fonts(font_dir: Path) -> tuple[str, str, str]:
    """(regular, bold, mono): DejaVu when installed (wide Unicode), else Helvetica/Courier."""
    files = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansMono.ttf")
    if not all((font_dir / f).is_file() for f in files):
        return "Helvetica", "Helvetica-Bold", "Courier"
    names = ("DocSans", "DocSans-Bold", "DocMono")
    for name, file in zip(names, files, strict=True):
        pdfmetrics.registerFont(TTFont(name, str(font_dir / file)))
    pdfmetrics.registerFontFamily("DocSans", normal=names[0], bold=names[1])
    return names


def markup(text: str) -> str:
    """Plain text with **bold** spans as reportlab paragraph markup (<, >, & escaped)."""
    return _BOLD.sub(r"<b>\1</b>", escape(text)).replace("\n", "<br/>")


class _Doc(SimpleDocTemplate):
    """Reports every numbered heading to the table of contents and the PDF outline."""

    def afterFlowable(self, flowable: Flowable) -> None:
        entry = getattr(flowable, "toc_entry", None)
        if entry is None:
            return
        level, text, key = entry
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(getattr(flowable, "plain", text), key, level=level)
        self.notify("TOCEntry", (level, text, self.page, key))


def render_pdf(doc: ReportDocument) -> bytes:
    """Render the report as an A4 PDF with cover, table of contents and numbered sections."""
    regular, bold, mono = fonts(FONT_DIR)
    s = _styles(regular, bold, mono)
    lab = doc.labels
    story: list[Flowable] = [
        Spacer(1, 60 * mm),
        RLParagraph(markup(doc.title), s["title"]),
        RLParagraph(markup(doc.subtitle), s["subtitle"]),
        Spacer(1, 20 * mm),
    ]
    for key, default, value in (
        ("tenant", "Mandant", doc.tenant),
        ("generated_at", "Erstellt am", doc.generated_at),
        ("completeness", "Vollständigkeit", percent(doc.completeness)),
    ):
        story.append(
            RLParagraph(f"<b>{markup(lab.get(key, default))}:</b> {markup(value)}", s["cover"])
        )
    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = [s["toc1"], s["toc2"], s["toc3"]]
    story += [PageBreak(), RLParagraph(markup(lab.get("contents", "Inhalt")), s["h0"]), toc]
    story.append(PageBreak())
    for section in doc.sections:
        level = min(section.number.count("."), 2)
        text = markup(f"{section.number} {section.title}")
        heading = RLParagraph(text, s[f"h{level + 1}"])
        heading.toc_entry = (level, text, f"sec-{section.number}")
        heading.plain = f"{section.number} {section.title}"
        story.append(heading)
        for block in section.blocks:
            story.append(_block(block, doc.labels, s))
    footer = _footer(doc.tenant, lab.get("page", "Seite"), regular)
    buf = io.BytesIO()
    pdf = _Doc(
        buf,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 5 * mm,
        title=doc.title,
        subject=doc.subtitle,
        author=doc.tenant,
        creator="Reallabor",
        lang=doc.lang,
        invariant=True,
    )
    pdf.multiBuild(story, onFirstPage=lambda c, d: None, onLaterPages=footer)
    return buf.getvalue()


def _footer(tenant: str, page_label: str, font: str) -> Any:
    def draw(canvas: Any, pdf: Any) -> None:
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.setFillColor(GREY)
        canvas.drawString(MARGIN, 12 * mm, tenant)
        canvas.drawRightString(A4[0] - MARGIN, 12 * mm, f"{page_label} {pdf.page}")
        canvas.restoreState()

    return draw


def _block(block: object, labels: dict[str, str], s: dict[str, ParagraphStyle]) -> Flowable:
    if isinstance(block, Paragraph):
        return RLParagraph(markup(block.text), s["body"])
    if isinstance(block, Warning):
        sign = "⚠ " if s["body"].fontName != "Helvetica" else ""
        box = RLTable([[RLParagraph(markup(sign + block.text), s["warning"])]], colWidths=[WIDTH])
        box.setStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.5, RED),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fdecee")),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
        box.spaceBefore, box.spaceAfter = 4, 8
        return box
    if isinstance(block, BulletList):
        items = [ListItem(RLParagraph(markup(i), s["body"]), leftIndent=12) for i in block.items]
        return ListFlowable(items, bulletType="bullet", start="•", leftIndent=12, spaceAfter=6)
    if isinstance(block, Table):
        rows = [[_cell(c, s) for c in row] for row in block.rows]
        return grid([_cell(h, s, header=True) for h in block.headers], rows, _widths(block, s))
    if isinstance(block, FieldList):
        headers = [labels.get(k, d) for k, d in (("field", "Angabe"), ("value", "Wert"))]
        headers.append(labels.get("provenance", "Herkunft"))
        rows = []
        for f in block.fields:
            style = s["open"] if f.provenance == "open" else s["prov"]
            value = RLParagraph(markup(f.value), s["open"]) if f.provenance == "open" else None
            rows.append(
                [
                    _cell(f.label, s),
                    value or _cell(f.value, s),
                    RLParagraph(markup(provenance_text(labels, f)), style),
                ]
            )
        header_row = [_cell(h, s, header=True) for h in headers]
        return grid(header_row, rows, [WIDTH * 0.36, WIDTH * 0.38, WIDTH * 0.26])
    raise TypeError(f"unknown block {type(block).__name__}")


def _cell(text: str, s: dict[str, ParagraphStyle], header: bool = False) -> RLParagraph:
    if header:
        return RLParagraph(markup(text), s["th"])
    return RLParagraph(markup(text), s["mono"] if _HASH.match(text) else s["td"])


def _widths(table: Table, s: dict[str, ParagraphStyle]) -> list[float]:
    """Column widths from text widths: hash columns fit their hash, the others share the rest,
    and no column is narrower than its longest word (so "2025-02-02" never breaks)."""
    n = max([len(table.headers), *(len(r) for r in table.rows)])
    need, least, fixed = [30.0] * n, [30.0] * n, [False] * n
    for row in [table.headers, *table.rows]:
        for i, cell in enumerate(row):
            st = s["mono"] if _HASH.match(cell) else s["th"]
            fixed[i] = fixed[i] or st is s["mono"]
            width = max(stringWidth(ln, st.fontName, st.fontSize) for ln in cell.split("\n"))
            need[i] = min(max(need[i], width + 13), WIDTH * (0.6 if fixed[i] else 0.45))
            if not fixed[i]:
                longest = max(
                    (stringWidth(w, st.fontName, st.fontSize) for w in cell.split()), default=0.0
                )
                least[i] = max(least[i], min(longest + 13, WIDTH * 0.3))
    rest = WIDTH - sum(w for w, f in zip(need, fixed, strict=True) if f)
    free = sum(w for w, f in zip(need, fixed, strict=True) if not f)
    if free == 0 or rest < 40 * fixed.count(False):
        return [WIDTH * w / sum(need) for w in need]
    widths = [w if f else w * rest / free for w, f in zip(need, fixed, strict=True)]
    return _respect_words(widths, [0.0 if f else m for m, f in zip(least, fixed, strict=True)])


def _respect_words(widths: list[float], least: list[float]) -> list[float]:
    """Widen columns below their longest word, taking the room from columns with some to spare."""
    deficit = sum(max(0.0, m - w) for w, m in zip(widths, least, strict=True))
    spare = [max(0.0, w - m) for w, m in zip(widths, least, strict=True)]
    if deficit == 0 or sum(spare) <= deficit:
        return widths
    share = deficit / sum(spare)
    return [m if w < m else w - sp * share for w, m, sp in zip(widths, least, spare, strict=True)]


def grid(header: list[Any], rows: list[list[Any]], widths: list[float]) -> RLTable:
    n = len(widths)
    data = [[*r, *[""] * (n - len(r))] for r in [header, *rows]]
    table = RLTable(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        [
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e9ef")),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#b0b5bf")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
    )
    table.spaceBefore, table.spaceAfter = 4, 8
    return table


def _styles(regular: str, bold: str, mono: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=regular, fontSize=10, leading=13.5, spaceAfter=6)

    def st(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": base,
        "title": st("title", fontName=bold, fontSize=24, leading=29, spaceAfter=10),
        "subtitle": st("subtitle", fontSize=13, leading=17, textColor=GREY, spaceAfter=6),
        "cover": st("cover", fontSize=11, leading=16, spaceAfter=2),
        "h0": st("h0", fontName=bold, fontSize=16, leading=20, spaceAfter=12),
        "h1": st("h1", fontName=bold, fontSize=15, leading=19, spaceBefore=14, keepWithNext=1),
        "h2": st("h2", fontName=bold, fontSize=12, leading=15, spaceBefore=10, keepWithNext=1),
        "h3": st("h3", fontName=bold, fontSize=10.5, leading=14, spaceBefore=8, keepWithNext=1),
        "toc1": st("toc1", fontName=bold, fontSize=11, leading=15, spaceBefore=5),
        "toc2": st("toc2", fontSize=10, leading=13, leftIndent=16),
        "toc3": st("toc3", fontSize=9.5, leading=12.5, leftIndent=32),
        "warning": st("warning", textColor=RED, spaceAfter=0),
        "th": st("th", fontName=bold, fontSize=9, leading=11.5, spaceAfter=0),
        "td": st("td", fontSize=9, leading=11.5, spaceAfter=0),
        "mono": st("mono", fontName=mono, fontSize=7, leading=9, spaceAfter=0, wordWrap="CJK"),
        "prov": st("prov", fontSize=8.5, leading=11, textColor=GREY, spaceAfter=0),
        "open": st("open", fontName=bold, fontSize=9, leading=11.5, textColor=RED, spaceAfter=0),
    }
