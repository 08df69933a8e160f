"""Workshop content sets: the demo corpus and its guided exercises, read from package data."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

from sandboxes.errors import ServiceError

KINDS = ("hallucination", "injection", "pii", "two_models", "bias")


@dataclass(frozen=True)
class Exercise:
    """One guided exercise: texts per language and the prepared prompt(s)."""

    id: str
    kind: str
    title: dict[str, str]
    text: dict[str, str]
    trainer_note: dict[str, str]
    prompts: tuple[str, ...]
    attribute: dict[str, str]

    def public(self, lang: str = "de") -> dict[str, Any]:
        """What a participant sees (texts in `lang`, German when missing)."""
        return {
            "id": self.id,
            "kind": self.kind,
            "title": self.title.get(lang) or self.title["de"],
            "text": self.text.get(lang) or self.text["de"],
            "prompts": list(self.prompts),
            "attribute": self.attribute.get(lang) or self.attribute.get("de", ""),
        }


@dataclass(frozen=True)
class ContentSet:
    """A named set of demo documents and exercises."""

    name: str
    title: dict[str, str]
    documents: tuple[tuple[str, bytes], ...]
    exercises: tuple[Exercise, ...]

    def exercise(self, exercise_id: str) -> Exercise:
        """The exercise called `exercise_id` (404 if the set has none)."""
        for exercise in self.exercises:
            if exercise.id == exercise_id:
                return exercise
        raise ServiceError(
            f"no exercise '{exercise_id}' in content set '{self.name}'",
            status=404,
            code="exercise_not_found",
        )

    def ids(self) -> list[str]:
        """The exercise ids in teaching order."""
        return [exercise.id for exercise in self.exercises]


def load_content_set(name: str) -> ContentSet:
    """Read content set `name` from the package (400 for an unknown name)."""
    root = files("workshops").joinpath("content")
    manifest = root.joinpath("exercises.json")
    data = json.loads(manifest.read_text(encoding="utf-8"))
    if data.get("content_set") != name:
        raise ServiceError(
            f"unknown content set '{name}'; available: {data.get('content_set')}",
            code="unknown_content_set",
        )
    folder = root.joinpath(name)
    documents = tuple(
        (filename, folder.joinpath(filename).read_bytes()) for filename in data["documents"]
    )
    exercises = tuple(_exercise(item) for item in data["exercises"])
    return ContentSet(name, data["title"], documents, exercises)


def _exercise(item: dict[str, Any]) -> Exercise:
    if item["kind"] not in KINDS:
        raise ValueError(f"exercise {item['id']}: unknown kind {item['kind']!r}")
    prompts = tuple(item.get("prompts") or [item["prompt"]])
    return Exercise(
        id=item["id"],
        kind=item["kind"],
        title=item["title"],
        text=item["text"],
        trainer_note=item.get("trainer_note") or {},
        prompts=prompts,
        attribute=item.get("attribute") or {},
    )
