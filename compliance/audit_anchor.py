"""The audit chain's head anchored outside the database: signed checkpoints (seq, hash, time).

The chain alone proves that no record was changed in place; someone with write access to the
database could still delete the newest records and move the head back, or rewrite the whole
table with fresh hashes. A checkpoint signed with the installation key, appended to a file
under the data directory (and put into every documentation pack), remembers the head: the
chain must still hold that record with that hash, or `audit verify` reports it.
"""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import select

from compliance.audit import AuditHead, AuditLog, AuditRecord, ChainReport
from compliance.signing import InstallationKey, ManifestInvalid, sign_document, verify_document
from store.db import utcnow

CHECKPOINT_FILE = "audit/checkpoints.jsonl"  # under the data directory
CHECKPOINT_TYPE = "reallabor-audit-checkpoint"
TAIL_BYTES = 16_384  # far more than one checkpoint line (about 900 bytes with its key)


class AuditAnchor:
    """Writes signed checkpoints of the chain's head and verifies the chain against them."""

    def __init__(self, audit: AuditLog, key: InstallationKey, path: Path) -> None:
        self.audit = audit
        self.key = key
        self.path = path

    def checkpoint(self) -> dict[str, Any] | None:
        """Append a signed checkpoint of the current head (none while the chain is empty, and
        none when the head has not moved since the last one); returns the newest checkpoint."""
        with self.audit.store.session() as session:
            head = session.get(AuditHead, 1)
            seq, digest = (head.seq, head.hash) if head else (0, "")
        latest = self.latest()
        if seq == 0 or (latest and latest["seq"] == seq and latest["hash"] == digest):
            return latest
        body = {"type": CHECKPOINT_TYPE, "seq": seq, "hash": digest, "time": utcnow().isoformat()}
        signed = sign_document(body, self.key)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as out:
            out.write(json.dumps(signed, sort_keys=True) + "\n")
            out.flush()
            os.fsync(out.fileno())
        return signed

    def latest(self) -> dict[str, Any] | None:
        """The newest checkpoint in the file, or None."""
        if not self.path.exists():
            return None
        # Only the file's end: it gains a line a minute while the gateway is used.
        with self.path.open("rb") as handle:
            size = handle.seek(0, os.SEEK_END)
            handle.seek(max(0, size - TAIL_BYTES))
            lines = handle.read().decode("utf-8", errors="replace").strip().splitlines()
        return json.loads(lines[-1]) if lines else None

    def verify(self) -> ChainReport:
        """The chain's own check, then: does it still hold the newest signed checkpoint?"""
        report = self.audit.verify()
        latest = self.latest()
        if not report.ok or latest is None:
            return report
        try:
            verify_document(latest, self.key.public_pem())
        except ManifestInvalid:
            return replace(report, ok=False, reason="the newest checkpoint's signature is invalid")
        with self.audit.store.session() as session:
            anchored = session.scalar(
                select(AuditRecord.hash).where(AuditRecord.seq == latest["seq"])
            )
        if anchored != latest["hash"]:
            what = "deleted" if anchored is None else "rewritten"
            return replace(
                report,
                ok=False,
                first_broken_seq=int(latest["seq"]),
                reason=f"record {latest['seq']}, anchored by the checkpoint of "
                f"{latest['time']}, was {what}",
            )
        return report
