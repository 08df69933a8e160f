"""Crypto-shredding for the vector index: chunk text is stored sealed with a key per document.

Qdrant (Edge and server) deletes points logically: the payload bytes stay in its segments and
write-ahead log until an optimizer or vacuum rewrites them. So the index never receives a
document's text in the clear. Each chunk's text, heading, file name and every other free-text
field is sealed with AES-256-GCM under its document's key (in the database); deleting the
document destroys the key, and whatever copies the engine still keeps are ciphertext nobody
can open. File names stay filterable through a keyed tag (HMAC with the tenant's tag key).
The BM25 sparse vector and the dense vector are computed from the plain text in memory.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from rag.document_keys import TAG_SCOPE, DocumentKeys
from rag.embedders import Vectors
from rag.vector_index import FilterValue, IndexedChunk, SearchHit, SearchMode, VectorIndex

# Fields that stay readable in the index: ids, numbers and flags, never text from a document.
PLAIN_FIELDS = frozenset(
    {"tenant", "chunk_id", "doc_id", "chunk", "type", "page", "date", "date_ts", "injection"}
)
TAGGED_FIELDS = ("file",)  # filterable by exact value: stored as a keyed tag
SEALED = "sealed"
NONCE_BYTES = 12
SAMPLE_ALL = 100_000


def document_scope(chunk_id: str, payload: dict[str, Any]) -> str:
    """The key scope of a chunk: its document id (chunks without one get their own key)."""
    return str(payload.get("doc_id") or chunk_id.split(":", 1)[0])


class SealedIndex:
    """A `VectorIndex` that seals payload text before it reaches the engine (both backends)."""

    def __init__(self, inner: VectorIndex, keys: DocumentKeys) -> None:
        self.inner = inner
        self.keys = keys

    # -- sealing ------------------------------------------------------------------------------
    def _tag(self, tenant: str, value: str) -> str:
        key = self.keys.get(tenant, TAG_SCOPE, create=True)
        assert key is not None
        return hmac.new(key, value.encode("utf-8"), hashlib.sha256).hexdigest()[:32]

    def _seal(self, tenant: str, chunk: IndexedChunk) -> IndexedChunk:
        scope = document_scope(chunk.chunk_id, chunk.payload)
        key = self.keys.get(tenant, scope, create=True)
        assert key is not None
        secret = {k: v for k, v in chunk.payload.items() if k not in PLAIN_FIELDS}
        secret["text"] = chunk.text
        nonce = os.urandom(NONCE_BYTES)
        aad = f"{tenant}/{chunk.chunk_id}".encode()
        sealed = AESGCM(key).encrypt(nonce, json.dumps(secret, ensure_ascii=False).encode(), aad)
        payload = {k: v for k, v in chunk.payload.items() if k in PLAIN_FIELDS}
        payload["doc_id"] = scope
        payload[SEALED] = base64.b64encode(nonce + sealed).decode("ascii")
        for name in TAGGED_FIELDS:
            if isinstance(chunk.payload.get(name), str):
                payload[name] = self._tag(tenant, chunk.payload[name])
        return IndexedChunk(chunk.chunk_id, chunk.text, chunk.vector, payload)

    def _open(self, tenant: str, hit: SearchHit) -> SearchHit | None:
        """The hit with its payload opened; None when its key is gone (the document is deleted)."""
        blob = hit.payload.get(SEALED)
        if blob is None:  # written before sealing existed: shown as stored (see `reindex`)
            return hit
        key = self.keys.get(tenant, str(hit.payload.get("doc_id", "")), create=False)
        if key is None:
            return None
        raw = base64.b64decode(blob)
        aad = f"{tenant}/{hit.chunk_id}".encode()
        try:
            secret = json.loads(AESGCM(key).decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], aad))
        except InvalidTag:  # moved to another tenant or chunk, or tampered with: not shown
            return None
        payload = {k: v for k, v in hit.payload.items() if k != SEALED}
        payload.update(secret)
        return SearchHit(hit.chunk_id, hit.score, payload)

    def _filters(
        self, tenant: str, filters: dict[str, FilterValue] | None
    ) -> dict[str, FilterValue]:
        out = dict(filters or {})
        for name in TAGGED_FIELDS:
            value = out.get(name)
            if isinstance(value, str):
                out[name] = self._tag(tenant, value)
            elif isinstance(value, list):
                out[name] = [self._tag(tenant, str(v)) for v in value]
        return out

    # -- the VectorIndex protocol -------------------------------------------------------------
    def upsert(self, tenant: str, chunks: list[IndexedChunk]) -> None:
        """Seal and store chunks."""
        self.inner.upsert(tenant, [self._seal(tenant, chunk) for chunk in chunks])

    def search(
        self,
        tenant: str,
        vector: Vectors,
        text: str,
        limit: int,
        filters: dict[str, FilterValue] | None = None,
        mode: SearchMode = "hybrid",
    ) -> list[SearchHit]:
        """Search the engine and open the hits' payloads."""
        hits = self.inner.search(tenant, vector, text, limit, self._filters(tenant, filters), mode)
        return [opened for hit in hits if (opened := self._open(tenant, hit)) is not None]

    def sample(
        self, tenant: str, filters: dict[str, FilterValue] | None, limit: int
    ) -> list[SearchHit]:
        """Up to `limit` stored chunks matching the filters, opened (no ranking)."""
        hits = self.inner.sample(tenant, self._filters(tenant, filters), limit)
        return [opened for hit in hits if (opened := self._open(tenant, hit)) is not None]

    def delete(self, tenant: str, filters: dict[str, FilterValue]) -> int:
        """Delete matching chunks and destroy the keys of documents with no chunk left."""
        conditions = self._filters(tenant, filters)
        doc_ids = filters.get("doc_id")
        if isinstance(doc_ids, str):
            scopes = {doc_ids}
        elif isinstance(doc_ids, list):
            scopes = {str(d) for d in doc_ids}
        else:
            found = self.inner.sample(tenant, conditions, SAMPLE_ALL)
            scopes = {str(h.payload.get("doc_id", "")) for h in found}
        removed = self.inner.delete(tenant, conditions)
        gone = [s for s in scopes if not self.inner.count(tenant, {"doc_id": s})]
        self.keys.destroy(tenant, gone)
        return removed

    def count(self, tenant: str, filters: dict[str, FilterValue] | None = None) -> int:
        """Exact count of a tenant's matching chunks."""
        return self.inner.count(tenant, self._filters(tenant, filters))

    def drop_tenant(self, tenant: str) -> None:
        """Remove the tenant's chunks and destroy all its keys."""
        self.inner.drop_tenant(tenant)
        self.keys.destroy_tenant(tenant)

    def optimize(self, tenant: str) -> None:
        """Build indexes after a bulk load."""
        self.inner.optimize(tenant)

    def snapshot(self, tenant: str, dest: Path) -> bool:
        """The engine's copy (text stays sealed; its keys are in the database backup)."""
        return self.inner.snapshot(tenant, dest)

    def local_paths(self, tenant: str) -> list[Path]:
        """Where the engine keeps the tenant's index on this machine."""
        return self.inner.local_paths(tenant)

    def close(self) -> None:
        """Flush and release the engine."""
        self.inner.close()
