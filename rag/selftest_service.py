"""Runs a tenant's retrieval self-test in the background and keeps its results."""

from __future__ import annotations

import logging
import threading
from typing import Any

from sqlalchemy import select

from rag.documents import SelfTestRecord
from rag.ingestion import IngestionService
from rag.selftest import TOP_K, RetrievalSelfTest
from store.db import Store

log = logging.getLogger(__name__)


class SelfTestService:
    """One self-test at a time per tenant; progress in memory, results in the database."""

    def __init__(self, store: Store, ingestion: IngestionService, test: RetrievalSelfTest) -> None:
        self.store = store
        self.ingestion = ingestion
        self.test = test
        self._running: dict[int, dict[str, int]] = {}
        self._lock = threading.Lock()

    def start(self, tenant_id: int, tenant: str) -> dict[str, Any]:
        """Start the self-test (unless one runs already); returns the status."""
        with self._lock:
            if tenant_id not in self._running:
                self._running[tenant_id] = {"done": 0, "total": 0}
                worker = threading.Thread(
                    target=self._run, args=(tenant_id, tenant), daemon=True, name="selftest"
                )
                worker.start()
        return self.status(tenant_id)

    def _run(self, tenant_id: int, tenant: str) -> None:
        def progress(done: int, total: int) -> None:
            self._running[tenant_id] = {"done": done, "total": total}

        try:
            report = self.test.run(tenant, self.ingestion.list(tenant_id), progress)
            with self.store.session() as session:
                session.add(
                    SelfTestRecord(
                        tenant_id=tenant_id,
                        questions=report["questions"],
                        hit_at_1=report["hit@1"],
                        hit_at_k=report[f"hit@{TOP_K}"],
                        result=report,
                    )
                )
            log.info("selftest tenant_id=%s questions=%s", tenant_id, report["questions"])
        except Exception as exc:  # noqa: BLE001 - reported as a failed run; the gateway keeps serving
            log.error("selftest failed tenant_id=%s error=%s", tenant_id, type(exc).__name__)
        finally:
            with self._lock:
                self._running.pop(tenant_id, None)

    def status(self, tenant_id: int) -> dict[str, Any]:
        """Running with progress, or the last result (or none yet)."""
        with self._lock:
            running = self._running.get(tenant_id)
        latest = self.latest(tenant_id)
        if running is not None:
            return {"status": "running", "progress": dict(running), "result": latest}
        return {"status": "done" if latest else "none", "progress": None, "result": latest}

    def latest(self, tenant_id: int) -> dict[str, Any] | None:
        """The newest finished self-test of the tenant, with its time."""
        with self.store.session() as session:
            row = session.scalars(
                select(SelfTestRecord)
                .where(SelfTestRecord.tenant_id == tenant_id)
                .order_by(SelfTestRecord.id.desc())
                .limit(1)
            ).first()
            if row is None:
                return None
            return {**row.result, "created_at": row.created_at.isoformat()}
