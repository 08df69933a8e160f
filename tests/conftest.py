"""Shared fixtures: one real `reallabor up` (with real vLLM on the CPU) per test session."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import httpx
import openai
import pytest
from playwright.sync_api import Browser, expect, sync_playwright

from serving.supervisor import free_port
from tests.fixtures.browser import CHROMIUM, CHROMIUM_ARGS, UI_TIMEOUT_MS
from tests.fixtures.recording_proxy import RecordingProxy

T = TypeVar("T")
BIN = Path(sys.executable).parent
EMBEDDED = "smollm2-135m-instruct"
GHOST = "ghost-model"  # a remote backend nobody listens on: the "backend down" case
RECORDED = "recorded-smollm"  # the embedded model behind a proxy that records what it receives
STARTUP_TIMEOUT_S = 480
DEAD_REPLICA = f"http://127.0.0.1:{free_port()}"


@dataclass
class Server:
    """A running Reallabor server started by the tests."""

    url: str
    data_dir: Path
    env: dict[str, str]
    process: subprocess.Popen[bytes]
    log_path: Path
    startup_statuses: list[int] = field(default_factory=list)
    ready_after_s: float = 0.0
    proxy: RecordingProxy | None = None

    def cli(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        """Run the `reallabor` CLI against this server."""
        result = subprocess.run(
            [str(BIN / "reallabor"), *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        if check and result.returncode != 0:
            raise AssertionError(f"reallabor {' '.join(args)} failed: {result.stderr}")
        return result

    def cli_json(self, *args: str) -> Any:
        """Run a CLI command with --json and parse its output."""
        return json.loads(self.cli(*args, "--json").stdout)

    @staticmethod
    def cli_json_from(stdout: str) -> Any:
        """Parse the JSON a CLI command printed."""
        return json.loads(stdout)

    def client(self, api_key: str, **kwargs: Any) -> openai.OpenAI:
        """The official OpenAI SDK pointed at the gateway, without retries."""
        kwargs.setdefault("max_retries", 0)
        kwargs.setdefault("timeout", 300)
        return openai.OpenAI(base_url=f"{self.url}/v1", api_key=api_key, **kwargs)

    def new_tenant(self, prefix: str = "t") -> tuple[str, str]:
        """Create a fresh tenant; returns (name, api_key)."""
        name = f"{prefix}-{uuid.uuid4().hex[:8]}"
        data = self.cli_json("tenant", "create", name)
        return data["tenant"], data["api_key"]

    def new_user(self, tenant: str, role: str = "member") -> dict[str, Any]:
        """A user made the way an operator makes one: with the CLI (username and password)."""
        username = f"{role[:6]}-{uuid.uuid4().hex[:6]}"
        data = self.cli_json(
            "user", "create", "--tenant", tenant, "--username", username, "--role", role
        )
        assert set(data) >= {"username", "password"} and data["username"] == username
        return dict(data)

    def wait_healthy(self, timeout: float = STARTUP_TIMEOUT_S) -> None:
        """Block until /healthz answers 200 (or fail with the server's log tail)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"server exited early:\n{self.log_tail()}")
            try:
                status = httpx.get(f"{self.url}/healthz", timeout=5).status_code
                self.startup_statuses.append(status)
                if status == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(1)
        raise AssertionError(f"server not healthy after {timeout} s:\n{self.log_tail()}")

    def admin_token(self) -> str:
        """The installation's admin token (the operator's key for /admin and acting for tenants)."""
        return (self.data_dir / "admin_token").read_text().strip()

    def database_bytes(self) -> bytes:
        """The SQLite database as stored: the main file and its write-ahead log (WAL mode
        keeps most new rows in the WAL until a checkpoint)."""
        main = self.data_dir / "reallabor.db"
        wal = self.data_dir / "reallabor.db-wal"
        return main.read_bytes() + (wal.read_bytes() if wal.exists() else b"")

    def log_tail(self, lines: int = 40) -> str:
        """The last lines of the server's output."""
        text = self.log_path.read_text(errors="replace") if self.log_path.exists() else ""
        return "\n".join(text.splitlines()[-lines:])


def eventually(check: Callable[[], T], timeout: float = 5.0) -> T:
    """Retry `check` until it stops raising AssertionError (records land after the answer)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            return check()
        except AssertionError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


ENGINE_FIXTURES = {"server", "german", "browser"}  # a real vLLM gateway, or Chromium with one


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every test that needs the engines (`-m "not engine"` is `make test-fast`)."""
    for item in items:
        if ENGINE_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.engine)


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """Start `reallabor up` on a fresh data dir and wait until a model answers."""
    data_dir = tmp_path_factory.mktemp("reallabor-data")
    port = free_port()
    proxy = RecordingProxy(free_port(), EMBEDDED).start()
    env = {
        **os.environ,
        "REALLABOR_DATA_DIR": str(data_dir),
        "REALLABOR_PORT": str(port),
        "REALLABOR_HEALTH_INTERVAL_S": "0.5",
        # Two real vLLM processes for the embedded model: replicas to spread over and fail over.
        # The German default has a server of its own in tests/test_german_default.py.
        "REALLABOR_SERVE_MODELS": f"{EMBEDDED},{EMBEDDED}",
        # A model nobody serves, and a dead second replica beside the local engine.
        "REALLABOR_REMOTE_BACKENDS": json.dumps(
            {
                GHOST: [f"http://127.0.0.1:{free_port()}"],
                EMBEDDED: [DEAD_REPLICA],
                RECORDED: [f"http://127.0.0.1:{proxy.server_port}"],
            }
        ),
        "REALLABOR_RESTART_BACKOFF_MAX_S": "2",
        # A call past its tenant's fair share waits this long, then gets a 429. The tests' own
        # bursts (16 parallel streams, the fail-over load) come from one key: 16 calls each
        # (the CPU default of 4 is measured in bench/noisy_neighbour.py).
        "REALLABOR_FAIR_WAIT_S": "3",
        "REALLABOR_TENANT_MAX_CONCURRENT": "16",
        # Short answers: the tests check what passes the pipeline, not prose (the defaults,
        # 512 and 160, are for people).
        "REALLABOR_UI_MAX_TOKENS": "96",
        "REALLABOR_SIDE_BY_SIDE_MAX_TOKENS": "48",
    }
    started = time.monotonic()
    srv = launch(data_dir, env, data_dir.parent / "server-output.log")
    srv.proxy = proxy
    try:
        srv.wait_healthy()

        def both_engines_up() -> list[dict[str, Any]]:
            backends = srv.cli_json("status")["backends"]
            local = [b for b in backends if b.get("pid") and b["model"] == EMBEDDED]
            assert len(local) == 2 and all(b["healthy"] for b in local), local
            return local

        engines = eventually(both_engines_up, timeout=STARTUP_TIMEOUT_S)
        proxy.upstream = engines[0]["url"]
        srv.ready_after_s = time.monotonic() - started
        print(f"\nreallabor up: healthy after {srv.ready_after_s:.0f} s")
        yield srv
    finally:
        stop(srv.process)
        proxy.stop()


