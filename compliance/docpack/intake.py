"""The use-case intake: questions, versioned answers per tenant, and the risk screening."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from compliance.docpack.records import IntakeAnswer
from sandboxes.errors import ServiceError
from store.db import Store, utcnow

DATA = Path(__file__).parent / "data" / "intake.json"
PROVENANCES = ("human", "confirmed")


class IntakeError(ServiceError):
    """An answer that does not fit its question."""


@lru_cache(maxsize=1)
def intake_definition() -> dict[str, Any]:
    """The questionnaire and the screening keywords (data, not code)."""
    return json.loads(DATA.read_text(encoding="utf-8"))


def questions() -> list[dict[str, Any]]:
    """Every intake question with its German and English text, type and options."""
    return list(intake_definition()["questions"])


def proposals(lang: str) -> dict[str, Any]:
    """The system's suggested answers (a person must confirm them), in `lang` for texts."""
    result = {}
    for question in questions():
        if "proposal" in question:
            value = question["proposal"]
            result[question["id"]] = value[lang] if isinstance(value, dict) else value
    return result


def check_answer(question_id: str, value: Any) -> Any:
    """The answer in its stored form, or an IntakeError saying what is wrong."""
    question = next((q for q in questions() if q["id"] == question_id), None)
    if question is None:
        raise IntakeError(f"unknown intake question {question_id!r}", code="unknown_question")
    kind, options = question["type"], set(question.get("options", {}))
    checks = {
        "text": lambda: isinstance(value, str) and 0 < len(value.strip()) <= 4000,
        "yesno": lambda: isinstance(value, bool),
        "number": lambda: (
            isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 36500
        ),
        "choice": lambda: isinstance(value, str) and value in options,
        "multi": lambda: (
            isinstance(value, list)
            and bool(value)
            and all(isinstance(v, str) for v in value)
            and set(value) <= options
        ),
    }
    ok = checks[kind]()
    if not ok:
        raise IntakeError(
            f"answer to {question_id!r} must be {kind}"
            + (f" from {sorted(options)}" if options else ""),
            code="invalid_answer",
        )
    return value.strip() if kind == "text" else value


@dataclass(frozen=True)
class Answer:
    """The current answer to one question with who gave it and when."""

    value: Any
    provenance: str
    by: str
    at: str
    version: int

    def as_dict(self) -> dict[str, Any]:
        """JSON view (API and the pack's intake.json)."""
        return {
            "value": self.value,
            "provenance": self.provenance,
            "by": self.by,
            "at": self.at,
            "version": self.version,
        }


def answered(answers: dict[str, Answer]) -> tuple[int, int]:
    """How many required questions are answered, and how many there are."""
    required = [q["id"] for q in questions() if q.get("required")]
    return sum(1 for q in required if q in answers), len(required)


def completeness(answers: dict[str, Answer]) -> float:
    """The share of required questions answered (0..1), the pack's completeness score."""
    done, total = answered(answers)
    return round(done / total, 3)


class IntakeService:
    """Stores intake answers as versions; the newest version of each question counts."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def answers(self, tenant_id: int) -> dict[str, Answer]:
        """The current answer per question."""
        with self.store.session() as session:
            newest = (
                select(IntakeAnswer.question, func.max(IntakeAnswer.version).label("v"))
                .where(IntakeAnswer.tenant_id == tenant_id)
                .group_by(IntakeAnswer.question)
                .subquery()
            )
            rows = session.scalars(
                select(IntakeAnswer)
                .join(
                    newest,
                    (IntakeAnswer.question == newest.c.question)
                    & (IntakeAnswer.version == newest.c.v),
                )
                .where(IntakeAnswer.tenant_id == tenant_id)
            ).all()
            return {
                row.question: Answer(
                    row.value,
                    row.provenance,
                    row.answered_by,
                    row.answered_at.date().isoformat(),
                    row.version,
                )
                for row in rows
            }

    def answer(
        self, tenant_id: int, values: dict[str, Any], by: str, provenance: str = "human"
    ) -> dict[str, Answer]:
        """Record new versions of the given answers (all checked first); returns all answers."""
        if provenance not in PROVENANCES:
            raise IntakeError("provenance must be human or confirmed", code="invalid_answer")
        checked = {qid: check_answer(qid, value) for qid, value in values.items()}
        current = self.answers(tenant_id)
        with self.store.session() as session:
            for qid, value in checked.items():
                before = current.get(qid)
                if before is not None and before.value == value and before.provenance == provenance:
                    continue  # unchanged: no new version
                session.add(
                    IntakeAnswer(
                        tenant_id=tenant_id,
                        question=qid,
                        value=value,
                        provenance=provenance,
                        version=(before.version + 1) if before else 1,
                        answered_by=by[:64],
                        answered_at=utcnow(),
                    )
                )
        return self.answers(tenant_id)


@dataclass(frozen=True)
class Screening:
    """The risk classification from the intake, in words a person understands."""

    result: str  # "prohibited" | "high_risk" | "not_high_risk" | "incomplete"
    reasons: list[str] = field(default_factory=list)  # keys into the report texts


def screen(given: dict[str, Answer]) -> Screening:
    """Classify the declared use (Art. 5 first, then Annex III, else minimal obligations)."""
    answers = {q: a.value for q, a in given.items()}
    words = intake_definition()["keywords"]
    free_text = " ".join(str(answers.get(k) or "") for k in ("purpose", "user_groups")).lower()
    reasons: list[str] = []
    art5 = [u for u in answers.get("art5_uses") or [] if u != "none"]
    annex3 = [u for u in answers.get("annex3_uses") or [] if u != "none"]
    reasons += [f"art5.{u}" for u in art5]
    if any(w in f" {free_text}" for w in words["art5"]):
        reasons.append("art5.keyword")
    if reasons:
        return Screening("prohibited", reasons)
    reasons += [f"annex3.{u}" for u in annex3]
    if any(w in f" {free_text}" for w in words["annex3"]):
        reasons.append("annex3.keyword")
    if reasons:
        return Screening("high_risk", reasons)
    if "annex3_uses" not in answers or "art5_uses" not in answers:
        return Screening("incomplete", ["missing_screening"])
    reasons.append("internal_assistant")
    if not answers.get("exclusion_confirmed"):
        reasons.append("exclusion_not_confirmed")
    return Screening("not_high_risk", reasons)
