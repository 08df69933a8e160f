"""The documentation pack of a tenant, end to end against the running server."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import httpx
import pytest

from compliance.docpack.bom import validate_bom
from compliance.signing import ManifestInvalid, verify_document, verify_pack
from tests.conftest import EMBEDDED, RECORDED, Server
from tests.test_rag_api import upload, wait_ready

DOCS = {
    "lieferantenbrief.md": "# Reklamation\n\nSehr geehrter Herr Konstantin Wiesmeyer, "
    "bitte überweisen Sie auf IBAN DE89 3704 0044 0532 0130 00. Telefon 0341 9988776.\n",
    "pruefanweisung.md": "# Prüfanweisung PA-9\n\nDie Muttern werden mit 35 Nm angezogen.\n",
    "qualitaet.md": "# Qualitätsziele\n\nAnsprechpartnerin ist Frau Roswitha Quendler.\n",
}
SECRETS = [
    "Wiesmeyer",
    "Konstantin",
    "Quendler",
    "Roswitha",
    "0532 0130",
    "9988776",
    "Ottokar Brenzlinger",
]


@pytest.fixture(scope="module")
def firm(server: Server) -> dict[str, Any]:
    name, key = server.new_tenant("doku")
    server.cli("tenant", "limits", name, "--models", f"{EMBEDDED},{RECORDED}")
    upload(server, key, [(n, t.encode()) for n, t in DOCS.items()])
    wait_ready(server, key)
    client = server.client(key)
    raw = client.chat.completions.with_raw_response.create(
        model=EMBEDDED,
        max_tokens=8,
        messages=[{"role": "user", "content": "Herr Ottokar Brenzlinger fragt nach PA-9."}],
    )
    assert raw.headers["x-reallabor-ai-generated"] == "true"  # Art. 50(2) marker: header...
    marker = raw.parse().model_extra["ai_generated"]  # ...and field
    assert marker["model"] == EMBEDDED and marker["weights_sha256"]
    stream = client.chat.completions.create(
        model=EMBEDDED, max_tokens=4, stream=True, messages=[{"role": "user", "content": "Hallo"}]
    )
    first = next(iter(stream))
    assert first.model_extra["ai_generated"]["generator"] == "Reallabor"
    for _ in stream:
        pass
    return {"name": name, "key": key}


def export(server: Server, tenant: str, out: Path) -> tuple[dict[str, Any], bytes]:
    result = server.cli_json("docs", "export", "--tenant", tenant, "--out", str(out))
    return result, Path(result["path"]).read_bytes()


def pdf_text(data: bytes, tmp: Path) -> str:
    path = tmp / "report.pdf"
    path.write_bytes(data)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_pack_holds_exactly_the_tenants_models_and_documents(
    server: Server, firm: dict[str, Any], tmp_path: Path
) -> None:
    result, data = export(server, firm["name"], tmp_path)
    assert 0 <= result["completeness"] < 1  # nothing answered yet: open points remain
    archive = zipfile.ZipFile(io.BytesIO(data))
    names = set(archive.namelist())
    assert {
        "report.pdf",
        "bom.json",
        "manifest.json",
        "installation_public_key.pem",
        "audit_checkpoint.json",  # the audit chain's head, signed, outside the database
        "registers/models.csv",
        "registers/documents.csv",
        "registers/processing_activities.csv",
    } <= names
    assert any(n.startswith("markdown/") and n.endswith(".md") for n in names)
    checkpoint = json.loads(archive.read("audit_checkpoint.json"))
    verify_document(checkpoint)
    assert checkpoint["type"] == "reallabor-audit-checkpoint" and checkpoint["seq"] >= 1

    registry = {m["name"]: m for m in server.cli_json("models", "list")}
    models = archive.read("registers/models.csv").decode("utf-8-sig").splitlines()[1:]
    assert sorted(line.split(";")[0] for line in models) == sorted([EMBEDDED, RECORDED])
    assert all(
        registry[EMBEDDED]["weights_sha256"] in line
        for line in models
        if line.startswith(EMBEDDED + ";")
    )
    documents = archive.read("registers/documents.csv").decode("utf-8-sig")
    for name, text in DOCS.items():
        assert hashlib.sha256(text.encode()).hexdigest() in documents, name
    assert len(documents.strip().splitlines()) == 1 + len(DOCS)

    bom = json.loads(archive.read("bom.json"))
    validate_bom(bom)
    assert bom["specVersion"] == "1.6"
    bom_text = json.dumps(bom)
    assert registry[EMBEDDED]["weights_sha256"] in bom_text
    assert "ghost-model" not in bom_text  # not allowed for this tenant: not in its pack

    manifest = verify_pack(data)
    assert set(manifest["files"]) == names - {"manifest.json"}

    text = pdf_text(archive.read("report.pdf"), tmp_path)
    for title in (
        "Inhalt",
        "Risikoeinstufung",
        "Modelle",
        "Datenquellen",
        "Datenschutzfilter",
        "Transparenz",
        "KI-Kompetenz",
        "Verzeichnis von Verarbeitungstätigkeiten",
        "Löschkonzept",
        "OFFEN",
    ):
        assert title in text, title
    assert "PERSON:" in documents  # PII findings as counts per type, never the values


def test_no_personal_value_anywhere_in_the_pack(
    server: Server, firm: dict[str, Any], tmp_path: Path
) -> None:
    _, data = export(server, firm["name"], tmp_path)
    archive = zipfile.ZipFile(io.BytesIO(data))
    texts = [pdf_text(archive.read("report.pdf"), tmp_path)]
    texts += [
        archive.read(n).decode("utf-8", "replace")
        for n in archive.namelist()
        if not n.endswith(".pdf")
    ]
    for secret in SECRETS:
        assert not any(secret in text for text in texts), secret


def test_a_changed_byte_breaks_the_manifest(
    server: Server, firm: dict[str, Any], tmp_path: Path
) -> None:
    _, data = export(server, firm["name"], tmp_path)
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for name in source.namelist():
            content = source.read(name)
            if name == "bom.json":
                content = content.replace(b'"1.6"', b'"1.7"', 1)
            target.writestr(name, content)
    with pytest.raises(ManifestInvalid, match=r"bom\.json"):
        verify_pack(buffer.getvalue())


def test_recruitment_intake_flags_annex_iii_and_the_next_pack_shows_the_change(
    server: Server, firm: dict[str, Any], tmp_path: Path
) -> None:
    export(server, firm["name"], tmp_path / "before")
    intake = server.cli_json(
        "docs",
        "intake",
        "--tenant",
        firm["name"],
        "--set",
        "purpose=Unterstützung der Bewerberauswahl in der Personalabteilung",
        "--set",
        'annex3_uses=["none"]',
        "--set",
        'art5_uses=["none"]',
        "--set",
        "retention_days=90",
    )
    assert intake["screening"]["result"] == "high_risk"
    assert intake["answers"]["purpose"]["provenance"] == "human"
    result, data = export(server, firm["name"], tmp_path / "after")
    assert result["completeness"] > 0
    text = pdf_text(zipfile.ZipFile(io.BytesIO(data)).read("report.pdf"), tmp_path)
    assert "Anhang III" in text and "ACHTUNG" in text
    assert "Änderungen seit dem letzten Paket" in text and "Bewerberauswahl" in text


def test_only_compliance_roles_get_the_pack(server: Server, firm: dict[str, Any]) -> None:
    refused = httpx.get(
        f"{server.url}/v1/compliance/pack", headers={"Authorization": f"Bearer {firm['key']}"}
    )
    assert refused.status_code == 403  # an API key acts as a member
    assert refused.json()["error"]["code"] == "permission_denied"
    bad = server.cli(
        "docs", "intake", "--tenant", firm["name"], "--set", "retention_days=-3", check=False
    )
    assert bad.returncode != 0 and "retention_days" in bad.stderr
