"""Faults survived on the real components: a full disk, a killed gateway, slow and idle clients.

Each test runs a model-less gateway of its own (uploads, ingestion, retrieval and the stores
need no model), so it can fill its disk or kill it without touching the session's server.
"""

from __future__ import annotations

import os
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import Server, eventually, start_modelless, stop

DOCS = Path(__file__).resolve().parent.parent / "bench" / "data" / "retrieval_long" / "docs"
HANDBOOK = (DOCS / "qm_handbuch_vogt.md").read_bytes()  # 105 KB of real-shaped German text
LAST_SENTENCE = "Die nächste planmäßige Überprüfung erfolgt bis spätestens 28.02.2027"


def api(gateway: Server, key: str, method: str, path: str, **kwargs: Any) -> httpx.Response:
    return httpx.request(
        method, f"{gateway.url}{path}", headers={"Authorization": f"Bearer {key}"}, timeout=120,
        **kwargs,
    )  # fmt: skip


def upload(gateway: Server, key: str, name: str, data: bytes) -> dict[str, Any]:
    response = api(gateway, key, "POST", "/v1/documents", files=[("files", (name, data))])
    assert response.status_code == 202, response.text
    return response.json()["data"][0]  # type: ignore[no-any-return]


def documents(gateway: Server, key: str) -> list[dict[str, Any]]:
    response = api(gateway, key, "GET", "/v1/documents")
    assert response.status_code == 200, response.text
    return response.json()["data"]  # type: ignore[no-any-return]


def files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()] if folder.exists() else []


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A file system of its own that really fills up: a 64 MB tmpfs (the tests run as root)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(mount)], check=True)
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk: Path, leave_bytes: int) -> Path:
    """A filler file that leaves about `leave_bytes` free on `disk`."""
    filler = disk / "filler"
    stat = os.statvfs(disk)
    size = max(0, stat.f_bavail * stat.f_frsize - leave_bytes)
    with filler.open("wb") as out:
        while size > 0:
            written = out.write(b"\0" * min(size, 1 << 20))
            size -= written
    return filler


@pytest.mark.process  # a gateway process of its own: not in `make test-fast`
def test_a_full_disk_refuses_an_upload_clearly_keeps_nothing_half_written_and_recovers(
    small_disk: Path, tmp_path: Path
) -> None:
    gateway = start_modelless(small_disk / "data", tmp_path / "gateway.log")
    try:
        _, key = gateway.new_tenant("voll")
        uploads = small_disk / "data" / "uploads"
        filler = fill(small_disk, leave_bytes=64 * 1024)

        refused = upload(gateway, key, "handbuch.md", HANDBOOK)  # 105 KB into 64 KB free
        assert refused["status"] == "rejected" and refused["error_code"] == "storage_full"
        assert "storage is full" in refused["error"]
        leftovers = [p for p in uploads.rglob("*") if p.is_file() or p.name.startswith("doc_")]
        assert leftovers == []  # no part of the file, no empty folder of it
        assert documents(gateway, key) == []  # and no row for it
        assert gateway.process.poll() is None  # the gateway keeps serving

        filler.unlink()  # the operator frees space: the same upload now works
        stored = upload(gateway, key, "handbuch.md", HANDBOOK)
        assert stored["status"] == "queued", stored
        assert [d["id"] for d in documents(gateway, key)] == [stored["document"]["id"]]
        assert [p.name for p in files_under(uploads)] == ["handbuch.md"]
    finally:
        stop(gateway.process)


