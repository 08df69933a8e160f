"""The PII filter's hops inside one chat call: input, retrieved sources, answer (and stream)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import anyio

from compliance.pii.pii_filter import PiiBlocked, PiiFilter
from compliance.pii.policy import PiiPolicy
from compliance.pii.redaction import HopReceipt, PseudonymVault
from compliance.pii.streaming import StreamRedactor
from serving.errors import APIError

RECEIPT_HEADER = "x-reallabor-pii-receipt"


@dataclass
class CallPii:
    """Policy, pseudonym vault and receipts of one call; the vault never leaves memory."""

    filter: PiiFilter
    policy: PiiPolicy
    vault: PseudonymVault = field(default_factory=PseudonymVault)
    hops: list[HopReceipt] = field(default_factory=list)
    _streams: dict[int, StreamRedactor] = field(default_factory=dict)
    _output: HopReceipt | None = None
    _finished: set[int] = field(default_factory=set)

    @property
    def enabled(self) -> bool:
        """False when the policy switches every entity type off (nothing to do, no receipt)."""
        return bool(self.policy.active_types())

    async def filter_messages(self, messages: list[dict[str, Any]], hop: str) -> None:
        """Redact the messages in place; a blocked entity type refuses the request (400)."""
        if not self.enabled:
            return
        try:
            receipt = await anyio.to_thread.run_sync(
                self.filter.redact_messages, messages, self.policy, self.vault, hop
            )
        except PiiBlocked as exc:
            self.hops.append(exc.receipt)
            raise APIError(400, str(exc), code="pii_blocked", param="messages") from exc
        self.hops.append(receipt)

    def _output_receipt(self) -> HopReceipt:
        if self._output is None:
            self._output = HopReceipt("output")
            self.hops.append(self._output)
        return self._output

    def filter_answer(self, result: dict[str, Any]) -> None:
        """The output hop on a complete answer: every choice's message content, in place."""
        if not self.enabled:
            return
        receipt = self._output_receipt()
        for choice in result.get("choices") or []:
            message = choice.get("message") or {}
            if isinstance(message.get("content"), str):
                message["content"] = self.filter.redact_answer(
                    message["content"], self.policy, self.vault, receipt
                )

    def filter_chunk(self, data: dict[str, Any]) -> dict[str, Any]:
        """The output hop on one stream chunk: release settled text, hold back the rest.

        The chunk in which the last choice finishes carries the complete receipt.
        """
        receipt = self._output_receipt()
        for choice in data.get("choices") or []:
            index = int(choice.get("index") or 0)
            redactor = self._streams.get(index)
            if redactor is None:
                redactor = self.filter.answer_stream(self.policy, self.vault, receipt)
                self._streams[index] = redactor
            delta = choice.get("delta") or {}
            text = delta.get("content")
            released = redactor.feed(text) if isinstance(text, str) else ""
            if choice.get("finish_reason") is not None:
                released += redactor.finish()
                self._finished.add(index)
            if isinstance(text, str) or released:
                delta["content"] = released
                choice["delta"] = delta
        if self._finished and self._finished >= set(self._streams):
            data["pii_receipt"] = self.receipt()  # the output hop is complete: every choice ended
        return data

    def receipt(self) -> dict[str, Any]:
        """The receipt: per hop counts and actions per entity type, and the config hash."""
        if not self.enabled:
            return {}
        return {
            "config_sha256": self.filter.config_hash(self.policy),
            "hops": [hop.as_dict() for hop in self.hops],
        }

    def header(self) -> str:
        """The receipt so far as compact JSON for a response header (ASCII: type names only)."""
        receipt = self.receipt()
        return json.dumps(receipt, separators=(",", ":")) if receipt else ""
