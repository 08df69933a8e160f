"""Workshop parts without a server: join codes, the content set, the signed certificate."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from compliance.signing import (
    InstallationKey,
    ManifestInvalid,
    sign_document,
    verify_document,
)
from rag.injection import injection_signals
from sandboxes.errors import ServiceError
from workshops.certificate import STORE_NAMES, certificate_pdf
from workshops.exercises import KINDS, load_content_set
from workshops.service import CODE_ALPHABET, code_hash, new_join_code


def test_join_codes_are_easy_to_type_and_forgiving() -> None:
    codes = {new_join_code() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        assert re.fullmatch(
            rf"[{CODE_ALPHABET}]{{3}}-[{CODE_ALPHABET}]{{3}}-[{CODE_ALPHABET}]{{3}}", code
        )
    code = next(iter(codes))
    typed = f"  {code.lower().replace('-', ' ')} "
    assert code_hash(typed) == code_hash(code) != code_hash(new_join_code())


def test_demo_content_set_has_the_five_exercises_and_its_traps() -> None:
    demo = load_content_set("demo")
    assert [e.kind for e in demo.exercises] == list(KINDS)
    names = {name for name, _ in demo.documents}
    assert "lieferantenschreiben.md" in names and len(names) == 4
    letter = dict(demo.documents)["lieferantenschreiben.md"].decode()
    assert injection_signals(letter), "the letter's hidden instruction must trip the guard"
    others = [data.decode() for name, data in demo.documents if name != "lieferantenschreiben.md"]
    assert not any(injection_signals(text) for text in others)
    bias = demo.exercise("bias-probe")
    assert len(bias.prompts) == 2 and bias.prompts[0] != bias.prompts[1]
    assert demo.exercise("halluzination").public("en")["title"].startswith("Does the AI")
    with pytest.raises(ServiceError) as unknown:
        load_content_set("advanced")
    assert unknown.value.code == "unknown_content_set"


def certificate(key: InstallationKey) -> dict[str, object]:
    before = {store: 3 for store in STORE_NAMES}
    return sign_document(
        {
            "type": "reallabor/workshop-deletion-certificate",
            "workshop": {
                "id": "ws-1a2b3c4d", "title": "Schulung Montage", "tenant": "muldental",
                "starts_at": "2026-12-03T08:00:00+00:00", "ends_at": "2026-12-03T11:00:00+00:00",
                "content_set": "demo",
            },
            "ended_by": "schedule",
            "deletion_started_at": "2026-12-03T11:00:01+00:00",
            "deletion_finished_at": "2026-12-03T11:00:02+00:00",
            "before": before,
            "after": dict.fromkeys(before, 0),
            "verified": True,
            "kept": {"attendance_record": 1, "audit_records": 17},
        },
        key,
    )  # fmt: skip


def test_certificate_is_signed_and_reads_as_a_german_page(tmp_path: Path) -> None:
    key = InstallationKey.load_or_create(tmp_path / "key.pem")
    signed = certificate(key)
    verify_document(signed, key.public_pem())
    with pytest.raises(ManifestInvalid):
        verify_document({**signed, "verified": False})
    other = InstallationKey.load_or_create(tmp_path / "other.pem")
    with pytest.raises(ManifestInvalid):
        verify_document(signed, other.public_pem())

    pages = PdfReader(io.BytesIO(certificate_pdf(signed))).pages
    text = " ".join(" ".join(page.extract_text().split()) for page in pages)
    assert len(pages) == 1
    assert "Löschbestätigung Workshop" in text and "Schulung Montage" in text
    assert "automatisch zum geplanten Ende" in text and "vollständig gelöscht" in text
    assert "Teilnehmendenkonten" in text and "17 Einträge des Prüfprotokolls" in text
