"""API key and token material: generation, hashing and constant-time comparison."""

from __future__ import annotations

import hashlib
import hmac
import secrets

KEY_PREFIX = "rl-"


def new_api_key() -> str:
    """A fresh, high-entropy API key (shown once to its owner)."""
    return KEY_PREFIX + secrets.token_urlsafe(32)


def new_key_id() -> str:
    """A short public id for a key, safe to log and show."""
    return "key_" + secrets.token_hex(6)


def hash_secret(secret: str) -> str:
    """SHA-256 of a high-entropy secret (keys and tokens, not passwords)."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def same_secret(secret: str, expected_hash: str) -> bool:
    """Whether `secret` hashes to `expected_hash`, compared in constant time."""
    return hmac.compare_digest(hash_secret(secret), expected_hash)
