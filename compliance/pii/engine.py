"""The Presidio analyzer, assembled offline on blank spaCy pipelines (no model download)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import spacy
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry
from presidio_analyzer.nlp_engine import SpacyNlpEngine

LANGUAGES: tuple[str, ...] = ("de", "en")


def blank_nlp_engine(languages: Sequence[str] = LANGUAGES) -> SpacyNlpEngine:
    """A spaCy NLP engine that only tokenizes; German NER models are not installable here."""
    engine = SpacyNlpEngine(
        models=[{"lang_code": lang, "model_name": f"blank:{lang}"} for lang in languages]
    )
    # Passing the pipelines as objects: a "blank:xx" name would make Presidio try a download.
    engine.nlp = {lang: spacy.blank(lang) for lang in languages}  # type: ignore[assignment]
    return engine


def build_analyzer(
    recognizers: Iterable[EntityRecognizer], languages: Sequence[str] = LANGUAGES
) -> AnalyzerEngine:
    """An analyzer that runs exactly the given recognizers (none of Presidio's defaults)."""
    registry = RecognizerRegistry(supported_languages=list(languages))
    for recognizer in recognizers:
        registry.add_recognizer(recognizer)
    return AnalyzerEngine(
        registry=registry,
        nlp_engine=blank_nlp_engine(languages),
        supported_languages=list(languages),
    )
