"""Compliance: the hash-chained audit log and the PII filter (the documentation pack follows)."""
