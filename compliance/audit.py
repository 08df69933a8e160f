"""Hash-chained, append-only audit log: one record per model call, never any text.

Several gateway processes may append to one database. The chain stays linear by a one-writer
discipline rather than a database sequence: every append first runs one UPDATE on the single
`audit_head` row (seq + 1, RETURNING seq and hash) and keeps that row locked until its commit.
On PostgreSQL that is a row lock; a second writer's UPDATE waits for it and, under READ
COMMITTED, re-reads the committed head, so it gets the next seq and the new prev_hash. On
SQLite the UPDATE takes the database's write lock. A sequence alone would not do: it hands out
numbers without ordering the commits, and each record must hash its predecessor's hash, which
only the writer holding the head knows. The price is that appends are serialised (one short
transaction each), which is far below the cost of the model call they record.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import BigInteger, Integer, String, Text, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Mapped, Session, mapped_column

from store.db import Base, Store, utcnow

GENESIS_HASH = "0" * 64
MODEL_CALL_PREFIX = "req_"  # request ids of model calls; other doors have their own prefix


class AuditRecord(Base):
    """One model call as stored; `hash` covers every other column and `prev_hash`."""

    __tablename__ = "audit_records"

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    ts: Mapped[str] = mapped_column(String(40))
    request_id: Mapped[str] = mapped_column(String(64))
    tenant_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    tenant: Mapped[str] = mapped_column(String(64), default="")
    key_id: Mapped[str] = mapped_column(String(32), default="")
    model: Mapped[str] = mapped_column(String(128), default="")
    weights_sha256: Mapped[str] = mapped_column(String(64), default="")
    prompt_tokens: Mapped[int] = mapped_column(Integer, default=0)
    completion_tokens: Mapped[int] = mapped_column(Integer, default=0)
    latency_ms: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[int] = mapped_column(Integer)
    error_code: Mapped[str] = mapped_column(String(64), default="")
    stream: Mapped[int] = mapped_column(Integer, default=0)
    pii_receipt: Mapped[str] = mapped_column(Text, default="{}")
    retrieval: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """The chain's head: one row, locked by every append (one-writer discipline)."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, default=0)
    hash: Mapped[str] = mapped_column(String(64), default=GENESIS_HASH)


@dataclass
class AuditEntry:
    """What the gateway knows about one model call (counts, ids and hashes only)."""

    request_id: str
    status: int
    tenant_id: int | None = None
    tenant: str = ""
    key_id: str = ""
    model: str = ""
    weights_sha256: str = ""
    prompt_tokens: int = 0
    completion_tokens: int = 0
    latency_ms: int = 0
    error_code: str = ""
    stream: bool = False
    pii_receipt: dict[str, Any] = field(default_factory=dict)
    retrieval: dict[str, Any] = field(default_factory=dict)


_HASHED_FIELDS = (
    "seq", "ts", "request_id", "tenant_id", "tenant", "key_id", "model", "weights_sha256",
    "prompt_tokens", "completion_tokens", "latency_ms", "status", "error_code", "stream",
    "pii_receipt", "retrieval", "prev_hash",
)  # fmt: skip


def record_hash(values: dict[str, Any]) -> str:
    """SHA-256 over the canonical JSON of a record's hashed fields."""
    canonical = json.dumps(
        {name: values[name] for name in _HASHED_FIELDS},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=True,
    )
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


@dataclass(frozen=True)
class ChainReport:
    """Result of recomputing the chain."""

    ok: bool
    records: int
    head_hash: str
    first_broken_seq: int | None = None
    reason: str = ""


