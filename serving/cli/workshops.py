"""`reallabor workshop ...`: create, join, list and end workshops (through the server's API)."""

from __future__ import annotations

from typing import Any

import click

from serving.cli.common import client, emit, json_option


def register(cli: click.Group) -> None:
    """Add the `workshop` command group to the top-level group."""

    @cli.group()
    def workshop() -> None:
        """Workshops: join codes, a throw-away sandbox, guided exercises, a verified wipe."""

    @workshop.command("create")
    @click.option("--tenant", required=True, help="The firm the workshop is for.")
    @click.option("--title", required=True)
    @click.option("--seats", type=click.IntRange(1, 200), required=True)
    @click.option("--minutes", type=click.IntRange(5, 1440), default=180, show_default=True)
    @click.option("--starts-at", help="ISO time (default: now).")
    @click.option("--seat-tokens", type=click.IntRange(100), default=20_000, show_default=True)
    @click.option("--exercise", "exercises", multiple=True, help="Switch on at the start.")
    @click.option("--attach", "attach", multiple=True, help="A document id of the tenant to copy.")
    @json_option
    def create(
        tenant: str,
        title: str,
        seats: int,
        minutes: int,
        starts_at: str | None,
        seat_tokens: int,
        exercises: tuple[str, ...],
        attach: tuple[str, ...],
        as_json: bool,
    ) -> None:
        """Create a workshop and print its id and join codes (shown only now)."""
        body: dict[str, Any] = {
            "title": title,
            "seats": seats,
            "duration_minutes": minutes,
            "seat_token_quota": seat_tokens,
            "exercises": list(exercises),
            "attach_documents": list(attach),
        }
        if starts_at:
            body["starts_at"] = starts_at
        data = client().call("POST", "/v1/workshops", tenant=tenant, json=body)
        out = {"id": data["id"], "join_codes": data["join_codes"], "ends_at": data["ends_at"]}
        human = f"workshop {data['id']} until {data['ends_at']}\njoin codes:\n" + "\n".join(
            f"  {code}" for code in data["join_codes"]
        )
        emit(out, as_json, human)

    @workshop.command("join")
    @click.argument("code")
    @json_option
    def join(code: str, as_json: bool) -> None:
        """Take a seat with a join code; prints a token usable as an API key."""
        data = client().call("POST", "/v1/workshops/join", json={"code": code})
        emit(data, as_json, f"{data['participant']} in {data['title']}\ntoken: {data['token']}")

    @workshop.command("end")
    @click.argument("workshop_id")
    @json_option
    def end(workshop_id: str, as_json: bool) -> None:
        """End a workshop now: wipe and verify; prints the signed deletion certificate."""
        data = client().call("POST", f"/admin/workshops/{workshop_id}/end")
        left = {store: n for store, n in data["after"].items() if n}
        human = f"workshop {workshop_id} ended; deletion verified: {data['verified']}" + (
            f" (left: {left})" if left else ""
        )
        emit(data, as_json, human)

    @workshop.command("list")
    @click.option("--tenant", help="Only this tenant's workshops.")
    @json_option
    def list_workshops(tenant: str | None, as_json: bool) -> None:
        """List workshops with tenant, status and times."""
        params = {"tenant": tenant} if tenant else {}
        data = client().call("GET", "/admin/workshops", params=params)["data"]
        lines = [
            f"{w['id']:<12} {w['tenant']:<20} {w['status']:<8} {w['starts_at'][:16]} "
            f"{w['duration_minutes']:>4} min  {w['title']}"
            for w in data
        ]
        emit(data, as_json, "\n".join(lines) or "no workshops")
