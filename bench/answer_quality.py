"""Answer quality per model: German questions over German documents, through the real gateway.

Starts `reallabor up` (or uses `--url`/`--key`), uploads the eight German bench documents
(bench/data/retrieval_de/docs: handbook, contract, work instruction, 8D report, IT policy,
CSV, e-mail, shift rules) into a fresh tenant and asks the 24 questions of
bench/data/answer_quality_de.jsonl (18 answerable, 6 whose answer is in no document), with
retrieval on (top-k 4) and the tenant's PII filter on, streamed, temperature 0. Scored:
- fact: every required fact of the question in the answer (any listed spelling);
- citation: the answer cites [n] and at least one cited source holds a fact;
- German: the answer's function words are German (more than twice the English ones);
- refusal: for the unanswerable questions, the answer says the sources do not hold it.
Printed per model and per split (`tune`: ids a01-a09, u01-u03, on which the instruction and
citation format may be tuned; `held-out`: the rest, never tuned on), with first-token time
and tokens/s. Naive baseline in the same run: the retrieval's top-1 chunk as the "answer"
(no model): how often the fact is in what the model was given first.

Usage: .venv/bin/python bench/answer_quality.py [--models a,b] [--max-tokens 160]
       [--url URL --key KEY]   (an installation that is already up)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.common import cli_json, percentile, running_server, sse_chunks, unlimited_tenant
from serving.settings import EMBEDDED_MODEL, GERMAN_MODEL

DATA = Path(__file__).parent / "data"
DOCS = DATA / "retrieval_de" / "docs"
QUESTIONS = DATA / "answer_quality_de.jsonl"
TUNE_IDS = {f"a{n:02d}" for n in range(1, 10)} | {"u01", "u02", "u03"}
_GERMAN = (
    "der die das und ist sind mit den dem des von zu nicht werden wird eine ein einer für auf "
    "im bei sich nach oder auch als wie aus sie es muss müssen beträgt dürfen darf"
)
_ENGLISH = "the and is are of to with for be this that it not from by on"
GERMAN_WORDS, ENGLISH_WORDS = frozenset(_GERMAN.split()), frozenset(_ENGLISH.split())
REFUSAL = re.compile(
    r"nicht (?:in den|aus den) (?:Quellen|Dokumenten)"
    r"|(?:Quellen|Dokumente) enthalten (?:keine|nicht)"
    r"|keine (?:Angabe|Information|Auskunft)|nicht (?:beantworten|enthalten|angegeben|genannt)"
    r"|(?:kann|können) (?:ich|wir) (?:das |diese Frage )?nicht",
    re.IGNORECASE,
)


@dataclass
class Outcome:
    """One question asked to one model."""

    qid: str
    kind: str
    fact: bool
    cited: bool
    german: bool
    refused: bool
    first_token_s: float
    tokens_per_s: float
    baseline_fact: bool


def words(text: str) -> list[str]:
    """Lower-case words of a text."""
    return re.findall(r"[a-zäöüß]+", text.lower())


def is_german(text: str) -> bool:
    """More than twice as many German function words as English ones, and at least three."""
    found = words(text)
    german = sum(w in GERMAN_WORDS for w in found)
    return german >= 3 and german > 2 * sum(w in ENGLISH_WORDS for w in found)


def has_fact(text: str, spellings: list[str]) -> bool:
    """Whether any spelling of a fact occurs in the text (case and spacing ignored)."""
    flat = " ".join(text.split()).lower()
    return any(" ".join(s.split()).lower() in flat for s in spellings)


def ask(url: str, key: str, model: str, question: str, max_tokens: int) -> dict[str, Any]:
    """Stream one answer; returns text, sources, first-token time and tokens/s."""
    body = {
        "model": model,
        "messages": [{"role": "user", "content": question}],
        "max_tokens": max_tokens,
        "temperature": 0,
        "stream": True,
        "stream_options": {"include_usage": True},
        "retrieval": {"top_k": 4},
    }
    started = time.monotonic()
    first, text, sources, tokens = 0.0, "", [], 0
    with httpx.stream(
        "POST",
        f"{url}/v1/chat/completions",
        json=body,
        headers={"Authorization": f"Bearer {key}"},
        timeout=900,
    ) as response:
        response.raise_for_status()
        for chunk in sse_chunks(response):
            sources = chunk.get("sources") or sources
            if chunk.get("usage"):
                tokens = int(chunk["usage"]["completion_tokens"])
            for choice in chunk.get("choices") or []:
                piece = (choice.get("delta") or {}).get("content") or ""
                if piece and not first:
                    first = time.monotonic() - started
                text += piece
    total = time.monotonic() - started
    speed = (tokens - 1) / max(total - first, 1e-6) if tokens > 1 and first else 0.0
    return {"text": text, "sources": sources, "first": first, "speed": speed}


def score(question: dict[str, Any], answer: dict[str, Any]) -> Outcome:
    """The four checks for one answer."""
    text, sources = answer["text"], answer["sources"]
    facts: list[list[str]] = question["facts"]
    fact = bool(facts) and all(has_fact(text, spellings) for spellings in facts)
    cited_numbers = {int(n) for n in re.findall(r"\[(\d+)\]", text)}
    holding = {
        s["index"] for s in sources if any(has_fact(s["text"], spellings) for spellings in facts)
    }
    top = sources[0]["text"] if sources else ""
    return Outcome(
        qid=question["id"],
        kind=question["kind"],
        fact=fact,
        cited=bool(cited_numbers & holding),
        german=is_german(text),
        refused=bool(REFUSAL.search(text)),
        first_token_s=answer["first"],
        tokens_per_s=answer["speed"],
        baseline_fact=bool(facts) and all(has_fact(top, spellings) for spellings in facts),
    )


def summary(outcomes: list[Outcome]) -> dict[str, float]:
    """Rates over a set of outcomes (answerable and unanswerable counted apart)."""
    answerable = [o for o in outcomes if o.kind == "answerable"]
    unanswerable = [o for o in outcomes if o.kind == "unanswerable"]

    def rate(items: list[Outcome], attribute: str) -> float:
        return sum(getattr(o, attribute) for o in items) / len(items) if items else float("nan")

    return {
        "fact": rate(answerable, "fact"),
        "citation": rate(answerable, "cited"),
        "german": rate(outcomes, "german"),
        "refusal": rate(unanswerable, "refused"),
        "false refusal": rate(answerable, "refused"),
        "baseline fact": rate(answerable, "baseline_fact"),
        "first token p50 s": percentile([o.first_token_s for o in outcomes], 50),
        "tokens/s p50": percentile([o.tokens_per_s for o in outcomes], 50),
    }


def upload_documents(url: str, key: str) -> None:
    """Upload the bench documents and wait until they are indexed."""
    files = [("files", (p.name, p.read_bytes())) for p in sorted(DOCS.iterdir())]
    headers = {"Authorization": f"Bearer {key}"}
    httpx.post(f"{url}/v1/documents", headers=headers, files=files, timeout=300).raise_for_status()
    while True:
        docs = httpx.get(f"{url}/v1/documents", headers=headers, timeout=30).json()["data"]
        if all(d["status"] in {"ready", "failed"} for d in docs):
            return
        time.sleep(1)


def wait_model(url: str, model: str) -> None:
    """Block until the model answers (the German engine may still be starting)."""
    while model not in httpx.get(f"{url}/healthz", timeout=10).json()["models_healthy"]:
        time.sleep(2)


def main() -> None:
    """Ask every question to every model and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", default=f"{GERMAN_MODEL},{EMBEDDED_MODEL}")
    parser.add_argument("--max-tokens", type=int, default=160)
    parser.add_argument("--url")
    parser.add_argument("--key")
    parser.add_argument("--show", action="store_true", help="print every answer")
    args = parser.parse_args()
    models = args.models.split(",")
    questions = [json.loads(line) for line in QUESTIONS.read_text().splitlines() if line]
    with ExitStack() as stack:
        if args.url:
            url, key = args.url, args.key
        else:
            extra = {"REALLABOR_SERVE_MODELS": ",".join(models)}
            url, env, _ = stack.enter_context(running_server(None, extra))
            key = unlimited_tenant(env)
            cli_json(env, "status")
        upload_documents(url, key)
        print(f"{len(questions)} questions, {len(list(DOCS.iterdir()))} documents, models {models}")
        print(
            "| model | split | fact | citation | German | refusal | false refusal | "
            "baseline: top-1 chunk holds the fact | first token p50 s | tokens/s p50 |"
        )
        print("|---|---|---|---|---|---|---|---|---|---|")
        for model in models:
            wait_model(url, model)
            outcomes = []
            for question in questions:
                answer = ask(url, key, model, question["question"], args.max_tokens)
                outcomes.append(score(question, answer))
                if args.show:
                    print(f"  {model} {question['id']}: {answer['text']!r}", file=sys.stderr)
            for split, chosen in (
                ("tune", [o for o in outcomes if o.qid in TUNE_IDS]),
                ("held-out", [o for o in outcomes if o.qid not in TUNE_IDS]),
                ("all", outcomes),
            ):
                s = summary(chosen)
                print(
                    f"| {model} | {split} | {s['fact']:.2f} | {s['citation']:.2f} | "
                    f"{s['german']:.2f} | {s['refusal']:.2f} | {s['false refusal']:.2f} | "
                    f"{s['baseline fact']:.2f} | {s['first token p50 s']:.1f} | "
                    f"{s['tokens/s p50']:.1f} |",
                    flush=True,
                )


if __name__ == "__main__":
    main()
