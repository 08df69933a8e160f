"""CycloneDX 1.6 ML-BOM (offline schema validation) and the signed manifest of the pack."""

from __future__ import annotations

import hashlib
import io
import json
import socket
import stat
import zipfile
from pathlib import Path
from typing import Any

import pytest

from compliance.docpack import bom as bom_module
from compliance.docpack.bom import BomInvalid, build_bom, validate_bom
from compliance.signing import (
    InstallationKey,
    ManifestInvalid,
    build_manifest,
    verify_pack,
)

SHA_A = hashlib.sha256(b"weights a").hexdigest()
SHA_B = hashlib.sha256(b"weights b").hexdigest()
NOW = "2026-11-30T09:15:00Z"


def _bom() -> dict[str, Any]:
    serving = {"engine": "vLLM", "dtype": "bfloat16", "max_model_len": 4096}
    evidence = ["report.pdf", "bom.json", "markdown/05 transparenz.md"]
    obligations = [
        {"id": f"{src}-art-{n}", "regulation": reg, "article": f"Art. {n}", "title": f"T{n}"}
        | {"status": status, "evidence": evidence[: 1 + n % 3], "applies_from": "2025-02-02"}
        for src, reg, n, status in [
            ("ai-act", "AI Act", 4, "fulfilled"),
            ("ai-act", "AI Act", 50, "partial"),
            ("ai-act", "AI Act", 26, "open"),
            ("gdpr", "GDPR", 30, "fulfilled"),
            ("gdpr", "GDPR", 35, "partial"),
            ("gdpr", "GDPR", 17, "open"),
        ]
    ]
    return build_bom(
        tenant="acme",
        system={"name": "Reallabor", "version": "0.1.0", "description": "LLM sandbox"}
        | {"intended_purpose": "Internal document assistant"},
        models=[
            {
                "name": "smollm2-135m-instruct",
                "source": "pypi:gt-smollm2_135m==0.1.0",
                "weights_sha256": SHA_A,
                "license": "apache-2.0",
                "context_length": 8192,
                "serving": serving,
            },
            {
                "name": "qwen-local",
                "source": "https://huggingface.co/Qwen/Qwen2.5-0.5B-Instruct",
                "weights_sha256": SHA_B,
                "license": "Qwen RESEARCH LICENSE",
                "context_length": None,
                "serving": serving,
                "metrics": [{"type": "hit@5", "value": 0.889, "slice": "retrieval"}],
            },
        ],
        documents=[
            {
                "id": i,
                "name": f"doc-{i}.pdf",
                "sha256": hashlib.sha256(str(i).encode()).hexdigest(),
                "ingested_at": NOW,
                "chunks": 3 * i,
                "pii_counts": pii,
            }
            for i, pii in [(1, {"PERSON": 2, "EMAIL_ADDRESS": 1}), (2, {}), (3, {"IBAN_CODE": 4})]
        ],
        services=[
            {"name": "vLLM", "version": "0.32.0", "description": "model server"},
            {"name": "Qdrant Edge", "version": "0.9.0", "description": "vector index"},
            {"name": "Presidio", "version": "2.2.366", "description": "PII detection"},
            {"name": "Reallabor gateway", "version": "0.1.0", "description": "gateway"},
        ],
        obligations=obligations,
        timestamp=NOW,
    )


def test_full_bom_validates_and_carries_the_facts() -> None:
    bom = _bom()
    validate_bom(bom)
    assert (bom["bomFormat"], bom["specVersion"]) == ("CycloneDX", "1.6")
    models = [c for c in bom["components"] if c["type"] == "machine-learning-model"]
    assert [m["hashes"][0]["content"] for m in models] == [SHA_A, SHA_B]
    assert models[0]["licenses"] == [{"license": {"id": "Apache-2.0"}}]
    assert models[0]["purl"] == "pkg:pypi/gt-smollm2-135m@0.1.0"
    assert models[1]["licenses"] == [{"license": {"name": "Qwen RESEARCH LICENSE"}}]
    assert models[1]["purl"] == "pkg:huggingface/Qwen/Qwen2.5-0.5B-Instruct"
    assert "quantitativeAnalysis" in models[1]["modelCard"]
    (data,) = [c for c in bom["components"] if c["type"] == "data"]
    assert [d["name"] for d in data["data"]] == ["doc-1.pdf", "doc-2.pdf", "doc-3.pdf"]
    assert data["data"][0]["sensitiveData"] == ["EMAIL_ADDRESS", "PERSON"]
    assert "sensitiveData" not in data["data"][1]
    assert len(bom["services"]) == 4
    decl = bom["declarations"]
    assert len(decl["attestations"][0]["map"]) == 6
    evidence_refs = {e["bom-ref"] for e in decl["evidence"]}
    assert all(set(c["evidence"]) <= evidence_refs for c in decl["claims"])


def test_bom_refs_are_stable_between_builds() -> None:
    first, second = _bom(), _bom()
    assert first.pop("serialNumber") != second.pop("serialNumber")  # fresh urn:uuid each time
    assert first == second


