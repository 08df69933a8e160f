"""The PDF and Markdown renderers of the documentation pack, on a German sample report."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from compliance.docpack import render_pdf as render_pdf_module
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
from compliance.docpack.render_markdown import render_markdown, slugify
from compliance.docpack.render_pdf import render_pdf

HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
LABELS = {
    "contents": "Inhalt",
    "page": "Seite",
    "completeness": "Vollständigkeit",
    "tenant": "Mandant",
    "generated_at": "Erstellt am",
    "provenance.automatic": "automatisch",
    "provenance.confirmed": "Vorschlag bestätigt",
    "provenance.human": "manuell",
    "provenance.open": "OFFEN",
    "field": "Angabe",
    "value": "Wert",
    "provenance": "Herkunft",
}
TITLES = [
    "System und Zweckbestimmung",
    "Risikoeinstufung nach KI-Verordnung",
    "Eingesetzte Modelle und Prüfsummen",
    "Technische und organisatorische Maßnahmen",
    "Schulung der Geschäftsführung",
    "Offene Punkte",
]


def sample() -> ReportDocument:
    """Six sections with sub-sections, a long table, a hash, a warning and an open field."""
    rows = [
        [f"Dokument-{i:02d}.pdf", f"{i * 3} Seiten", "ja" if i % 2 else "nein"] for i in range(40)
    ]
    rows[7][2] = "A | B"
    sections = []
    for n, title in enumerate(TITLES, 1):
        sections.append(Section(str(n), title, [Paragraph(f"Einleitung zu **{title}** & <mehr>.")]))
        sections.append(Section(f"{n}.1", f"Einzelheiten {n}", [Paragraph("Kosten: 1.200 €.")]))
    sections[0].blocks += [
        Paragraph("Die „Prüfanweisung“ PA-9 – Fassung 3 – gilt für die Geschäftsführung."),
        FieldList(
            [
                FieldEntry("Anbieter", "Innovationslabor", "automatic"),
                FieldEntry("Zweck", "Dokumentenassistenz", "confirmed", "M. Müller", "2025-03-01"),
                FieldEntry("Verantwortlich", "Frau Weiß", "human", "K. Groß", "2025-03-02"),
                FieldEntry("DSB-Kontakt", "OFFEN", "open"),
                FieldEntry("Prüfsumme", HASH, "automatic"),
            ]
        ),
    ]
    sections[4].blocks += [
        Warning("Ein Einsatz nach Anhang III wurde angegeben: **Hochrisiko** prüfen."),
        Table(["Modell", "SHA-256", "Lizenz"], [["smollm2-135m-instruct", HASH, "Apache-2.0"]]),
    ]
    sections[6].blocks += [
        BulletList(["Zugriffskontrolle", "Verschlüsselung der Maßnahmen-Liste"]),
        Table(["Datei", "Umfang", "Personenbezug"], rows),
    ]
    return ReportDocument(
        lang="de",
        title="KI- und Datenschutz-Dokumentation",
        subtitle="Dokumentationspaket nach KI-Verordnung und DSGVO",
        tenant="Müller & Söhne GmbH",
        generated_at="2025-03-04T10:00:00+00:00",
        completeness=0.72,
        labels=LABELS,
        sections=sections,
    )


def pdftotext(pdf: Path, page: int | None = None, raw: bool = False) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    cmd = ["pdftotext", "-raw" if raw else "-layout", *pages, str(pdf), "-"]
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True)
    return int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M)[1])  # type: ignore[index]


@pytest.fixture(scope="module")
def pdf_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "report.pdf"
    path.write_bytes(render_pdf(sample()))
    out = Path("/tmp/docpack-render")
    out.mkdir(exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(path), str(out / "page")], check=True)
    return path


def test_pdf_text(pdf_file: Path) -> None:
    assert pdf_file.read_bytes().startswith(b"%PDF")
    text = pdftotext(pdf_file)
    flat = " ".join(text.split())
    for word in ["KI- und Datenschutz-Dokumentation", "Inhalt", *TITLES, "Vollständigkeit: 72 %"]:
        assert word in flat
    for word in ["Prüfanweisung", "Maßnahmen", "Geschäftsführung", "€", "„Prüfanweisung“", "–"]:
        assert word in text
    assert HASH in "".join(pdftotext(pdf_file, raw=True).split())
    assert "Einleitung zu System und Zweckbestimmung & <mehr>." in flat
    assert "Vorschlag bestätigt – M. Müller, 2025-03-01" in flat
    assert "Müller & Söhne GmbH" in pdftotext(pdf_file, 3)


def test_pdf_contents_page_numbers(pdf_file: Path) -> None:
    contents = pdftotext(pdf_file, 2)
    assert "Inhalt" in contents
    found = {
        m[1]: int(m[2]) for m in re.finditer(r"^\s*([\d.]+ [^.\n]+?)[ .]*(\d+)\s*$", contents, re.M)
    }
    headings = [f"{n} {t}" for n, t in enumerate(TITLES, 1)] + ["4.1 Einzelheiten 4"]
    pages = set()
    for heading in headings:
        assert heading in found, (heading, contents)
        page = found[heading]
        assert page >= 3
        assert re.search(rf"^\s*{re.escape(heading)}\s*$", pdftotext(pdf_file, page), re.M)
        pages.add(page)
    assert len(pages) > 1  # the 40-row table forces page breaks
    table_pages = [
        p for p in range(3, page_count(pdf_file) + 1) if "Dokument-" in pdftotext(pdf_file, p)
    ]
    assert len(table_pages) >= 2
    assert all("Personenbezug" in pdftotext(pdf_file, p) for p in table_pages)  # header repeats


def test_pdf_without_dejavu(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(render_pdf_module, "FONT_DIR", tmp_path / "missing")
    path = tmp_path / "helvetica.pdf"
    path.write_bytes(render_pdf(sample()))
    text = pdftotext(path)
    for word in ["Prüfanweisung", "Maßnahmen", "Geschäftsführung", "€", "„Prüfanweisung“"]:
        assert word in text


def test_markdown() -> None:
    files = render_markdown(sample())
    names = list(files)
    assert names[0] == "00-inhalt.md"
    assert len(names) == 7
    assert names[4] == "04-technische-und-organisatorische-massnahmen.md"
    assert all(re.fullmatch(r"\d\d-[a-z0-9-]+\.md", n) for n in names)
    contents = files["00-inhalt.md"]
    assert "Vollständigkeit:** 72 %" in contents
    for n, title in enumerate(TITLES, 1):
        assert f"{n} {title}" in contents
        assert f"# {n} {title}" in files[names[n]]
        assert f"## {n}.1 Einzelheiten {n}" in files[names[n]]
    first = files[names[1]]
    assert "| DSB-Kontakt | OFFEN | OFFEN |" in first
    assert "| Zweck | Dokumentenassistenz | Vorschlag bestätigt – M. Müller, 2025-03-01 |" in first
    assert "| automatisch |" in first
    third = files[names[3]]
    assert "> ⚠ Ein Einsatz nach Anhang III" in third
    assert HASH in third
    assert "| Dokument-07.pdf | 21 Seiten | A \\| B |" in files[names[4]]
    assert slugify("Über Größe & Maße") == "ueber-groesse-masse"
