"""The encrypted backup archive: a tar of the staging folder, sealed in AES-256-GCM chunks.

File layout: the magic line, then for every chunk of up to 4 MiB: 4 bytes length, 12 bytes
nonce, the ciphertext with its tag. Each chunk's associated data is its number and whether it
is the last one, so chunks can neither be reordered nor cut off unnoticed. The key is 32
random bytes in a file the operator keeps apart from the backups (hex, one line).
"""

from __future__ import annotations

import os
import secrets
import struct
import tarfile
import tempfile
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAGIC = b"REALLABOR-BACKUP-1\n"
CHUNK = 4 * 1024 * 1024


class BackupInvalid(ValueError):
    """Wrong key, or a damaged or shortened archive."""


def load_or_create_key(path: Path) -> bytes:
    """The operator's backup key; created (mode 600) if the file does not exist yet."""
    if path.exists():
        key = bytes.fromhex(path.read_text().strip())
        if len(key) != 32:
            raise BackupInvalid(f"{path} does not hold a 32-byte backup key")
        return key
    key = secrets.token_bytes(32)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as out:
        out.write(key.hex() + "\n")
    return key


def seal_folder(folder: Path, out: Path, key: bytes) -> int:
    """Tar `folder` and write it encrypted to `out`; returns the archive's size in bytes."""
    aead = AESGCM(key)
    with tempfile.TemporaryFile(dir=out.parent) as plain:
        with tarfile.open(fileobj=plain, mode="w:gz", compresslevel=1) as tar:
            tar.add(folder, arcname=".")
        size = plain.tell()
        plain.seek(0)
        with out.open("wb") as sealed:
            sealed.write(MAGIC)
            number, left = 0, size
            while True:
                block = plain.read(min(CHUNK, left))
                left -= len(block)
                nonce = os.urandom(12)
                data = aead.encrypt(nonce, block, _aad(number, left == 0))
                sealed.write(struct.pack(">I", len(data)) + nonce + data)
                number += 1
                if left == 0:
                    break
            sealed.flush()
            os.fsync(sealed.fileno())
    return out.stat().st_size


def open_archive(archive: Path, key: bytes, into: Path) -> None:
    """Decrypt `archive` and unpack it into the empty folder `into` (raises BackupInvalid)."""
    aead = AESGCM(key)
    with archive.open("rb") as sealed, tempfile.TemporaryFile(dir=into.parent) as plain:
        if sealed.read(len(MAGIC)) != MAGIC:
            raise BackupInvalid(f"{archive} is not a Reallabor backup")
        number, last = 0, False
        while not last:
            header = sealed.read(4)
            if len(header) < 4:
                raise BackupInvalid("the archive is cut short")
            (length,) = struct.unpack(">I", header)
            nonce, data = sealed.read(12), sealed.read(length)
            try:
                block = aead.decrypt(nonce, data, _aad(number, True))
                last = True
            except InvalidTag:
                try:
                    block = aead.decrypt(nonce, data, _aad(number, False))
                except InvalidTag as exc:
                    raise BackupInvalid("wrong key, or the archive is damaged") from exc
            plain.write(block)
            number += 1
        if sealed.read(1):
            raise BackupInvalid("data after the archive's last chunk")
        plain.seek(0)
        into.mkdir(parents=True, exist_ok=True)
        with tarfile.open(fileobj=plain, mode="r:gz") as tar:
            tar.extractall(into, filter="data")  # no absolute paths, links out or devices


def _aad(number: int, last: bool) -> bytes:
    return struct.pack(">Q?", number, last)
