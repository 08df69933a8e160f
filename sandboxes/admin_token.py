"""The installation's admin token: created once, kept in a 0600 file in the data dir."""

from __future__ import annotations

import os
import secrets
from pathlib import Path


def ensure_admin_token(path: Path) -> str:
    """Return the admin token at `path`, creating it (mode 0600) on first start."""
    if path.exists():
        token = path.read_text(encoding="utf-8").strip()
        if token:
            return token
    path.parent.mkdir(parents=True, exist_ok=True)
    token = "rl-admin-" + secrets.token_urlsafe(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(token + "\n")
    os.chmod(path, 0o600)
    return token


def read_admin_token(path: Path) -> str | None:
    """The admin token at `path`, or None if the server never started here."""
    try:
        return path.read_text(encoding="utf-8").strip() or None
    except FileNotFoundError:
        return None
