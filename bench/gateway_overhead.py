"""Gateway overhead: the same requests direct to vLLM and through the gateway.

Prints p50/p95 latency of a short chat request and aggregate tokens/s at 1, 4 and 16
concurrent streams, as ratios gateway/direct. Goals on a 2-core machine: p50 latency ratio
<= 1.05, throughput ratio >= 0.95 at 16 streams. Anchor: LiteLLM's proxy publishes a median
overhead of 3-12 ms per request.

Usage: .venv/bin/python bench/gateway_overhead.py [--requests 40] [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path

import openai

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.common import cli_json, percentile, running_server, unlimited_tenant

MODEL = "smollm2-135m-instruct"
PROMPT = [{"role": "user", "content": "Name one part of a car."}]


async def latency(client: openai.AsyncOpenAI) -> float:
    """Seconds for one short non-streamed chat request."""
    started = time.perf_counter()
    await client.chat.completions.create(model=MODEL, messages=PROMPT, max_tokens=8, temperature=0)
    return time.perf_counter() - started


async def stream_tokens(client: openai.AsyncOpenAI, tokens: int) -> int:
    """Run one stream of exactly `tokens` tokens; returns the completion tokens counted."""
    stream = await client.chat.completions.create(
        model=MODEL,
        messages=PROMPT,
        max_tokens=tokens,
        stream=True,
        stream_options={"include_usage": True},
        extra_body={"ignore_eos": True},
    )
    used = 0
    async for chunk in stream:
        if chunk.usage:
            used = chunk.usage.completion_tokens
    return used


async def throughput(client: openai.AsyncOpenAI, streams: int, rounds: int) -> float:
    """Aggregate completion tokens per second with `streams` concurrent streams."""
    started = time.perf_counter()
    total = 0
    for _ in range(rounds):
        counts = await asyncio.gather(*(stream_tokens(client, 64) for _ in range(streams)))
        total += sum(counts)
    return total / (time.perf_counter() - started)


async def measure(gateway: str, direct: str, key: str, requests: int) -> None:
    """Interleave direct and gateway runs so drift hits both alike."""
    clients = {
        "direct": openai.AsyncOpenAI(base_url=f"{direct}/v1", api_key="none", max_retries=0),
        "gateway": openai.AsyncOpenAI(base_url=f"{gateway}/v1", api_key=key, max_retries=0),
    }
    for client in clients.values():  # warm up connections and caches
        for _ in range(3):
            await latency(client)
    samples: dict[str, list[float]] = {"direct": [], "gateway": []}
    for _ in range(requests):
        for name, client in clients.items():
            samples[name].append(await latency(client))
    p50 = {name: percentile(values, 50) for name, values in samples.items()}
    p95 = {name: percentile(values, 95) for name, values in samples.items()}
    print(f"latency, short chat (max_tokens=8), {requests} requests each")
    for name in samples:
        print(f"  {name:<8} p50 {p50[name] * 1000:7.1f} ms   p95 {p95[name] * 1000:7.1f} ms")
    overhead_ms = (p50["gateway"] - p50["direct"]) * 1000
    print(
        f"  ratio gateway/direct: p50 {p50['gateway'] / p50['direct']:.3f} (goal <= 1.05), "
        f"p95 {p95['gateway'] / p95['direct']:.3f}; "
        f"p50 overhead {overhead_ms:.1f} ms (anchor: LiteLLM proxy 3-12 ms)"
    )
    print("throughput, streams of 64 tokens (ignore_eos)")
    for streams in (1, 4, 16):
        rounds = 4 if streams < 16 else 3
        rate = {name: 0.0 for name in clients}
        for name, client in clients.items():
            rate[name] = await throughput(client, streams, rounds)
        ratio = rate["gateway"] / rate["direct"]
        goal = " (goal >= 0.95)" if streams == 16 else ""
        print(
            f"  {streams:>2} streams: direct {rate['direct']:6.1f} tok/s, "
            f"gateway {rate['gateway']:6.1f} tok/s, ratio {ratio:.3f}{goal}"
        )


def main() -> None:
    """Start a server, measure, print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--data-dir", default=None, help="data dir to use (default: a temp dir)")
    args = parser.parse_args()
    with running_server(args.data_dir) as (url, env, cold_start):
        print(
            f"cold start of `reallabor up` to healthy /healthz: {cold_start:.0f} s (target < 150 s)"
        )
        key = unlimited_tenant(env)
        backend = next(b for b in cli_json(env, "status")["backends"] if b["model"] == MODEL)
        asyncio.run(measure(url, backend["url"], key, args.requests))


if __name__ == "__main__":
    main()
