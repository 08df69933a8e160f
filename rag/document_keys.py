"""Data keys of the index: created with a document's first chunk, destroyed when it is deleted."""

from __future__ import annotations

import secrets
import threading
from collections.abc import Iterable

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError

from rag.documents import IndexKey
from store.db import Store

TAG_SCOPE = ""  # the tenant's key for keyed tags of searchable names (file names)
KEY_BYTES = 32


class DocumentKeys:
    """Per-document AES keys in the database, cached in memory (never written anywhere else)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._cache: dict[tuple[str, str], bytes] = {}
        self._lock = threading.Lock()

    def get(self, tenant: str, scope: str, *, create: bool) -> bytes | None:
        """The key of a document (or the tenant's tag key); None once destroyed."""
        with self._lock:
            cached = self._cache.get((tenant, scope))
        if cached is not None:
            return cached
        with self.store.session() as session:
            row = session.get(IndexKey, (tenant, scope))
            key = row.key if row is not None else None
        if key is None and create:
            key = self._create(tenant, scope)
        if key is not None:
            with self._lock:
                self._cache[(tenant, scope)] = key
        return key

    def _create(self, tenant: str, scope: str) -> bytes:
        key = secrets.token_bytes(KEY_BYTES)
        try:
            with self.store.session() as session:
                session.add(IndexKey(tenant=tenant, scope=scope, key=key))
        except IntegrityError:  # another thread or gateway created it first: use that one
            with self.store.session() as session:
                row = session.get(IndexKey, (tenant, scope))
                assert row is not None
                return row.key
        return key

    def destroy(self, tenant: str, scopes: Iterable[str]) -> int:
        """Destroy documents' keys for good (database files reclaimed); returns rows removed."""
        wanted = [s for s in scopes if s != TAG_SCOPE]
        if not wanted:
            return 0
        with self._lock:
            for scope in wanted:
                self._cache.pop((tenant, scope), None)
        with self.store.session() as session:
            result = session.execute(
                delete(IndexKey).where(IndexKey.tenant == tenant, IndexKey.scope.in_(wanted))
            )
        removed = int(result.rowcount)  # type: ignore[attr-defined]
        if removed:  # nothing to reclaim when no key existed (a first ingestion's clean-up)
            self.store.reclaim()
        return removed

    def destroy_tenant(self, tenant: str) -> int:
        """Destroy every key of a tenant, its tag key too."""
        with self._lock:
            for cached in [k for k in self._cache if k[0] == tenant]:
                del self._cache[cached]
        with self.store.session() as session:
            result = session.execute(delete(IndexKey).where(IndexKey.tenant == tenant))
        removed = int(result.rowcount)  # type: ignore[attr-defined]
        if removed:
            self.store.reclaim()
        return removed

    def count(self, tenant: str, scope: str | None = None) -> int:
        """How many keys of the tenant (or of one document) exist."""
        query = select(func.count()).select_from(IndexKey).where(IndexKey.tenant == tenant)
        if scope is not None:
            query = query.where(IndexKey.scope == scope)
        with self.store.session() as session:
            return int(session.scalar(query) or 0)
