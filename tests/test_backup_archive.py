"""The encrypted backup archive: round trip, wrong key, cut short, tampered (engine-free)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from serving.backup_archive import BackupInvalid, load_or_create_key, open_archive, seal_folder


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "copy"
    (root / "uploads" / "acme").mkdir(parents=True)
    (root / "uploads" / "acme" / "a.txt").write_bytes(b"Vertraulich: 85 Nm")
    (root / "big.bin").write_bytes(os.urandom(9 * 1024 * 1024))  # several chunks
    return root


def test_round_trip_and_nothing_readable_in_the_archive(folder: Path, tmp_path: Path) -> None:
    key = load_or_create_key(tmp_path / "keys" / "backup.key")
    assert oct((tmp_path / "keys" / "backup.key").stat().st_mode & 0o777) == "0o600"
    assert load_or_create_key(tmp_path / "keys" / "backup.key") == key
    archive = tmp_path / "b.rlbk"
    seal_folder(folder, archive, key)
    assert b"85 Nm" not in archive.read_bytes()
    open_archive(archive, key, tmp_path / "out")
    assert (tmp_path / "out" / "uploads" / "acme" / "a.txt").read_bytes() == b"Vertraulich: 85 Nm"
    assert (tmp_path / "out" / "big.bin").read_bytes() == (folder / "big.bin").read_bytes()


def test_wrong_key_cut_short_or_tampered_archives_are_refused(folder: Path, tmp_path: Path) -> None:
    key = load_or_create_key(tmp_path / "backup.key")
    archive = tmp_path / "b.rlbk"
    seal_folder(folder, archive, key)
    with pytest.raises(BackupInvalid, match="wrong key"):
        open_archive(archive, os.urandom(32), tmp_path / "o1")
    data = archive.read_bytes()
    short = tmp_path / "short.rlbk"
    short.write_bytes(data[: len(data) // 2])
    with pytest.raises(BackupInvalid):
        open_archive(short, key, tmp_path / "o2")
    flipped = bytearray(data)
    flipped[len(data) // 3] ^= 1
    tampered = tmp_path / "tampered.rlbk"
    tampered.write_bytes(bytes(flipped))
    with pytest.raises(BackupInvalid):
        open_archive(tampered, key, tmp_path / "o3")
