"""The retrieval self-test per tenant on the real reader, index, embedder and API (no engine)."""

from __future__ import annotations

import time
from pathlib import Path

from fastapi.testclient import TestClient

from serving.app import build_state, create_app
from serving.settings import Settings
from store.db import migrate
from tests.fixtures.files import make_scanned_pdf

HANDBOOK = Path(__file__).resolve().parent.parent / "bench" / "data" / "retrieval_de" / "docs"


def test_selftest_scores_a_clean_document_high_and_an_unreadable_scan_low(
    tmp_path: Path,
) -> None:
    settings = Settings(data_dir=tmp_path, serve_models=[])
    migrate(settings.resolved_database_url)
    state = build_state(settings)
    app = create_app(state)
    client = TestClient(app)
    keys = {}
    for tenant in ("clean", "scan"):
        keys[tenant] = state.tenants.create(tenant)[1]
    uploads = {
        "clean": ("qualitaetshandbuch.md", (HANDBOOK / "qualitaetshandbuch.md").read_bytes()),
        "scan": ("lieferschein.pdf", make_scanned_pdf(["", "", ""])),  # nothing to read
    }
    for tenant, (name, data) in uploads.items():
        doc = state.ingestion.submit(state.tenants.get_id(tenant), tenant, name, data)
        state.ingestion.ingest(doc["document"]["id"])

    reports = {}
    for tenant, key in keys.items():
        auth = {"Authorization": f"Bearer {key}"}
        started = client.post("/v1/documents/selftest", headers=auth)
        assert started.status_code == 202
        status = started.json()
        while status["status"] == "running":
            time.sleep(0.2)
            status = client.get("/v1/documents/selftest", headers=auth).json()
        assert status["status"] == "done"
        reports[tenant] = status["result"]

    clean = reports["clean"]
    assert clean["questions"] >= 8
    assert clean["hit@5"] >= 0.7, clean
    assert clean["documents"][0]["filename"] == "qualitaetshandbuch.md"
    scan = reports["scan"]
    assert scan["questions"] == 0 and scan["hit@5"] == 0.0
    assert scan["weakest"][0]["reason"] == "no_text"
    # The report holds no text of the documents: only ids, names, counts and scores.
    assert "Sperrlager" not in str(clean)
    state.index.close()
    state.store.dispose()
