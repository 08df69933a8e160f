"""The documentation pack and its intake: GET/PUT the intake, GET the signed ZIP."""

from __future__ import annotations

from typing import Annotated, Any, Literal

import anyio
from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel
from starlette.responses import Response

from compliance.docpack.intake import (
    IntakeService,
    completeness,
    proposals,
    questions,
    screen,
)
from sandboxes.principal import Principal
from sandboxes.roles import Permission
from serving.deps import (
    State,
    actor_name,
    json_body,
    json_body_schema,
    permitted,
    security_event,
)
from serving.errors import ERROR_RESPONSES

router = APIRouter(prefix="/v1/compliance", tags=["compliance"], responses=ERROR_RESPONSES)
Officer = Annotated[Principal, Depends(permitted(Permission.COMPLIANCE_PACK))]


class IntakeUpdate(BaseModel):
    """PUT /v1/compliance/intake: answers by question id; `confirmed` for accepted proposals."""

    answers: dict[str, Any]
    confirmed: bool = False


def intake_view(state: Any, principal: Principal) -> dict[str, Any]:
    """Questions, current answers with provenance, screening and completeness."""
    answers = IntakeService(state.store).answers(principal.tenant_id)
    screening = screen(answers)
    return {
        "questions": questions(),
        "answers": {q: a.as_dict() for q, a in answers.items()},
        "proposals": {q: v for q, v in proposals("de").items() if q not in answers},
        "screening": {"result": screening.result, "reasons": screening.reasons},
        "completeness": completeness(answers),
    }


@router.get("/intake")
async def get_intake(state: State, principal: Officer) -> dict[str, Any]:
    """The tenant's use-case intake."""
    return await anyio.to_thread.run_sync(intake_view, state, principal)


@router.put("/intake", openapi_extra=json_body_schema(IntakeUpdate))
async def put_intake(
    state: State,
    principal: Officer,
    update: Annotated[IntakeUpdate, Depends(json_body(IntakeUpdate))],
) -> dict[str, Any]:
    """Record answers (each a new version; unchanged ones are kept as they are)."""
    provenance = "confirmed" if update.confirmed else "human"

    def work() -> dict[str, Any]:
        IntakeService(state.store).answer(
            principal.tenant_id, update.answers, actor_name(principal), provenance
        )
        return intake_view(state, principal)

    return await anyio.to_thread.run_sync(work)


@router.get("/pack")
async def get_pack(
    state: State, principal: Officer, request: Request, lang: Literal["de", "en"] = "de"
) -> Response:
    """The signed documentation pack of the tenant as a ZIP."""
    pack = await anyio.to_thread.run_sync(
        lambda: state.docpack.generate(principal.tenant_name, actor_name(principal), lang)
    )
    await security_event(
        state,
        request,
        "pack_exported",
        actor=actor_name(principal),
        tenant=principal.tenant_name,
        tenant_id=principal.tenant_id,
        sha256=pack.sha256,
    )
    return Response(
        pack.data,
        media_type="application/zip",
        headers={
            "Content-Disposition": f'attachment; filename="{pack.filename}"',
            "X-Reallabor-Completeness": str(pack.completeness),
            "X-Reallabor-Pack-SHA256": pack.sha256,
        },
    )
