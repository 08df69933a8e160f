"""Compliance: the hash-chained audit log (PII filter and documentation pack follow)."""
