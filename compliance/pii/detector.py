"""The PII detector: the protocol and the Presidio implementation with our German recognizers."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from compliance.pii.engine import build_analyzer
from compliance.pii.policy import PiiPolicy

SCORE_THRESHOLD = 0.5
_WORD = re.compile(r"[a-zäöüß]+")
_GERMAN = frozenset(
    re.findall(
        r"\w+",
        "der die das und ist nicht mit für ich sie wir ein eine auf dem den des im zu bitte "
        "wird werden sind haben hat auch bei von aus noch nach oder wie uns ihr ihre",
    )
)
_ENGLISH = frozenset(
    re.findall(
        r"\w+",
        "the and is are to of for with you we a an on in at be this that please will have has "
        "our your from or as it by not can",
    )
)


@dataclass(frozen=True)
class Span:
    """One detected entity: its type and where it stands (never its value)."""

    type: str
    start: int
    end: int
    score: float

    def as_dict(self) -> dict[str, object]:
        """JSON view for the CLI and receipts."""
        return {
            "type": self.type,
            "start": self.start,
            "end": self.end,
            "score": round(self.score, 3),
        }


class PiiDetector(Protocol):
    """Finds personal data and confidential terms in text."""

    config_hash: str

    def analyze(self, text: str, policy: PiiPolicy, language: str | None = None) -> list[Span]:
        """Non-overlapping spans of the entity types the policy does not switch off."""
        ...

    def may_be_name(self, word: str) -> bool:
        """Whether a word is a known first name or surname (the stream holds those back)."""
        ...


def guess_language(text: str) -> str:
    """German unless the text reads clearly as English (counts common function words)."""
    words = _WORD.findall(text.lower()[:4000])
    german = sum(w in _GERMAN for w in words)
    english = sum(w in _ENGLISH for w in words)
    return "en" if english > german else "de"


def non_overlapping(spans: list[Span]) -> list[Span]:
    """Keep the best of overlapping spans: higher score first, then the longer one."""
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (-s.score, s.start - s.end)):
        if all(span.end <= k.start or span.start >= k.end for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)


class PresidioDetector:
    """Presidio's analyzer running our German and English recognizers on blank spaCy."""

    def __init__(self, threshold: float = SCORE_THRESHOLD, ner_model: str | None = None) -> None:
        from compliance.pii.names_lexicon import lexicon
        from compliance.pii.recognizers_ids import identifier_recognizers
        from compliance.pii.recognizers_person import SpacyNameNer, person_recognizers

        ner = SpacyNameNer(ner_model) if ner_model else None  # the pluggable NER stage
        recognizers = []
        for language in ("de", "en"):
            recognizers += identifier_recognizers(language) + person_recognizers(language, ner)
        self.analyzer = build_analyzer(recognizers)
        self.threshold = threshold
        self.config_hash = _code_hash(f"threshold={threshold} ner={ner_model}")
        self._lexicons = (lexicon("de"), lexicon("en"))

    def may_be_name(self, word: str) -> bool:
        """Whether a word is a known first name or surname (the stream holds those back)."""
        bare = word.strip(".,;:!?\"'()")
        if any(bare.lower() in lex.stop for lex in self._lexicons):
            return False  # "Die", "The", "My" are names somewhere, but mostly function words
        return any(bare in lex.first_ranks or bare in lex.last_ranks for lex in self._lexicons)

    def analyze(self, text: str, policy: PiiPolicy, language: str | None = None) -> list[Span]:
        """Recognizer results plus deny-list terms, minus allow-listed values."""
        wanted = [t for t in policy.active_types() if t != "CONFIDENTIAL_TERM"]
        lang = language or (policy.language if policy.language != "auto" else None)
        lang = lang or guess_language(text)
        results = self.analyzer.analyze(
            text, language=lang, entities=wanted, score_threshold=self.threshold
        ) if wanted and text else []  # fmt: skip
        spans = [Span(r.entity_type, r.start, r.end, float(r.score)) for r in results]
        if policy.action("CONFIDENTIAL_TERM") != "off":
            spans += _term_spans(text, policy.deny_terms)
        allowed = {t.casefold() for t in policy.allow_terms}
        spans = [s for s in spans if text[s.start : s.end].strip().casefold() not in allowed]
        return non_overlapping(spans)


def _term_spans(text: str, terms: tuple[str, ...]) -> list[Span]:
    if not terms:
        return []
    pattern = _terms_pattern(terms)
    return [Span("CONFIDENTIAL_TERM", m.start(), m.end(), 1.0) for m in pattern.finditer(text)]


@lru_cache(maxsize=256)
def _terms_pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def _code_hash(options: str) -> str:
    """SHA-256 over the recognizer code, the name lists and the options: what decided."""
    digest = hashlib.sha256(options.encode())
    folder = Path(__file__).parent
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".txt"} and "__pycache__" not in path.parts:
            digest.update(path.relative_to(folder).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()
