"""Administration routes for the installation's admin token (the CLI is their client)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated, Any

import anyio
from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, Field

from serving.deps import AdminOnly, State, security_event
from serving.errors import ERROR_RESPONSES
from serving.routers.admin_users_api import router as users_router

router = APIRouter(
    prefix="/admin", tags=["admin"], dependencies=[AdminOnly], responses=ERROR_RESPONSES
)


class TenantCreate(BaseModel):
    """POST /admin/tenants."""

    name: str


class KeyCreate(BaseModel):
    """POST /admin/tenants/{name}/keys."""

    label: str = Field("", max_length=100)


class TenantLimits(BaseModel):
    """PATCH /admin/tenants/{name}/limits: only the fields sent change; null means unlimited."""

    # Upper bounds keep every number inside the database's 64-bit integers (the fuzzer's
    # 2**70 was a 500 before).
    daily_token_quota: int | None = Field(None, ge=0, le=10**15)
    monthly_token_quota: int | None = Field(None, ge=0, le=10**15)
    requests_per_minute: int | None = Field(None, ge=0, le=10**9)
    allowed_models: list[str] | None = None
    max_concurrent: int | None = Field(None, ge=1, le=10_000)  # null: the defaults
    max_tokens_in_flight: int | None = Field(None, ge=1, le=10**9)


class ModelImport(BaseModel):
    """POST /admin/models/import: a path on the server's disk."""

    path: str
    name: str
    license: str | None = None


@router.get("/status")
async def status(request: Request, state: State) -> dict[str, Any]:
    """The gateway's URL and every backend replica with its health (and pid when local)."""
    supervisor = request.app.state.supervisor
    backends = []
    for model in state.router.models():
        for replica in model.replicas:
            entry = {"model": model.name, "url": replica.url, "healthy": replica.healthy}
            if supervisor and supervisor.is_local(replica.url):
                entry["pid"] = supervisor.pid(replica.url)
            backends.append(entry)
    fair = state.fair.snapshot() if state.fair is not None else {}
    return {"gateway": state.public_url, "backends": backends, "fair_share": fair}


@router.post("/tenants", status_code=201)
async def create_tenant(body: TenantCreate, state: State, request: Request) -> dict[str, Any]:
    """Create a tenant and its first API key (shown only in this answer)."""
    info, key = await anyio.to_thread.run_sync(state.tenants.create, body.name)
    await security_event(state, request, "tenant_created", tenant=body.name)
    return {**info, "api_key": key}


@router.get("/tenants")
async def list_tenants(state: State) -> list[dict[str, Any]]:
    """All tenants."""
    return await anyio.to_thread.run_sync(state.tenants.list_all)


@router.delete("/tenants/{name}")
async def delete_tenant(name: str, state: State) -> dict[str, Any]:
    """Delete a tenant with its workshops, documents, keys, users and usage (audited)."""
    return await anyio.to_thread.run_sync(state.tenant_deletion.delete, name)


@router.patch("/tenants/{name}/limits")
async def set_limits(
    name: str, body: TenantLimits, state: State, request: Request
) -> dict[str, Any]:
    """Change quotas, rate limit or allowed models of a tenant."""
    changes = body.model_dump(exclude_unset=True)
    info = await anyio.to_thread.run_sync(state.tenants.set_limits, name, changes)
    await security_event(state, request, "limits_changed", tenant=name, changed=sorted(changes))
    return info


@router.get("/tenants/{name}/pii-policy")
async def get_pii_policy(name: str, state: State) -> dict[str, Any]:
    """The tenant's PII policy (the SME defaults until one is set)."""
    policy = await anyio.to_thread.run_sync(state.tenants.pii_policy, name)
    return {"tenant": name, "policy": policy.to_json()}


@router.put("/tenants/{name}/pii-policy")
async def put_pii_policy(
    name: str, body: dict[str, Any] | None, state: State, request: Request
) -> dict[str, Any]:
    """Replace the tenant's PII policy; missing parts take the defaults, null resets it."""
    policy = await anyio.to_thread.run_sync(state.tenants.set_pii_policy, name, body)
    await security_event(state, request, "pii_policy_changed", tenant=name)
    return {"tenant": name, "policy": policy.to_json()}


@router.get("/tenants/{name}/usage")
async def usage(
    name: str, state: State, days: Annotated[int, Query(ge=1, le=3660)] = 31
) -> dict[str, Any]:
    """Token use per day and model over the last `days` days."""
    tenant_id = await anyio.to_thread.run_sync(state.tenants.get_id, name)
    since = datetime.now(UTC).date() - timedelta(days=max(days, 1) - 1)
    rows = await anyio.to_thread.run_sync(state.quotas.usage_summary, tenant_id, since)
    return {"tenant": name, "since": since.isoformat(), "usage": rows}


