"""Helpers shared by the benchmarks: start or find a server, make a tenant, percentiles."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from serving.supervisor import free_port

BIN = Path(sys.executable).parent


@contextmanager
def running_server(
    data_dir: str | None, extra_env: dict[str, str] | None = None
) -> Iterator[tuple[str, dict[str, str], float]]:
    """Start `reallabor up` on a fresh data dir; yields (url, env, seconds to healthy)."""
    root = Path(data_dir or tempfile.mkdtemp(prefix="reallabor-bench-"))
    port = free_port()
    env = {**os.environ, "REALLABOR_DATA_DIR": str(root), "REALLABOR_PORT": str(port)}
    env.update(extra_env or {})
    url = f"http://127.0.0.1:{port}"
    log = (root.parent / f"{root.name}-server.log").open("wb")
    started = time.monotonic()
    process = subprocess.Popen([str(BIN / "reallabor"), "up"], env=env, stdout=log, stderr=log)
    try:
        while True:
            if process.poll() is not None:
                raise SystemExit(f"server exited; see {log.name}")
            try:
                if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        yield url, env, time.monotonic() - started
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=90)
        log.close()


def cli_json(env: dict[str, str], *args: str) -> Any:
    """Run a `reallabor` CLI command with --json."""
    out = subprocess.run(
        [str(BIN / "reallabor"), *args, "--json"], env=env, capture_output=True, text=True
    )
    if out.returncode != 0:
        raise SystemExit(out.stderr)
    return json.loads(out.stdout)


def unlimited_tenant(env: dict[str, str]) -> str:
    """A tenant without quotas or rate limit; returns its API key."""
    name = f"bench-{uuid.uuid4().hex[:6]}"
    key = cli_json(env, "tenant", "create", name)["api_key"]
    cli_json(
        env, "tenant", "limits", name, "--daily-tokens", "-1", "--monthly-tokens", "-1",
        "--rpm", "-1",
    )  # fmt: skip
    return str(key)


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0..100) by nearest rank."""
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def sse_chunks(response: httpx.Response) -> Iterator[dict[str, Any]]:
    """The parsed `data:` chunks of a streamed chat completion, up to `[DONE]`."""
    for line in response.iter_lines():
        if line.startswith("data: ") and line != "data: [DONE]":
            yield json.loads(line[6:])
