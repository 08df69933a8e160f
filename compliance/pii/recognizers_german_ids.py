"""Recognizers for German personal identifiers: Steuer-ID, SV-Nummer, KVNR, ID card, passport.

Check digits decide; context words only move the score.
- Steuer-ID: MOD 11,10 plus the digit-repetition rule (about 0.4 % of random 11-digit numbers
  pass), 0.65 plain / 0.8 grouped without context, 0.95 with context.
- SV-Nummer: date part, letter and check digit make it specific: 0.85, 0.95 with context.
- KVNR and ID card / passport numbers carry one mod-10 check digit on a shape part numbers
  share (letter + 9 digits, 10 alphanumerics), so a valid number without context scores 0.45
  (reported only below the usual 0.5 threshold) and 0.95 with context.
  ID card / passport words earlier in the same paragraph (up to 160 characters back) give 0.8.
- ID card vs passport: the first character decides (passport serials start with C, F, G, H,
  J or K, ID card serials with L, M, N, P, R, T, V, W, X or Y); for any other first letter
  the nearest preceding context word does.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer

from compliance.pii import checksums
from compliance.pii.recognizers_regex import (
    BUSINESS_CONTEXT,
    WORD_END,
    WORD_START,
    Hit,
    RegexRecognizer,
    Rule,
    checked_rule,
    context_distance,
    near,
    nearest_context,
    recognizer,
    words_for,
)

TAX_CONTEXT = {
    "de": (
        "steuer-id", "steuerid", "steuer-idnr.", "steueridentifikationsnummer",
        "steuer-identifikationsnummer", "identifikationsnummer", "idnr", "id-nr.",
        "steuerliche", "steuernummer", "tin", "lohnsteuer*", "finanzamt", "elster",
    ),
    "en": (
        "tax id", "tax-id", "tax identification", "tin", "taxpayer", "tax number", "tax",
        "steuer-id", "steuerid", "steueridentifikationsnummer", "idnr",
    ),
}  # fmt: skip
SOCIAL_CONTEXT = {
    "de": (
        "sozialversicherung*", "sv-nummer", "sv-nr.", "svnr", "sv-ausweis", "rentenversicherung*",
        "rv-nummer", "rv-nr.", "versicherungsnummer", "versicherungsnr.", "rentenversichert*",
    ),
    "en": (
        "social security", "social insurance", "pension insurance", "insurance number", "ssn",
        "sozialversicherungsnummer", "rentenversicherungsnummer", "sv-nummer",
    ),
}  # fmt: skip
HEALTH_CONTEXT = {
    "de": (
        "krankenversichert*", "versichertennummer", "versicherten-nr.", "versichertennr.",
        "kvnr", "kv-nr.", "kv-nummer", "krankenkasse*", "gesundheitskarte", "egk",
        "krankenversicherung*", "aok", "barmer", "dak", "dak-gesundheit", "ikk", "bkk",
        "kkh", "hkk", "hek", "knappschaft", "techniker krankenkasse", "mitgliedsnummer",
    ),
    "en": (
        "health insurance", "health card", "insurance", "insured", "member id", "kvnr",
        "krankenversichertennummer", "versichertennummer",
    ),
}  # fmt: skip
ID_CARD_CONTEXT = {
    "de": (
        "personalausweis*", "ausweis", "ausweisnummer", "ausweis-nr.", "ausweisnr.", "pa-nr.",
        "pa-nummer", "perso", "identitätskarte", "id-karte", "id card",
    ),
    "en": ("id card", "identity card", "national id", "personalausweis*", "ausweis*"),
}  # fmt: skip
PASSPORT_CONTEXT = {
    "de": (
        "reisepass*",
        "pass",
        "passnummer",
        "pass-nr.",
        "passnr.",
        "pass-nummer",
        "passport",
    ),
    "en": ("passport", "passport no.", "passport number", "reisepass*", "passnummer"),
}

_PASSPORT_FIRST = frozenset("CFGHJK")
_ID_CARD_FIRST = frozenset("LMNPRTVWXY")
# Document words further back in the same paragraph still count, with a lower score: people
# name the document once and give its number a sentence later ("mein Reisepass läuft ab ...
# der alte mit der Nummer HGM2MV6F41").
_PARAGRAPH_BEFORE = 160
_TAX_PLAIN = re.compile(WORD_START + r"[1-9]\d{10}" + WORD_END)
_TAX_GROUPED = re.compile(WORD_START + r"[1-9]\d (?:\d{3} ){2}\d{3}" + WORD_END)
_SOCIAL = re.compile(WORD_START + r"\d{2} ?\d{6} ?[A-Z] ?\d{3}" + WORD_END)
_KVNR = re.compile(WORD_START + r"[A-Z]\d{9}" + WORD_END)
_ICAO = re.compile(WORD_START + r"[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\d" + WORD_END)


def _document_contexts(language: str) -> dict[str, tuple[str, ...]]:
    """Context words of the three 10-character documents whose shapes overlap."""
    return {
        "DE_PASSPORT": words_for(language, PASSPORT_CONTEXT),
        "DE_ID_CARD": words_for(language, ID_CARD_CONTEXT),
        "DE_HEALTH_INSURANCE": words_for(language, HEALTH_CONTEXT),
    }


def _document_type(first: str, context: str | None) -> str:
    """Passport or ID card: the serial's first letter decides, else the nearest context word.

    Passport serials start with C, F, G, H, J or K, ID card serials with L, M, N, P, R, T, V,
    W, X or Y, so "Reisepassnummer ... nicht die vom Personalausweis: FP9VZ5RP44" is a
    passport number although the ID card word stands closer.
    """
    if first in _PASSPORT_FIRST:
        return "DE_PASSPORT"
    if first in _ID_CARD_FIRST or context != "DE_PASSPORT":
        return "DE_ID_CARD"
    return "DE_PASSPORT"


def _icao_rule(language: str) -> Rule:
    """ID card or passport number (ICAO 9303 check digit); the type comes from context."""
    contexts = _document_contexts(language)
    business = words_for(language, BUSINESS_CONTEXT)

    documents = contexts["DE_PASSPORT"] + contexts["DE_ID_CARD"]

    def score(text: str, match: re.Match[str]) -> Hit | None:
        start, end = match.span()
        if not checksums.icao_document_valid(match.group()):
            return None
        context = nearest_context(text, start, contexts)
        if context == "DE_HEALTH_INSURANCE":
            return None
        entity = _document_type(match.group()[0], context)
        if context is not None:
            return Hit(start, end, 0.95, entity)
        if near(text, start, end, business):
            return None
        blank_line = text.rfind("\n\n", 0, start)
        paragraph = max(blank_line + 2 if blank_line >= 0 else 0, start - _PARAGRAPH_BEFORE)
        if context_distance(text, start, documents, before=start - paragraph) is not None:
            return Hit(start, end, 0.8, entity)
        return Hit(start, end, 0.45, entity)

    return Rule("icao_document", _ICAO, score)


def _kvnr_rule(language: str) -> Rule:
    """KVNR, unless ID card or passport words stand closer than health-insurance words."""
    contexts = _document_contexts(language)
    business = words_for(language, BUSINESS_CONTEXT)
    words = contexts["DE_HEALTH_INSURANCE"]
    rule = checked_rule("kvnr", _KVNR, checksums.health_insurance_valid, 0.45, words, business)

    def score(text: str, match: re.Match[str]) -> Hit | None:
        if nearest_context(text, match.start(), contexts) not in (None, "DE_HEALTH_INSURANCE"):
            return None
        return rule.scorer(text, match)

    return Rule("kvnr", _KVNR, score)


def german_id_recognizers(language: str) -> list[EntityRecognizer]:
    """Steuer-ID, SV-Nummer, KVNR and ID card / passport recognizers for one language."""
    biz = words_for(language, BUSINESS_CONTEXT)
    tax = words_for(language, TAX_CONTEXT)
    social = words_for(language, SOCIAL_CONTEXT)
    tax_rules = [
        checked_rule("tax_id", _TAX_PLAIN, checksums.tax_id_valid, 0.65, tax, biz),
        checked_rule("tax_id_grouped", _TAX_GROUPED, checksums.tax_id_valid, 0.8, tax, biz),
    ]
    social_rule = checked_rule("sv", _SOCIAL, checksums.social_security_valid, 0.85, social, biz)
    return [
        recognizer("DeTaxIdRecognizer", "DE_TAX_ID", language, tax_rules),
        recognizer("DeSocialSecurityRecognizer", "DE_SOCIAL_SECURITY", language, [social_rule]),
        recognizer(
            "DeHealthInsuranceRecognizer", "DE_HEALTH_INSURANCE", language, [_kvnr_rule(language)]
        ),
        RegexRecognizer(
            f"DeIdDocumentRecognizer_{language}",
            ["DE_ID_CARD", "DE_PASSPORT"],
            language,
            [_icao_rule(language)],
        ),
    ]
