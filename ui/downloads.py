"""Files the UI offers for download: kept for one person, under an unguessable token, for an hour.

The gateway serves them itself (`/downloads/{token}`, `ui/download_routes.py`), never Gradio's
file route: the token is 256 random bits, the file on disk is named by the token's hash (so a
directory listing reveals no link), and a request needs the session of the person the file
was made for, who must still hold the permission it was made under.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import time
from dataclasses import dataclass
from html import escape
from pathlib import Path

from sandboxes.roles import Permission
from sandboxes.sessions import SessionUser

KEEP_S = 3600
TOKEN_BYTES = 32


@dataclass(frozen=True)
class Offered:
    """A file ready for its owner: where it lies and the name it downloads as."""

    path: Path
    filename: str
    media_type: str


class DownloadStore:
    """Per-person download files under the data dir (mode 0700), removed after `keep_s`."""

    def __init__(self, folder: Path, keep_s: int = KEEP_S) -> None:
        self.folder = folder
        self.keep_s = keep_s

    def _paths(self, token: str) -> tuple[Path, Path]:
        name = hashlib.sha256(token.encode("ascii", "replace")).hexdigest()
        return self.folder / name, self.folder / f"{name}.json"

    def offer(
        self,
        user: SessionUser,
        permission: Permission,
        filename: str,
        data: bytes,
        media_type: str = "application/octet-stream",
    ) -> str:
        """Keep `data` for `user`; returns the token of its download link."""
        self.sweep()
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(self.folder, 0o700)
        token = secrets.token_urlsafe(TOKEN_BYTES)
        body, meta = self._paths(token)
        _write_private(body, data)
        owner = {
            "user_id": user.user_id,
            "tenant_id": user.tenant_id,
            "permission": permission.value,
            "filename": Path(filename).name,
            "media_type": media_type,
            "expires": time.time() + self.keep_s,
        }
        _write_private(meta, json.dumps(owner).encode())
        return token

    def fetch(self, token: str, user: SessionUser) -> Offered | None:
        """The file behind `token` if `user` may have it now; None otherwise (no hint why)."""
        if not token or len(token) > 64:
            return None
        body, meta = self._paths(token)
        try:
            owner = json.loads(meta.read_bytes())
        except (OSError, ValueError):
            return None
        if owner["expires"] < time.time():
            self._remove(body, meta)
            return None
        permission = Permission(owner["permission"])
        same_person = owner["user_id"] == user.user_id and owner["tenant_id"] == user.tenant_id
        if not same_person or not user.allows(permission) or not body.is_file():
            return None
        return Offered(body, owner["filename"], owner["media_type"])

    def sweep(self, now: float | None = None) -> int:
        """Remove expired files (and strays without a record); returns how many were removed."""
        if not self.folder.is_dir():
            return 0
        now = time.time() if now is None else now
        removed = 0
        for meta in self.folder.glob("*.json"):
            try:
                expired = json.loads(meta.read_bytes())["expires"] < now
            except (OSError, ValueError, KeyError):
                expired = True
            if expired:
                self._remove(meta.with_suffix(""), meta)
                removed += 1
        for body in self.folder.iterdir():
            if body.suffix != ".json" and not body.with_name(body.name + ".json").exists():
                body.unlink(missing_ok=True)
        return removed

    @staticmethod
    def _remove(body: Path, meta: Path) -> None:
        body.unlink(missing_ok=True)
        meta.unlink(missing_ok=True)


def _write_private(path: Path, data: bytes) -> None:
    """Write a file readable by the server's user only."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)


def download_link(token: str, filename: str, label: str) -> str:
    """An HTML link that downloads the offered file in one click."""
    name = escape(Path(filename).name, quote=True)
    return (
        f'<a class="rl-download" href="/downloads/{escape(token, quote=True)}" '
        f'download="{name}">{escape(label)}</a>'
    )
