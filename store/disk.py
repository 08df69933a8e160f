"""A full disk, recognised wherever it shows: a file write, or SQLite's "disk is full"."""

from __future__ import annotations

import errno

from sqlalchemy.exc import OperationalError

STORAGE_FULL = "the server's storage is full; nothing was stored (please tell the operator)"


def is_storage_full(exc: BaseException) -> bool:
    """True for a write refused because the disk (or the user's disk quota) is full."""
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EDQUOT)
    if isinstance(exc, OperationalError):  # SQLite: "database or disk is full"
        return "disk is full" in str(exc.orig) or "No space left" in str(exc.orig)
    return False
