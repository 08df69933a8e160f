"""File readers: every supported format becomes llama-index Documents with page metadata.

Structure is kept as Markdown (headings as '#', table rows as 'a | b') so one structure-first
chunker serves all formats.
"""

from __future__ import annotations

import csv
import email
import email.policy
import io
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

from llama_index.core import Document

from rag.document_dates import document_date
from rag.page_furniture import strip_page_furniture

SUPPORTED = {
    ".pdf": "pdf", ".docx": "docx", ".pptx": "pptx", ".xlsx": "xlsx", ".csv": "csv",
    ".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown",
    ".txt": "text", ".eml": "email",
}  # fmt: skip
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024
MAX_ZIP_RATIO = 100


Parts = list[tuple[str, dict[str, object]]]


class RejectedFile(Exception):
    """A file that cannot be ingested; the message is shown to API users, the code to the UI."""

    def __init__(self, message: str, code: str = "rejected") -> None:
        super().__init__(message)
        self.code = code


def document_type(name: str) -> str:
    """The document type for a file name, or a RejectedFile for unsupported types."""
    kind = SUPPORTED.get(Path(name).suffix.lower())
    if kind is None:
        raise RejectedFile(
            f"unsupported file type '{Path(name).suffix or name}'; supported: "
            + ", ".join(sorted(SUPPORTED)),
            code="unsupported_type",
        )
    return kind


def read_file(path: Path, file_name: str, ocr_language: str = "deu") -> list[Document]:
    """Read one stored file into Documents (one per page, slide or sheet where those exist)."""
    kind = document_type(file_name)
    if path.stat().st_size == 0:
        raise RejectedFile("the file is empty", code="empty_file")
    if kind in {"docx", "pptx", "xlsx"}:
        _check_zip(path)
    readers: dict[str, Callable[[Path], Parts]] = {
        "pdf": lambda p: _pdf(p, ocr_language),
        "docx": _docx,
        "pptx": _pptx,
        "xlsx": _xlsx,
        "csv": lambda p: [(_table_text(_csv_rows(_text(p))), {})],
        "html": lambda p: [(_html(_text(p)), {})],
        "markdown": lambda p: [(_text(p), {})],
        "text": lambda p: [(_text(p), {})],
        "email": _eml,
    }
    parts = readers[kind](path)
    own_date = document_date(path, kind)
    base: dict[str, object] = {"file_name": file_name, "type": kind}
    if own_date is not None:
        base["date"] = own_date.isoformat()
    docs = [Document(text=text, metadata={**base, **meta}) for text, meta in parts if text.strip()]
    if not docs:
        raise RejectedFile("no text found in the file", code="no_text")
    return docs


def _text(path: Path) -> str:
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except zipfile.BadZipFile as exc:
        raise RejectedFile(
            "the file is damaged (not a valid Office file)", code="damaged_file"
        ) from exc
    unpacked = sum(info.file_size for info in infos)
    packed = max(1, sum(info.compress_size for info in infos))
    if unpacked > MAX_UNZIPPED_BYTES or unpacked / packed > MAX_ZIP_RATIO:
        raise RejectedFile(
            "the file unpacks to far more than its size (possible zip bomb)", code="zip_bomb"
        )


def _pdf(path: Path, ocr_language: str) -> list[tuple[str, dict[str, object]]]:
    import pypdf
    from pypdf.errors import PdfReadError

    try:
        pdf = pypdf.PdfReader(str(path))
        if pdf.is_encrypted:
            raise RejectedFile(
                "the PDF is encrypted; please upload it without a password", code="encrypted_pdf"
            )
        pages: list[tuple[str, dict[str, object]]] = []
        for number, page in enumerate(pdf.pages, start=1):
            text = page.extract_text() or ""
            if len(text.strip()) < 20:
                text = _ocr_page(path, number, ocr_language)
            pages.append((text, {"page": number}))
        texts = strip_page_furniture([text for text, _meta in pages])
        return [(text, meta) for text, (_old, meta) in zip(texts, pages, strict=True)]
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise RejectedFile("the PDF is damaged and cannot be read", code="damaged_file") from exc


