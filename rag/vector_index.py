"""Vector index: the protocol and the embedded default, one Qdrant Edge shard per tenant."""

from __future__ import annotations

import shutil
import threading
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol

import numpy as np

from rag.embedders import Vectors
from sandboxes.tenants import TENANT_NAME

SearchMode = Literal["dense", "bm25", "hybrid"]
# A value to match, values to match any of, or a range {"gte": .., "lte": ..} of numbers.
FilterValue = str | int | list[str] | list[int] | dict[str, int]
# Payload fields with an index (the same in every backend), and their kind.
INDEXED_FIELDS = {
    "tenant": "keyword", "file": "keyword", "doc_id": "keyword", "type": "keyword",
    "date_ts": "integer",
}  # fmt: skip
_ID_NAMESPACE = uuid.UUID("6f1c2a4e-9d3b-4c55-8a0e-52a6c1d7e0b1")


@dataclass
class IndexedChunk:
    """One chunk to store: its stable id, text (for BM25), dense vector and stored payload."""

    chunk_id: str
    text: str
    vector: Vectors
    payload: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class SearchHit:
    """One search result."""

    chunk_id: str
    score: float
    payload: dict[str, Any]


class VectorIndex(Protocol):
    """Per-tenant storage and hybrid search of chunks."""

    def upsert(self, tenant: str, chunks: list[IndexedChunk]) -> None:
        """Insert or replace chunks of a tenant."""
        ...

    def search(
        self,
        tenant: str,
        vector: Vectors,
        text: str,
        limit: int,
        filters: dict[str, FilterValue] | None = None,
        mode: SearchMode = "hybrid",
    ) -> list[SearchHit]:
        """The best chunks of one tenant for a query."""
        ...

    def sample(
        self, tenant: str, filters: dict[str, FilterValue] | None, limit: int
    ) -> list[SearchHit]:
        """Up to `limit` stored chunks of a tenant matching the filters (no ranking, score 0)."""
        ...

    def delete(self, tenant: str, filters: dict[str, FilterValue]) -> int:
        """Delete a tenant's chunks matching the filters; returns how many were removed."""
        ...

    def count(self, tenant: str, filters: dict[str, FilterValue] | None = None) -> int:
        """How many chunks of a tenant match."""
        ...

    def drop_tenant(self, tenant: str) -> None:
        """Remove everything of a tenant."""
        ...

    def optimize(self, tenant: str) -> None:
        """Build indexes after a bulk load (where the backend needs it)."""
        ...

    def local_paths(self, tenant: str) -> list[Path]:
        """Files or folders on this machine that hold the tenant's index (none for a server)."""
        ...

    def snapshot(self, tenant: str, dest: Path) -> bool:
        """Copy the tenant's index, consistent, into `dest`; False where the backend keeps it
        elsewhere (a Qdrant server: use its own snapshots)."""
        ...

    def close(self) -> None:
        """Flush and release the backend."""
        ...


def point_id(chunk_id: str) -> str:
    """The Qdrant point id (a UUID) for a chunk id."""
    return str(uuid.uuid5(_ID_NAMESPACE, chunk_id))


