"""Sandboxes: tenants, API keys, quotas and the shared relational store."""
