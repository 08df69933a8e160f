"""Administration of web UI users (admin token only; mounted under /admin by admin_api)."""

from __future__ import annotations

from typing import Any

import anyio
from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from serving.deps import AdminOnly, State, security_event
from serving.errors import ERROR_RESPONSES

router = APIRouter(tags=["admin"], dependencies=[AdminOnly], responses=ERROR_RESPONSES)


class UserCreate(BaseModel):
    """POST /admin/tenants/{name}/users."""

    username: str = Field(max_length=64)
    role: str = Field(max_length=32)


class RoleChange(BaseModel):
    """PUT /admin/tenants/{name}/users/{username}/role."""

    role: str = Field(max_length=32)


@router.post("/tenants/{name}/users", status_code=201)
async def create_user(
    name: str, body: UserCreate, state: State, request: Request
) -> dict[str, Any]:
    """Create a user with a generated password (shown only in this answer)."""
    info, password = await anyio.to_thread.run_sync(
        state.users.create, name, body.username, body.role
    )
    await security_event(
        state, request, "user_created", tenant=name, user=info["username"], role=info["role"]
    )
    return {**info, "password": password}


@router.get("/users")
async def list_users(state: State, tenant: str | None = None) -> dict[str, Any]:
    """The users of one tenant, or of all tenants."""
    users = await anyio.to_thread.run_sync(state.users.list, tenant)
    return {"object": "list", "data": users}


@router.delete("/tenants/{name}/users/{username}")
async def delete_user(name: str, username: str, state: State, request: Request) -> dict[str, Any]:
    """Delete a user with their sessions and conversations."""
    removed = await anyio.to_thread.run_sync(state.users.delete, name, username)
    await security_event(state, request, "user_deleted", tenant=name, user=username[:64])
    return removed


@router.post("/tenants/{name}/users/{username}/reset-password")
async def reset_password(
    name: str, username: str, state: State, request: Request
) -> dict[str, Any]:
    """Give a user a new generated password (shown only in this answer); ends their sessions."""
    password = await anyio.to_thread.run_sync(state.users.reset_password, name, username)
    await security_event(state, request, "password_reset", tenant=name, user=username[:64])
    return {"username": username.strip().lower(), "password": password}


@router.put("/tenants/{name}/users/{username}/role")
async def set_role(
    name: str, username: str, body: RoleChange, state: State, request: Request
) -> dict[str, Any]:
    """Change a user's role."""
    info = await anyio.to_thread.run_sync(state.users.set_role, name, username, body.role)
    await security_event(
        state, request, "role_changed", tenant=name, user=username[:64], role=body.role[:32]
    )
    return info
