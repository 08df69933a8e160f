"""PII filter speed: analyzer ms per KB, and the latency each hop adds to a request.

Part 1 (in-process, one core): the analyzer on 1 KB and 16 KB German business text built
from the evaluation set; the input, retrieved-sources and output hops on typical sizes; the
stream redactor per delta. Goal: <= 5 ms per KB.
Part 2 (--gateway): time to first token through the real gateway and vLLM, streamed, for a
tenant whose policy switches the filter off and one with the default policy. Goal: the output
hop adds < 50 ms to the first token. Anchor: the same request with the filter off.

Usage: .venv/bin/python bench/pii_speed.py [--gateway] [--requests 20]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from itertools import pairwise
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.common import cli_json, percentile, running_server, unlimited_tenant
from compliance.pii.detector import PresidioDetector
from compliance.pii.entities import ENTITY_DEFAULTS
from compliance.pii.pii_filter import PiiFilter
from compliance.pii.policy import PiiPolicy
from compliance.pii.redaction import HopReceipt, PseudonymVault

DATA = Path("bench/data/pii_eval/de.jsonl")
MODEL = "smollm2-135m-instruct"


def corpus(size: int) -> str:
    """About `size` bytes of the German evaluation texts, joined."""
    texts = [json.loads(line)["text"] for line in DATA.open(encoding="utf-8") if line.strip()]
    out = ""
    while len(out.encode()) < size:
        out += texts[len(out) % len(texts)] + "\n\n"
    return out.encode()[:size].decode(errors="ignore")


def timed(fn: object, repeat: int) -> float:
    """Median milliseconds of `repeat` calls."""
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()  # type: ignore[operator]
        samples.append((time.perf_counter() - started) * 1000)
    return percentile(samples, 50)


def in_process() -> None:
    """Analyzer and hop timings without a server."""
    pii = PiiFilter(PresidioDetector())
    policy = PiiPolicy()
    detect_all = PiiPolicy(actions=dict.fromkeys(ENTITY_DEFAULTS, "detect"))
    pii.analyze("Warm-up: Herr Müller, Tel. 0341 1234567.", policy)
    for size in (1024, 16 * 1024):
        text = corpus(size)
        ms = timed(lambda text=text: pii.analyze(text, detect_all, "de"), 20)
        print(f"analyzer {size // 1024:>2} KB: {ms:7.2f} ms = {ms / (size / 1024):.2f} ms/KB")
    prompt = corpus(600)
    sources = corpus(4 * 900)
    answer = corpus(800)

    def input_hop() -> None:
        messages = [
            {"role": "system", "content": "Sie sind ein hilfreicher Assistent."},
            {"role": "user", "content": prompt},
        ]
        pii.redact_messages(messages, policy, PseudonymVault(), "input")

    print(f"input hop (600 B prompt):        {timed(input_hop, 20):7.2f} ms")

    def sources_hop() -> None:
        pii.redact_messages([{"role": "system", "content": sources}], policy, PseudonymVault(), "r")

    print(f"retrieved hop (4 chunks, 3.6 KB): {timed(sources_hop, 20):7.2f} ms")

    def output_hop() -> None:
        pii.redact_answer(answer, policy, PseudonymVault(), HopReceipt("output"))

    print(f"output hop (800 B answer):        {timed(output_hop, 20):7.2f} ms")
    deltas = [answer[i : i + 4] for i in range(0, len(answer), 4)]  # ~1 token per delta

    def stream_hop() -> None:
        redactor = pii.answer_stream(policy, PseudonymVault(), HopReceipt("output"))
        for delta in deltas:
            redactor.feed(delta)
        redactor.finish()

    ms = timed(stream_hop, 10)
    print(f"stream hop: {ms / len(deltas):.3f} ms per delta ({len(deltas)} deltas)")


def streamed(url: str, key: str, requests: int) -> list[list[tuple[float, str]]]:
    """Streamed requests; per request the content deltas with their arrival times in ms."""
    import openai

    client = openai.OpenAI(base_url=f"{url}/v1", api_key=key, max_retries=0)
    prompt = "Schreiben Sie eine kurze Nachricht an Herrn Jonas Weber, Tel. 0341 2345678."
    runs = []
    for _ in range(requests):
        started = time.perf_counter()
        stream = client.chat.completions.create(
            model=MODEL,
            messages=[{"role": "user", "content": prompt}],
            stream=True,
            max_tokens=32,
            temperature=0,
        )
        deltas = [
            ((time.perf_counter() - started) * 1000, chunk.choices[0].delta.content)
            for chunk in stream
            if chunk.choices and chunk.choices[0].delta.content
        ]
        runs.append(deltas)
    return runs


def replay_hold_back(runs: list[list[tuple[float, str]]]) -> list[float]:
    """The output hop alone on real streams: ms from the first delta to the first release."""
    pii = PiiFilter(PresidioDetector())
    delays = []
    for deltas in runs:
        redactor = pii.answer_stream(PiiPolicy(), PseudonymVault(), HopReceipt("output"))
        for arrived, text in deltas:
            started = time.perf_counter()
            if redactor.feed(text):
                work = (time.perf_counter() - started) * 1000
                delays.append(arrived - deltas[0][0] + work)
                break
    return delays


def gateway(requests: int) -> None:
    """TTFT through the real gateway with the filter off and with the default policy."""
    with running_server(os.environ.get("REALLABOR_BENCH_DATA_DIR")) as (url, env, _):
        before = {t["tenant"] for t in cli_json(env, "tenant", "list")}
        off_key = unlimited_tenant(env)
        (off_name,) = {t["tenant"] for t in cli_json(env, "tenant", "list")} - before
        actions = [f"{entity}=off" for entity in ENTITY_DEFAULTS]
        args = [arg for a in actions for arg in ("--set", a)]
        cli_json(env, "tenant", "pii-policy", off_name, *args)
        on_key = unlimited_tenant(env)
        streamed(url, on_key, 3)  # warm-up
        off = streamed(url, off_key, requests)
        on = streamed(url, on_key, requests)
    p_off = percentile([run[0][0] for run in off if run], 50)
    p_on = percentile([run[0][0] for run in on if run], 50)
    print(f"TTFT p50 filter off: {p_off:.1f} ms; default policy: {p_on:.1f} ms")
    print(
        f"end to end: {p_on - p_off:+.1f} ms (the model answers a pseudonymized prompt "
        "differently, so this mixes the filter with a different answer)"
    )
    held = replay_hold_back(off)
    gaps = [b[0] - a[0] for run in off for a, b in pairwise(run)]
    print(
        f"output hop alone, replayed on the unfiltered streams: first text released "
        f"{percentile(held, 50):.1f} ms (p50) / {percentile(held, 95):.1f} ms (p95) after the "
        f"first delta; one delta every {percentile(gaps, 50):.1f} ms (p50). Goal < 50 ms."
    )


def main() -> None:
    """Run the in-process part, and the gateway part when asked."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gateway", action="store_true")
    parser.add_argument("--requests", type=int, default=20)
    args = parser.parse_args()
    in_process()
    if args.gateway:
        gateway(args.requests)


if __name__ == "__main__":
    main()
