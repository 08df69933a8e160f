"""Ingestion jobs: store the upload, read, chunk, embed and index it, with progress and resume."""

from __future__ import annotations

import asyncio
import builtins
import contextlib
import hashlib
import json
import logging
import re
import secrets
import shutil
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update

from compliance.pii.pii_filter import PiiBlocked, PiiFilter
from compliance.pii.policy import PiiPolicy
from rag.chunking import LAYOUT, chunk_documents, embedding_text, make_pipeline
from rag.document_dates import day_number
from rag.document_keys import DocumentKeys
from rag.documents import DeletionEvent, DocumentRecord
from rag.embedders import Embedder
from rag.injection import injection_signals
from rag.readers import RejectedFile, document_type, read_file
from rag.vector_index import IndexedChunk, VectorIndex
from sandboxes.erasure import PROBE_CHARS, ResidueReport, scan_for_residue, text_probes
from sandboxes.errors import ServiceError
from store.db import Store, utcnow
from store.disk import STORAGE_FULL, is_storage_full

log = logging.getLogger(__name__)
EMBED_BATCH = 16
PROBE_CHUNKS = 8  # chunks whose text is searched for on disk after a deletion
PROBE_FILE_BYTES = 1 << 20
STALE_CLAIM = timedelta(minutes=10)  # progress refreshes the claim after every batch
SUPERSEDED = "superseded"  # a newer upload of the same file is ready; purged next
_SAFE_NAME = re.compile(r"[^\w.\- ()äöüÄÖÜß]")


class DocumentError(ServiceError):
    """A document request that cannot be served (unknown id)."""

    default_code = "invalid_document"


