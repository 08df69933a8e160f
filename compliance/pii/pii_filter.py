"""The PII filter the gateway calls at each hop: messages, prompt, answer, stream, documents."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import replace
from typing import Any

from compliance.pii.detector import PiiDetector, Span
from compliance.pii.policy import PiiPolicy
from compliance.pii.redaction import HopReceipt, PseudonymVault, redact
from compliance.pii.streaming import StreamRedactor


class PiiBlocked(Exception):
    """The policy blocks an entity type found in the request; names types, never values."""

    def __init__(self, receipt: HopReceipt) -> None:
        self.receipt = receipt  # counts and actions of the hop that found the blocked types
        self.types = sorted(receipt.blocked)
        super().__init__(
            "the request contains personal data your organisation's policy blocks: "
            + ", ".join(self.types)
        )


class PiiFilter:
    """Applies a tenant's policy with one detector; every hop leaves a HopReceipt."""

    def __init__(self, detector: PiiDetector) -> None:
        self.detector = detector

    def config_hash(self, policy: PiiPolicy) -> str:
        """SHA-256 of the detector code and the tenant's policy: what decided this request."""
        material = {"detector": self.detector.config_hash, "policy": policy.to_json()}
        return hashlib.sha256(json.dumps(material, sort_keys=True).encode()).hexdigest()

    def analyze(self, text: str, policy: PiiPolicy, language: str | None = None) -> list[Span]:
        """Spans of the entity types the policy looks for."""
        return self.detector.analyze(text, policy, language)

    def redact_text(
        self, text: str, policy: PiiPolicy, vault: PseudonymVault, receipt: HopReceipt
    ) -> str:
        """One text through the policy (masks and pseudonyms), counted in the receipt."""
        return redact(text, self.analyze(text, policy), policy, vault, receipt)

    def redact_messages(
        self, messages: list[dict[str, Any]], policy: PiiPolicy, vault: PseudonymVault, hop: str
    ) -> HopReceipt:
        """Redact every text of a chat in place; raise PiiBlocked if the policy blocks a type."""
        receipt = HopReceipt(hop)
        for message in messages:
            content = message.get("content")
            if isinstance(content, str):
                message["content"] = self.redact_text(content, policy, vault, receipt)
            elif isinstance(content, list):
                for part in content:
                    if isinstance(part, dict) and isinstance(part.get("text"), str):
                        part["text"] = self.redact_text(part["text"], policy, vault, receipt)
        if receipt.blocked:
            raise PiiBlocked(receipt)
        return receipt

    def redact_answer(
        self, text: str, policy: PiiPolicy, vault: PseudonymVault, receipt: HopReceipt
    ) -> str:
        """The output hop: mask what the model produced itself, then restore our pseudonyms."""
        spans = self.analyze(text, policy)
        return vault.restore(redact(text, spans, policy, vault, receipt, output=True))

    def redact_document(
        self, texts: list[str], policy: PiiPolicy
    ) -> tuple[list[str], list[dict[str, Any]], HopReceipt]:
        """The ingestion hop: chunks stored as-is, masked or pseudonymized per the policy.

        Pseudonyms are consistent within the document. Types the policy only detects stay as
        they are; a blocked type rejects the document. Metadata holds counts and, for chunks
        stored as they are, the spans (types and offsets, never values).
        """
        as_stored = "detect" if policy.documents == "as-is" else policy.documents
        stored_policy = replace(
            policy,
            actions={
                entity: action if action in ("off", "detect", "block") else as_stored
                for entity, action in policy.actions.items()
            },
        )
        vault, receipt = PseudonymVault(), HopReceipt("ingestion")
        stored: list[str] = []
        metadata: list[dict[str, Any]] = []
        for text in texts:
            spans = self.analyze(text, policy)
            counts = Counter(span.type for span in spans)
            stored.append(redact(text, spans, stored_policy, vault, receipt))
            meta: dict[str, Any] = {"pii_counts": dict(sorted(counts.items()))}
            if stored[-1] == text:
                meta["pii_spans"] = [[span.type, span.start, span.end] for span in spans]
            metadata.append(meta)
        if receipt.blocked:
            raise PiiBlocked(receipt)
        return stored, metadata, receipt

    def answer_stream(
        self, policy: PiiPolicy, vault: PseudonymVault, receipt: HopReceipt
    ) -> StreamRedactor:
        """A stream redactor for one choice of a streamed answer."""
        return StreamRedactor(
            lambda window: self.analyze(window, policy),
            lambda text, spans: vault.restore(
                redact(text, spans, policy, vault, receipt, output=True)
            ),
            self.detector.may_be_name,
        )
