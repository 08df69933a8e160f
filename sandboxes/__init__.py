"""Tenancy: tenants, API keys, users, sessions, roles, quotas, conversations and votes, and the
on-disk erasure checks (stands on `store/` and the PII policy of `compliance/pii/`)."""
