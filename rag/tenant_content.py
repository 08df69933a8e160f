"""Everything a tenant has stored as documents: counted, copied between tenants, purged."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select

from rag.documents import DeletionEvent, DocumentRecord
from rag.ingestion import IngestionService, count_files
from rag.vector_index import VectorIndex
from sandboxes.errors import ServiceError
from store.db import Store


class TenantContent:
    """Document rows, stored files and vectors of one tenant, as one unit."""

    def __init__(self, store: Store, index: VectorIndex, ingestion: IngestionService) -> None:
        self.store = store
        self.index = index
        self.ingestion = ingestion

    def counts(self, tenant_id: int, tenant: str) -> dict[str, int]:
        """How many document rows, deletion records, files, vectors and data keys it has."""
        with self.store.session() as session:
            documents = session.scalar(
                select(func.count()).where(DocumentRecord.tenant_id == tenant_id)
            )
            events = session.scalar(
                select(func.count()).where(DeletionEvent.tenant_id == tenant_id)
            )
        keys = self.ingestion.keys
        return {
            "documents": int(documents or 0),
            "document_deletion_records": int(events or 0),
            "files": count_files(self.ingestion.uploads_dir / tenant),
            "vectors": self.index.count(tenant),
            "index_keys": keys.count(tenant) if keys is not None else 0,
        }

    def purge(self, tenant_id: int, tenant: str) -> None:
        """Delete the tenant's files, vectors, document rows and deletion records."""
        self.ingestion.drop_tenant(tenant)
        with self.store.session() as session:
            session.execute(delete(DocumentRecord).where(DocumentRecord.tenant_id == tenant_id))
            session.execute(delete(DeletionEvent).where(DeletionEvent.tenant_id == tenant_id))

    def submit(self, tenant_id: int, tenant: str, filename: str, data: bytes) -> dict[str, Any]:
        """Queue one file for ingestion into the tenant's index."""
        return self.ingestion.submit(tenant_id, tenant, filename, data)

    def copy_documents(
        self, source_tenant_id: int, doc_ids: list[str], tenant_id: int, tenant: str
    ) -> list[dict[str, Any]]:
        """Ingest copies of the source tenant's ready documents into `tenant` (404 for others)."""
        with self.store.session() as session:
            docs = session.scalars(
                select(DocumentRecord).where(
                    DocumentRecord.id.in_(doc_ids), DocumentRecord.tenant_id == source_tenant_id
                )
            ).all()
            found = {d.id: (d.filename, Path(d.path)) for d in docs if d.status == "ready"}
        missing = sorted(set(doc_ids) - set(found))
        if missing:
            raise ServiceError(
                f"no ready document {missing[0]!r} in this tenant",
                status=404,
                code="document_not_found",
            )
        return [
            self.submit(tenant_id, tenant, name, path.read_bytes()) for name, path in found.values()
        ]
