"""Replica crash under load, failover, supervised restart and clean shutdown (runs last)."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import openai
import pytest
from playwright.sync_api import Browser, expect

from bench.replica_failover import timed_call  # the same call-and-classify as the bench
from tests.conftest import EMBEDDED, Server, eventually
from tests.fixtures.browser import UI_TIMEOUT_MS, login, new_page, shot

LOAD_REQUESTS = 16
LOAD_TIMEOUT_S = 120
# What a request cut off by the kill may end with (each a clean OpenAI error envelope).
CLEAN_ERRORS = {
    f"error:{code}" for code in ("backend_stream_broken", "backend_error", "backend_unavailable")
}


def _engines(server: Server) -> list[dict[str, Any]]:
    backends = server.cli_json("status")["backends"]
    return [b for b in backends if b["model"] == EMBEDDED and "pid" in b]


def _vllm_counter(url: str, name: str) -> float:
    """One of vLLM's own Prometheus figures for its process (0 if it does not answer)."""
    try:
        text = httpx.get(f"{url}/metrics", timeout=5).text
    except httpx.HTTPError:
        return 0.0
    return sum(float(v) for v in re.findall(rf"^vllm:{name}\{{[^}}]*\}} (\S+)", text, re.M))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _group_members(pgid: int) -> list[str]:
    result = subprocess.run(["pgrep", "-g", str(pgid)], capture_output=True, text=True)
    return result.stdout.split()


def test_a_replica_killed_under_load_fails_over_and_rejoins(server: Server) -> None:
    """Two real vLLM processes serve the model; one is SIGKILLed during a load run."""
    _, key = server.new_tenant()
    client = server.client(key, timeout=LOAD_TIMEOUT_S)
    engines = _engines(server)
    assert len(engines) == 2 and all(e["healthy"] for e in engines)
    stream = client.chat.completions.create(
        model=EMBEDDED,
        messages=[{"role": "user", "content": "Write a very long story about a gearbox."}],
        max_tokens=1500,
        stream=True,
    )
    received = 0
    load: list[Any] = []
    killed_at = 0.0
    victim: dict[str, Any] = {}

    def read_until_the_replica_dies(pool: ThreadPoolExecutor) -> None:
        nonlocal received, load, killed_at, victim
        for _chunk in stream:
            received += 1
            if received == 5:  # the long stream runs on one replica: that one is killed
                victim = max(engines, key=lambda e: _vllm_counter(e["url"], "num_requests_running"))
                load = [pool.submit(timed_call, client, i % 2 == 0) for i in range(LOAD_REQUESTS)]
                time.sleep(1.0)
                os.killpg(int(victim["pid"]), signal.SIGKILL)
                killed_at = time.monotonic()

    # A hang would end in the client's timeout, not in the gateway's "stopped in the middle".
    with ThreadPoolExecutor(6) as pool, pytest.raises(openai.APIError) as err:
        read_until_the_replica_dies(pool)
    assert received >= 5
    assert "stopped in the middle" in str(err.value.message)
    results = [future.result() for future in load]
    outcomes = Counter(outcome for outcome, _ in results)
    slowest = max(seconds for _, seconds in results)
    print(f"\nload run of {LOAD_REQUESTS} with one replica killed: {dict(outcomes)}, "
          f"slowest {slowest:.1f} s")  # fmt: skip
    assert set(outcomes) <= {"ok", *CLEAN_ERRORS}, outcomes
    assert outcomes["ok"] >= LOAD_REQUESTS // 2, "the surviving replica must take the load"

    # New requests go to the surviving replica at once.
    for _ in range(4):
        reply = client.chat.completions.create(
            model=EMBEDDED, messages=[{"role": "user", "content": "Hi"}], max_tokens=2
        )
        assert reply.choices[0].message.content is not None

    def rejoined() -> dict[str, Any]:
        again = next(e for e in _engines(server) if e["url"] == victim["url"])
        assert again["pid"] != victim["pid"] and again["healthy"] is True
        return again

    # Not /healthz: the proxy's replica may still count as healthy for a probe or two.
    def engine_answers() -> None:
        try:
            assert httpx.get(f"{victim['url']}/health", timeout=5).status_code == 200
        except httpx.HTTPError as exc:
            raise AssertionError("engine not up yet") from exc

    eventually(engine_answers, timeout=400)
    eventually(rejoined, timeout=30)
    print(f"killed replica healthy again after {time.monotonic() - killed_at:.0f} s")
    with ThreadPoolExecutor(8) as pool:
        assert all(o == "ok" for o, _ in pool.map(lambda _: timed_call(client, False), range(8)))
    assert _vllm_counter(victim["url"], "request_success_total") >= 1, "it takes requests again"
    assert server.cli_json("audit", "verify")["ok"] is True


def test_while_both_engines_restart_healthz_and_the_ui_say_the_model_is_starting(
    server: Server, browser: Browser
) -> None:
    tenant, _ = server.new_tenant("start")
    member = server.new_user(tenant)
    page = new_page(browser, server.url)
    login(page, member["username"], member["password"])
    banner = page.locator("#engine-state")
    expect(banner).not_to_contain_text(EMBEDDED)  # ready: not named (the ghost model is)
    for engine in _engines(server):
        os.killpg(int(engine["pid"]), signal.SIGKILL)

    def starting() -> dict[str, Any]:
        body = httpx.get(f"{server.url}/healthz", timeout=5).json()
        state = next(m for m in body["models"] if m["name"] == EMBEDDED)
        assert not state["ready"] and state["phase"] not in ("ready", "unavailable"), state
        return state

    state = eventually(starting, timeout=60)
    assert 0 < state["percent"] < 100 and state["replicas"] == 3  # two local, one dead remote
    expect(banner).to_contain_text("wird gestartet", timeout=UI_TIMEOUT_MS)
    expect(banner).to_contain_text(EMBEDDED)
    assert re.search(r"\d+ %", banner.inner_text()), banner.inner_text()
    shot(page, "engine-starting")

    def both_up() -> None:
        engines = _engines(server)
        assert len(engines) == 2 and all(e["healthy"] for e in engines), engines

    eventually(both_up, timeout=400)
    expect(banner).not_to_contain_text(EMBEDDED, timeout=UI_TIMEOUT_MS)


def test_sigterm_stops_gateway_and_engines(server: Server) -> None:
    local = [b for b in server.cli_json("status")["backends"] if "pid" in b]
    pids = [int(b["pid"]) for b in local]
    assert len(pids) == 2 and all(_alive(pid) for pid in pids)  # the two SmolLM2 replicas
    server.process.send_signal(signal.SIGTERM)
    try:
        code = server.process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail("reallabor up did not stop within 60 s of SIGTERM")
    assert code == 0
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(_alive(pid) for pid in pids), "a vLLM engine outlived the gateway"
    leftovers = [m for pid in pids for m in _group_members(pid)]
    while leftovers and time.monotonic() < deadline + 10:
        time.sleep(0.2)
        leftovers = [m for pid in pids for m in _group_members(pid)]
    assert leftovers == [], f"engine processes left behind: {leftovers}"
    assert not (server.data_dir / "runtime.json").exists()
    with pytest.raises(httpx.HTTPError):
        httpx.get(f"{server.url}/healthz", timeout=2)
