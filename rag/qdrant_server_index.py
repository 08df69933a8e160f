"""Vector index on a Qdrant server or cluster through qdrant-client: one collection per tenant.

Same payloads and vector names as the embedded `EdgeIndex`; BM25 sparse vectors are computed
with Qdrant's own German Bm25 (from qdrant-edge) so both backends score alike.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from qdrant_client import QdrantClient, models

from rag.embedders import Vectors
from rag.vector_index import (
    INDEXED_FIELDS,
    FilterValue,
    IndexedChunk,
    SearchHit,
    SearchMode,
    point_id,
)
from sandboxes.tenants import TENANT_NAME


class QdrantServerIndex:
    """The scale-out `VectorIndex`: collections `reallabor_<tenant>` on a Qdrant server."""

    def __init__(self, client: QdrantClient, dim: int, *, bm25_language: str = "german") -> None:
        import qdrant_edge as qe

        self.client = client
        self.dim = dim
        self.bm25 = qe.Bm25(qe.Bm25Config(language=bm25_language))
        self._known: set[str] = set()

    def _name(self, tenant: str) -> str:
        if not TENANT_NAME.match(tenant):
            raise ValueError(f"invalid tenant name {tenant!r}")
        return f"reallabor_{tenant}"

    def _exists(self, tenant: str, create: bool) -> bool:
        name = self._name(tenant)
        if name in self._known:
            return True
        if self.client.collection_exists(name):
            self._known.add(name)
            return True
        if not create:
            return False
        self.client.create_collection(
            name,
            vectors_config={
                "dense": models.VectorParams(size=self.dim, distance=models.Distance.COSINE)
            },
            sparse_vectors_config={"bm25": models.SparseVectorParams(modifier=models.Modifier.IDF)},
        )
        for field, kind in INDEXED_FIELDS.items():
            schema = models.PayloadSchemaType(kind)
            self.client.create_payload_index(name, field, schema)
        self._known.add(name)
        return True

    def _sparse(self, vector: Any) -> models.SparseVector:
        return models.SparseVector(indices=list(vector.indices), values=list(vector.values))

    def _filter(self, tenant: str, filters: dict[str, FilterValue] | None) -> models.Filter:
        must: list[Any] = [
            models.FieldCondition(key="tenant", match=models.MatchValue(value=tenant))
        ]
        for key, value in (filters or {}).items():
            if isinstance(value, dict):
                must.append(models.FieldCondition(key=key, range=models.Range(**value)))
                continue
            match: Any = (
                models.MatchAny(any=value)
                if isinstance(value, list)
                else models.MatchValue(value=value)
            )
            must.append(models.FieldCondition(key=key, match=match))
        return models.Filter(must=must)

    def upsert(self, tenant: str, chunks: list[IndexedChunk]) -> None:
        """Insert or replace chunks; the payload always carries the tenant and the chunk id."""
        if not chunks:
            return
        self._exists(tenant, create=True)
        points = [
            models.PointStruct(
                id=point_id(chunk.chunk_id),
                vector={
                    "dense": np.asarray(chunk.vector, dtype=np.float32).tolist(),
                    "bm25": self._sparse(self.bm25.embed_document(chunk.text)),
                },
                payload={**chunk.payload, "tenant": tenant, "chunk_id": chunk.chunk_id},
            )
            for chunk in chunks
        ]
        self.client.upsert(self._name(tenant), points=points, wait=True)

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
        if not self._exists(tenant, create=False):
            return []
        flt = self._filter(tenant, filters)
        dense = np.asarray(vector, dtype=np.float32).tolist()
        sparse = self._sparse(self.bm25.embed_query(text))
        if mode == "hybrid":
            wide = max(limit * 4, 20)
            result = self.client.query_points(
                self._name(tenant),
                prefetch=[
                    models.Prefetch(query=dense, using="dense", filter=flt, limit=wide),
                    models.Prefetch(query=sparse, using="bm25", filter=flt, limit=wide),
                ],
                query=models.FusionQuery(fusion=models.Fusion.RRF),
                query_filter=flt,
                limit=limit,
                with_payload=True,
            )
        else:
            result = self.client.query_points(
                self._name(tenant),
                query=dense if mode == "dense" else sparse,
                using="dense" if mode == "dense" else "bm25",
                query_filter=flt,
                limit=limit,
                with_payload=True,
            )
        return [
            SearchHit(str(p.payload.get("chunk_id")), float(p.score), dict(p.payload))
            for p in result.points
            if p.payload and p.payload.get("tenant") == tenant
        ]

    def sample(
        self, tenant: str, filters: dict[str, FilterValue] | None, limit: int
    ) -> list[SearchHit]:
        """Up to `limit` stored chunks matching the filters, in id order."""
        if not self._exists(tenant, create=False):
            return []
        records, _next = self.client.scroll(
            self._name(tenant),
            scroll_filter=self._filter(tenant, filters),
            limit=limit,
            with_payload=True,
        )
        return [
            SearchHit(str(r.payload.get("chunk_id")), 0.0, dict(r.payload))
            for r in records
            if r.payload and r.payload.get("tenant") == tenant
        ]

    def delete(self, tenant: str, filters: dict[str, FilterValue]) -> int:
        """Delete matching chunks; returns the number removed."""
        if not self._exists(tenant, create=False):
            return 0
        before = self.count(tenant, filters)
        self.client.delete(
            self._name(tenant),
            points_selector=models.FilterSelector(filter=self._filter(tenant, filters)),
            wait=True,
        )
        return before

    def count(self, tenant: str, filters: dict[str, FilterValue] | None = None) -> int:
        """Exact count of a tenant's matching chunks."""
        if not self._exists(tenant, create=False):
            return 0
        flt = self._filter(tenant, filters)
        return int(self.client.count(self._name(tenant), count_filter=flt, exact=True).count)

    def optimize(self, tenant: str) -> None:
        """The server optimises on its own; nothing to do."""

    def snapshot(self, tenant: str, dest: Path) -> bool:
        """Not here: a Qdrant server cluster is backed up with its own snapshot API."""
        return False

    def local_paths(self, tenant: str) -> list[Path]:
        """Nothing on this machine: the server holds the collection."""
        return []

    def drop_tenant(self, tenant: str) -> None:
        """Delete the tenant's collection."""
        name = self._name(tenant)
        self._known.discard(name)
        if self.client.collection_exists(name):
            self.client.delete_collection(name)

    def close(self) -> None:
        """Close the client."""
        self.client.close()