class IngestionService:
    """Accepts files per tenant and ingests them one after another in the background."""

    def __init__(
        self,
        store: Store,
        index: VectorIndex,
        embedder: Embedder,
        uploads_dir: Path,
        max_file_bytes: int,
        pii: PiiFilter,
        policy_for: Callable[[str], PiiPolicy],
        keys: DocumentKeys | None = None,
        shared_files: list[Path] | None = None,
    ) -> None:
        self.keys = keys  # the index's data keys (crypto-shredding), when sealed
        # Files and folders every tenant's data may pass through (database, logs, UI cache):
        # searched for a deleted document's probes besides the tenant's own storage.
        self.shared_files = shared_files or []
        self.pii = pii
        self.policy_for = policy_for  # tenant name -> its PII policy, read at each ingestion
        self.store = store
        self.index = index
        self.embedder = embedder
        self.uploads_dir = uploads_dir
        self.max_file_bytes = max_file_bytes
        self._queue: asyncio.Queue[str] | None = None

    # -- submitting -------------------------------------------------------------------------
    def submit(self, tenant_id: int, tenant: str, filename: str, data: bytes) -> dict[str, Any]:
        """Store one upload and queue it; a per-file result, never an exception for bad files."""
        result: dict[str, Any] = {"file": filename}
        try:
            name = self._safe_name(filename)
            kind = document_type(name)
            if len(data) > self.max_file_bytes:
                limit_mb = self.max_file_bytes // (1024 * 1024)
                raise RejectedFile(
                    f"the file is larger than the limit of {limit_mb} MB", code="too_large"
                )
            if not data:
                raise RejectedFile("the file is empty", code="empty_file")
        except RejectedFile as exc:
            return {**result, "status": "rejected", "error": str(exc), "error_code": exc.code}
        try:
            return self._store(result, tenant_id, tenant, name, kind, data)
        except Exception as exc:
            if not is_storage_full(exc):
                raise
            log.error("upload not stored: storage full (tenant=%s bytes=%d)", tenant, len(data))
            return {**result, "status": "rejected", "error": STORAGE_FULL,
                    "error_code": "storage_full"}  # fmt: skip

    def _store(
        self, result: dict[str, Any], tenant_id: int, tenant: str, name: str, kind: str,
        data: bytes,
    ) -> dict[str, Any]:  # fmt: skip
        digest = hashlib.sha256(data).hexdigest()
        path: Path | None = None
        try:
            with self.store.session() as session:
                same = session.scalars(
                    select(DocumentRecord).where(
                        DocumentRecord.tenant_id == tenant_id, DocumentRecord.filename == name
                    )
                ).all()
                unchanged = [
                    d for d in same if d.sha256 == digest and d.status not in {"failed", SUPERSEDED}
                ]
                if unchanged:
                    return {**result, "status": "unchanged", "document": unchanged[0].info()}
                doc_id = "doc_" + secrets.token_hex(8)
                path = self.uploads_dir / tenant / doc_id / name
                _write_whole(path, data)
                record = DocumentRecord(
                    id=doc_id, tenant_id=tenant_id, tenant=tenant, filename=name, sha256=digest,
                    type=kind, size=len(data), path=str(path), status="queued",
                    replaces=next((d.id for d in same if d.status == "ready"), None),
                )  # fmt: skip
                session.add(record)
                session.flush()
                info = record.info()
        except Exception:
            if path is not None:  # no file without its row, and no empty folder
                path.unlink(missing_ok=True)
                with contextlib.suppress(OSError):
                    path.parent.rmdir()
            raise
        self._enqueue(doc_id)
        return {**result, "status": "queued", "document": info}

    def _safe_name(self, filename: str) -> str:
        if "/" in filename or "\\" in filename or filename.startswith(".") or ".." in filename:
            raise RejectedFile(
                "file names must not contain paths (outside the upload area)", code="bad_name"
            )
        name = _SAFE_NAME.sub("_", filename).strip()
        if not name:
            raise RejectedFile("the file has no name", code="bad_name")
        return name[:200]

    # -- the worker -------------------------------------------------------------------------
    def _enqueue(self, doc_id: str) -> None:
        if self._queue is not None:
            self._queue.put_nowait(doc_id)

    async def run_worker(self) -> None:
        """Ingest queued documents forever; first resume what a crash interrupted."""
        self._queue = asyncio.Queue()
        with self.store.session() as session:
            pending = session.scalars(
                select(DocumentRecord.id)
                .where(DocumentRecord.status.in_(["queued", "processing"]))
                .order_by(DocumentRecord.created_at)
            ).all()
            stale = session.execute(
                select(DocumentRecord.tenant, DocumentRecord.id).where(
                    DocumentRecord.status == SUPERSEDED
                )
            ).all()
        for tenant, old_id in stale:  # a crash came between replacing and purging
            self.delete(tenant, old_id)
        for doc_id in pending:
            self._queue.put_nowait(doc_id)
        while True:
            doc_id = await self._queue.get()
            try:
                await asyncio.to_thread(self.ingest, doc_id)
            except Exception as exc:  # noqa: BLE001 - one bad file must never stop the worker
                self._failed(doc_id, exc)

    # -- scale-out workers (their own deployment, fed by the database) ----------------------
    def claim_next(self) -> str | None:
        """Take the oldest queued document; on PostgreSQL `FOR UPDATE SKIP LOCKED`, so workers
        on several machines never take the same one (SQLite has one writer anyway)."""
        with self.store.session() as session:
            stale = utcnow() - STALE_CLAIM  # a worker that died mid-document: queued again
            session.execute(
                update(DocumentRecord)
                .where(DocumentRecord.status == "processing", DocumentRecord.updated_at < stale)
                .values(status="queued")
            )
            doc = session.scalars(
                select(DocumentRecord)
                .where(DocumentRecord.status == "queued")
                .order_by(DocumentRecord.created_at)
                .limit(1)
                .with_for_update(skip_locked=True)
            ).first()
            if doc is None:
                return None
            doc.status, doc.updated_at = "processing", utcnow()
            return doc.id

    async def run_queue_worker(self, poll_s: float = 1.0) -> None:
        """Ingest what the database queue holds, forever (`reallabor worker`)."""
        while True:
            doc_id = await asyncio.to_thread(self.claim_next)
            if doc_id is None:
                await asyncio.sleep(poll_s)
                continue
            try:
                await asyncio.to_thread(self.ingest, doc_id)
            except Exception as exc:  # noqa: BLE001 - one bad file must never stop the worker
                self._failed(doc_id, exc)

    def ingest(self, doc_id: str) -> None:
        """Read, chunk, embed and index one document (idempotent: restarts from scratch)."""
        with self.store.session() as session:
            doc = session.get(DocumentRecord, doc_id)
            if doc is None or doc.status not in {"queued", "processing"}:
                return
            doc.status, doc.chunks_done, doc.updated_at = "processing", 0, utcnow()
            tenant, path, name = doc.tenant, Path(doc.path), doc.filename
            uploaded = doc.created_at.date().isoformat()
        self.index.delete(tenant, {"doc_id": doc_id})  # leftovers of an interrupted run
        try:
            chunks = chunk_documents(read_file(path, name), make_pipeline())
            # Headings are shown with sources and embedded with the text: filtered alike.
            stored, pii_meta, receipt = self.pii.redact_document(
                [c["text"] for c in chunks]
                + [c["heading"] or "" for c in chunks]
                + [c["context"] for c in chunks],
                self.policy_for(tenant),
            )
        except (RejectedFile, PiiBlocked) as exc:
            code = exc.code if isinstance(exc, RejectedFile) else "pii_blocked"
            self._set(doc_id, status="failed", error=str(exc), error_code=code)
            log.info("ingestion rejected doc=%s reason=%s", doc_id, type(exc).__name__)
            return
        count = len(chunks)
        texts, headings, contexts = stored[:count], stored[count : 2 * count], stored[2 * count :]
        pii_meta = pii_meta[:count]
        for chunk, text, heading, context, meta in zip(
            chunks, texts, headings, contexts, pii_meta, strict=True
        ):
            # Stored, embedded and retrieved as filtered (the context is what sources show).
            chunk.update(meta, text=text, heading=heading, context=context)
        self._set(doc_id, chunks_total=len(chunks))
        flagged = 0
        for start in range(0, len(chunks), EMBED_BATCH):
            batch = chunks[start : start + EMBED_BATCH]
            vectors = self.embedder.embed_passages([embedding_text(c) for c in batch])
            indexed = []
            for offset, (chunk, vector) in enumerate(zip(batch, vectors, strict=True)):
                signals = injection_signals(chunk["context"])
                flagged += bool(signals)
                payload = {**chunk, "doc_id": doc_id, "chunk": start + offset}
                payload["injection"] = bool(signals)
                payload["date"] = chunk.get("date") or uploaded  # the file's own date, else upload
                payload["date_ts"] = day_number(payload["date"])
                indexed.append(
                    IndexedChunk(f"{doc_id}:{start + offset}", chunk["text"], vector, payload)
                )
            self.index.upsert(tenant, indexed)
            self._set(doc_id, chunks_done=start + len(batch))
        counts = {t: e["count"] for t, e in receipt.as_dict()["entities"].items()}
        replaced = self._set(
            doc_id, status="ready", flagged_chunks=flagged, pii_counts=counts, layout=LAYOUT
        )
        if replaced:
            self.delete(tenant, replaced)
        log.info(
            "ingested doc=%s chunks=%s flagged=%s pii=%s",
            doc_id,
            len(chunks),
            flagged,
            json.dumps(receipt.as_dict()["entities"]),
        )

    def _failed(self, doc_id: str, exc: Exception) -> None:
        # Type and location only: a parser's message may quote the document's text.
        log.error("ingestion failed doc=%s error=%s at %s", doc_id, type(exc).__name__, _where(exc))
        with self.store.session() as session:
            doc = session.get(DocumentRecord, doc_id)
            tenant = doc.tenant if doc is not None else None
        if tenant is not None:
            try:  # the batches indexed before the failure must not be found by a search
                self.index.delete(tenant, {"doc_id": doc_id})
            except Exception as cleanup:  # noqa: BLE001 - the status below must still be set
                log.error("index clean-up failed doc=%s error=%s", doc_id, type(cleanup).__name__)
        if is_storage_full(exc):
            self._set(doc_id, status="failed", error=STORAGE_FULL, error_code="storage_full")
        else:
            self._set(doc_id, status="failed", error="internal error while ingesting",
                      error_code="internal_error")  # fmt: skip

    def _set(self, doc_id: str, **values: Any) -> str | None:
        with self.store.session() as session:
            doc = session.get(DocumentRecord, doc_id)
            if doc is None:
                return None
            for key, value in values.items():
                setattr(doc, key, value)
            doc.updated_at = utcnow()
            if values.get("status") != "ready" or not doc.replaces:
                return None
            old = session.get(DocumentRecord, doc.replaces)
            if old is not None:  # hidden from listings in this same commit; purged right after
                old.status = SUPERSEDED
            return doc.replaces

    # -- re-indexing ------------------------------------------------------------------------
    def outdated(self, tenant_id: int | None = None) -> dict[str, int]:
        """Ready documents indexed with an older chunk layout, and documents still queued."""
        with self.store.session() as session:
            query = select(DocumentRecord.status, DocumentRecord.layout, DocumentRecord.tenant_id)
            if tenant_id is not None:
                query = query.where(DocumentRecord.tenant_id == tenant_id)
            rows = session.execute(query).all()
        old = [r for r in rows if r.status == "ready" and r.layout != LAYOUT]
        return {
            "outdated": len(old),
            "tenants": len({r.tenant_id for r in old}),
            "pending": sum(1 for r in rows if r.status in ("queued", "processing")),
        }

    def reindex(self, tenant_id: int | None = None) -> int:
        """Queue every ready document with an older layout again; returns how many.

        Resumable by construction: the queued state is in the database, and the worker picks
        up queued documents at start. Each document is re-read from its stored upload.
        """
        with self.store.session() as session:
            query = select(DocumentRecord).where(
                DocumentRecord.status == "ready", DocumentRecord.layout != LAYOUT
            )
            if tenant_id is not None:
                query = query.where(DocumentRecord.tenant_id == tenant_id)
            docs = session.scalars(query.order_by(DocumentRecord.created_at)).all()
            for doc in docs:
                doc.status, doc.chunks_done, doc.updated_at = "queued", 0, utcnow()
            ids = [doc.id for doc in docs]
        for doc_id in ids:
            self._enqueue(doc_id)
        return len(ids)

    # -- reading and deleting ---------------------------------------------------------------
    def list(self, tenant_id: int) -> list[dict[str, object]]:
        """The tenant's documents, newest first."""
        with self.store.session() as session:
            docs = session.scalars(
                select(DocumentRecord)
                .where(DocumentRecord.tenant_id == tenant_id)
                .where(DocumentRecord.status != SUPERSEDED)
                .order_by(DocumentRecord.created_at.desc())
            ).all()
            return [d.info() for d in docs]

    def get(self, tenant_id: int, doc_id: str) -> dict[str, object]:
        """One document of the tenant; 404 for ids of other tenants too."""
        with self.store.session() as session:
            doc = session.get(DocumentRecord, doc_id)
            if doc is None or doc.tenant_id != tenant_id:
                raise DocumentError(
                    f"no document '{doc_id}'", status=404, code="document_not_found"
                )
            return doc.info()

    def delete(self, tenant: str, doc_id: str, tenant_id: int | None = None) -> dict[str, Any]:
        """Delete file, chunks and vectors of a document; verified by counting and on disk."""
        with self.store.session() as session:
            doc = session.get(DocumentRecord, doc_id)
            if doc is None or doc.tenant != tenant or (tenant_id and doc.tenant_id != tenant_id):
                raise DocumentError(
                    f"no document '{doc_id}'", status=404, code="document_not_found"
                )
            folder = Path(doc.path).parent
            owner, digest = doc.tenant_id, doc.sha256
            probes = self._probes(tenant, doc_id, Path(doc.path))
            session.delete(doc)
        chunks = self.index.delete(tenant, {"doc_id": doc_id})
        files = count_files(folder)
        shutil.rmtree(folder, ignore_errors=True)
        if self.keys is not None:  # also when the index held no chunk of it (a failed read)
            self.keys.destroy(tenant, [doc_id])
        left = self.index.count(tenant, {"doc_id": doc_id}) + int(folder.exists())
        with self.store.session() as session:
            left += (
                session.scalar(
                    select(func.count())
                    .select_from(DocumentRecord)
                    .where(DocumentRecord.id == doc_id)
                )
                or 0
            )
        self.store.reclaim()
        on_disk = self.residue(tenant, probes)
        left += len(on_disk.files_found)
        keys_left = self.keys.count(tenant, doc_id) if self.keys is not None else 0
        left += keys_left
        removed = {"files": files, "chunks": chunks, "rows": 1}
        checked = {**on_disk.as_dict(), "key_destroyed": keys_left == 0}
        with self.store.session() as session:
            session.add(
                DeletionEvent(
                    tenant_id=owner,
                    kind="document",
                    ref=doc_id,
                    sha256=digest,
                    removed={**removed, "on_disk": checked},
                    remaining=left,
                )
            )
        return {
            "id": doc_id,
            "deleted": left == 0,
            "removed": removed,
            "remaining": left,
            "on_disk": checked,
        }

    def _probes(self, tenant: str, doc_id: str, path: Path) -> builtins.list[bytes]:
        """Byte probes of a document about to be deleted: its text, file bytes and key."""
        texts = [str(h.payload.get("text", "")) for h in self.index.sample(
            tenant, {"doc_id": doc_id}, PROBE_CHUNKS
        )]  # fmt: skip
        probes = text_probes(texts)
        try:
            with path.open("rb") as handle:
                raw = handle.read(PROBE_FILE_BYTES)
        except OSError:
            raw = b""
        step = max(len(raw) // 4, PROBE_CHARS)
        probes += [raw[i : i + PROBE_CHARS] for i in range(0, len(raw) - PROBE_CHARS + 1, step)]
        key = self.keys.get(tenant, doc_id, create=False) if self.keys is not None else None
        return probes + ([key] if key else [])

    def residue(self, tenant: str, probes: builtins.list[bytes]) -> ResidueReport:
        """Search the tenant's storage and the shared files for any of the probes."""
        roots = [self.uploads_dir / tenant, *self.index.local_paths(tenant), *self.shared_files]
        return scan_for_residue(roots, probes)

    def drop_tenant(self, tenant: str) -> dict[str, int]:
        """Remove every file, chunk, vector and data key of a tenant (rows go with the tenant)."""
        chunks = self.index.count(tenant)
        folder = self.uploads_dir / tenant
        files = count_files(folder)
        self.index.drop_tenant(tenant)
        shutil.rmtree(folder, ignore_errors=True)
        keys = self.keys.destroy_tenant(tenant) if self.keys is not None else 0
        remaining = self.index.count(tenant) + int(folder.exists())
        if self.keys is not None:
            remaining += self.keys.count(tenant)
        return {"files": files, "chunks": chunks, "keys": keys, "remaining": remaining}


def _write_whole(path: Path, data: bytes) -> None:
    # Written beside its place and renamed, so a file is there whole or not at all; a write
    # that fails half-way (disk full) leaves no part behind.
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    try:
        partial.write_bytes(data)
        partial.rename(path)
    except OSError:
        partial.unlink(missing_ok=True)
        raise


def count_files(folder: Path) -> int:
    """How many files lie under `folder` (0 if it does not exist)."""
    return sum(1 for p in folder.rglob("*") if p.is_file()) if folder.exists() else 0


def _where(exc: BaseException) -> str:
    """file:line of the innermost frame of a traceback (no values, no messages)."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    return f"{tb.tb_frame.f_code.co_filename}:{tb.tb_lineno}" if tb else "?"
