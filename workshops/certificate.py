"""The workshop deletion certificate as one German PDF page (the JSON is the signed original)."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from compliance.docpack.render_pdf import FONT_DIR, GREY, MARGIN, WIDTH, fonts, grid, markup

# What each counted store is, in the words a works council reads.
STORE_NAMES = {
    "sandbox_tenant": "Workshop-Sandbox (Mandant)",
    "accounts": "Teilnehmendenkonten",
    "sessions": "Anmeldesitzungen",
    "login_failures": "Fehlversuche bei der Anmeldung",
    "api_keys": "API-Schlüssel",
    "conversations": "Gespräche",
    "messages": "Nachrichten (Eingaben und Antworten)",
    "compare_votes": "Bewertungen im Modellvergleich",
    "usage_rows": "Nutzungszähler",
    "rate_windows": "Zähler der Anfragerate",
    "seats": "Plätze und Zugangscodes",
    "exercise_progress": "Übungsfortschritt",
    "shared_prompts": "freigegebene Eingaben",
    "documents": "Dokumenteinträge",
    "document_deletion_records": "Löschnachweise einzelner Dokumente",
    "files": "gespeicherte Dateien",
    "vectors": "Textabschnitte im Suchindex (Vektoren)",
    "log_lines": "Protokollzeilen mit Inhalten der Sitzung",
}


def certificate_pdf(certificate: dict[str, Any]) -> bytes:
    """Render the signed certificate as a German PDF page."""
    regular, bold, mono = fonts(FONT_DIR)
    body = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=13)
    head = ParagraphStyle("head", parent=body, fontName=bold, fontSize=16, leading=20)
    small = ParagraphStyle("small", parent=body, fontSize=7, leading=9, textColor=GREY)
    code = ParagraphStyle("code", parent=small, fontName=mono)
    ws = certificate["workshop"]
    verified = certificate["verified"]
    story: list[Any] = [
        Paragraph("Löschbestätigung Workshop", head),
        Spacer(1, 3 * mm),
        Paragraph(
            markup(
                f"**{ws['title']}** (Kennung {ws['id']}) für **{ws['tenant']}**, "
                f"geplant von {_when(ws['starts_at'])} bis {_when(ws['ends_at'])} UTC. "
                f"Beendet durch: {_by(certificate['ended_by'])}."
            ),
            body,
        ),
        Spacer(1, 2 * mm),
        Paragraph(
            "Alle Daten der Sitzung wurden gelöscht und die Löschung wurde durch Zählen "
            "in jedem Speicher überprüft: vorher und nachher.",
            body,
        ),
    ]
    rows = [
        [
            Paragraph(STORE_NAMES.get(store, store), body),
            str(count),
            str(certificate["after"][store]),
        ]
        for store, count in certificate["before"].items()
    ]
    story.append(
        grid(["Speicher", "vorher", "nachher"], rows, [WIDTH * 0.6, WIDTH * 0.2, WIDTH * 0.2])
    )
    result = (
        "**Ergebnis: vollständig gelöscht** (nachher überall 0)."
        if verified
        else "**Ergebnis: NICHT vollständig gelöscht** – siehe Spalte „nachher“; bitte den "
        "Betrieb des Labors informieren."
    )
    kept = certificate["kept"]
    story += [
        Paragraph(markup(result), body),
        Spacer(1, 2 * mm),
        Paragraph(
            "Aufbewahrt bleiben: die Teilnahmedokumentation (Titel, Datum, Dauer, behandelte "
            "Inhalte, Zahl der Teilnehmenden und nur die Namen, die Teilnehmende am Ende "
            f"freiwillig angegeben haben) sowie {kept['audit_records']} Einträge des "
            "Prüfprotokolls. Diese enthalten keine Texte, nur Zähler, Kennungen und Prüfsummen; "
            "sie sichern die Unveränderbarkeit der Protokollkette. Den Zwischenspeicher der "
            "Modell-Engine (Prefix-Cache) trennt ein eigener Schlüssel je Workshop: Er ist nach "
            "dem Ende für niemanden mehr abrufbar und wird im weiteren Betrieb überschrieben.",
            body,
        ),
        Spacer(1, 2 * mm),
        Paragraph(
            f"Löschung begonnen {_when(certificate['deletion_started_at'])} UTC, "
            f"abgeschlossen {_when(certificate['deletion_finished_at'])} UTC.",
            body,
        ),
        Spacer(1, 4 * mm),
        Paragraph(
            "Signiert mit dem Installationsschlüssel (Ed25519). Das Original ist die JSON-Datei "
            "dieser Bestätigung; Signatur und öffentlicher Schlüssel:",
            small,
        ),
        Paragraph(certificate["signature"], code),
        Paragraph(certificate["public_key"].replace("\n", " "), code),
    ]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"Löschbestätigung {ws['id']}",
        author="Reallabor",
    )
    doc.build(story)
    return buffer.getvalue()


def _when(iso: str) -> str:
    return iso[:16].replace("T", " ")


def _by(ended_by: str) -> str:
    if ended_by == "schedule":
        return "automatisch zum geplanten Ende"
    return f"Trainer/in ({ended_by})"
