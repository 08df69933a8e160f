"""Compliance: the hash-chained audit log, the PII filter (`pii/`) and the AI-Act/GDPR
documentation pack (`docpack/`, which reads facts from the services it is given)."""
