"""A tenant's PII policy: an action per entity type, deny- and allow-lists, document handling."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from compliance.pii.entities import ACTIONS, ENTITY_DEFAULTS, Action

DocumentHandling = Literal["as-is", "mask", "pseudonymize"]
Language = Literal["auto", "de", "en"]
MAX_TERMS = 500


class PolicyError(ValueError):
    """A policy that cannot be applied; the message names the field."""


@dataclass(frozen=True)
class PiiPolicy:
    """What the filter does with each entity type, for one tenant."""

    actions: dict[str, Action] = field(default_factory=lambda: dict(ENTITY_DEFAULTS))
    deny_terms: tuple[str, ...] = ()  # confidential terms, found as CONFIDENTIAL_TERM
    allow_terms: tuple[str, ...] = ()  # values never treated as PII (e.g. the firm's hotline)
    documents: DocumentHandling = "as-is"  # how chunks are stored at ingestion
    language: Language = "auto"

    def action(self, entity_type: str) -> Action:
        """The action for one entity type (types without an entry are only recorded)."""
        return self.actions.get(entity_type, "detect")

    def active_types(self) -> list[str]:
        """Entity types the detector must look for (everything not switched off)."""
        return sorted(t for t, a in self.actions.items() if a != "off")

    def to_json(self) -> dict[str, Any]:
        """The stored and displayed form."""
        return {
            "actions": dict(sorted(self.actions.items())),
            "deny_terms": list(self.deny_terms),
            "allow_terms": list(self.allow_terms),
            "documents": self.documents,
            "language": self.language,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> PiiPolicy:
        """Parse a stored or submitted policy; missing parts keep the SME defaults."""
        data = data or {}
        unknown = set(data) - {"actions", "deny_terms", "allow_terms", "documents", "language"}
        if unknown:
            raise PolicyError(f"unknown policy fields: {sorted(unknown)}")
        actions = dict(ENTITY_DEFAULTS)
        for entity, action in (data.get("actions") or {}).items():
            if entity not in ENTITY_DEFAULTS:
                raise PolicyError(f"unknown entity type {entity!r}; known: {list(ENTITY_DEFAULTS)}")
            if action not in ACTIONS:
                raise PolicyError(f"unknown action {action!r} for {entity}; use one of {ACTIONS}")
            actions[entity] = action
        documents = data.get("documents", "as-is")
        if documents not in ("as-is", "mask", "pseudonymize"):
            raise PolicyError("documents must be as-is, mask or pseudonymize")
        language = data.get("language", "auto")
        if language not in ("auto", "de", "en"):
            raise PolicyError("language must be auto, de or en")
        return cls(
            actions=actions,
            deny_terms=_terms(data.get("deny_terms"), "deny_terms"),
            allow_terms=_terms(data.get("allow_terms"), "allow_terms"),
            documents=documents,
            language=language,
        )


def _terms(value: Any, name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise PolicyError(f"{name} must be a list of strings")
    terms = tuple(dict.fromkeys(v.strip() for v in value if v.strip()))
    if len(terms) > MAX_TERMS or any(len(t) > 200 for t in terms):
        raise PolicyError(f"{name}: at most {MAX_TERMS} terms of at most 200 characters")
    return terms
