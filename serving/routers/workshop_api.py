"""Workshops: trainers create, watch and end them; participants join with a code and practise."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

import anyio
from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field
from starlette.responses import Response

from sandboxes.principal import PERSON_KEY_PREFIX, Principal
from sandboxes.roles import Permission
from serving.deps import (
    AdminOnly,
    State,
    actor_name,
    json_body,
    json_body_schema,
    permitted,
    security_event,
)
from serving.errors import ERROR_RESPONSES, APIError
from workshops.certificate import certificate_pdf
from workshops.service import WorkshopPlan

router = APIRouter(prefix="/v1/workshops", tags=["workshops"], responses=ERROR_RESPONSES)
admin_router = APIRouter(
    prefix="/admin/workshops", tags=["admin"], dependencies=[AdminOnly], responses=ERROR_RESPONSES
)
Trainer = Annotated[Principal, Depends(permitted(Permission.WORKSHOPS_RUN))]
Participant = Annotated[Principal, Depends(permitted(Permission.WORKSHOP_JOIN))]


class WorkshopCreate(BaseModel):
    """POST /v1/workshops."""

    title: str = Field(min_length=1, max_length=200)
    seats: int = Field(ge=1, le=200)
    starts_at: datetime | None = None
    duration_minutes: int = Field(180, ge=5, le=1440)
    content_set: str = "demo"
    seat_token_quota: int = Field(20_000, ge=100, le=10**9)  # within the database's integers
    exercises: list[str] | None = None
    attach_documents: list[str] = []


class ExerciseSwitch(BaseModel):
    """PUT /v1/workshops/{id}/exercises: the exercises switched on for the room."""

    active: list[str]


class JoinRequest(BaseModel):
    """POST /v1/workshops/join."""

    code: str = Field(min_length=4, max_length=40)


class ParticipantPreferences(BaseModel):
    """PATCH /v1/workshops/current: opt-in to share prompts, a name for the attendance record."""

    share_prompts: bool | None = None
    attendance_name: str | None = Field(None, max_length=120)


def user_id_of(principal: Principal) -> int:
    """The user id behind a participant's session (key id `usr_<id>`)."""
    if not principal.is_person:
        raise APIError(403, "Only a workshop seat can do this.", code="not_a_participant")
    return int(principal.key_id.removeprefix(PERSON_KEY_PREFIX))


@router.post("", status_code=201, openapi_extra=json_body_schema(WorkshopCreate))
async def create_workshop(
    state: State,
    principal: Trainer,
    body: Annotated[WorkshopCreate, Depends(json_body(WorkshopCreate))],
) -> dict[str, Any]:
    """Create a workshop with its sandbox and demo corpus; the join codes are shown only now."""
    plan = WorkshopPlan(**body.model_dump())
    return await anyio.to_thread.run_sync(
        state.workshops.create, principal.tenant_id, plan, actor_name(principal)
    )


@router.get("")
async def list_workshops(state: State, principal: Trainer) -> dict[str, Any]:
    """The tenant's workshops."""
    rows = await anyio.to_thread.run_sync(state.workshops.list_for, principal.tenant_id)
    return {"object": "list", "data": rows}


@router.post("/join", openapi_extra=json_body_schema(JoinRequest))
async def join_workshop(
    state: State, body: Annotated[JoinRequest, Depends(json_body(JoinRequest))]
) -> dict[str, Any]:
    """Take a seat: the token works as a bearer key (OpenAI SDK) until the workshop ends."""
    return await anyio.to_thread.run_sync(state.workshops.join, body.code)


@router.get("/current")
async def current_workshop(
    state: State, principal: Participant, lang: Literal["de", "en"] = "de"
) -> dict[str, Any]:
    """The participant's workshop and the exercises switched on."""
    return await anyio.to_thread.run_sync(
        state.workshops.participant_view, user_id_of(principal), lang
    )


