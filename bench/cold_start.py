"""Where `reallabor up` spends its time, cold and warm, next to vLLM alone with the same settings.

For each engine mode (`eager`: vLLM's --enforce-eager, no torch.compile; `compile`: vLLM's
default CPU compilation) it runs:
1. cold: `reallabor up` on a fresh data dir (so a fresh compile cache under it);
2. warm: `reallabor up` again on the same data dir;
3. anchor: vLLM alone, the same command line and environment the supervisor uses, on the
   warm data dir (what vLLM itself needs; the gap to 2. is the product's own cost).
Phases are taken from the moment each line first appears in the engine log (model
conversion, engine core up, weights loaded, compile/warm-up done, API up), then /healthz
200, the first streamed token of a short German prompt, and the decode speed of one stream.
Goals (issue 13): healthy < 150 s cold, < 45 s warm; >= 8 tokens/s; first token < 2 s.

Usage: .venv/bin/python bench/cold_start.py [--model NAME] [--modes eager,compile]
       [--runs cold,warm,anchor] [--tokens 64]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.common import BIN, sse_chunks
from serving.settings import Settings
from serving.supervisor import EngineSpec, EngineSupervisor, free_port

PROMPT = "Nennen Sie in einem Satz den Zweck einer Drehmomentprüfung."
MARKERS = {  # phase name: the first engine-log line that ends it
    "engine core up": r"Initializing a V1 LLM engine",
    "weights loaded": r"Loading weights took|Model loading took",
    "warm-up done": r"init engine \(profile, create kv cache, warmup model\) took",
    "API up": r"Starting vLLM API server|Application startup complete",
}


@dataclass
class Run:
    """One start: seconds from launch to each phase, and the speed afterwards."""

    label: str
    phases: dict[str, float] = field(default_factory=dict)
    first_token_s: float = 0.0
    tokens_per_s: float = 0.0


class LogWatch(threading.Thread):
    """Notes when each marker first shows up in a growing log file."""

    def __init__(self, path: Path, started: float, markers: dict[str, str]) -> None:
        super().__init__(daemon=True)
        self.path, self.started, self.markers = path, started, markers
        self.seen: dict[str, float] = {}
        self.offset = path.stat().st_size if path.exists() else 0
        self.stop = threading.Event()

    def run(self) -> None:
        """Poll the file every 0.2 s until stopped."""
        while not self.stop.is_set():
            if self.path.exists():
                with self.path.open("rb") as handle:
                    handle.seek(self.offset)
                    text = handle.read().decode(errors="replace")
                    self.offset = handle.tell()
                now = time.monotonic() - self.started
                for name, pattern in self.markers.items():
                    if name not in self.seen and re.search(pattern, text):
                        self.seen[name] = now
            time.sleep(0.2)


def wait_status(url: str, path: str, process: subprocess.Popen[bytes], timeout: float) -> None:
    """Block until GET url+path answers 200."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"process exited with {process.returncode} before {path} was 200")
        try:
            if httpx.get(url + path, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.25)
    raise SystemExit(f"{url}{path} not 200 after {timeout} s")


def stream_once(
    url: str, model: str, tokens: int, headers: dict[str, str] | None = None
) -> tuple[float, float]:
    """(first-token seconds, decode tokens/s) of one streamed answer."""
    body = {
        "model": model,
        "messages": [{"role": "user", "content": PROMPT}],
        "max_tokens": tokens,
        "min_tokens": tokens,
        "stream": True,
        "stream_options": {"include_usage": True},
    }
    started = time.monotonic()
    first = 0.0
    count = usage_tokens = 0
    with httpx.stream(
        "POST", f"{url}/v1/chat/completions", json=body, headers=headers, timeout=600
    ) as response:
        response.raise_for_status()
        for chunk in sse_chunks(response):
            if chunk.get("usage"):
                usage_tokens = int(chunk["usage"]["completion_tokens"])
            if any((c.get("delta") or {}).get("content") for c in chunk.get("choices") or []):
                count += 1
                if not first:
                    first = time.monotonic() - started
    total = time.monotonic() - started
    # Count tokens by the usage figure: the PII hop may hold a few back and release them in
    # one chunk, so chunks with content are fewer than tokens.
    tokens_seen = usage_tokens or count
    return first, (tokens_seen - 1) / max(total - first, 1e-6)


