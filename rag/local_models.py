"""Embedders and a reranker from weights on a local path or another server (nothing downloads).

- `SentenceTransformerEmbedder`: any sentence-transformers model folder.
- `OpenAIEmbeddingsEmbedder`: any OpenAI-compatible `/v1/embeddings` endpoint, such as a vLLM
  serving an embedding model on a GPU node (`vllm serve MODEL --runner pooling`).
- `CrossEncoderReranker`: a sentence-transformers cross-encoder folder (none ships in a
  package; configure one with REALLABOR_RERANKER_PATH).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import httpx
import numpy as np

from rag.embedders import Vectors


def _normalised(rows: Any) -> Vectors:
    vectors = np.asarray(rows, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=-1, keepdims=True)
    normalised: Vectors = vectors / np.maximum(norms, 1e-12)
    return normalised


class SentenceTransformerEmbedder:
    """A sentence-transformers model from a local folder; prompts from its own config."""

    in_process = True

    def __init__(self, path: Path, query_prefix: str = "", passage_prefix: str = "") -> None:
        from sentence_transformers import SentenceTransformer

        if not (path / "config.json").exists() and not (path / "modules.json").exists():
            raise ValueError(f"no sentence-transformers model in {path}")
        self._model = SentenceTransformer(str(path), device="cpu", local_files_only=True)
        self.dim = int(self._model.get_embedding_dimension() or 0)
        self.model_id = path.name if path.name != "model" else path.parent.name
        self.name = f"sentence-transformers:{self.model_id}"
        self.query_prefix, self.passage_prefix = query_prefix, passage_prefix
        self._lock = threading.Lock()  # one torch model shared by the worker and requests

    def embed_passages(self, texts: list[str]) -> Vectors:
        """Embed passages as one batch."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            rows = self._model.encode_document([self.passage_prefix + t for t in texts])
        return _normalised(rows)

    def embed_query(self, text: str) -> Vectors:
        """Embed one search query."""
        with self._lock:
            rows = _normalised(self._model.encode_query([self.query_prefix + text]))
        query: Vectors = rows[0]
        return query


class OpenAIEmbeddingsEmbedder:
    """An OpenAI-compatible embeddings endpoint (for example vLLM with an embedding model)."""

    in_process = False  # queries leave the gateway: the pipeline filters them first

    def __init__(
        self,
        base_url: str,
        model: str,
        api_key: str | None = None,
        query_prefix: str = "",
        passage_prefix: str = "",
        timeout_s: float = 60.0,
    ) -> None:
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client = httpx.Client(
            base_url=base_url.rstrip("/"), headers=headers, timeout=timeout_s
        )
        self.model = self.model_id = model
        self.name = f"openai:{model}"
        self.query_prefix, self.passage_prefix = query_prefix, passage_prefix
        self.dim = int(self._embed(["dimension probe"]).shape[1])  # fails fast when unreachable

    def _embed(self, texts: list[str]) -> Vectors:
        response = self._client.post("/embeddings", json={"model": self.model, "input": texts})
        if response.status_code != 200:
            raise RuntimeError(
                f"embeddings endpoint answered {response.status_code} for model {self.model}"
            )
        data = sorted(response.json()["data"], key=lambda item: item["index"])
        return _normalised([item["embedding"] for item in data])

    def embed_passages(self, texts: list[str]) -> Vectors:
        """Embed passages as one request."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return self._embed([self.passage_prefix + t for t in texts])

    def embed_query(self, text: str) -> Vectors:
        """Embed one search query."""
        query: Vectors = self._embed([self.query_prefix + text])[0]
        return query


class CrossEncoderReranker:
    """Scores (query, passage) pairs with a cross-encoder from a local folder."""

    def __init__(self, path: Path) -> None:
        from sentence_transformers import CrossEncoder

        if not (path / "config.json").exists():
            raise ValueError(f"no cross-encoder model in {path}")
        self._model = CrossEncoder(str(path), device="cpu", local_files_only=True)
        self.name = f"cross-encoder:{path.name}"
        self._lock = threading.Lock()

    def scores(self, query: str, passages: list[str]) -> list[float]:
        """One relevance score per passage (higher is better)."""
        if not passages:
            return []
        with self._lock:
            values = self._model.predict([(query, p) for p in passages])
        return [float(v) for v in np.asarray(values).reshape(len(passages), -1)[:, -1]]
