"""Person names (German first, English second): salutations, greetings, sign-offs, roles, lists.

Rules work on a light regex tokenization and name lists (see names_lexicon); a real NER model
can be plugged in through `NameNer` and is merged with the rule results.
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from presidio_analyzer import EntityRecognizer, RecognizerResult

from compliance.pii.names_lexicon import Lexicon, lexicon
from compliance.pii.person_finder import LARGE_TEXT, find_person_spans, resolve_overlaps
from compliance.pii.person_tokens import Span, Token, name_shaped, normalize_case, tokenize
from compliance.pii.person_words import S_SALUTATION_KNOWN, context_score

__all__ = [
    "ENTITY",
    "LANGUAGES",
    "LARGE_TEXT",
    "NameNer",
    "PersonRecognizer",
    "SpacyNameNer",
    "Span",
    "Token",
    "clean_ner_span",
    "context_score",
    "find_person_spans",
    "merge_ner",
    "name_shaped",
    "normalize_case",
    "person_recognizers",
    "resolve_overlaps",
    "tokenize",
]

ENTITY = "PERSON"
LANGUAGES = ("de", "en")


@runtime_checkable
class NameNer(Protocol):
    """A named-entity stage that returns person-name spans as (start, end, score)."""

    def names(self, text: str, language: str) -> list[tuple[int, int, float]]:
        """Person-name character spans found in the text."""
        ...


class SpacyNameNer:
    """PERSON/PER entities from an installed spaCy NER pipeline (never downloads a model)."""

    LABELS = frozenset({"PER", "PERSON"})

    def __init__(self, model_name_or_path: str, score: float = 0.8) -> None:
        """Load an installed pipeline by package name or directory; fails clearly if absent."""
        import spacy

        try:
            self._nlp = spacy.load(model_name_or_path)
        except OSError as exc:
            raise RuntimeError(
                f"spaCy NER pipeline {model_name_or_path!r} is not installed: install its package "
                "or pass the path of a pipeline directory (no download is attempted)"
            ) from exc
        if "ner" not in self._nlp.pipe_names:
            raise ValueError(f"spaCy pipeline {model_name_or_path!r} has no 'ner' component")
        self._score = score

    def names(self, text: str, language: str) -> list[tuple[int, int, float]]:
        """Character spans of the pipeline's person entities."""
        doc = self._nlp(text)
        return [
            (e.start_char, e.end_char, self._score) for e in doc.ents if e.label_ in self.LABELS
        ]


def merge_ner(
    text: str, spans: list[Span], ner_spans: list[tuple[int, int, float]], lex: Lexicon
) -> list[Span]:
    """Merge NER spans: new ones join, wider ones replace rule spans, else rule bounds win."""
    merged = list(spans)
    for start, end, score in ner_spans:
        cleaned = clean_ner_span(text, start, end, lex)
        if cleaned is None:
            continue
        start, end = cleaned
        overlapping = [s for s in merged if s.start < end and start < s.end]
        if all(start <= s.start and s.end <= end for s in overlapping):
            best = max([score, *(s.score for s in overlapping)])
            merged = [s for s in merged if s not in overlapping]
            merged.append(Span(start, end, best, "ner"))
            continue
        for span in overlapping:
            span.score = max(span.score, min(score, S_SALUTATION_KNOWN))
    return resolve_overlaps(merged)


def clean_ner_span(text: str, start: int, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """Trim salutations and titles off an NER span; None for companies and common words."""
    words = [t for t in tokenize(text[start:end]) if t.kind == "w"]
    while words and (words[0].text in lex.salutations or words[0].text in lex.titles):
        words.pop(0)
    names = [t for t in words if name_shaped(t.text) or len(t.text) == 1]
    if not names or all(t.text.lower() in lex.stop for t in names):
        return None
    new_start, new_end = start + words[0].start, start + words[-1].end
    if lex.company_re.match(text[new_end : new_end + 80]):
        return None
    return new_start, new_end


class PersonRecognizer(EntityRecognizer):
    """Presidio recognizer for PERSON in one language, with an optional NER stage merged in."""

    def __init__(self, language: str = "de", ner: NameNer | None = None) -> None:
        """A recognizer for "de" or "en"; `ner` adds a named-entity stage."""
        if language not in LANGUAGES:
            raise ValueError(f"unsupported language {language!r}; expected one of {LANGUAGES}")
        self.ner = ner
        self.label = f"PersonRecognizer_{language}"
        super().__init__(
            supported_entities=[ENTITY],
            name=self.label,
            supported_language=language,
        )

    def load(self) -> None:
        """Build the name lists now, so the first request does not pay for it."""
        lexicon(self.supported_language)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        """Person-name results for the text (rules, lists and the optional NER stage)."""
        if entities and ENTITY not in entities:
            return []
        language = self.supported_language
        spans = find_person_spans(text, language)
        if self.ner is not None:
            spans = merge_ner(text, spans, self.ner.names(text, language), lexicon(language))
        return [self.result(span) for span in spans]

    def result(self, span: Span) -> RecognizerResult:
        """One Presidio result (kept lean: the engine deep-copies every result)."""
        return RecognizerResult(
            entity_type=ENTITY,
            start=span.start,
            end=span.end,
            score=span.score,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.label,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )


def person_recognizers(language: str, ner: NameNer | None = None) -> list[EntityRecognizer]:
    """The PERSON recognizers for "de" or "en"; pass `ner` to merge a real NER model's names."""
    return [PersonRecognizer(language, ner)]
