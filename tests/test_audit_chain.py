"""The audit chain on its own store: appends, verification and every kind of tampering."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import delete, update

from compliance.audit import AuditEntry, AuditLog, AuditRecord
from store.db import Store, migrate


@pytest.fixture
def log(tmp_path: Path) -> Iterator[AuditLog]:
    url = f"sqlite:///{tmp_path / 'audit.db'}"
    migrate(url)
    store = Store.from_url(url)
    audit = AuditLog(store)
    audit.ensure_head()
    for i in range(5):
        audit.append(AuditEntry(request_id=f"req_{i}", status=200, tenant="acme", model="m"))
    yield audit
    store.dispose()


def test_intact_chain_verifies(log: AuditLog) -> None:
    report = log.verify()
    assert report.ok and report.records == 5 and report.first_broken_seq is None


def test_changed_record_is_named(log: AuditLog) -> None:
    with log.store.session() as session:
        session.execute(update(AuditRecord).where(AuditRecord.seq == 3).values(prompt_tokens=7))
    report = log.verify()
    assert not report.ok and report.first_broken_seq == 3


def test_deleted_record_is_named(log: AuditLog) -> None:
    with log.store.session() as session:
        session.execute(delete(AuditRecord).where(AuditRecord.seq == 2))
    report = log.verify()
    assert not report.ok and report.first_broken_seq == 2


def test_truncated_tail_is_detected(log: AuditLog) -> None:
    with log.store.session() as session:
        session.execute(delete(AuditRecord).where(AuditRecord.seq >= 4))
    report = log.verify()
    assert not report.ok and report.first_broken_seq == 4


def test_rewritten_record_with_recomputed_hash_breaks_the_next_link(log: AuditLog) -> None:
    from compliance.audit import record_hash

    with log.store.session() as session:
        row = session.get(AuditRecord, 2)
        assert row is not None
        row.completion_tokens = 1000
        values = {c.name: getattr(row, c.name) for c in AuditRecord.__table__.columns}
        row.hash = record_hash(values)
    report = log.verify()
    assert not report.ok and report.first_broken_seq == 3
