"""Schemathesis against the gateway's own OpenAPI spec, in process (engine-free): with a tenant
key and with the operator's token, no input ends in a 5xx, and every error is the OpenAI
envelope. Bounded: a few examples per operation; the counts go to test-artifacts/."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, Phase, given, settings

from serving.app import build_state, create_app
from serving.settings import Settings
from serving.state import GatewayState
from store.db import migrate

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
# Operations that act on the server's own disk or on whole tenants: fuzzed input would write
# backups to random paths, import random files, reindex everything or delete the fuzz tenant.
NOT_FUZZED = {
    ("POST", "/admin/backup"),
    ("POST", "/admin/models/import"),
    ("POST", "/admin/reindex"),
    ("DELETE", "/admin/tenants/{name}"),
}
COUNTS: Counter[str] = Counter()
EXAMPLES = 8  # per operation and credential; bounded so the suite stays short


@pytest.fixture(scope="module")
def gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[FastAPI, GatewayState]]:
    settings_ = Settings(data_dir=tmp_path_factory.mktemp("fuzz-data"), serve_models=[])
    migrate(settings_.resolved_database_url)
    state = build_state(settings_)
    state.audit.ensure_head()
    state.tenants.create("fuzz-a")
    yield create_app(state), state
    state.index.close()
    state.store.dispose()
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "fuzz-summary.json").write_text(json.dumps(dict(COUNTS), indent=2))


@pytest.fixture(scope="module")
def credentials(gateway: tuple[FastAPI, GatewayState]) -> list[dict[str, str]]:
    """A tenant key, and the operator's token acting for the same tenant."""
    state = gateway[1]
    _info, key = state.tenants.create_key("fuzz-a", "fuzz")
    token = state.settings.admin_token_file.read_text().strip()
    return [
        {"Authorization": f"Bearer {key}"},
        {"Authorization": f"Bearer {token}", "X-Reallabor-Tenant": "fuzz-a"},
    ]


def test_no_input_ends_in_a_server_error_and_errors_are_the_envelope(
    gateway: tuple[FastAPI, GatewayState], credentials: list[dict[str, str]]
) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", gateway[0])
    problems: list[str] = []
    operations = 0
    for result in schema.get_all_operations():
        operation = result.ok()
        if (operation.method.upper(), operation.path) in NOT_FUZZED:
            continue
        operations += 1

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            database=None,
            phases=[Phase.explicit, Phase.generate],  # no shrinking: the first case is enough
        )
        def fuzz(case: Any) -> None:
            for headers in credentials:
                problem = _check(case, case.call(headers=headers))
                if problem:
                    problems.append(problem)

        fuzz()
    COUNTS["operations"] = operations
    assert operations >= 40
    assert problems == [], f"{len(problems)} problems, first: {problems[:5]}"


def _check(case: Any, response: Any) -> str:
    """A problem found in one response, or ""."""
    COUNTS["cases"] += 1
    if response.status_code == 503 and case.path == "/healthz":
        COUNTS["healthz_503"] += 1  # its documented answer while no model is up (none here)
        return ""
    COUNTS[f"{response.status_code // 100}xx"] += 1
    where = f"{case.method} {case.formatted_path}"
    if response.status_code >= 500:
        return f"{where}: {response.status_code} {response.content[:200]!r}"
    kind = str(response.headers.get("content-type", ""))
    if response.status_code >= 400 and "json" in kind:
        error = json.loads(response.content).get("error")
        if not isinstance(error, dict) or not {"message", "type", "code"} <= set(error):
            COUNTS["envelope_violations"] += 1
            return f"{where}: {response.status_code} not the OpenAI envelope"
    return ""