class EdgeIndex:
    """Qdrant's in-process engine: one shard directory per tenant under `root`.

    A shard can be opened by one process only, so the server owns the index. Each shard has
    its own lock (the engine's shard is not safe for concurrent use); one firm's bulk load or
    optimisation never holds another firm's search. `_lock` guards only the open-shard table.
    """

    def __init__(self, root: Path, dim: int, *, bm25_language: str = "german") -> None:
        import qdrant_edge as qe

        self.qe = qe
        self.root = root
        self.dim = dim
        self.bm25 = qe.Bm25(qe.Bm25Config(language=bm25_language))
        self._shards: dict[str, Any] = {}
        self._shard_locks: dict[str, threading.RLock] = {}
        self._lock = threading.RLock()

    def _guard(self, tenant: str) -> threading.RLock:
        """The lock of one tenant's shard."""
        with self._lock:
            return self._shard_locks.setdefault(tenant, threading.RLock())

    def _path(self, tenant: str) -> Path:
        if not TENANT_NAME.match(tenant):
            raise ValueError(f"invalid tenant name {tenant!r}")
        return self.root / tenant

    def _shard(self, tenant: str, create: bool) -> Any:
        with self._lock:
            shard = self._shards.get(tenant)
            if shard is not None:
                return shard
            path = self._path(tenant)
            qe = self.qe
            if (path / "edge_config.json").exists():
                shard = qe.EdgeShard.load(str(path))
            elif create:
                path.mkdir(parents=True, exist_ok=True)
                config = qe.EdgeConfig(
                    vectors={
                        "dense": qe.EdgeVectorParams(size=self.dim, distance=qe.Distance.Cosine)
                    },
                    sparse_vectors={"bm25": qe.EdgeSparseVectorParams(modifier=qe.Modifier.Idf)},
                )
                shard = qe.EdgeShard.create(str(path), config)
                for name, kind in INDEXED_FIELDS.items():
                    schema = getattr(qe.PayloadSchemaType, kind.capitalize())
                    shard.update(qe.UpdateOperation.create_field_index(name, schema))
            else:
                return None
            self._shards[tenant] = shard
            return shard

    def _filter(self, tenant: str, filters: dict[str, FilterValue] | None) -> Any:
        qe = self.qe
        must = [qe.FieldCondition(key="tenant", match=qe.MatchValue(tenant))]
        for key, value in (filters or {}).items():
            if isinstance(value, dict):
                must.append(qe.FieldCondition(key=key, range=qe.RangeFloat(**value)))
                continue
            match = qe.MatchAny(list(value)) if isinstance(value, list) else qe.MatchValue(value)
            must.append(qe.FieldCondition(key=key, match=match))
        return qe.Filter(must=must)

    def upsert(self, tenant: str, chunks: list[IndexedChunk]) -> None:
        """Insert or replace chunks; the payload always carries the tenant and the chunk id."""
        if not chunks:
            return
        qe = self.qe
        points = [
            qe.Point(
                point_id(chunk.chunk_id),
                {
                    "dense": np.asarray(chunk.vector, dtype=np.float32),
                    "bm25": self.bm25.embed_document(chunk.text),
                },
                {**chunk.payload, "tenant": tenant, "chunk_id": chunk.chunk_id},
            )
            for chunk in chunks
        ]
        with self._guard(tenant):
            self._shard(tenant, create=True).update(qe.UpdateOperation.upsert_points(points))

    def search(
        self,
        tenant: str,
        vector: Vectors,
        text: str,
        limit: int,
        filters: dict[str, FilterValue] | None = None,
        mode: SearchMode = "hybrid",
    ) -> list[SearchHit]:
        """Dense, BM25 or both fused with reciprocal rank fusion."""
        qe = self.qe
        flt = self._filter(tenant, filters)
        dense = qe.Query.Nearest(np.asarray(vector, dtype=np.float32), using="dense")
        sparse = qe.Query.Nearest(self.bm25.embed_query(text), using="bm25")
        if mode == "hybrid":
            request = qe.QueryRequest(
                limit=limit,
                prefetches=[
                    qe.Prefetch(limit=max(limit * 4, 20), query=dense, filter=flt),
                    qe.Prefetch(limit=max(limit * 4, 20), query=sparse, filter=flt),
                ],
                query=qe.Fusion.Rrf(k=60),
                filter=flt,
                with_payload=True,
            )
        else:
            query = dense if mode == "dense" else sparse
            request = qe.QueryRequest(limit=limit, query=query, filter=flt, with_payload=True)
        with self._guard(tenant):
            shard = self._shard(tenant, create=False)
            results = shard.query(request) if shard is not None else []
        return [
            SearchHit(str(r.payload.get("chunk_id")), float(r.score), dict(r.payload))
            for r in results
            if r.payload.get("tenant") == tenant  # defence in depth: shards are per tenant
        ]

    def sample(
        self, tenant: str, filters: dict[str, FilterValue] | None, limit: int
    ) -> list[SearchHit]:
        """Up to `limit` stored chunks matching the filters, in id order."""
        request = self.qe.ScrollRequest(
            limit=limit, filter=self._filter(tenant, filters), with_payload=True
        )
        with self._guard(tenant):
            shard = self._shard(tenant, create=False)
            records, _next = shard.scroll(request) if shard is not None else ([], None)
        return [
            SearchHit(str(r.payload.get("chunk_id")), 0.0, dict(r.payload))
            for r in records
            if r.payload.get("tenant") == tenant
        ]

    def delete(self, tenant: str, filters: dict[str, FilterValue]) -> int:
        """Delete matching chunks; returns the number removed."""
        flt = self._filter(tenant, filters)
        with self._guard(tenant):
            shard = self._shard(tenant, create=False)
            if shard is None:
                return 0
            before = shard.count(self.qe.CountRequest(exact=True, filter=flt))
            shard.update(self.qe.UpdateOperation.delete_points_by_filter(flt))
        return int(before)

    def count(self, tenant: str, filters: dict[str, FilterValue] | None = None) -> int:
        """Exact count of a tenant's matching chunks."""
        with self._guard(tenant):
            shard = self._shard(tenant, create=False)
            if shard is None:
                return 0
            return int(
                shard.count(self.qe.CountRequest(exact=True, filter=self._filter(tenant, filters)))
            )

    def optimize(self, tenant: str) -> None:
        """Build the HNSW index of a tenant's shard (after bulk loads)."""
        with self._guard(tenant):
            shard = self._shard(tenant, create=False)
            if shard is not None:
                shard.optimize()

    def local_paths(self, tenant: str) -> list[Path]:
        """The tenant's shard directory."""
        return [self._path(tenant)]

    def snapshot(self, tenant: str, dest: Path) -> bool:
        """Flush the shard and copy its directory while no write can reach it."""
        with self._guard(tenant):
            shard = self._shard(tenant, create=False)
            if shard is None:
                return False
            shard.flush()
            shutil.copytree(self._path(tenant), dest)
        return True

    def drop_tenant(self, tenant: str) -> None:
        """Close and delete the tenant's shard directory."""
        with self._guard(tenant), self._lock:
            shard = self._shards.pop(tenant, None)
            if shard is not None:
                shard.close()
            shutil.rmtree(self._path(tenant), ignore_errors=True)

    def close(self) -> None:
        """Flush and close every open shard."""
        with self._lock:
            for shard in self._shards.values():
                shard.flush()
                shard.close()
            self._shards.clear()
