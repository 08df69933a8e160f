"""Who may call each route of the gateway: decided once here, checked by tests/test_route_owners.

Owners:
  public  - anyone who reaches the gateway (health, metrics, the login and join pages, the spec)
  tenant  - a tenant's API key or a UI session token as bearer (the role decides further)
  admin   - the installation's admin token (operators and the CLI)
  session - a browser session cookie; the download must also belong to that person
  ui      - a Gradio mount: every route inside is decided by `ui.web_session.GRADIO_ROUTES`
A route that is not listed here fails the test, so no screen or router can appear undecided.
"""

from __future__ import annotations

ROUTE_OWNERS: dict[str, str] = {
    "GET /openapi.json": "public", "HEAD /openapi.json": "public",
    "GET /healthz": "public", "GET /metrics": "public",
    "GET /": "public", "GET /login": "public", "POST /login": "public",
    "GET /logout": "public", "POST /logout": "public",
    "GET /login/sso": "public", "GET /login/sso/callback": "public", "GET /lang/{lang}": "public",
    "GET /join": "public", "POST /join": "public",
    "GET /downloads/{token}": "session",
    "MOUNT /ui": "ui", "MOUNT /ui/en": "ui",
    "GET /v1/models": "tenant", "POST /v1/chat/completions": "tenant",
    "POST /v1/documents": "tenant", "GET /v1/documents": "tenant",
    "GET /v1/documents/{doc_id}": "tenant",
    "POST /v1/documents/selftest": "tenant", "GET /v1/documents/selftest": "tenant",
    "DELETE /v1/documents/{doc_id}": "tenant",
    "POST /v1/retrieve": "tenant", "POST /v1/embeddings": "tenant",
    "GET /v1/pii/policy": "tenant", "PUT /v1/pii/policy": "tenant",
    "POST /v1/pii/preview": "tenant",
    "GET /v1/compliance/intake": "tenant", "PUT /v1/compliance/intake": "tenant",
    "GET /v1/compliance/pack": "tenant",
    "POST /v1/workshops": "tenant", "GET /v1/workshops": "tenant",
    "POST /v1/workshops/join": "public",  # the join code is the credential
    "GET /v1/workshops/current": "tenant", "PATCH /v1/workshops/current": "tenant",
    "POST /v1/workshops/current/exercises/{exercise_id}/run": "tenant",
    "GET /v1/workshops/{workshop_id}": "tenant",
    "PUT /v1/workshops/{workshop_id}/exercises": "tenant",
    "POST /v1/workshops/{workshop_id}/end": "tenant",
    "GET /v1/workshops/{workshop_id}/certificate": "tenant",
    "GET /admin/workshops": "admin", "POST /admin/workshops/{workshop_id}/end": "admin",
    "GET /admin/status": "admin",
    "POST /admin/tenants": "admin", "GET /admin/tenants": "admin",
    "DELETE /admin/tenants/{name}": "admin", "PATCH /admin/tenants/{name}/limits": "admin",
    "GET /admin/tenants/{name}/pii-policy": "admin",
    "PUT /admin/tenants/{name}/pii-policy": "admin",
    "GET /admin/tenants/{name}/usage": "admin",
    "POST /admin/tenants/{name}/keys": "admin", "GET /admin/tenants/{name}/keys": "admin",
    "POST /admin/keys/{key_id}/revoke": "admin",
    "GET /admin/models": "admin", "POST /admin/models/import": "admin",
    "POST /admin/backup": "admin", "GET /admin/audit": "admin", "GET /admin/audit/verify": "admin",
    "POST /admin/reindex": "admin", "GET /admin/reindex": "admin",
    "POST /admin/tenants/{name}/users": "admin", "GET /admin/users": "admin",
    "DELETE /admin/tenants/{name}/users/{username}": "admin",
    "POST /admin/tenants/{name}/users/{username}/reset-password": "admin",
    "PUT /admin/tenants/{name}/users/{username}/role": "admin",
}  # fmt: skip
