"""Applying a policy to detected spans: masks, consistent pseudonyms, blocks, and the receipt."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from compliance.pii.detector import Span
from compliance.pii.entities import Action
from compliance.pii.policy import PiiPolicy

_PLACEHOLDER = re.compile(r"<([A-Z_]+?)_(\d+)>")


class PseudonymVault:
    """The placeholders of one conversation: one value, one placeholder, restorable."""

    def __init__(self) -> None:
        self._placeholders: dict[tuple[str, str], str] = {}
        self._values: dict[str, str] = {}
        self._numbers: Counter[str] = Counter()

    def placeholder(self, entity_type: str, value: str) -> str:
        """`<PERSON_1>` for the first person value, the same one whenever it comes again."""
        key = (entity_type, " ".join(value.split()).casefold())
        found = self._placeholders.get(key)
        if found is None:
            self._numbers[entity_type] += 1
            found = f"<{entity_type}_{self._numbers[entity_type]}>"
            self._placeholders[key] = found
            self._values[found] = value
        return found

    def restore(self, text: str) -> str:
        """Put the original values back for placeholders of this conversation."""
        if "<" not in text or not self._values:
            return text
        return _PLACEHOLDER.sub(lambda m: self._values.get(m.group(0), m.group(0)), text)

    def __len__(self) -> int:
        return len(self._values)


@dataclass
class HopReceipt:
    """What one hop of the filter found and did: counts and actions per type, never values."""

    hop: str
    counts: Counter[str] = field(default_factory=Counter)
    actions: dict[str, str] = field(default_factory=dict)
    blocked: set[str] = field(default_factory=set)

    def record(self, entity_type: str, action: str) -> None:
        """Count one entity and the action applied to it."""
        self.counts[entity_type] += 1
        self.actions[entity_type] = action
        if action == "block":
            self.blocked.add(entity_type)

    def as_dict(self) -> dict[str, Any]:
        """JSON view for the audit record, the response field and the header."""
        return {
            "hop": self.hop,
            "entities": {
                t: {"count": n, "action": self.actions[t]} for t, n in sorted(self.counts.items())
            },
        }


def redact(
    text: str,
    spans: list[Span],
    policy: PiiPolicy,
    vault: PseudonymVault,
    receipt: HopReceipt,
    *,
    output: bool = False,
) -> str:
    """Apply the policy to non-overlapping spans; the receipt counts each one.

    On the output hop nothing is blocked (the answer exists already) and a pseudonym would be
    restored at once, so values the model produced itself are masked instead.
    """
    parts: list[str] = []
    cursor = 0
    for span in spans:
        action: Action = policy.action(span.type)
        if output and action in ("block", "pseudonymize"):
            action = "mask"
        receipt.record(span.type, action)
        if action in ("off", "detect", "block"):
            continue
        value = text[span.start : span.end]
        masked = action == "mask"
        replacement = f"<{span.type}>" if masked else vault.placeholder(span.type, value)
        parts.append(text[cursor : span.start])
        parts.append(replacement)
        cursor = span.end
    parts.append(text[cursor:])
    return "".join(parts)
