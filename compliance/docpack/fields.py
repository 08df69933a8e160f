"""Who filled what: automatic facts, intake answers (human or confirmed) and open points."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from compliance.docpack.document import FieldEntry
from compliance.docpack.intake import Answer


@dataclass
class FieldBook:
    """Collects every field of the report, so completeness and changes come from one place."""

    open_text: str
    options: dict[str, dict[str, str]]  # question id -> option id -> label in the pack's language
    yes_no: tuple[str, str]
    values: dict[str, str] = field(default_factory=dict)  # label -> value, for the diff
    open: list[str] = field(default_factory=list)  # labels of fields still missing

    def auto(self, label: str, value: Any, track: bool = True) -> FieldEntry:
        """A fact the system determined itself (`track=False`: changes with every call)."""
        text = str(value)
        if track:
            self.values[label] = text
        return FieldEntry(label, text, "automatic")

    def answer(self, label: str, question: str, answers: dict[str, Answer]) -> FieldEntry:
        """A person's answer to an intake question, or an open field."""
        given = answers.get(question)
        if given is None:
            self.open.append(label)
            self.values[label] = self.open_text
            return FieldEntry(label, self.open_text, "open")
        text = self.show(question, given.value)
        self.values[label] = text
        if given.provenance == "confirmed":
            return FieldEntry(label, text, "confirmed", given.by, given.at)
        return FieldEntry(label, text, "human", given.by, given.at)

    def show(self, question: str, value: Any) -> str:
        """An answer as text: option labels instead of ids, ja/nein for booleans."""
        labels = self.options.get(question, {})
        if isinstance(value, bool):
            return self.yes_no[0] if value else self.yes_no[1]
        if isinstance(value, list):
            return ", ".join(labels.get(v, str(v)) for v in value)
        return labels.get(str(value), str(value))


def changes(previous: dict[str, str] | None, current: dict[str, str]) -> list[list[str]] | None:
    """Rows (label, before, now) of what changed; None when there is no earlier pack."""
    if previous is None:
        return None
    labels = sorted(set(previous) | set(current))
    return [
        [label, previous.get(label, "–"), current.get(label, "–")]
        for label in labels
        if previous.get(label) != current.get(label)
    ]