@pytest.mark.parametrize(
    ("mutate", "path"),
    [
        (lambda b: b.pop("bomFormat"), r"at \$: 'bomFormat' is a required property"),
        (lambda b: b["components"][0].pop("name"), r"\$\.components\[0\]: 'name'"),
        (lambda b: b["components"][0].update(type=7), r"\$\.components\[0\]\.type"),
        (lambda b: b["services"][1].update(version=["0.9"]), r"\$\.services\[1\]\.version"),
        (lambda b: b["components"][1]["hashes"][0].update(content="x"), r"hashes\[0\]\.content"),
        (lambda b: b.update(serialNumber="42"), r"\$\.serialNumber"),
    ],
)
def test_invalid_bom_names_the_path(mutate: Any, path: str) -> None:
    bom = _bom()
    mutate(bom)
    with pytest.raises(BomInvalid, match=path):
        validate_bom(bom)


def test_duplicate_bom_ref_is_rejected() -> None:
    bom = _bom()
    bom["services"][1]["bom-ref"] = bom["services"][0]["bom-ref"]
    with pytest.raises(BomInvalid, match="service:vllm"):
        validate_bom(bom)


def test_validation_makes_no_network_access(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("network access during BOM validation")

    bom_module._validator.cache_clear()
    bom_module._spdx_ids.cache_clear()
    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    validate_bom(_bom())
    bad = _bom()
    bad["components"][0]["licenses"] = [{"license": {"id": "Not-A-Licence"}}]
    with pytest.raises(BomInvalid, match=r"\$\.components\[0\]\.licenses"):
        validate_bom(bad)


# -- signed manifest ------------------------------------------------------------------------

FILES = {"report.pdf": b"%PDF-1.7 fake", "bom.json": b'{"bomFormat": "CycloneDX"}'}
FILES["markdown/01-übersicht.md"] = "# Übersicht\n".encode()


def _pack(key: InstallationKey, extra: dict[str, bytes] | None = None) -> bytes:
    manifest = build_manifest(dict(FILES), "c" * 64, key, NOW)
    return _zip({**FILES, "manifest.json": manifest, **(extra or {})})


def _zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _entries(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


@pytest.fixture
def key(tmp_path: Path) -> InstallationKey:
    return InstallationKey.load_or_create(tmp_path / "keys" / "installation.pem")


def test_intact_pack_verifies(key: InstallationKey) -> None:
    manifest = verify_pack(_pack(key), trusted_public_pem=key.public_pem())
    assert manifest["files"] == {n: hashlib.sha256(d).hexdigest() for n, d in FILES.items()}
    assert list(manifest["files"]) == sorted(FILES)
    assert (manifest["algorithm"], manifest["config_sha256"]) == ("Ed25519", "c" * 64)
    assert verify_pack(_pack(key)) == manifest


def test_one_changed_byte_names_the_file(key: InstallationKey) -> None:
    entries = _entries(_pack(key))
    entries["bom.json"] = entries["bom.json"].replace(b"C", b"c", 1)
    with pytest.raises(ManifestInvalid, match=r"^bom\.json"):
        verify_pack(_zip(entries))


def test_unlisted_file_fails(key: InstallationKey) -> None:
    with pytest.raises(ManifestInvalid, match=r"^extra\.txt: .*not listed"):
        verify_pack(_pack(key, {"extra.txt": b"smuggled"}))


def test_missing_file_fails(key: InstallationKey) -> None:
    entries = _entries(_pack(key))
    del entries["report.pdf"]
    with pytest.raises(ManifestInvalid, match=r"^report\.pdf: .*missing"):
        verify_pack(_zip(entries))


def test_tampered_file_list_fails_the_signature(key: InstallationKey) -> None:
    entries = _entries(_pack(key))
    entries["bom.json"] = b'{"bomFormat": "forged"}'
    manifest = json.loads(entries["manifest.json"])
    manifest["files"]["bom.json"] = hashlib.sha256(entries["bom.json"]).hexdigest()
    entries["manifest.json"] = json.dumps(manifest).encode()
    with pytest.raises(ManifestInvalid, match=r"^signature"):
        verify_pack(_zip(entries))


def test_resigned_with_another_key_fails_against_the_trusted_key(
    key: InstallationKey, tmp_path: Path
) -> None:
    other = InstallationKey.load_or_create(tmp_path / "other.pem")
    forged = _pack(other)
    assert verify_pack(forged)  # self-consistent, so only a trusted key can catch it
    with pytest.raises(ManifestInvalid, match=r"^signature"):
        verify_pack(forged, trusted_public_pem=key.public_pem())


def test_key_file_is_private_and_reused(tmp_path: Path) -> None:
    path = tmp_path / "data" / "keys" / "installation.pem"
    first = InstallationKey.load_or_create(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    second = InstallationKey.load_or_create(path)
    assert second.public_pem() == first.public_pem()
    assert list(path.parent.iterdir()) == [path]  # no temporary file left behind
    signature = first.sign(b"x")
    pack = _pack(second)
    assert verify_pack(pack, trusted_public_pem=first.public_pem())
    assert signature == second.sign(b"x")  # Ed25519 is deterministic: same key, same signature
