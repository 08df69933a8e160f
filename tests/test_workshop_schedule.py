"""Workshops past their end time are wiped by the server on its own, also across a restart.

This runs a second, model-less gateway on its own data dir (the sweep needs no model), so it
can be stopped and started without touching the session's server.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import Server, eventually, start_modelless, stop

pytestmark = pytest.mark.process  # `make test-fast` leaves these out


def started(data_dir: Path, log: Path) -> Server:
    return start_modelless(data_dir, log, REALLABOR_WORKSHOP_SWEEP_S="0.5")


@pytest.fixture
def gateway(tmp_path: Path) -> Iterator[Server]:
    server = started(tmp_path / "data", tmp_path / "gateway.log")
    yield server
    stop(server.process)


def workshops(gateway: Server) -> dict[str, dict[str, Any]]:
    return {w["id"]: w for w in gateway.cli_json("workshop", "list")}


def live(gateway: Server, token: str) -> int:
    return httpx.get(
        f"{gateway.url}/v1/models", headers={"Authorization": f"Bearer {token}"}, timeout=10
    ).status_code


def test_overdue_workshops_are_wiped_while_running_and_after_a_restart(
    gateway: Server, tmp_path: Path
) -> None:
    gateway.cli_json("tenant", "create", "firma-plan")

    def create(title: str, ends_in_s: int) -> tuple[str, str, datetime]:
        # The shortest workshop is five minutes: start it in the past to end it soon. Each CLI
        # call takes seconds on a loaded machine (CI: an 8 s workshop ended before its check).
        starts = datetime.now(UTC) - timedelta(minutes=5) + timedelta(seconds=ends_in_s)
        made = gateway.cli_json(
            "workshop", "create", "--tenant", "firma-plan", "--title", title,
            "--seats", "1", "--minutes", "5", "--starts-at", starts.isoformat(),
        )  # fmt: skip
        token = gateway.cli_json("workshop", "join", made["join_codes"][0])["token"]
        return made["id"], token, datetime.fromisoformat(made["ends_at"])

    soon, soon_token, _ = create("Endet gleich", 20)
    assert live(gateway, soon_token) == 200
    later, later_token, later_end = create("Endet nach dem Neustart", 50)
    assert live(gateway, later_token) == 200

    def soon_wiped() -> None:
        assert workshops(gateway)[soon]["status"] == "ended"

    eventually(soon_wiped, timeout=90)
    assert live(gateway, soon_token) == 401
    assert workshops(gateway)[later]["status"] == "running"

    stop(gateway.process)  # the server is down when the second workshop's time runs out
    time.sleep(max(0.0, (later_end - datetime.now(UTC)).total_seconds()) + 1)
    restarted = started(gateway.data_dir, tmp_path / "gateway.log")
    gateway.process = restarted.process
    gateway.url, gateway.env = restarted.url, restarted.env

    def later_wiped() -> None:
        assert workshops(gateway)[later]["status"] == "ended"

    eventually(later_wiped, timeout=30)
    assert live(gateway, later_token) == 401
    record = workshops(gateway)[later]
    assert record["ended_by"] == "schedule"
    certificate = httpx.get(
        f"{gateway.url}/v1/workshops/{later}/certificate",
        headers={
            "Authorization": f"Bearer {gateway.admin_token()}",
            "X-Reallabor-Tenant": "firma-plan",
        },
    ).json()
    assert certificate["verified"] and certificate["before"]["accounts"] == 1
    assert not any(certificate["after"].values())