class AuditLog:
    """Appends records under the head row's lock and verifies the whole chain."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def ensure_head(self) -> None:
        """Create the head row once (idempotent, also with several gateways starting at once)."""
        with self.store.session() as session:
            dialect = session.get_bind().dialect.name
            insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
            session.execute(
                insert(AuditHead)
                .values(id=1, seq=0, hash=GENESIS_HASH)
                .on_conflict_do_nothing(index_elements=["id"])
            )

    def append(self, entry: AuditEntry) -> str:
        """Append one record and return its hash."""
        with self.store.session() as session:
            return self.append_in(session, entry)

    @staticmethod
    def append_in(session: Session, entry: AuditEntry) -> str:
        """`append` inside the caller's transaction (with the call's usage, for one commit)."""
        # The UPDATE takes the write lock (SQLite) or the row lock (PostgreSQL) first,
        # so two writers can never read the same head and fork the chain.
        seq, prev_hash = session.execute(
            update(AuditHead)
            .where(AuditHead.id == 1)
            .values(seq=AuditHead.seq + 1)
            .returning(AuditHead.seq, AuditHead.hash)
        ).one()
        values = asdict(entry)
        values["stream"] = int(entry.stream)
        values["pii_receipt"] = json.dumps(entry.pii_receipt, sort_keys=True)
        values["retrieval"] = json.dumps(entry.retrieval, sort_keys=True)
        values.update(seq=seq, ts=utcnow().isoformat(), prev_hash=prev_hash)
        values["hash"] = record_hash(values)
        session.add(AuditRecord(**values))
        session.execute(update(AuditHead).where(AuditHead.id == 1).values(hash=values["hash"]))
        return str(values["hash"])

    def verify(self) -> ChainReport:
        """Recompute every hash in order; name the first record that does not fit."""
        with self.store.session() as session:
            head = session.get(AuditHead, 1)
            head_hash = head.hash if head else GENESIS_HASH
            head_seq = head.seq if head else 0
            expected_prev, expected_seq, count = GENESIS_HASH, 1, 0
            rows = session.execute(select(AuditRecord).order_by(AuditRecord.seq)).scalars()
            for record in rows.yield_per(1000):
                count += 1
                values = {name: getattr(record, name) for name in _HASHED_FIELDS}
                problem = ""
                if record.seq != expected_seq:
                    problem = f"record {expected_seq} is missing"
                elif record.prev_hash != expected_prev:
                    problem = "prev_hash does not match the record before"
                elif record_hash(values) != record.hash:
                    problem = "contents do not match the record's hash"
                if problem:
                    return ChainReport(False, count, head_hash, expected_seq, problem)
                expected_prev, expected_seq = record.hash, record.seq + 1
            if head_seq != expected_seq - 1 or head_hash != expected_prev:
                return ChainReport(
                    False, count, head_hash, expected_seq, "records after this one were removed"
                )
            return ChainReport(True, count, head_hash)

    def list(
        self, tenant: str | None = None, since: str | None = None, limit: int = 1000
    ) -> list[dict[str, Any]]:
        """Records in order (ids, counts, statuses and details; no text is ever stored)."""
        query = select(AuditRecord).order_by(AuditRecord.seq)
        if tenant:
            query = query.where(AuditRecord.tenant == tenant)
        if since:
            query = query.where(AuditRecord.ts >= since)
        with self.store.session() as session:
            rows = session.scalars(query.limit(max(1, min(limit, 100_000)))).all()
            return [
                {
                    "seq": r.seq,
                    "ts": r.ts,
                    "request_id": r.request_id,
                    "tenant": r.tenant,
                    "actor": r.key_id,
                    "model": r.model,
                    "status": r.status,
                    "error_code": r.error_code,
                    "prompt_tokens": r.prompt_tokens,
                    "completion_tokens": r.completion_tokens,
                    "latency_ms": r.latency_ms,
                    "details": json.loads(r.retrieval or "{}"),
                    "pii_receipt": json.loads(r.pii_receipt or "{}"),
                }
                for r in rows
            ]

    def count(self) -> int:
        """Number of records in the log."""
        with self.store.session() as session:
            return int(session.execute(select(func.count()).select_from(AuditRecord)).scalar_one())
