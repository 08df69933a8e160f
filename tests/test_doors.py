"""The doors that call no model keep the gateway's rules: rate limit in, audit record out."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from pathlib import Path

import httpx
import openai
import pytest
from sqlalchemy import select

from compliance.audit import AuditRecord
from serving.app import build_state
from serving.settings import Settings
from store.db import migrate
from tests.conftest import Server

SECRET_QUERY = "Reklamation von Kerstin Hofmann zur Bremsscheibe"


def _post(server: Server, key: str, path: str, body: dict[str, object]) -> httpx.Response:
    return httpx.post(
        f"{server.url}{path}", headers={"Authorization": f"Bearer {key}"}, json=body, timeout=60
    )


def test_retrieval_embeddings_and_pii_preview_are_audited_and_rate_limited(
    server: Server,
) -> None:
    name, key = server.new_tenant("door")
    server.cli_json("tenant", "limits", name, "--rpm", "3")
    assert _post(server, key, "/v1/retrieve", {"query": SECRET_QUERY}).status_code == 200
    vectors = server.client(key).embeddings.create(
        model="multilingual-e5-small", input=[SECRET_QUERY, "Radnabe"]
    )
    assert len(vectors.data) == 2
    preview = _post(server, key, "/v1/pii/preview", {"text": SECRET_QUERY})
    assert preview.status_code == 200 and "Hofmann" not in preview.json()["redacted"]

    # The fourth call in the minute, through any of the three doors, is refused.
    refused = _post(server, key, "/v1/retrieve", {"query": SECRET_QUERY})
    assert refused.status_code == 429
    assert refused.json()["error"]["code"] == "rate_limit_exceeded"
    assert 0 < int(refused.headers["retry-after"]) <= 60
    with pytest.raises(openai.RateLimitError):
        server.client(key).embeddings.create(model="multilingual-e5-small", input=["Radnabe"])

    with sqlite3.connect(server.data_dir / "reallabor.db") as db:
        rows = db.execute(
            "SELECT request_id, status, error_code, prompt_tokens, retrieval, pii_receipt "
            "FROM audit_records WHERE tenant = ? AND request_id NOT LIKE 'sec_%' ORDER BY seq",
            (name,),
        ).fetchall()
    doors = [(request_id[:4], status) for request_id, status, *_ in rows]
    assert doors == [("ret_", 200), ("emb_", 200), ("pii_", 200), ("ret_", 429), ("emb_", 429)]
    assert rows[3][2] == "rate_limit_exceeded"
    assert json.loads(rows[0][4])["chunks"] == 0  # the new tenant has no documents
    assert json.loads(rows[1][4]) == {"inputs": 2, "input_type": "passage"} and rows[1][3] > 0
    receipt = json.loads(rows[2][5])
    assert receipt["hops"][0]["entities"]["PERSON"]["count"] == 1
    # Ids and counts only: the query and the previewed text are nowhere in the records.
    stored = json.dumps(rows, ensure_ascii=False)
    assert "Hofmann" not in stored and "Bremsscheibe" not in stored


def test_an_embedder_served_elsewhere_gets_the_query_only_filtered(
    server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The session gateway's own /v1/embeddings stands in for a lab's embedding server.
    _, remote_key = server.new_tenant("emb")
    settings = Settings(
        data_dir=tmp_path,
        serve_models=[],
        embedder="openai",
        embedder_url=f"{server.url}/v1",
        embedder_model="multilingual-e5-small",
        embedder_api_key=remote_key,
    )
    migrate(settings.resolved_database_url)
    state = build_state(settings)
    state.audit.ensure_head()  # what the gateway's start-up does
    try:
        sent: list[str] = []
        embedder = state.retriever.embedder
        real = embedder.embed_query

        def recording(text: str) -> object:
            sent.append(text)
            return real(text)

        monkeypatch.setattr(embedder, "embed_query", recording)
        _, key = state.tenants.create("firm-a")
        principal = state.tenants.authenticate(key)
        assert principal is not None
        asyncio.run(state.chat.retrieve(principal, SECRET_QUERY, {}))
        assert len(sent) == 1 and "Bremsscheibe" in sent[0]
        assert "Hofmann" not in sent[0] and "Kerstin" not in sent[0]
        with state.store.session() as session:
            record = session.scalars(
                select(AuditRecord).where(AuditRecord.tenant == "firm-a")
            ).one()
        assert record.request_id.startswith("ret_") and record.status == 200
        assert json.loads(record.pii_receipt)["hops"][0]["entities"]["PERSON"]["count"] == 1
    finally:
        state.index.close()
        state.store.dispose()
