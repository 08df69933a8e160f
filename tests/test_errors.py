"""Every error the API promises, in the OpenAI envelope, through the official SDK."""

from __future__ import annotations

import httpx
import openai
import pytest

from tests.conftest import EMBEDDED, GHOST, Server, eventually

HELLO = [{"role": "user", "content": "Hallo"}]


def _post(server: Server, key: str, content: bytes) -> httpx.Response:
    return httpx.post(
        f"{server.url}/v1/chat/completions",
        content=content,
        headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"},
        timeout=60,
    )


def test_wrong_key_is_401(server: Server) -> None:
    with pytest.raises(openai.AuthenticationError) as err:
        server.client("rl-not-a-key").chat.completions.create(model=EMBEDDED, messages=HELLO)
    assert err.value.status_code == 401
    assert err.value.code == "invalid_api_key"


def test_missing_key_is_401(server: Server) -> None:
    response = httpx.get(f"{server.url}/v1/models")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "missing_api_key"


def test_unknown_model_is_404(server: Server) -> None:
    _, key = server.new_tenant()
    with pytest.raises(openai.NotFoundError) as err:
        server.client(key).chat.completions.create(model="gpt-4o", messages=HELLO)
    assert err.value.code == "model_not_found"
    assert err.value.param == "model"


def test_model_not_allowed_for_tenant_is_403(server: Server) -> None:
    name, key = server.new_tenant()
    server.cli_json("tenant", "limits", name, "--models", GHOST)
    client = server.client(key)
    with pytest.raises(openai.PermissionDeniedError) as err:
        client.chat.completions.create(model=EMBEDDED, messages=HELLO)
    assert err.value.code == "model_not_allowed"
    assert [m.id for m in client.models.list().data] == [GHOST]


def test_tenant_key_on_admin_api_is_403(server: Server) -> None:
    _, key = server.new_tenant()
    response = httpx.get(f"{server.url}/admin/tenants", headers={"Authorization": f"Bearer {key}"})
    assert response.status_code == 403
    assert response.json()["error"]["type"] == "permission_error"


def test_malformed_json_is_400(server: Server) -> None:
    _, key = server.new_tenant()
    response = _post(server, key, b'{"model": "x", "messages": [')
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_json"


def test_schema_violation_is_400_naming_the_field(server: Server) -> None:
    _, key = server.new_tenant()
    with pytest.raises(openai.BadRequestError) as err:
        server.client(key).chat.completions.create(model=EMBEDDED, messages=[])
    assert err.value.param == "messages"


def test_oversized_body_is_413(server: Server) -> None:
    _, key = server.new_tenant()
    big = b'{"model": "m", "messages": [{"role": "user", "content": "' + b"x" * 2_000_000 + b'"}]}'
    response = _post(server, key, big)
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "request_too_large"


def test_backend_that_is_down_is_503_not_a_hang(server: Server) -> None:
    _, key = server.new_tenant()
    client = server.client(key, timeout=30)
    with pytest.raises(openai.InternalServerError) as err:
        client.chat.completions.create(model=GHOST, messages=HELLO)
    assert err.value.status_code == 503
    assert err.value.code == "backend_unavailable"
    with pytest.raises(openai.InternalServerError):
        client.chat.completions.create(model=GHOST, messages=HELLO, stream=True)


def test_context_overflow_is_relayed_as_400(server: Server) -> None:
    _, key = server.new_tenant()
    with pytest.raises(openai.BadRequestError) as err:
        server.client(key).chat.completions.create(
            model=EMBEDDED, messages=HELLO, max_tokens=100_000
        )
    assert err.value.status_code == 400


def test_daily_token_quota_exhaustion_is_429_with_retry_after(server: Server) -> None:
    name, key = server.new_tenant()
    server.cli_json("tenant", "limits", name, "--daily-tokens", "10")
    client = server.client(key)
    client.chat.completions.create(model=EMBEDDED, messages=HELLO, max_tokens=4)

    def counted() -> None:  # accounting lands just after the answer, off its latency path
        usage = server.cli_json("tenant", "usage", name)["usage"]
        assert sum(row["prompt_tokens"] + row["completion_tokens"] for row in usage) > 10

    eventually(counted, timeout=10)
    with pytest.raises(openai.RateLimitError) as err:
        client.chat.completions.create(model=EMBEDDED, messages=HELLO, max_tokens=4)
    assert err.value.code == "daily_token_quota_exceeded"
    retry_after = int(err.value.response.headers["retry-after"])
    assert 0 < retry_after <= 86_400
    _other_name, other_key = server.new_tenant()
    server.client(other_key).chat.completions.create(model=EMBEDDED, messages=HELLO, max_tokens=2)


def test_request_rate_limit_is_429_with_retry_after(server: Server) -> None:
    name, key = server.new_tenant()
    server.cli_json("tenant", "limits", name, "--rpm", "2")
    client = server.client(key)
    for _ in range(2):
        client.models.list()  # listing is free; only model calls count
        client.chat.completions.create(model=EMBEDDED, messages=HELLO, max_tokens=1)
    with pytest.raises(openai.RateLimitError) as err:
        client.chat.completions.create(model=EMBEDDED, messages=HELLO, max_tokens=1)
    assert err.value.code == "rate_limit_exceeded"
    assert 0 < int(err.value.response.headers["retry-after"]) <= 60


def test_revoked_key_is_rejected_other_keys_keep_working(server: Server) -> None:
    name, first_key = server.new_tenant()
    second = server.cli_json("key", "create", "--tenant", name, "--label", "laptop")
    client = server.client(second["api_key"])
    client.chat.completions.create(model=EMBEDDED, messages=HELLO, max_tokens=1)
    server.cli_json("key", "revoke", second["key_id"])
    with pytest.raises(openai.AuthenticationError):
        client.chat.completions.create(model=EMBEDDED, messages=HELLO, max_tokens=1)
    server.client(first_key).chat.completions.create(model=EMBEDDED, messages=HELLO, max_tokens=1)
    keys = {k["key_id"]: k for k in server.cli_json("key", "list", "--tenant", name)}
    assert keys[second["key_id"]]["revoked"] is True


def test_deleted_tenant_key_is_401(server: Server) -> None:
    name, key = server.new_tenant()
    server.cli_json("tenant", "delete", name)
    with pytest.raises(openai.AuthenticationError):
        server.client(key).models.list()
    assert name not in {t["tenant"] for t in server.cli_json("tenant", "list")}
