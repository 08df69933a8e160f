"""The PII filter at every hop, end to end: real gateway, real vLLM behind a recording proxy.

The proxy (tests/fixtures/recording_proxy.py) keeps what reached the model server, so the
tests can assert that no personal value ever got there.
"""

from __future__ import annotations

import json
import re
import sqlite3
from typing import Any

import httpx
import openai
import pytest

from tests.conftest import RECORDED, Server, eventually
from tests.test_rag_api import upload, wait_ready

CONTACT_MD = """# Ansprechpartner Reklamationen

Für Reklamationen ist Frau Dr. Sabine Kowalski zuständig, Telefon 0341 5556677,
E-Mail sabine.kowalski@zulieferer-sachsen.de.
"""
IBAN = "DE89 3704 0044 0532 0130 00"
VALUES = ["Thomas Wagner", "Wagner", IBAN, "DE89370400440532013000", "Kowalski", "0341 5556677"]
ECHO = [
    {"role": "system", "content": "Wiederhole die Nachricht des Nutzers wörtlich."},
    {"role": "user", "content": f"Herr Thomas Wagner, IBAN {IBAN}. Wer ist zuständig?"},
]
PLACEHOLDER = re.compile(r"<[A-Z_]+?_\d+>")
# A 135M model does not reliably copy a placeholder, so vLLM's structured output makes it
# write one: the way a capable model uses the pseudonym it was given.
USES_PSEUDONYM = {"structured_outputs": {"regex": "Gerne, <PERSON_1>[a-z ,.]{0,30}"}}


@pytest.fixture(scope="module")
def firm(server: Server) -> dict[str, Any]:
    name, key = server.new_tenant("pii")
    upload(server, key, [("kontakt.md", CONTACT_MD.encode())])
    wait_ready(server, key)
    return {"name": name, "key": key}


def sent_text(body: dict[str, Any]) -> str:
    return json.dumps(body["messages"], ensure_ascii=False)


def test_model_never_sees_personal_data(server: Server, firm: dict[str, Any]) -> None:
    assert server.proxy is not None
    raw = server.client(firm["key"]).chat.completions.with_raw_response.create(
        model=RECORDED,
        messages=ECHO,
        temperature=0,
        max_tokens=60,
        extra_body={"retrieval": {"top_k": 1}},
    )
    completion = raw.parse()
    sent = sent_text(server.proxy.bodies[-1])
    for value in VALUES:
        assert value not in sent, f"{value!r} reached the model"
    assert "<PERSON_1>" in sent and "<IBAN_CODE>" in sent
    assert "Telefon <PHONE_NUMBER_1>" in sent, "the retrieved chunk is filtered too"
    receipt = (completion.model_extra or {})["pii_receipt"]
    hops = {hop["hop"]: hop["entities"] for hop in receipt["hops"]}
    assert hops["input"]["PERSON"] == {"count": 1, "action": "pseudonymize"}
    assert hops["input"]["IBAN_CODE"] == {"count": 1, "action": "mask"}
    assert hops["retrieved"]["PHONE_NUMBER"]["count"] == 1
    assert hops["retrieved"]["EMAIL_ADDRESS"]["count"] == 1
    assert "output" in hops
    header = json.loads(raw.headers["x-reallabor-pii-receipt"])
    assert header["config_sha256"] == receipt["config_sha256"]
    assert re.fullmatch(r"[0-9a-f]{64}", receipt["config_sha256"])


def test_user_sees_restored_answer(server: Server, firm: dict[str, Any]) -> None:
    """Whatever placeholder of ours the model writes, the user reads the real value."""
    assert server.proxy is not None
    completion = server.client(firm["key"]).chat.completions.create(
        model=RECORDED, messages=ECHO, temperature=0, max_tokens=30, extra_body=USES_PSEUDONYM
    )
    model_wrote = json.loads(server.proxy.answers[-1])["choices"][0]["message"]["content"]
    shown = completion.choices[0].message.content or ""
    assert model_wrote.startswith("Gerne, <PERSON_1>")
    assert shown.startswith("Gerne, Thomas Wagner") and "<PERSON_1>" not in shown
    assert not PLACEHOLDER.search(shown)