@pytest.mark.process  # a gateway process of its own: not in `make test-fast`
def test_a_gateway_killed_mid_ingestion_finishes_the_document_after_its_restart(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "data"
    gateway = start_modelless(data_dir, tmp_path / "gateway.log")
    try:
        _, key = gateway.new_tenant("kill")
        doc = upload(gateway, key, "handbuch.md", HANDBOOK)["document"]

        def embedding_started() -> None:
            progress = api(gateway, key, "GET", f"/v1/documents/{doc['id']}").json()["progress"]
            assert 0 < progress["chunks_done"] < progress["chunks_total"], progress

        eventually(embedding_started, timeout=600)
        gateway.process.kill()  # SIGKILL: no shutdown handler runs
        gateway.process.wait(timeout=60)

        restarted = start_modelless(data_dir, tmp_path / "gateway.log")
        gateway.process, gateway.url, gateway.env = restarted.process, restarted.url, restarted.env

        def finished() -> dict[str, Any]:
            record = api(gateway, key, "GET", f"/v1/documents/{doc['id']}").json()
            assert record["status"] == "ready", record
            return record  # type: ignore[no-any-return]

        record = eventually(finished, timeout=900)
        assert record["progress"]["chunks_done"] == record["progress"]["chunks_total"] > 100
        hits = api(
            gateway, key, "POST", "/v1/retrieve",
            json={"query": "Bis wann wird das Handbuch planmäßig überprüft?", "top_k": 5},
        ).json()["results"]  # fmt: skip
        assert any(LAST_SENTENCE in h["text"] for h in hits), hits  # the end was indexed too
        assert len({h["text"] for h in hits}) == len(hits)  # once, not once per attempt
    finally:
        stop(gateway.process)


def rss_kib(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS")))


@pytest.mark.process  # a gateway process of its own: not in `make test-fast`
def test_slow_and_idle_clients_do_not_starve_the_others(tmp_path: Path) -> None:
    gateway = start_modelless(tmp_path / "data", tmp_path / "gateway.log")
    held: list[socket.socket] = []
    try:
        _, key = gateway.new_tenant("slow")
        assert documents(gateway, key) == []
        before = rss_kib(gateway.process.pid)
        host, port = gateway.url.removeprefix("http://").split(":")
        for n in range(1000):
            client = socket.create_connection((host, int(port)), timeout=30)
            if n % 3 == 1:  # slow-loris: a request whose headers never end
                client.sendall(b"GET /v1/documents HTTP/1.1\r\nHost: x\r\nX-Slow: ")
            elif n % 3 == 2:  # a body announced but hardly sent
                client.sendall(
                    b"POST /v1/retrieve HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    b'Content-Length: 100000\r\n\r\n{"query": "'
                )
            held.append(client)  # and a third just connected, saying nothing
        # With 1,000 such connections open, another firm is still served, in full.
        assert documents(gateway, key) == []
        response = api(gateway, key, "POST", "/v1/retrieve", json={"query": "Wartung"})
        assert response.status_code == 200 and response.json()["results"] == []
        grown_mib = (rss_kib(gateway.process.pid) - before) / 1024
        assert grown_mib < 200, f"1,000 idle connections cost the gateway {grown_mib:.0f} MiB"
    finally:
        for client in held:
            client.close()
        stop(gateway.process)
    assert gateway.process.returncode == 0  # and it still shut down cleanly


def test_a_database_write_refused_for_lack_of_space_is_a_507_in_the_envelope(
    tmp_path: Path,
) -> None:
    from fastapi import FastAPI
    from fastapi.testclient import TestClient
    from sqlalchemy import create_engine, event, text

    from serving.errors import install_error_handlers

    engine = create_engine(f"sqlite:///{tmp_path / 'tiny.db'}")

    @event.listens_for(engine, "connect")
    def _tiny(connection: Any, _record: Any) -> None:  # SQLite itself says "disk is full"
        connection.execute("PRAGMA max_page_count = 8")

    app = FastAPI()
    install_error_handlers(app)

    @app.post("/write")
    def write() -> dict[str, str]:
        with engine.begin() as db:
            db.execute(text("CREATE TABLE IF NOT EXISTS t (x TEXT)"))
            for _ in range(100):
                db.execute(text("INSERT INTO t VALUES (:x)"), {"x": "x" * 4000})
        return {"ok": "stored"}

    response = TestClient(app, raise_server_exceptions=False).post("/write")
    assert response.status_code == 507, response.text
    error = response.json()["error"]
    assert error["code"] == "storage_full" and "storage is full" in error["message"]
