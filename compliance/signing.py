"""The installation's Ed25519 key and the signed manifest.json that seals a documentation pack."""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import io
import json
import os
import zipfile
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

MANIFEST = "manifest.json"
KEY_FILE = "keys/installation_ed25519.pem"  # under the data directory
ALGORITHM = "Ed25519"


class ManifestInvalid(ValueError):
    """The pack does not match its manifest, or the manifest's signature does not hold."""


class InstallationKey:
    """The Ed25519 key of this installation; its private half never leaves the data directory."""

    def __init__(self, private_key: Ed25519PrivateKey) -> None:
        self._key = private_key

    @classmethod
    def load_or_create(cls, path: Path) -> InstallationKey:
        """Load the key at `path`, or create it there (PEM, mode 0600) if there is none yet."""
        path = Path(path)
        if not path.exists():
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            pem = Ed25519PrivateKey.generate().private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
            temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(pem)
                    handle.flush()
                    os.fsync(handle.fileno())
                with contextlib.suppress(FileExistsError):  # a concurrent creator came first
                    os.link(temp, path)  # atomic: the key file is never seen half-written
            finally:
                temp.unlink(missing_ok=True)
        if path.stat().st_mode & 0o077:
            path.chmod(0o600)
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        if not isinstance(key, Ed25519PrivateKey):
            raise ValueError(f"{path} does not hold an Ed25519 private key")
        return cls(key)

    def public_pem(self) -> str:
        """The public key as SubjectPublicKeyInfo PEM text."""
        return (
            self._key.public_key()
            .public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            )
            .decode("ascii")
        )

    def sign(self, data: bytes) -> str:
        """Sign `data`; the signature as base64 text."""
        return base64.b64encode(self._key.sign(data)).decode("ascii")


def build_manifest(
    files: dict[str, bytes], config_sha256: str, key: InstallationKey, generated_at: str
) -> bytes:
    """manifest.json: the SHA-256 of every file in the pack, signed with the installation key."""
    for name in files:
        if name.startswith("/") or "\\" in name or ".." in name.split("/"):
            raise ValueError(f"not a relative path inside the pack: {name!r}")
    body: dict[str, Any] = {
        "files": {n: hashlib.sha256(files[n]).hexdigest() for n in sorted(files) if n != MANIFEST},
        "config_sha256": config_sha256,
        "generated_at": generated_at,
        "algorithm": ALGORITHM,
        "public_key": key.public_pem(),
    }
    body["signature"] = key.sign(_canonical(body))
    return json.dumps(body, indent=2, ensure_ascii=False).encode("utf-8")


def sign_document(body: dict[str, Any], key: InstallationKey) -> dict[str, Any]:
    """`body` with algorithm, public key and an Ed25519 signature over its canonical JSON."""
    signed = {**body, "algorithm": ALGORITHM, "public_key": key.public_pem()}
    signed["signature"] = key.sign(_canonical(signed))
    return signed


def verify_document(document: dict[str, Any], trusted_public_pem: str | None = None) -> None:
    """Raise ManifestInvalid unless `document` carries a valid signature over its content."""
    _check_signature(document, trusted_public_pem)


def verify_pack(zip_bytes: bytes, trusted_public_pem: str | None = None) -> dict[str, Any]:
    """Check the pack's signature and every file against manifest.json; return the manifest."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(zip_bytes))
    except zipfile.BadZipFile as exc:
        raise ManifestInvalid(f"not a ZIP archive: {exc}") from exc
    with archive:
        names = archive.namelist()
        for name in {n for n in names if names.count(n) > 1}:
            raise ManifestInvalid(f"{name}: appears more than once in the ZIP")
        if MANIFEST not in names:
            raise ManifestInvalid(f"{MANIFEST}: missing")
        try:
            manifest = json.loads(archive.read(MANIFEST).decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ManifestInvalid(f"{MANIFEST}: not valid JSON ({exc})") from exc
        if not isinstance(manifest, dict) or not isinstance(manifest.get("files"), dict):
            raise ManifestInvalid(f"{MANIFEST}: no file list")
        _check_signature(manifest, trusted_public_pem)
        listed: dict[str, Any] = manifest["files"]
        for name in sorted(listed):
            if name not in names:
                raise ManifestInvalid(f"{name}: listed in the manifest but missing from the ZIP")
            if hashlib.sha256(archive.read(name)).hexdigest() != listed[name]:
                raise ManifestInvalid(f"{name}: SHA-256 does not match the manifest")
        for name in names:
            if name != MANIFEST and name not in listed:
                raise ManifestInvalid(f"{name}: in the ZIP but not listed in the manifest")
    return manifest


def _check_signature(manifest: dict[str, Any], trusted_public_pem: str | None) -> None:
    if manifest.get("algorithm") != ALGORITHM:
        raise ManifestInvalid(f"signature: algorithm {manifest.get('algorithm')!r} unsupported")
    try:
        public = _public_key(str(manifest["public_key"]))
        signature = base64.b64decode(str(manifest["signature"]), validate=True)
    except (KeyError, ValueError, binascii.Error) as exc:
        raise ManifestInvalid(f"signature: public key or signature unreadable ({exc})") from exc
    if trusted_public_pem is not None:
        try:
            trusted = _public_key(trusted_public_pem)
        except ValueError as exc:
            raise ManifestInvalid(f"signature: trusted public key unreadable ({exc})") from exc
        if _raw(trusted) != _raw(public):
            raise ManifestInvalid("signature: made with a key other than the trusted one")
        public = trusted
    body = {k: v for k, v in manifest.items() if k != "signature"}
    try:
        public.verify(signature, _canonical(body))
    except InvalidSignature as exc:
        raise ManifestInvalid("signature: does not match the manifest") from exc


def _public_key(pem: str) -> Ed25519PublicKey:
    key = serialization.load_pem_public_key(pem.encode("ascii"))
    if not isinstance(key, Ed25519PublicKey):
        raise ValueError("not an Ed25519 public key")
    return key


def _raw(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
