"""`reallabor user ...`: accounts for the web UI (through the server's admin API)."""

from __future__ import annotations

import click

from sandboxes.roles import Role
from serving.cli.common import client, emit, json_option

TENANT = click.option("--tenant", "tenant_name", required=True, help="The user's tenant.")
USERNAME = click.option("--username", required=True, help="3-64 of a-z, 0-9, '.', '-', '_'.")
ROLE = click.option(
    "--role",
    required=True,
    type=click.Choice([r.value for r in Role if r is not Role.PARTICIPANT]),
    help="What the user may do.",
)


def register(cli: click.Group) -> None:
    """Add the `user` command group to the top-level group."""

    @cli.group()
    def user() -> None:
        """Users of the web UI (username and password, one role each)."""

    @user.command("create")
    @TENANT
    @USERNAME
    @ROLE
    @json_option
    def create(tenant_name: str, username: str, role: str, as_json: bool) -> None:
        """Create a user and print the generated password (shown only once)."""
        body = {"username": username, "role": role}
        data = client().call("POST", f"/admin/tenants/{tenant_name}/users", json=body)
        out = {k: data[k] for k in ("username", "password", "tenant", "role")}
        human = (
            f"user {data['username']} ({data['role']}) created in {data['tenant']}\n"
            f"password (shown once, pass it on privately): {data['password']}"
        )
        emit(out, as_json, human)

    @user.command("list")
    @click.option("--tenant", "tenant_name", help="Only this tenant's users.")
    @json_option
    def list_users(tenant_name: str | None, as_json: bool) -> None:
        """List users with their tenant and role."""
        params = {"tenant": tenant_name} if tenant_name else {}
        data = client().call("GET", "/admin/users", params=params)["data"]
        lines = [
            f"{u['tenant']:<24} {u['username']:<32} {u['role']:<20} {u['created_at']}" for u in data
        ]
        emit(data, as_json, "\n".join(lines) or "no users")

    @user.command("delete")
    @TENANT
    @USERNAME
    @json_option
    def delete(tenant_name: str, username: str, as_json: bool) -> None:
        """Delete a user with their sessions and saved conversations."""
        data = client().call("DELETE", f"/admin/tenants/{tenant_name}/users/{username}")
        human = (
            f"user {data['username']} deleted ({data['conversations']} conversations, "
            f"{data['sessions']} sessions)"
        )
        emit(data, as_json, human)

    @user.command("reset-password")
    @TENANT
    @USERNAME
    @json_option
    def reset_password(tenant_name: str, username: str, as_json: bool) -> None:
        """Set a new generated password (shown only once); the user is logged out everywhere."""
        path = f"/admin/tenants/{tenant_name}/users/{username}/reset-password"
        data = client().call("POST", path)
        out = {"username": data["username"], "password": data["password"]}
        emit(out, as_json, f"new password for {data['username']} (shown once): {data['password']}")

    @user.command("set-role")
    @TENANT
    @USERNAME
    @ROLE
    @json_option
    def set_role(tenant_name: str, username: str, role: str, as_json: bool) -> None:
        """Change a user's role."""
        path = f"/admin/tenants/{tenant_name}/users/{username}/role"
        data = client().call("PUT", path, json={"role": role})
        emit(data, as_json, f"user {data['username']} is now {data['role']}")
