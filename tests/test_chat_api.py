"""Chat through the gateway with the official OpenAI SDK against real vLLM."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import openai

from tests.conftest import EMBEDDED, GHOST, RECORDED, Server, eventually

HELLO = [{"role": "user", "content": "Say hello to the workshop."}]


def test_healthz_was_503_until_a_model_answered(server: Server) -> None:
    assert server.startup_statuses[0] == 503
    assert server.startup_statuses[-1] == 200
    body = httpx.get(f"{server.url}/healthz").json()
    assert EMBEDDED in body["models_healthy"] and GHOST not in body["models_healthy"]


def test_models_list_shows_served_models(server: Server) -> None:
    _, key = server.new_tenant()
    models = {m.id: m for m in server.client(key).models.list().data}
    assert set(models) == {EMBEDDED, GHOST, RECORDED}
    assert models[EMBEDDED].owned_by == "reallabor"
    # What a trainer needs to pick a model (the German one: tests/test_german_default.py).
    assert "de" not in (models[EMBEDDED].model_extra or {})["languages"]
    assert (models[GHOST].model_extra or {})["languages"] is None  # a remote model: unknown


def test_chat_completion_returns_text_and_usage(server: Server) -> None:
    _, key = server.new_tenant()
    raw = server.client(key).chat.completions.with_raw_response.create(
        model=EMBEDDED, messages=HELLO, max_tokens=16
    )
    assert raw.headers["x-request-id"].startswith("req_")
    completion = raw.parse()
    assert completion.choices[0].message.content
    assert completion.usage is not None
    assert completion.usage.prompt_tokens > 0
    assert 0 < completion.usage.completion_tokens <= 16


def test_stream_relays_chunks_and_final_usage(server: Server) -> None:
    _, key = server.new_tenant()
    stream = server.client(key).chat.completions.create(
        model=EMBEDDED,
        messages=HELLO,
        max_tokens=12,
        stream=True,
        stream_options={"include_usage": True},
        extra_body={"ignore_eos": True},  # exactly 12 tokens, however the model would end
    )
    chunks = list(stream)
    text_chunks = [c for c in chunks if c.choices and c.choices[0].delta.content]
    assert len(text_chunks) >= 2, "the answer should arrive in several chunks"
    assert chunks[-1].usage is not None and chunks[-1].choices == []
    assert chunks[-1].usage.completion_tokens == 12
    assert any(c.choices and c.choices[0].finish_reason == "length" for c in chunks)


def test_stream_without_include_usage_has_only_choice_chunks(server: Server) -> None:
    _, key = server.new_tenant()
    stream = server.client(key).chat.completions.create(
        model=EMBEDDED, messages=HELLO, max_tokens=6, stream=True
    )
    chunks = list(stream)
    assert chunks and all(c.choices for c in chunks)
    text = "".join(c.choices[0].delta.content or "" for c in chunks)
    assert text.strip()


def test_sixteen_parallel_streams_all_complete(server: Server) -> None:
    _, key = server.new_tenant()
    client = server.client(key)

    def one(i: int) -> tuple[str, int]:
        stream = client.chat.completions.create(
            model=EMBEDDED,
            messages=[{"role": "user", "content": f"Count to {i + 3}."}],
            max_tokens=24,
            stream=True,
            stream_options={"include_usage": True},
        )
        finish, tokens = "", 0
        for chunk in stream:
            if chunk.choices and chunk.choices[0].finish_reason:
                finish = chunk.choices[0].finish_reason
            if chunk.usage:
                tokens = chunk.usage.completion_tokens
        return finish, tokens

    with ThreadPoolExecutor(max_workers=16) as pool:
        results = list(pool.map(one, range(16)))
    assert len(results) == 16
    assert all(finish in {"stop", "length"} and tokens > 0 for finish, tokens in results)


def test_usage_is_accounted_per_tenant(server: Server) -> None:
    name, key = server.new_tenant()
    completion = server.client(key).chat.completions.create(
        model=EMBEDDED, messages=HELLO, max_tokens=8
    )
    assert completion.usage is not None

    def recorded() -> list[dict[str, object]]:
        rows: list[dict[str, object]] = server.cli_json("tenant", "usage", name)["usage"]
        assert len(rows) == 1
        return rows

    usage = eventually(recorded)
    assert usage[0]["model"] == EMBEDDED
    assert usage[0]["requests"] == 1
    assert usage[0]["prompt_tokens"] == completion.usage.prompt_tokens
    assert usage[0]["completion_tokens"] == completion.usage.completion_tokens


def test_metrics_count_calls(server: Server) -> None:
    _, key = server.new_tenant()
    server.client(key).chat.completions.create(model=EMBEDDED, messages=HELLO, max_tokens=4)
    text = httpx.get(f"{server.url}/metrics").text
    assert f'reallabor_requests_total{{model="{EMBEDDED}",status="200"}}' in text
    assert f'reallabor_backend_healthy{{model="{EMBEDDED}"' in text


def test_status_lists_backends_with_health(server: Server) -> None:
    def check() -> list[dict[str, Any]]:
        status = server.cli_json("status")
        assert status["gateway"] == server.url
        local = [b for b in status["backends"] if "pid" in b and b["model"] == EMBEDDED]
        remote = [b for b in status["backends"] if "pid" not in b]
        assert [(b["model"], b["healthy"]) for b in local] == [(EMBEDDED, True)] * 2
        assert sorted((b["model"], b["healthy"]) for b in remote) == sorted(
            [
                (EMBEDDED, False),  # the dead second replica configured beside the local engine
                (GHOST, False),
                (RECORDED, True),  # the recording proxy in front of the local engine
            ]
        )
        return local

    local = eventually(check, timeout=15)
    by_model = {b["model"]: b for b in local}
    vllm = httpx.get(f"{by_model[EMBEDDED]['url']}/v1/models").json()
    assert vllm["data"][0]["id"] == EMBEDDED, "status must give vLLM's own base URL"


def test_requests_go_only_to_healthy_replicas(server: Server) -> None:
    _, key = server.new_tenant()
    client = server.client(key)
    for _ in range(6):
        reply = client.chat.completions.create(model=EMBEDDED, messages=HELLO, max_tokens=1)
        assert reply.choices


def test_each_tenant_gets_its_own_prefix_cache_salt(server: Server) -> None:
    """vLLM's prefix cache is salted per tenant, so no tenant can hit another's cached prompt."""
    assert server.proxy is not None
    salts = []
    for _ in range(2):
        _name, key = server.new_tenant("salt")
        for _ in range(2):
            server.client(key).chat.completions.create(
                model=RECORDED, messages=[{"role": "user", "content": "Hallo"}], max_tokens=2
            )
            salts.append(server.proxy.bodies[-1]["cache_salt"])
    assert salts[0] == salts[1] and salts[2] == salts[3]  # stable within a tenant
    assert salts[0] != salts[2] and len(salts[0]) == 64  # different across tenants, 256 bits


def test_a_tenant_over_its_in_flight_limit_gets_429_while_another_tenant_is_served(
    server: Server,
) -> None:
    busy, busy_key = server.new_tenant("busy")
    _calm, calm_key = server.new_tenant("calm")
    limits = server.cli_json("tenant", "limits", busy, "--max-concurrent", "1")
    assert limits["max_concurrent"] == 1

    def long_answer() -> Any:
        try:
            stream = server.client(busy_key).chat.completions.create(
                model=EMBEDDED,
                messages=[{"role": "user", "content": "Erzähle eine lange Geschichte."}],
                max_tokens=150,
                stream=True,
                extra_body={"ignore_eos": True},
            )
            return sum(1 for _ in stream)
        except openai.RateLimitError as exc:
            return exc

    person = server.new_user(busy)  # staff of the busy firm, in the UI: a share of their own
    with httpx.Client(base_url=server.url, follow_redirects=False) as web:
        form = {"username": person["username"], "password": person["password"]}
        login = web.post("/login", data=form)
    staff_key = login.cookies["reallabor_session"]

    with ThreadPoolExecutor(max_workers=3) as pool:
        burst = [pool.submit(long_answer) for _ in range(3)]
        calm = server.client(calm_key).chat.completions.create(
            model=EMBEDDED, messages=[{"role": "user", "content": "Hallo"}], max_tokens=4
        )
        staff = server.client(staff_key).chat.completions.create(
            model=EMBEDDED, messages=[{"role": "user", "content": "Hallo"}], max_tokens=4
        )
        outcomes = [f.result() for f in burst]
    assert calm.choices[0].message is not None  # the other firm was served meanwhile
    assert staff.choices[0].message is not None  # and the busy firm's own people too
    refused = [o for o in outcomes if isinstance(o, openai.RateLimitError)]
    served = [o for o in outcomes if isinstance(o, int)]
    assert served and refused, outcomes  # one ran; the others waited their bound, then 429
    error = refused[0]
    assert error.response.headers["retry-after"].isdigit()
    assert error.body["code"] == "tenant_busy"  # type: ignore[index]
    status = server.cli_json("status")
    assert "fair_share" in status
    metrics = httpx.get(f"{server.url}/metrics").text
    assert f'reallabor_fair_share_refused_total{{tenant="{busy}"}}' in metrics
    assert 'reallabor_embedder_busy_seconds{kind="ingestion"}' in metrics


def test_a_caller_cannot_set_its_own_place_in_the_engines_queue(server: Server) -> None:
    assert server.proxy is not None
    _, key = server.new_tenant("prio")
    server.client(key).chat.completions.create(
        model=RECORDED,
        messages=[{"role": "user", "content": "Hallo"}],
        max_tokens=2,
        extra_body={"priority": -100},  # vLLM's queue order: lower goes first
    )
    assert "priority" not in server.proxy.bodies[-1]  # the gateway's to set, never a caller's