def test_streamed_answer_is_restored_and_ends_with_the_receipt(
    server: Server, firm: dict[str, Any]
) -> None:
    assert server.proxy is not None
    stream = server.client(firm["key"]).chat.completions.create(
        model=RECORDED,
        messages=ECHO,
        temperature=0,
        max_tokens=30,
        stream=True,
        extra_body=USES_PSEUDONYM,
    )
    shown, receipts, finished = "", [], []
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            shown += chunk.choices[0].delta.content
        if (chunk.model_extra or {}).get("pii_receipt"):
            receipts.append(chunk.model_extra["pii_receipt"])  # type: ignore[index]
            finished.append(chunk.choices[0].finish_reason)
    assert "Wagner" not in sent_text(server.proxy.bodies[-1])
    streamed = "".join(
        json.loads(line[6:])["choices"][0]["delta"].get("content") or ""
        for line in server.proxy.answers[-1].splitlines()
        if line.startswith("data: {") and '"choices":[{' in line
    )
    assert "<PERSON_1>" in streamed, "the model streamed the placeholder, token by token"
    assert finished == ["length"] or finished == ["stop"], "the receipt rides on the last chunk"
    assert shown.startswith("Gerne, Thomas Wagner") and not PLACEHOLDER.search(shown)
    assert len(receipts) == 1 and [h["hop"] for h in receipts[0]["hops"]] == ["input", "output"]


def test_blocked_type_is_refused_naming_the_type(server: Server) -> None:
    assert server.proxy is not None
    name, key = server.new_tenant("pii")
    policy = server.cli_json("tenant", "pii-policy", name, "--set", "IBAN_CODE=block")
    assert policy["policy"]["actions"]["IBAN_CODE"] == "block"
    before = len(server.proxy.bodies)
    with pytest.raises(openai.BadRequestError) as caught:
        server.client(key).chat.completions.create(model=RECORDED, messages=ECHO, max_tokens=5)
    error = caught.value.body
    assert isinstance(error, dict) and error["code"] == "pii_blocked"
    assert "IBAN_CODE" in error["message"] and "DE89" not in error["message"]
    assert len(server.proxy.bodies) == before, "nothing reached the model"
    bad = server.cli("tenant", "pii-policy", name, "--set", "IBAN_CODE=verstecken", check=False)
    assert bad.returncode != 0 and "unknown action" in bad.stderr


def test_audit_and_logs_hold_counts_only(server: Server, firm: dict[str, Any]) -> None:
    raw = server.client(firm["key"]).chat.completions.with_raw_response.create(
        model=RECORDED, messages=ECHO, max_tokens=5
    )
    request_id = raw.headers["x-request-id"]

    def audited() -> dict[str, Any]:
        with sqlite3.connect(server.data_dir / "reallabor.db") as db:
            row = db.execute(
                "SELECT pii_receipt FROM audit_records WHERE request_id = ?", (request_id,)
            ).fetchone()
        assert row is not None
        return json.loads(row[0])  # type: ignore[no-any-return]

    receipt = eventually(audited, timeout=10)
    assert receipt["hops"][0]["entities"]["PERSON"]["count"] == 1
    haystacks = {"the database and its WAL": server.database_bytes()}
    for path in [server.log_path, *(server.data_dir / "logs").rglob("*")]:
        if path.is_file():
            haystacks[path.name] = path.read_bytes()
    for where, stored in haystacks.items():
        content = stored.decode(errors="replace")
        for value in VALUES:
            assert value not in content, f"{value!r} found in {where}"


def test_tenant_reads_its_policy(server: Server, firm: dict[str, Any]) -> None:
    response = httpx.get(
        f"{server.url}/v1/pii/policy", headers={"Authorization": f"Bearer {firm['key']}"}
    )
    assert response.status_code == 200
    assert response.json()["policy"]["actions"]["PERSON"] == "pseudonymize"
