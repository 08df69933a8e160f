"""Passwords: argon2id hashes (argon2-cffi) and generated initial passwords."""

from __future__ import annotations

import logging
import secrets
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

log = logging.getLogger(__name__)

_HASHER = PasswordHasher()  # argon2id with the library's current (RFC 9106) parameters


def new_password() -> str:
    """A fresh random password of 16 URL-safe characters (shown once to its owner)."""
    return secrets.token_urlsafe(12)


def hash_password(password: str) -> str:
    """The argon2id hash of `password` (a PHC string beginning with `$argon2id$`)."""
    return _HASHER.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    """Whether `password` matches `password_hash`."""
    try:
        return _HASHER.verify(password_hash, password)
    except VerificationError:
        return False
    except InvalidHashError:
        log.warning("a stored password hash is not a valid argon2 hash; the login fails")
        return False


def needs_rehash(password_hash: str) -> bool:
    """Whether the hash was made with weaker parameters than the current ones."""
    return _HASHER.check_needs_rehash(password_hash)


@cache
def _dummy_hash() -> str:
    return _HASHER.hash(secrets.token_urlsafe(16))


def burn_verification(password: str) -> None:
    """Spend the time of one verification, so unknown and known users answer alike."""
    verify_password(_dummy_hash(), password)