def product_run(label: str, data_dir: Path, env: dict[str, str], model: str, tokens: int) -> Run:
    """`reallabor up` until healthy, then one streamed answer through the gateway."""
    port = free_port()
    env = {**env, "REALLABOR_DATA_DIR": str(data_dir), "REALLABOR_PORT": str(port)}
    url = f"http://127.0.0.1:{port}"
    run = Run(label)
    engine_log = data_dir / "logs" / f"vllm-{model}.log"
    gateway_log = data_dir / "logs" / "gateway.log"
    started = time.monotonic()
    out = (data_dir.parent / f"{data_dir.name}-up.log").open("ab")
    process = subprocess.Popen(
        [str(BIN / "reallabor"), "up"], env=env, stdout=out, stderr=subprocess.STDOUT
    )
    watches = [
        LogWatch(engine_log, started, MARKERS),
        LogWatch(
            gateway_log,
            started,
            {"model registered": r"model imported", "gateway listening": r"gateway listening on"},
        ),
    ]
    for watch in watches:
        watch.start()
    try:
        wait_status(url, "/healthz", process, 1800)
        run.phases["healthy"] = time.monotonic() - started
        for watch in watches:
            run.phases.update(watch.seen)
        key = json.loads(
            subprocess.run(
                [str(BIN / "reallabor"), "tenant", "create", f"cold-{port}", "--json"],
                env=env, capture_output=True, text=True, check=True,
            ).stdout
        )["api_key"]  # fmt: skip
        run.first_token_s, run.tokens_per_s = stream_once(
            url, model, tokens, {"Authorization": f"Bearer {key}"}
        )
    finally:
        for watch in watches:
            watch.stop.set()
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=120)
        out.close()
    return run


def anchor_run(data_dir: Path, env: dict[str, str], model: str, tokens: int) -> Run:
    """vLLM alone: the supervisor's own command line and environment, no gateway."""
    os.environ.update({k: v for k, v in env.items() if k.startswith("REALLABOR_")})
    settings = Settings(data_dir=data_dir)
    port = free_port()
    spec = EngineSpec(model, settings.models_dir / model, port, settings.vllm_max_model_len)
    supervisor = EngineSupervisor(settings, [spec])
    log_path = data_dir.parent / f"{data_dir.name}-anchor.log"
    log_path.write_bytes(b"")
    run = Run("anchor: vLLM alone")
    started = time.monotonic()
    with log_path.open("ab") as out:
        process = subprocess.Popen(
            supervisor.command(spec),
            env=supervisor.environment(),
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        watch = LogWatch(log_path, started, MARKERS)
        watch.start()
        try:
            wait_status(spec.url, "/health", process, 1800)
            run.phases["healthy"] = time.monotonic() - started
            run.phases.update(watch.seen)
            run.first_token_s, run.tokens_per_s = stream_once(spec.url, model, tokens)
        finally:
            watch.stop.set()
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=120)
    return run


def print_runs(mode: str, runs: list[Run]) -> None:
    """One table per engine mode: phases in seconds from launch, then the speed."""
    names = ["model registered", "gateway listening", *MARKERS, "healthy"]
    print(f"\n## mode: {mode}")
    print(f"| run | {' | '.join(names)} | first token s | tokens/s |")
    print("|---|" + "---|" * (len(names) + 2))
    for run in runs:
        cells = [f"{run.phases[n]:.0f}" if n in run.phases else "-" for n in names]
        print(
            f"| {run.label} | {' | '.join(cells)} | {run.first_token_s:.2f} "
            f"| {run.tokens_per_s:.1f} |"
        )


def main() -> None:
    """Run the requested modes and print one table each, with the goals."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="smollm2-135m-instruct")
    parser.add_argument("--modes", default="eager,compile")
    parser.add_argument("--runs", default="cold,warm,anchor")
    parser.add_argument("--tokens", type=int, default=64)
    args = parser.parse_args()
    runs_wanted = args.runs.split(",")
    print(f"model {args.model}, {os.cpu_count()} CPUs, {args.tokens} tokens per answer")
    for mode in args.modes.split(","):
        data_dir = Path(tempfile.mkdtemp(prefix=f"reallabor-cold-{mode}-")) / "data"
        env = {
            **os.environ,
            "REALLABOR_SERVE_MODELS": args.model,
            "REALLABOR_VLLM_ENFORCE_EAGER": "true" if mode == "eager" else "false",
        }
        runs: list[Run] = []
        if "cold" in runs_wanted:
            runs.append(
                product_run("cold (fresh data dir)", data_dir, env, args.model, args.tokens)
            )
        if "warm" in runs_wanted:
            runs.append(product_run("warm (second start)", data_dir, env, args.model, args.tokens))
        if "anchor" in runs_wanted:
            runs.append(anchor_run(data_dir, env, args.model, args.tokens))
        print_runs(mode, runs)
    print(
        "\ngoals: healthy < 150 s cold and < 45 s warm; >= 8 tokens/s and first token < 2 s "
        "for a short prompt. Anchor: vLLM alone with the same command line."
    )


if __name__ == "__main__":
    main()