def _ocr_page(path: Path, number: int, language: str) -> str:
    """Text of a scanned page through Debian's tesseract (empty when OCR is not installed)."""
    if not (shutil.which("pdftoppm") and shutil.which("tesseract")):
        return ""
    with tempfile.TemporaryDirectory() as tmp:
        image = Path(tmp) / "page"
        subprocess.run(
            ["pdftoppm", "-r", "300", "-gray", "-png", "-f", str(number), "-l", str(number),
             "-singlefile", str(path), str(image)],
            check=False, capture_output=True, timeout=300,
        )  # fmt: skip
        png = image.with_suffix(".png")
        if not png.exists():
            return ""
        result = subprocess.run(
            ["tesseract", str(png), "stdout", "-l", language],
            check=False, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        return result.stdout if result.returncode == 0 else ""


def _docx(path: Path) -> list[tuple[str, dict[str, object]]]:
    import docx

    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises many types for damaged files
        raise RejectedFile(
            "the Word file is damaged and cannot be read", code="damaged_file"
        ) from exc
    lines = []
    for paragraph in document.paragraphs:
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        text = paragraph.text.strip()
        if not text:
            continue
        if style.startswith("Heading") and style[-1:].isdigit():
            lines.append("#" * int(style[-1]) + " " + text)
        elif style == "Title":
            lines.append("# " + text)
        else:
            lines.append(text)
    for table in document.tables:
        rows = [[cell.text.strip() for cell in row.cells] for row in table.rows]
        lines.append(_table_text(rows))
    return [("\n\n".join(lines), {})]


def _pptx(path: Path) -> list[tuple[str, dict[str, object]]]:
    from pptx import Presentation

    try:
        deck = Presentation(str(path))
    except Exception as exc:
        raise RejectedFile(
            "the PowerPoint file is damaged and cannot be read", code="damaged_file"
        ) from exc
    slides: list[tuple[str, dict[str, object]]] = []
    for number, slide in enumerate(deck.slides, start=1):
        texts = [
            shape.text_frame.text.strip()
            for shape in slide.shapes
            if shape.has_text_frame and shape.text_frame.text.strip()
        ]
        slides.append(("\n\n".join(texts), {"page": number}))
    return slides


def _xlsx(path: Path) -> list[tuple[str, dict[str, object]]]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(str(path), read_only=True, data_only=True)
    except Exception as exc:
        raise RejectedFile(
            "the Excel file is damaged and cannot be read", code="damaged_file"
        ) from exc
    sheets: list[tuple[str, dict[str, object]]] = []
    for number, sheet in enumerate(book.worksheets, start=1):
        rows = [
            ["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)
        ]
        sheets.append((_table_text(rows), {"sheet": sheet.title, "page": number}))
    book.close()
    return sheets


def _csv_rows(text: str) -> list[list[str]]:
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], ";,\t|")
    except csv.Error:
        dialect = csv.excel
    return list(csv.reader(io.StringIO(text), dialect))


def _table_text(rows: list[list[str]]) -> str:
    """Rows as paragraphs 'Header: value | Header: value', so each row stands on its own."""
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        return ""
    header, body = rows[0], rows[1:]
    if not body:
        return " | ".join(header)
    lines = []
    for row in body:
        cells = [f"{h}: {v}" if h else v for h, v in zip(header, row, strict=False) if v.strip()]
        lines.append(" | ".join(cells))
    return "\n\n".join(lines)


_BLOCKS = frozenset({"p", "div", "li", "tr", "br", "section", "article", "table", "ul", "ol"})


class _HTMLText(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.out: list[str] = []
        self.skip = 0
        self.cells: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"script", "style", "head"}:
            self.skip += 1
        elif tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            self.out.append("\n\n" + "#" * int(tag[1]) + " ")
        elif tag == "tr":
            self.cells = []
        elif tag in {"td", "th"} and self.cells is not None:
            self.cells.append("")
        elif tag in _BLOCKS:
            self.out.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style", "head"}:
            self.skip = max(0, self.skip - 1)
        elif tag == "tr" and self.cells is not None:
            self.out.append("\n\n" + " | ".join(c.strip() for c in self.cells) + "\n\n")
            self.cells = None
        elif tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            self.out.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.cells is not None and self.cells:
            self.cells[-1] += data
        else:
            self.out.append(" ".join(data.split()) if data.strip() else " ")


def _html(markup: str) -> str:
    parser = _HTMLText()
    parser.feed(markup)
    text = "".join(parser.out)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n".join(lines)


def _eml(path: Path) -> list[tuple[str, dict[str, object]]]:
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    subject = str(message.get("subject", ""))
    parts = [f"# {subject}"] if subject else []
    if message.get("date"):
        parts.append(f"Datum: {message['date']}")
    body = message.get_body(preferencelist=("plain", "html"))
    if body is not None:
        content = body.get_content()
        parts.append(_html(content) if body.get_content_type() == "text/html" else content)
    return [("\n\n".join(parts), {})]