@router.patch("/current", openapi_extra=json_body_schema(ParticipantPreferences))
async def set_preferences(
    state: State,
    principal: Participant,
    body: Annotated[ParticipantPreferences, Depends(json_body(ParticipantPreferences))],
) -> dict[str, Any]:
    """Opt in (or out) of showing prompts to the trainer; give a name for the attendance."""
    return await anyio.to_thread.run_sync(
        lambda: state.workshops.set_preferences(
            user_id_of(principal),
            share_prompts=body.share_prompts,
            attendance_name=body.attendance_name,
        )
    )


@router.post("/current/exercises/{exercise_id}/run")
async def run_exercise(
    state: State, principal: Participant, exercise_id: str, lang: Literal["de", "en"] = "de"
) -> dict[str, Any]:
    """Run a switched-on exercise through the pipeline; the answers side by side."""
    return await state.exercises.run(principal, user_id_of(principal), exercise_id, lang)


@router.get("/{workshop_id}")
async def trainer_view(state: State, principal: Trainer, workshop_id: str) -> dict[str, Any]:
    """Participants by pseudonym, progress and totals; prompts only of those who opted in."""
    return await anyio.to_thread.run_sync(
        state.workshops.trainer_view, principal.tenant_id, workshop_id
    )


@router.put("/{workshop_id}/exercises", openapi_extra=json_body_schema(ExerciseSwitch))
async def switch_exercises(
    state: State,
    principal: Trainer,
    workshop_id: str,
    body: Annotated[ExerciseSwitch, Depends(json_body(ExerciseSwitch))],
) -> dict[str, Any]:
    """Switch exercises on for the room."""
    return await anyio.to_thread.run_sync(
        state.workshops.set_exercises, principal.tenant_id, workshop_id, body.active
    )


@router.post("/{workshop_id}/end")
async def end_workshop(
    state: State, principal: Trainer, workshop_id: str, request: Request
) -> dict[str, Any]:
    """End now: wipe the session, verify by counting; returns the signed deletion certificate."""
    certificate = await anyio.to_thread.run_sync(
        state.wiper.end, workshop_id, actor_name(principal), principal.tenant_id
    )
    await security_event(
        state,
        request,
        "workshop_ended",
        actor=actor_name(principal),
        tenant=principal.tenant_name,
        tenant_id=principal.tenant_id,
        workshop_id=workshop_id,
    )
    return certificate


@router.get("/{workshop_id}/certificate", response_model=None)
async def get_certificate(
    state: State,
    principal: Trainer,
    workshop_id: str,
    format: Literal["json", "pdf"] = "json",
) -> dict[str, Any] | Response:
    """The deletion certificate of an ended workshop (JSON original or the German PDF page)."""

    def load() -> dict[str, Any]:
        record = state.workshops.ended_record(principal.tenant_id, workshop_id)
        certificate: dict[str, Any] = record["certificate"]
        return certificate

    certificate = await anyio.to_thread.run_sync(load)
    if format == "json":
        return certificate
    pdf = await anyio.to_thread.run_sync(certificate_pdf, certificate)
    return Response(
        pdf,
        media_type="application/pdf",
        headers={
            "Content-Disposition": f'attachment; filename="loeschbestaetigung-{workshop_id}.pdf"'
        },
    )


@admin_router.get("")
async def list_all_workshops(state: State, tenant: str | None = None) -> dict[str, Any]:
    """Workshops of every tenant (or of one), for the lab's operators."""

    def work() -> list[dict[str, Any]]:
        tenant_id = state.tenants.get_id(tenant) if tenant else None
        return state.workshops.list_for(tenant_id)

    return {"object": "list", "data": await anyio.to_thread.run_sync(work)}


@admin_router.post("/{workshop_id}/end")
async def end_any_workshop(state: State, workshop_id: str, request: Request) -> dict[str, Any]:
    """End a workshop of any tenant now (the operator); returns the deletion certificate."""
    certificate = await anyio.to_thread.run_sync(state.wiper.end, workshop_id, "operator")
    await security_event(state, request, "workshop_ended", workshop_id=workshop_id)
    return certificate
