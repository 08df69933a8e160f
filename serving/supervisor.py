"""Starts one vLLM server per local model as a child process and keeps it running."""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import logging
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from serving.engine_progress import EngineProgress, read_progress
from serving.settings import Settings

log = logging.getLogger(__name__)

_PR_SET_PDEATHSIG = 1
STABLE_AFTER_S = 120.0  # an engine that ran this long before dying restarts without back-off


@dataclass
class EngineSpec:
    """One local model to serve: where its weights are and on which port."""

    model: str
    path: Path
    port: int
    max_model_len: int
    replica: int = 0  # a model listed n times in REALLABOR_SERVE_MODELS runs n engines

    @property
    def url(self) -> str:
        """The engine's own base URL."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def log_name(self) -> str:
        """The engine's log file: one per replica of a model."""
        suffix = f"-{self.replica}" if self.replica else ""
        return f"vllm-{self.model}{suffix}.log"


@dataclass
class _Engine:
    spec: EngineSpec
    process: subprocess.Popen[bytes] | None = None
    started_at: float = 0.0
    failures: int = 0
    next_start: float = 0.0
    log_offset: int = 0  # where this start's lines begin in the engine's log
    log_file: IO[bytes] | None = field(default=None, repr=False)


def free_port() -> int:
    """A TCP port on loopback that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _die_with_parent() -> None:
    # Runs in the child before exec: if the gateway is killed, the engine gets SIGTERM.
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


class EngineSupervisor:
    """Spawns, watches, restarts (with back-off) and stops vLLM engine processes."""

    def __init__(self, settings: Settings, specs: list[EngineSpec]) -> None:
        self.settings = settings
        # By URL: a model may be served by several local engines (replicas).
        self.engines = {spec.url: _Engine(spec) for spec in specs}
        self._task: asyncio.Task[None] | None = None
        self._stopping = False

    def is_local(self, url: str) -> bool:
        """Whether `url` is one of this supervisor's engines."""
        return url in self.engines

    def pid(self, url: str) -> int | None:
        """The process id (its process group id too) of the engine at `url`, if it runs."""
        engine = self.engines.get(url)
        if engine and engine.process and engine.process.poll() is None:
            return engine.process.pid
        return None

    def progress(self, url: str) -> EngineProgress | None:
        """How far the local engine at `url` is with its start-up (None: not local or down)."""
        engine = self.engines.get(url)
        if engine is None or engine.process is None or engine.process.poll() is not None:
            return None
        return read_progress(
            self.settings.logs_dir / engine.spec.log_name,
            engine.log_offset,
            time.monotonic() - engine.started_at,
        )

    def spawn_all(self) -> None:
        """Start every engine that is not running yet (at once: they take the longest)."""
        for engine in self.engines.values():
            if engine.process is None:
                self._spawn(engine)

    async def start(self) -> None:
        """Start the engines not started yet and the watch loop."""
        self.spawn_all()
        self._task = asyncio.create_task(self._watch())

    async def stop(self, grace_s: float = 20.0) -> None:
        """Stop the watch loop, then every engine: SIGTERM to its group, SIGKILL after grace."""
        self._stopping = True
        if self._task:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        running = [e for e in self.engines.values() if e.process]
        for engine in running:
            _signal_group(engine, signal.SIGTERM)
        deadline = time.monotonic() + grace_s
        while time.monotonic() < deadline and any(  # noqa: ASYNC110 - polls child processes
            e.process and e.process.poll() is None for e in running
        ):
            await asyncio.sleep(0.2)
        for engine in running:
            _signal_group(engine, signal.SIGKILL)  # stragglers of the group, e.g. engine core
            if engine.process:
                with contextlib.suppress(subprocess.TimeoutExpired):
                    engine.process.wait(timeout=5)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(_group_alive(e) for e in running):  # noqa: ASYNC110
            await asyncio.sleep(0.1)
        for engine in running:
            if engine.log_file:
                engine.log_file.close()
        log.info("engines stopped")

    def command(self, spec: EngineSpec) -> list[str]:
        """The command line that starts vLLM's OpenAI server for one model."""
        python = self.settings.vllm_python or sys.executable
        return [
            python, "-m", "vllm.entrypoints.openai.api_server",
            "--model", str(spec.path),
            "--served-model-name", spec.model,
            "--dtype", self.settings.vllm_dtype,
            "--max-model-len", str(spec.max_model_len),
            "--host", "127.0.0.1",
            "--port", str(spec.port),
            "--no-enable-log-requests",
            "--disable-uvicorn-access-log",
            *(["--enforce-eager"] if self.settings.vllm_enforce_eager else []),
            *(["--scheduling-policy", "priority"] if self.settings.vllm_priority_scheduling
              else []),
            *self.settings.vllm_extra_args,
        ]  # fmt: skip

    def environment(self, spec: EngineSpec | None = None) -> dict[str, str]:
        """The engines' environment: offline, no usage stats, caches under the data dir, and
        each engine's threads on a core of its own where there are enough."""
        env = dict(os.environ)
        if spec is not None and "VLLM_CPU_OMP_THREADS_BIND" not in env:
            env.update(self._core_of(spec))
        env.update(
            VLLM_CPU_KVCACHE_SPACE=str(self.settings.vllm_kvcache_gib),
            VLLM_CACHE_ROOT=str(self.settings.engine_cache_dir.resolve()),
            HF_HUB_OFFLINE="1",
            TRANSFORMERS_OFFLINE="1",
            VLLM_NO_USAGE_STATS="1",
            # One prefill step of a long prompt can take minutes on a busy CPU core; vLLM's
            # default of 300 s declared the engine dead in the middle of such an answer.
            VLLM_EXECUTE_MODEL_TIMEOUT_SECONDS=os.environ.get(
                "VLLM_EXECUTE_MODEL_TIMEOUT_SECONDS", "1800"
            ),
            DO_NOT_TRACK="1",
        )
        return env

    def _core_of(self, spec: EngineSpec) -> dict[str, str]:
        # vLLM's CPU backend binds an engine to all cores but one it reserves, so two engines
        # on a 2-core machine both ran on core 0 and core 1 stayed idle (measured: a 16-token
        # answer of the small model took 15 s beside the German one). Engines take the
        # machine's cores in turn instead, one model after the other (replicas of one model
        # share its core, so a large model does not share one with a small model's replica).
        cores = sorted(os.sched_getaffinity(0))
        if len(self.engines) < 2 or len(cores) < 2:
            return {}
        models = list(dict.fromkeys(e.spec.model for e in self.engines.values()))
        position = models.index(spec.model)
        if len(models) == 1:  # replicas of one model: spread them instead
            position = list(self.engines).index(spec.url)
        return {
            "VLLM_CPU_OMP_THREADS_BIND": str(cores[position % len(cores)]),
            "VLLM_CPU_NUM_OF_RESERVED_CPU": "0",
        }

    def _spawn(self, engine: _Engine) -> None:
        logs = self.settings.logs_dir
        logs.mkdir(parents=True, exist_ok=True)
        if engine.log_file is None:
            engine.log_file = (logs / engine.spec.log_name).open("ab")
        engine.log_offset = engine.log_file.seek(0, os.SEEK_END)
        engine.log_file.write(f"\n=== start {time.strftime('%Y-%m-%dT%H:%M:%S')} ===\n".encode())
        engine.log_file.flush()
        engine.process = subprocess.Popen(
            self.command(engine.spec),
            stdout=engine.log_file,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=self.environment(engine.spec),
            start_new_session=True,  # its own process group, so stop() reaches its children
            preexec_fn=_die_with_parent,
        )
        engine.started_at = time.monotonic()
        log.info(
            "engine started model=%s pid=%s port=%s",
            engine.spec.model,
            engine.process.pid,
            engine.spec.port,
        )

    async def _watch(self) -> None:
        while not self._stopping:
            now = time.monotonic()
            for engine in self.engines.values():
                process = engine.process
                if process is None or process.poll() is None:
                    if process is None and now >= engine.next_start:
                        self._spawn(engine)
                    continue
                ran = now - engine.started_at
                engine.failures = 0 if ran >= STABLE_AFTER_S else engine.failures + 1
                delay = min(2.0**engine.failures, self.settings.restart_backoff_max_s)
                log.warning(
                    "engine exited model=%s code=%s after %.0f s; restart in %.0f s",
                    engine.spec.model,
                    process.returncode,
                    ran,
                    delay,
                )
                _signal_group(engine, signal.SIGKILL)
                engine.process = None
                engine.next_start = now + delay
            await asyncio.sleep(0.5)


def _signal_group(engine: _Engine, sig: signal.Signals) -> None:
    if engine.process is None:
        return
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(engine.process.pid, sig)


def _group_alive(engine: _Engine) -> bool:
    if engine.process is None:
        return False
    try:
        os.killpg(engine.process.pid, 0)
    except (ProcessLookupError, PermissionError):
        return False
    return True
