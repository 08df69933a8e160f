"""Two real vLLM replicas of one model: load spread, one killed during a load run, rejoin.

Starts `reallabor up` with the embedded model served twice (two vLLM CPU processes behind
one model name), then:
1. spread: 16 concurrent requests; how many each replica served (vLLM's own counters);
2. failover: 40 requests (half streamed) from 8 workers; one replica's process group is
   SIGKILLed 2 s in. Every request must complete or end with a clean error; none may hang;
3. rejoin: seconds until the supervisor's restarted replica is healthy again, and whether it
   takes requests afterwards.
Anchor: vLLM's own guidance for replicas behind a load balancer (no shared state between
replicas); the goal is 0 hung requests and failover within one health interval (0.5 s here).

Usage: .venv/bin/python bench/replica_failover.py [--requests 40] [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import sys
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import openai

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.common import cli_json, running_server, unlimited_tenant

MODEL = "smollm2-135m-instruct"
PROMPT: list[Any] = [{"role": "user", "content": "Describe a gearbox in three sentences."}]
HANG_S = 120.0


def engines(env: dict[str, str]) -> list[dict[str, object]]:
    """The local engines of the model, as `reallabor status` reports them."""
    return [b for b in cli_json(env, "status")["backends"] if b["model"] == MODEL and "pid" in b]


def served(url: str) -> float:
    """Requests one vLLM process has finished (its own Prometheus counter)."""
    text = httpx.get(f"{url}/metrics", timeout=5).text
    return sum(
        float(v) for v in re.findall(r"^vllm:request_success_total\{[^}]*\} (\S+)", text, re.M)
    )


def one_call(client: openai.OpenAI, stream: bool) -> str:
    """'ok', or the error code of a clean failure."""
    try:
        if stream:
            for _ in client.chat.completions.create(
                model=MODEL, messages=PROMPT, max_tokens=48, stream=True
            ):
                pass
        else:
            client.chat.completions.create(model=MODEL, messages=PROMPT, max_tokens=48)
        return "ok"
    except openai.APIError as exc:
        body = exc.body if isinstance(exc.body, dict) else {}
        return f"error:{body.get('code') or type(exc).__name__}"


def main() -> None:
    """Run the three phases and print their figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--data-dir")
    args = parser.parse_args()
    extra = {
        "REALLABOR_SERVE_MODELS": f"{MODEL},{MODEL}",
        "REALLABOR_HEALTH_INTERVAL_S": "0.5",
        "REALLABOR_RESTART_BACKOFF_MAX_S": "2",
        "REALLABOR_UI_ENABLED": "false",
    }
    with running_server(args.data_dir, extra) as (url, env, ready_s):
        while len([e for e in engines(env) if e["healthy"]]) < 2:
            time.sleep(1)
        print(f"server with 2 replicas healthy after {ready_s:.0f} s")
        client = openai.OpenAI(base_url=f"{url}/v1", api_key=unlimited_tenant(env),
                               max_retries=0, timeout=HANG_S)  # fmt: skip
        first, second = engines(env)
        before = {str(e["url"]): served(str(e["url"])) for e in (first, second)}
        with ThreadPoolExecutor(16) as pool:
            list(pool.map(lambda _: one_call(client, False), range(16)))
        spread = {u: served(u) - n for u, n in before.items()}
        print("spread of 16 concurrent requests:", " / ".join(f"{n:.0f}" for n in spread.values()))

        def kill_later() -> None:
            time.sleep(2)
            os.killpg(int(second["pid"]), signal.SIGKILL)  # type: ignore[call-overload]

        killer = threading.Thread(target=kill_later)
        started = time.monotonic()
        killer.start()
        with ThreadPoolExecutor(8) as pool:
            timed = list(pool.map(lambda i: timed_call(client, i % 2 == 0), range(args.requests)))
        killer.join()
        outcomes = Counter(outcome for outcome, _ in timed)
        slowest = max(seconds for _, seconds in timed)
        print(f"failover run: {args.requests} requests in {time.monotonic() - started:.1f} s; "
              f"outcomes {dict(outcomes)}; slowest {slowest:.1f} s; hung (>{HANG_S:.0f} s): "
              f"{sum(1 for _, s in timed if s >= HANG_S)}")  # fmt: skip

        killed_at = time.monotonic()
        while True:
            now = {str(e["url"]): e for e in engines(env)}
            back = now.get(str(second["url"]))
            if back and back["pid"] != second["pid"] and back["healthy"]:
                break
            time.sleep(1)
        print(
            f"killed replica healthy again after {time.monotonic() - killed_at:.0f} s "
            "(supervised restart; vLLM start-up on 2 cores)"
        )
        rejoined_before = served(str(second["url"]))
        with ThreadPoolExecutor(16) as pool:
            list(pool.map(lambda _: one_call(client, False), range(16)))
        took = served(str(second["url"])) - rejoined_before
        print(f"after rejoin the restarted replica served {took:.0f} of 16")


def timed_call(client: openai.OpenAI, stream: bool) -> tuple[str, float]:
    """One call's outcome and its duration."""
    started = time.monotonic()
    outcome = one_call(client, stream)
    return outcome, time.monotonic() - started


if __name__ == "__main__":
    main()
