"""Engine crash mid-stream, supervised restart and clean shutdown (runs last: it kills vLLM)."""

from __future__ import annotations

import os
import signal
import subprocess
import time

import httpx
import openai
import pytest

from tests.conftest import EMBEDDED, Server, eventually


def _engine(server: Server) -> dict[str, object]:
    backends = server.cli_json("status")["backends"]
    return next(b for b in backends if b["model"] == EMBEDDED and "pid" in b)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _group_members(pgid: int) -> list[str]:
    result = subprocess.run(["pgrep", "-g", str(pgid)], capture_output=True, text=True)
    return result.stdout.split()


def test_engine_killed_mid_stream_gives_error_event_then_restarts(server: Server) -> None:
    _, key = server.new_tenant()
    client = server.client(key, timeout=120)
    engine = _engine(server)
    pid = int(engine["pid"])  # type: ignore[call-overload]
    stream = client.chat.completions.create(
        model=EMBEDDED,
        messages=[{"role": "user", "content": "Write a very long story about a gearbox."}],
        max_tokens=1500,
        stream=True,
    )
    received = 0
    started = time.monotonic()
    with pytest.raises(openai.APIError) as err:
        for _chunk in stream:
            received += 1
            if received == 5:
                os.killpg(pid, signal.SIGKILL)
    assert received >= 5
    assert "stopped in the middle" in str(err.value.message)
    assert time.monotonic() - started < 60, "a dead backend must not make the client hang"

    with pytest.raises(openai.InternalServerError) as down:
        client.chat.completions.create(
            model=EMBEDDED, messages=[{"role": "user", "content": "Hi"}], max_tokens=1
        )
    assert down.value.status_code in (502, 503)

    def restarted_engine() -> dict[str, object]:
        engine = _engine(server)
        assert engine["pid"] != pid and engine["healthy"] is True
        return engine

    # Not /healthz: the proxy's replica may still count as healthy for a probe or two.
    def engine_answers() -> None:
        try:
            assert httpx.get(f"{engine['url']}/health", timeout=5).status_code == 200
        except httpx.HTTPError as exc:
            raise AssertionError("engine not up yet") from exc

    eventually(engine_answers, timeout=400)
    eventually(restarted_engine, timeout=30)
    reply = client.chat.completions.create(
        model=EMBEDDED, messages=[{"role": "user", "content": "Hi"}], max_tokens=2
    )
    assert reply.choices[0].message.content is not None
    assert server.cli_json("audit", "verify")["ok"] is True


def test_sigterm_stops_gateway_and_engines(server: Server) -> None:
    pid = int(_engine(server)["pid"])  # type: ignore[call-overload]
    assert _alive(pid)
    server.process.send_signal(signal.SIGTERM)
    try:
        code = server.process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail("reallabor up did not stop within 60 s of SIGTERM")
    assert code == 0
    deadline = time.monotonic() + 10
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _alive(pid), "the vLLM engine outlived the gateway"
    leftovers = _group_members(pid)
    while leftovers and time.monotonic() < deadline + 10:
        time.sleep(0.2)
        leftovers = _group_members(pid)
    assert leftovers == [], f"engine processes left behind: {leftovers}"
    assert not (server.data_dir / "runtime.json").exists()
    with pytest.raises(httpx.HTTPError):
        httpx.get(f"{server.url}/healthz", timeout=2)