@router.post("/tenants/{name}/keys", status_code=201)
async def create_key(name: str, body: KeyCreate, state: State, request: Request) -> dict[str, Any]:
    """Issue another key for a tenant (shown only in this answer)."""
    info, key = await anyio.to_thread.run_sync(state.tenants.create_key, name, body.label)
    await security_event(state, request, "key_created", tenant=name, key_id=info["key_id"])
    return {**info, "api_key": key}


@router.get("/tenants/{name}/keys")
async def list_keys(name: str, state: State) -> list[dict[str, Any]]:
    """A tenant's keys, without secrets."""
    return await anyio.to_thread.run_sync(state.tenants.list_keys, name)


@router.post("/keys/{key_id}/revoke")
async def revoke_key(key_id: str, state: State, request: Request) -> dict[str, Any]:
    """Revoke a key; calls with it fail with 401 from now on."""
    info = await anyio.to_thread.run_sync(state.tenants.revoke_key, key_id)
    await security_event(
        state, request, "key_revoked", tenant=str(info.get("tenant", "")), key_id=key_id
    )
    return info


@router.get("/models")
async def list_registered_models(state: State) -> list[dict[str, Any]]:
    """The model registry with hashes, licences and whether each model is routed."""
    rows = await anyio.to_thread.run_sync(state.registry.list)
    for row in rows:
        served = state.router.get(row["name"])
        row["served"] = served is not None
        row["healthy"] = bool(served and any(r.healthy for r in served.replicas))
    return rows


@router.post("/models/import", status_code=201)
async def import_model(body: ModelImport, state: State) -> dict[str, Any]:
    """Import a model from a folder or GGUF file on the server's disk (nothing downloads)."""
    return await anyio.to_thread.run_sync(
        lambda: state.registry.import_model(Path(body.path), body.name, license=body.license)
    )


class BackupRequest(BaseModel):
    """POST /admin/backup: where the archive goes, and the operator's key file."""

    out_dir: str = Field(min_length=1, max_length=4096)
    key_file: str = Field(min_length=1, max_length=4096)


@router.post("/backup", status_code=201)
async def backup(body: BackupRequest, state: State) -> dict[str, Any]:
    """A consistent copy of the running installation, encrypted with the operator's key."""
    return await anyio.to_thread.run_sync(
        state.backups.write, Path(body.out_dir), Path(body.key_file)
    )


@router.get("/audit")
async def list_audit(
    state: State,
    tenant: str | None = None,
    since: str | None = None,
    limit: Annotated[int, Query(ge=1, le=100_000)] = 1000,
) -> dict[str, Any]:
    """Audit records in order, of one tenant and from a time (ISO 8601) if given: model
    calls, the other doors and security events; ids, counts and details, never text."""
    rows = await anyio.to_thread.run_sync(state.audit.list, tenant, since, limit)
    return {"object": "list", "data": rows}


@router.get("/audit/verify")
async def verify_audit(state: State) -> dict[str, Any]:
    """Recompute the audit chain and check it against its newest signed checkpoint (so deleted
    newest records or a rewritten table show); names the first broken record."""
    report = await anyio.to_thread.run_sync(state.audit_anchor.verify)
    return {
        "ok": report.ok,
        "records": report.records,
        "head_hash": report.head_hash,
        "first_broken_seq": report.first_broken_seq,
        "reason": report.reason,
    }


router.include_router(users_router)


class ReindexRequest(BaseModel):
    """POST /admin/reindex: one tenant, or every tenant when omitted."""

    tenant: str | None = None


@router.post("/reindex")
async def reindex(body: ReindexRequest, state: State) -> dict[str, Any]:
    """Queue the documents indexed with an older chunk layout again (resumable)."""
    tenant_id = None
    if body.tenant is not None:
        tenant_id = await anyio.to_thread.run_sync(state.tenants.get_id, body.tenant)
    queued = await anyio.to_thread.run_sync(state.ingestion.reindex, tenant_id)
    progress = await anyio.to_thread.run_sync(state.ingestion.outdated, tenant_id)
    return {"queued": queued, **progress}


@router.get("/reindex")
async def reindex_progress(state: State, tenant: str | None = None) -> dict[str, Any]:
    """How many documents still have an older layout, and how many wait for ingestion."""
    tenant_id = None
    if tenant is not None:
        tenant_id = await anyio.to_thread.run_sync(state.tenants.get_id, tenant)
    return await anyio.to_thread.run_sync(state.ingestion.outdated, tenant_id)
