"""All non-name PII recognizers, and the ones for IBANs, payment cards and USt-IdNr.

`identifier_recognizers(language)` is the public entry point: every recognizer of this
package except person names, for "de" or "en". Identifier formats are language-independent,
so both languages get every format; only the context words differ (the English lists also
carry the German terms English texts use for German documents).

Scores here: a valid IBAN 0.95 (1.0 with context); a grouped card number with a card prefix
and a valid Luhn digit 0.9, a plain 13-19 digit run 0.6 (0.95 with card context, 0.3 with
order/invoice context); a valid USt-IdNr 0.9 (0.95 with context). Invalid check digits are
never reported.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer

from compliance.pii import checksums
from compliance.pii.recognizers_address import address_recognizers
from compliance.pii.recognizers_contact import contact_recognizers
from compliance.pii.recognizers_dob import dob_recognizers
from compliance.pii.recognizers_german_ids import german_id_recognizers
from compliance.pii.recognizers_plates import plate_recognizers
from compliance.pii.recognizers_regex import (
    BUSINESS_CONTEXT,
    WORD_END,
    WORD_START,
    Hit,
    Rule,
    checked_rule,
    near,
    recognizer,
    words_for,
)

IBAN_CONTEXT = {
    "de": ("iban", "konto*", "bankverbindung", "bank", "überweisung", "account"),
    "en": ("iban", "account*", "bank", "transfer", "wire", "konto*", "bankverbindung"),
}
CARD_CONTEXT = {
    "de": (
        "kreditkart*", "karte", "kartennummer", "karten-nr.", "visa", "mastercard", "amex",
        "american express", "maestro", "zahlungskarte", "debitkarte", "credit card", "card",
    ),
    "en": (
        "card", "credit", "debit", "visa", "mastercard", "amex", "american express", "maestro",
        "card number", "cc", "kreditkart*",
    ),
}  # fmt: skip
VAT_CONTEXT = {
    "de": (
        "ust-idnr.", "ust-idnr", "ust-id", "ust.-id", "ustid", "ust-ident-nr.", "umsatzsteuer*",
        "vat", "uid",
    ),
    "en": ("vat", "vat id", "vat no.", "vat number", "ust-idnr.", "ust-id", "umsatzsteuer*"),
}  # fmt: skip

_CARD_PREFIXES = (
    "4", "51", "52", "53", "54", "55", "34", "37", "6011", "65", "644", "645", "646", "647",
    "648", "649", "35", "30", "36", "38", "39", "62", "50", "56", "57", "58", "63", "67",
)  # fmt: skip
_IBAN_ANCHOR = re.compile(r"(?<![\w\-/])([A-Z]{2})\d{2}(?=[ ]?[0-9A-Z])")
_CARD_GROUPED = re.compile(
    WORD_START
    + r"(?:\d{4}([ \-])\d{4}\1\d{4}\1\d{1,4}(?:\1\d{1,3})?|\d{4}([ \-])\d{6}\2\d{4,5})"
    + WORD_END
)
_CARD_PLAIN = re.compile(WORD_START + r"\d{13,19}" + WORD_END)
_VAT = re.compile(WORD_START + r"DE ?\d{3} ?\d{3} ?\d{3}" + WORD_END)


def _iban_end(text: str, start: int, length: int) -> int | None:
    """End of an IBAN of `length` characters starting at `start` (single spaces allowed)."""
    count, pos = 0, start
    while count < length and pos < len(text):
        char = text[pos]
        if char.isascii() and char.isalnum():
            count += 1
        elif not (char == " " and count > 0 and text[pos + 1 : pos + 2].isalnum()):
            break
        pos += 1
    if count < length or (pos < len(text) and text[pos].isalnum()):
        return None
    return pos


def _iban_rule(language: str) -> Rule:
    """IBAN: the country's length and the mod-97 check decide."""
    words = words_for(language, IBAN_CONTEXT)

    def score(text: str, match: re.Match[str]) -> Hit | None:
        start = match.start()
        length = checksums.IBAN_LENGTHS.get(match.group(1))
        end = _iban_end(text, start, length) if length else None
        if end is None or not checksums.iban_valid(text[start:end]):
            return None
        return Hit(start, end, 1.0 if near(text, start, end, words) else 0.95)

    return Rule("iban", _IBAN_ANCHOR, score)


def card_number_valid(value: str) -> bool:
    """Payment card number: 13-19 digits, a known card prefix, not one repeated digit, Luhn."""
    digits = checksums.compact(value)
    if not 13 <= len(digits) <= 19 or len(set(digits)) < 2:
        return False
    prefix_ok = digits.startswith(_CARD_PREFIXES) or 2221 <= int(digits[:4]) <= 2720
    return prefix_ok and checksums.luhn_valid(digits)


def payment_recognizers(language: str) -> list[EntityRecognizer]:
    """IBAN, payment card and USt-IdNr recognizers for one language."""
    biz = words_for(language, BUSINESS_CONTEXT)
    card = words_for(language, CARD_CONTEXT)
    vat = words_for(language, VAT_CONTEXT)
    card_rules = [
        checked_rule("card_grouped", _CARD_GROUPED, card_number_valid, 0.9, card, biz),
        checked_rule("card", _CARD_PLAIN, card_number_valid, 0.6, card, biz),
    ]
    vat_rule = checked_rule("vat", _VAT, checksums.vat_de_valid, 0.9, vat)
    return [
        recognizer("IbanRecognizer", "IBAN_CODE", language, [_iban_rule(language)]),
        recognizer("CreditCardRecognizer", "CREDIT_CARD", language, card_rules),
        recognizer("DeVatIdRecognizer", "DE_VAT_ID", language, [vat_rule]),
    ]


def identifier_recognizers(language: str) -> list[EntityRecognizer]:
    """Every PII recognizer except person names, for "de" or "en"."""
    return [
        *payment_recognizers(language),
        *german_id_recognizers(language),
        *contact_recognizers(language),
        *address_recognizers(language),
        *plate_recognizers(language),
        *dob_recognizers(language),
    ]
