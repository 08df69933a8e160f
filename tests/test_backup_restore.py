"""Backup of the running gateway and a restore drill into a fresh data directory: chat,
retrieval, audit verification and a pack work on the restored copy."""

from __future__ import annotations

import asyncio
import os
import subprocess
from pathlib import Path

from compliance.signing import verify_pack
from serving.app import build_state
from serving.backends import ServedModel, VLLMEndpoint
from serving.chat_call import ChatCall, ChatResult
from serving.settings import Settings
from store.db import migrate
from tests.conftest import BIN, EMBEDDED, Server
from tests.test_rag_api import upload, wait_ready

FACT = "Die Bremsscheiben der Baureihe K7 werden mit 85 Nm am Radlager verschraubt."


def _restore(
    server: Server, archive: Path, key_file: Path, data_dir: Path
) -> subprocess.CompletedProcess[str]:
    env = {**server.env, "REALLABOR_DATA_DIR": str(data_dir)}
    command = [str(BIN / "reallabor"), "restore", str(archive), "--key-file", str(key_file)]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)


def test_a_backup_of_the_running_gateway_restores_and_works(server: Server, tmp_path: Path) -> None:
    name, key = server.new_tenant("bak")
    upload(server, key, [("k7.md", f"# Montage K7\n\n{FACT}\n".encode())])
    assert wait_ready(server, key)[0]["status"] == "ready"
    server.client(key).chat.completions.create(
        model=EMBEDDED, messages=[{"role": "user", "content": "Hallo"}], max_tokens=2
    )
    key_file = tmp_path / "operator" / "backup.key"
    made = server.cli_json(
        "backup", "--out", str(tmp_path / "backups"), "--key-file", str(key_file)
    )
    archive = Path(made["archive"])
    assert oct(key_file.stat().st_mode & 0o777) == "0o600" and made["indexed_tenants"] >= 1
    assert b"85 Nm" not in archive.read_bytes() and b"SQLite format" not in archive.read_bytes()
    assert not list(server.data_dir.glob(".backup-*")), "the plain copy is gone"

    wrong = tmp_path / "wrong.key"
    wrong.write_text(os.urandom(32).hex())
    refused = _restore(server, archive, wrong, tmp_path / "nowhere")
    assert refused.returncode != 0 and "wrong key" in refused.stderr
    restored = tmp_path / "restored"
    assert _restore(server, archive, key_file, restored).returncode == 0

    settings = Settings(data_dir=restored, serve_models=[])
    migrate(settings.resolved_database_url)
    state = build_state(settings)
    try:
        principal = state.tenants.authenticate(key)
        assert principal is not None, "the tenant's key works on the restored copy"
        found = state.retriever.retrieve(
            name, "Mit wie viel Nm wird die Bremsscheibe K7 verschraubt?", 2
        )
        assert found and "85 Nm" in found[0].text
        report = state.audit_anchor.verify()
        assert report.ok and report.records >= 1
        verify_pack(state.docpack.generate(name, "restore-drill").data)
        # Chat on the restored copy, through its own pipeline, with the session's engine.
        engine = next(b for b in server.cli_json("status")["backends"] if b["model"] == EMBEDDED)
        replica = VLLMEndpoint(engine["url"], state.http)
        replica.healthy = True
        state.router.add(ServedModel(EMBEDDED, replicas=[replica]))
        call = ChatCall.of(
            {
                "model": EMBEDDED,
                "messages": [
                    {"role": "user", "content": "Wie fest wird die Bremsscheibe K7 verschraubt?"}
                ],
                "max_tokens": 5,
                "retrieval": True,
            }
        )
        result = asyncio.run(state.chat.run(principal, call))
        assert isinstance(result, ChatResult)
        assert "k7.md" in {s["source"] for s in result.completion["sources"]}
    finally:
        state.index.close()
        state.store.dispose()