def launch(data_dir: Path, env: dict[str, str], log_path: Path) -> Server:
    """Start `reallabor up` with `env` (its port in REALLABOR_PORT), output appended to a log."""
    env = {k: v for k, v in env.items() if k != "REALLABOR_URL"}
    with log_path.open("ab") as log_file:
        process = subprocess.Popen(
            [str(BIN / "reallabor"), "up"], env=env, stdout=log_file, stderr=subprocess.STDOUT
        )
    return Server(f"http://127.0.0.1:{env['REALLABOR_PORT']}", data_dir, env, process, log_path)


def start_modelless(data_dir: Path, log: Path, **extra_env: str) -> Server:
    """`reallabor up` without models on `data_dir` (fault and schedule tests stop and start it
    at will without touching the session's server); returns once it answers HTTP."""
    env = {
        **os.environ,
        "REALLABOR_DATA_DIR": str(data_dir),
        "REALLABOR_PORT": str(free_port()),
        "REALLABOR_SERVE_MODELS": "",
        "REALLABOR_REMOTE_BACKENDS": "{}",
        "REALLABOR_UI_ENABLED": "false",
        **extra_env,
    }
    gateway = launch(data_dir, env, log)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:  # no model here: /healthz answers 503, which is enough
        assert gateway.process.poll() is None, gateway.log_tail()
        try:
            httpx.get(f"{gateway.url}/healthz", timeout=5)
            return gateway
        except httpx.HTTPError:
            time.sleep(0.5)
    raise AssertionError(f"gateway did not start:\n{gateway.log_tail()}")


def stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM, then SIGKILL if the server has not stopped within a minute."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, headless, for the browser tests of one module."""
    # Playwright's assertions wait 5 s by default; a Gradio page on a loaded 2-core machine
    # may take longer to load (CI: the second seat's header was still "Laden..." after 5 s).
    expect.set_options(timeout=UI_TIMEOUT_MS)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
