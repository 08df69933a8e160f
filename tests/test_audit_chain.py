"""The audit chain on its own store: appends, verification and every kind of tampering."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import delete, update

from compliance.audit import AuditEntry, AuditHead, AuditLog, AuditRecord
from compliance.audit_anchor import AuditAnchor
from compliance.signing import InstallationKey, verify_document
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


def _truncate_consistently(log: AuditLog, keep: int) -> None:
    """What someone with database access could do: drop the newest records and move the head
    back to the last one kept, so that the chain on its own still verifies."""
    with log.store.session() as session:
        kept = session.get(AuditRecord, keep)
        assert kept is not None
        session.execute(delete(AuditRecord).where(AuditRecord.seq > keep))
        session.execute(update(AuditHead).values(seq=keep, hash=kept.hash))


def test_a_signed_checkpoint_reveals_deleted_newest_records(log: AuditLog, tmp_path: Path) -> None:
    key = InstallationKey.load_or_create(tmp_path / "key.pem")
    anchor = AuditAnchor(log, key, tmp_path / "audit" / "checkpoints.jsonl")
    checkpoint = anchor.checkpoint()
    assert checkpoint is not None and checkpoint["seq"] == 5
    verify_document(checkpoint, key.public_pem())  # signed with the installation key
    assert anchor.checkpoint() == checkpoint, "no new line while the head stands still"
    assert anchor.verify().ok
    _truncate_consistently(log, keep=3)
    assert log.verify().ok, "the chain alone cannot see it"
    report = anchor.verify()
    assert not report.ok and report.first_broken_seq == 5 and "deleted" in report.reason


def test_a_signed_checkpoint_reveals_a_rewritten_chain(log: AuditLog, tmp_path: Path) -> None:
    key = InstallationKey.load_or_create(tmp_path / "key.pem")
    anchor = AuditAnchor(log, key, tmp_path / "checkpoints.jsonl")
    anchor.checkpoint()
    # Rewrite history from record 2 on and re-hash everything after it: a consistent forgery.
    _truncate_consistently(log, keep=1)
    for i in range(4):
        log.append(AuditEntry(request_id=f"req_forged{i}", status=200, tenant="acme", model="m"))
    assert log.verify().ok and log.verify().records == 5
    report = anchor.verify()
    assert not report.ok and "rewritten" in report.reason
