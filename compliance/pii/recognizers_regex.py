"""Shared machinery of the identifier recognizers: compiled regexes plus Python scorers.

Presidio's PatternRecognizer only lets a validator see the matched text; our scorers see the
whole text, so they can look at context words (whole words, via `has_context`), reject spans
that are part of a longer chain of digit groups, and pick the entity type.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from presidio_analyzer import (
    AnalysisExplanation,
    EntityRecognizer,
    LocalRecognizer,
    RecognizerResult,
)
from presidio_analyzer.nlp_engine import NlpArtifacts

from compliance.pii.context import context_pattern, has_context

# Words that mark a number as a business reference (order, invoice, part ...), not as PII.
BUSINESS_CONTEXT: dict[str, tuple[str, ...]] = {
    "de": (
        "bestell*", "auftrag*", "rechnung*", "artikel*", "teilenummer", "teile-nr.",
        "teilenr.", "sachnummer", "sach-nr.", "sachnr.", "material*", "zeichnung*",
        "lieferschein*", "charge*", "chargen*", "los-nr.", "serien*", "kunden-nr.",
        "kundennummer", "lieferanten*", "angebot*", "vorgang*", "ticket*", "projekt*",
        "beleg*", "best.-nr.", "art.-nr.", "artnr.", "posten", "pos.", "order", "invoice",
        "part", "po", "sku", "frachtbrief*", "luftfrachtbrief*", "seefrachtbrief*", "awb",
        "sendungsnummer", "sendungs-nr.", "tracking*", "paketnummer", "waybill", "konnossement",
    ),
    "en": (
        "order*", "invoice*", "part", "parts", "part no.", "part-no.", "item*", "sku",
        "po", "purchase", "batch*", "lot", "serial*", "drawing*", "material*", "ticket*",
        "project*", "quote*", "customer no.", "delivery note", "reference", "ref.",
        "bestell*", "auftrag*", "rechnung*", "artikel*", "sachnummer", "waybill*",
        "air waybill", "awb", "tracking*", "consignment*", "shipment*", "frachtbrief*",
        "luftfrachtbrief*",
    ),
}  # fmt: skip

WORD_START = r"(?<![\w\-/.,+])"  # a candidate must not start inside a word or number ...
WORD_END = r"(?![\w\-/]|[.,]\d)"  # ... nor end inside one
_DIGIT_CHAIN_BEFORE = re.compile(r"\d[ \-/.]$")
_DIGIT_CHAIN_AFTER = re.compile(r"^[ \-/.]\d")
_IBAN_BEFORE = re.compile(r"(?<!\w)[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9])*+[ ]?$")


class Hit(NamedTuple):
    """A scored span; `entity` overrides the recognizer's first entity type."""

    start: int
    end: int
    score: float
    entity: str | None = None


Scorer = Callable[[str, "re.Match[str]"], Hit | None]


@dataclass(frozen=True)
class Rule:
    """One compiled pattern and the function that scores (or rejects) each of its matches."""

    name: str
    pattern: re.Pattern[str]
    scorer: Scorer


def words_for(language: str, table: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The context words of one language (English words when the language is unknown)."""
    return table.get(language, table["en"])


def near(text: str, start: int, end: int, words: Iterable[str], before: int = 40) -> bool:
    """Whether a context word stands shortly before the span (or up to 20 characters after).

    The look-ahead stops at a line break: in lists, signatures and address blocks a word on
    the next line labels the next line ("Rechnungsanschrift:"), not this span.
    """
    words = tuple(words)
    newline = text.find("\n", end, end + 20)
    after = 20 if newline < 0 else newline - end
    return bool(words) and has_context(text, start, end, words, before=before, after=after)


def context_distance(text: str, start: int, words: Iterable[str], before: int = 40) -> int | None:
    """Characters between the nearest context word before the span and the span, or None."""
    nearest = None
    for match in context_pattern(tuple(words)).finditer(text, max(0, start - before), start):
        nearest = match
    return None if nearest is None else start - nearest.end()


def in_digit_chain(text: str, start: int, end: int) -> bool:
    """Whether the span continues a longer chain of digit groups ("DE89 3704 0044 ...")."""
    return bool(
        _DIGIT_CHAIN_BEFORE.search(text[max(0, start - 2) : start])
        or _DIGIT_CHAIN_AFTER.search(text[end : end + 2])
    )


def in_iban(text: str, start: int) -> bool:
    """Whether the span starts inside an IBAN-like run ("NL91 ABNA 0417 ...")."""
    return _IBAN_BEFORE.search(text, max(0, start - 36), start) is not None


def _explanation(recognizer: str, rule: str, score: float) -> AnalysisExplanation:
    """A short decision-process record for one result."""
    return AnalysisExplanation(
        recognizer=recognizer,
        original_score=score,
        pattern_name=rule,
        textual_explanation=f"Detected by `{recognizer}` using rule `{rule}`",
    )


class RegexRecognizer(LocalRecognizer):
    """A recognizer that runs a fixed list of rules; scorers decide span, score and type."""

    def __init__(
        self, name: str, entities: Sequence[str], language: str, rules: Sequence[Rule]
    ) -> None:
        self.rules = tuple(rules)
        self.label = name
        super().__init__(supported_entities=list(entities), name=name, supported_language=language)

    def load(self) -> None:
        """Nothing to load: patterns are compiled at import time."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Run every rule over the text and keep the spans its scorer accepts."""
        wanted = set(entities) if entities else set(self.supported_entities)
        results = []
        for rule in self.rules:
            for match in rule.pattern.finditer(text):
                hit = rule.scorer(text, match)
                if hit is None or hit.score <= 0:
                    continue
                entity = hit.entity or self.supported_entities[0]
                if entity in wanted:
                    results.append(self._result(entity, hit, rule.name))
        return EntityRecognizer.remove_duplicates(results)

    def _result(self, entity: str, hit: Hit, rule: str) -> RecognizerResult:
        """A Presidio result carrying this recognizer's name and id."""
        score = round(min(hit.score, 1.0), 2)
        return RecognizerResult(
            entity_type=entity,
            start=hit.start,
            end=hit.end,
            score=score,
            analysis_explanation=_explanation(self.label, rule, score),
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.label,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )


def recognizer(name: str, entity: str, language: str, rules: Sequence[Rule]) -> RegexRecognizer:
    """A single-entity recognizer named after its class of data and language."""
    return RegexRecognizer(f"{name}_{language}", [entity], language, rules)


def nearest_context(text: str, start: int, candidates: Mapping[str, Iterable[str]]) -> str | None:
    """The key whose context words stand closest before the span, if any stands there."""
    found = {}
    for key, words in candidates.items():
        distance = context_distance(text, start, words)
        if distance is not None:
            found[key] = distance
    return min(found, key=found.__getitem__) if found else None


def checked_rule(
    name: str,
    pattern: re.Pattern[str],
    validator: Callable[[str], bool],
    base: float,
    words: tuple[str, ...],
    business: tuple[str, ...] = (),
) -> Rule:
    """A rule whose check digit decides: context lifts the base to 0.95, business caps it at 0.3."""

    def score(text: str, match: re.Match[str]) -> Hit | None:
        start, end = match.span()
        if not validator(match.group()) or in_digit_chain(text, start, end) or in_iban(text, start):
            return None
        if near(text, start, end, words):
            return Hit(start, end, max(base, 0.95))
        if near(text, start, end, business, before=30):
            return Hit(start, end, min(base, 0.3))
        return Hit(start, end, base)

    return Rule(name, pattern, score)
