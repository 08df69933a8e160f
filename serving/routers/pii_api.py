"""The caller's PII policy, and a dry run of the filter on a text (what a model would see)."""

from __future__ import annotations

from typing import Annotated, Any

import anyio
from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field

from compliance.pii.redaction import HopReceipt, PseudonymVault, redact
from sandboxes.principal import Principal
from sandboxes.roles import Permission
from serving.api_models import PiiPolicyView, PiiPreview
from serving.deps import (
    State,
    TenantOrOperator,
    actor_name,
    json_body,
    json_body_schema,
    permitted,
    security_event,
)
from serving.errors import ERROR_RESPONSES

router = APIRouter(prefix="/v1/pii", tags=["pii"], responses=ERROR_RESPONSES)
PolicyManager = Annotated[Principal, Depends(permitted(Permission.PII_POLICY_MANAGE))]


class PiiPreviewRequest(BaseModel):
    """POST /v1/pii/preview."""

    text: str = Field(min_length=1, max_length=200_000)


@router.get("/policy", response_model=PiiPolicyView)
async def policy(principal: TenantOrOperator) -> dict[str, Any]:
    """The tenant's PII policy as the gateway applies it."""
    return {"tenant": principal.tenant_name, "policy": principal.pii_policy.to_json()}


@router.put("/policy", response_model=PiiPolicyView)
async def set_policy(
    principal: PolicyManager, body: dict[str, Any] | None, state: State, request: Request
) -> dict[str, Any]:
    """Replace the caller's tenant's PII policy (the role matrix's PII_POLICY_MANAGE: a tenant
    admin in a session, or the operator acting for the tenant; the UI asks the same)."""
    name = principal.tenant_name
    policy = await anyio.to_thread.run_sync(state.tenants.set_pii_policy, name, body)
    await security_event(
        state,
        request,
        "pii_policy_changed",
        actor=actor_name(principal),
        tenant=name,
        tenant_id=principal.tenant_id,
    )
    return {"tenant": name, "policy": policy.to_json()}


@router.post(
    "/preview", response_model=PiiPreview, openapi_extra=json_body_schema(PiiPreviewRequest)
)
async def preview(
    principal: TenantOrOperator,
    request: Annotated[PiiPreviewRequest, Depends(json_body(PiiPreviewRequest))],
    state: State,
) -> dict[str, Any]:
    """The text as a model would receive it under the tenant's policy (rate-limited, audited)."""
    policy = principal.pii_policy
    receipt = HopReceipt("preview")

    def run() -> dict[str, Any]:
        spans = state.pii.analyze(request.text, policy)
        text = redact(request.text, spans, policy, PseudonymVault(), receipt)
        return {
            "entities": [span.as_dict() for span in spans],
            "redacted": text,
            "receipt": receipt.as_dict(),
            "blocked": sorted(receipt.blocked),
        }

    async with state.doors.enter(principal, "pii_preview") as door:
        result = await anyio.to_thread.run_sync(run)
        door.pii_receipt = {"hops": [receipt.as_dict()]}
    return result
