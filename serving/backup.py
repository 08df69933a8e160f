"""Backups of a running installation, and restores into a fresh data directory.

The gateway owns the index shards and the database, so it takes the consistent copy itself:
SQLite through its online backup API, every tenant's index shard flushed and copied under the
shard's lock, then uploads, keys, the admin token's file and the audit checkpoints. The
archive of that copy is encrypted (`backup_archive`) with a key the operator keeps apart from
the backups. Models are not in it: they come back from their packages or `models import`.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rag.vector_index import VectorIndex
from sandboxes.errors import ServiceError
from serving.backup_archive import load_or_create_key, seal_folder
from serving.model_registry import file_sha256
from serving.settings import Settings
from store.db import Store, utcnow

# What a restore needs besides the database and the index (relative to the data directory).
COPIED = ("uploads", "keys", "audit", "admin_token", "embedder.json")
BACKUP_MARKER = "reallabor-backup.json"


class BackupService:
    """Takes a consistent copy of the installation's state into a staging folder."""

    def __init__(
        self,
        settings: Settings,
        store: Store,
        index: VectorIndex,
        tenant_names: Callable[[], list[str]],
    ) -> None:
        self.settings = settings
        self.store = store
        self.index = index
        self.tenant_names = tenant_names

    def write(self, out_dir: Path, key_file: Path) -> dict[str, Any]:
        """Copy, seal with the key in `key_file` (created if missing) into `out_dir`, and
        remove the plain copy; returns where the archive is and what it holds."""
        key = load_or_create_key(key_file)
        out_dir.mkdir(parents=True, exist_ok=True)
        stamp = utcnow().strftime("%Y%m%d-%H%M%S")
        archive = out_dir / f"reallabor-backup-{stamp}.rlbk"
        staging = Path(tempfile.mkdtemp(prefix=".backup-", dir=self.settings.data_dir))
        try:
            manifest = self.copy_to(staging / "copy")
            (staging / "copy" / BACKUP_MARKER).write_text(json.dumps(manifest, indent=2))
            size = seal_folder(staging / "copy", archive, key)
        finally:
            shutil.rmtree(staging, ignore_errors=True)  # the plain copy never stays on disk
        summary = {k: v for k, v in manifest.items() if k != "sha256"}
        (out_dir / f"{archive.name}.json").write_text(json.dumps(summary, indent=2))
        return {"archive": str(archive), "bytes": size, **summary}

    def copy_to(self, staging: Path) -> dict[str, Any]:
        """Write the copy into `staging` (created, must not exist); returns its manifest."""
        tenants = self.tenant_names()
        if self.store.dialect != "sqlite":
            raise ServiceError(
                "this installation's database is PostgreSQL: back it up with pg_dump; "
                "the index and files are copied here",
                status=409,
                code="backup_needs_pg_dump",
            )
        staging.mkdir(parents=True, mode=0o700)  # fresh, inside the data dir
        self._database(staging / "reallabor.db")
        indexed = []
        for tenant in tenants:
            if self.index.snapshot(tenant, staging / "index" / tenant):
                indexed.append(tenant)
        data = self.settings.data_dir
        for name in COPIED:
            source = data / name
            if source.is_dir():
                shutil.copytree(source, staging / name)
            elif source.exists():
                shutil.copy2(source, staging / name)
        files = sorted(p for p in staging.rglob("*") if p.is_file())
        manifest = {
            "type": "reallabor-backup",
            "version": 1,
            "created_at": utcnow().isoformat(),
            "tenants": len(tenants),
            "indexed_tenants": len(indexed),
            "files": len(files),
            "bytes": sum(p.stat().st_size for p in files),
            "sha256": {str(p.relative_to(staging)): file_sha256(p) for p in files},
        }
        return manifest

    def _database(self, target: Path) -> None:
        """SQLite's online backup: a consistent copy while the gateway keeps writing."""
        raw = self.store.engine.raw_connection()
        try:
            source = raw.driver_connection
            assert isinstance(source, sqlite3.Connection)
            with sqlite3.connect(target) as copy:
                source.backup(copy)
            copy.close()
        finally:
            raw.close()


def restore_into(unpacked: Path, data_dir: Path, *, force: bool = False) -> dict[str, Any]:
    """Move an unpacked backup into `data_dir` (which must hold no installation unless
    `force`); the gateway must not be running on it."""
    if (data_dir / "reallabor.db").exists() and not force:
        raise ServiceError(
            f"{data_dir} already holds an installation; restore into a fresh data directory",
            status=409,
            code="restore_target_not_empty",
        )
    data_dir.mkdir(parents=True, exist_ok=True)
    moved = 0
    for entry in sorted(unpacked.iterdir()):
        if entry.name == BACKUP_MARKER:
            continue
        target = data_dir / entry.name
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()
        shutil.move(str(entry), target)
        moved += 1
    for sidecar in ("reallabor.db-wal", "reallabor.db-shm"):  # of an older database
        (data_dir / sidecar).unlink(missing_ok=True)
    return {"data_dir": str(data_dir), "entries": moved}
