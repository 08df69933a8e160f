"""Recognizers for contact data: e-mail addresses, phone numbers and IP addresses.

No tldextract (Presidio's e-mail/URL recognizers download the Public Suffix List); phone
numbers are checked offline with `phonenumbers` metadata. Phone scores: +49/+43/... numbers
that `phonenumbers` calls valid 0.85; national numbers written with an area-code separator
("0341 1234567", "(0341) 123456") 0.7; bare digit runs and US forms without context 0.45;
phone context (Tel., Fax, Mobil, call ...) lifts valid numbers to 0.9, business context
(Bestellnummer, Auftrag, invoice ...) caps them at 0.3.
"""

from __future__ import annotations

import ipaddress
import re

import phonenumbers
from presidio_analyzer import EntityRecognizer

from compliance.pii.recognizers_regex import (
    BUSINESS_CONTEXT,
    Hit,
    Rule,
    context_distance,
    in_digit_chain,
    in_iban,
    near,
    recognizer,
    words_for,
)

PHONE_CONTEXT = {
    "de": (
        "tel", "tel.", "telefon*", "fon", "phone", "mobil*", "handy*", "fax*", "erreichbar*",
        "anruf*", "anrufen", "ruf*", "durchwahl*", "t:", "m:", "f:", "mob.", "whatsapp",
        "hotline", "zentrale", "rückruf*", "festnetz*", "kontakt*", "mobile",
    ),
    "en": (
        "tel", "tel.", "telephone", "phone*", "mobile", "cell*", "fax", "call*", "dial*",
        "reach*", "contact*", "hotline", "whatsapp", "t:", "m:", "f:", "ph.", "mob.",
        "telefon*", "mobil*", "handy*",
    ),
}  # fmt: skip
IP_CONTEXT = {
    "de": (
        "ip", "ip-adresse*", "ipv4", "ipv6", "server", "host*", "gateway", "router", "subnetz*",
        "dns", "netzwerk*", "proxy", "firewall", "vpn", "ping", "rechner", "client", "adresse",
        "fernwartung*", "fernzugriff*", "rdp", "ssh", "drucker", "switch",
    ),
    "en": (
        "ip", "ip address", "ipv4", "ipv6", "server", "host*", "gateway", "router", "subnet*",
        "dns", "network", "proxy", "firewall", "vpn", "ping", "client", "address",
        "remote access", "rdp", "ssh", "printer", "switch",
    ),
}  # fmt: skip
# Compounds ending in a network-device word ("Dateiserver", "Jumphost", "Netzwerkdrucker").
_IP_COMPOUND = re.compile(
    r"\w(?:server|host|router|gateway|firewall|proxy|switch|drucker|printer|rechner)(?!\w)",
    re.IGNORECASE,
)
# How far a certain address lifts a version-shaped neighbour (IP lists, "von A auf B").
_IP_NEIGHBOUR_WINDOW = 80
# Words that make a dotted quad a version, section or standard number instead of an address.
NOT_IP_CONTEXT = (
    "version", "v", "ver.", "vers.", "firmware", "software", "sw", "release", "build", "stand",
    "kapitel", "abschnitt", "punkt", "ziffer", "nr.", "section", "chapter", "tabelle", "table",
    "abbildung", "figure", "fig.", "anhang", "annex", "rev.", "revision", "din", "iso", "vda",
)  # fmt: skip
_PHONE_REGIONS = ("DE", "AT", "CH", "GB")

_SEP = r"(?:[ \u00a0]?[/\-–][ \u00a0]?|[ \u00a0])"
_GROUPS = r"(?:" + _SEP + r"\(?\d{1,8}\)?|[ \u00a0]?\(\d{1,5}\)[ \u00a0]?\d{1,8}){0,6}"
# "(" may open a bracketed number ("Frau Pham (0341 49271-35)"); "(0341) 123456" is matched
# from its bracket by the national pattern, so no match starts inside it.
_PHONE_START = r"(?<![\w+@.\-/])"
_PHONE_END = r"(?![\w@]|[.,/\-]?\d)"
_PHONE_INTL = re.compile(_PHONE_START + r"(?:\+|00)[1-9]\d{0,13}" + _GROUPS + _PHONE_END)
_PHONE_NATIONAL = re.compile(
    _PHONE_START + r"(?:\(0[1-9]\d{1,4}\)|0[1-9]\d{1,12})" + _GROUPS + _PHONE_END
)
_PHONE_NANP = re.compile(
    _PHONE_START + r"(?:\([2-9]\d{2}\)[ \u00a0]?|[2-9]\d{2}[\- ])\d{3}[\- ]\d{4}" + _PHONE_END
)
_DIGIT_GROUP = re.compile(r"\(?\d+\)?")
_NON_DIGIT = re.compile(r"\D")

_EMAIL = re.compile(
    r"(?<![\w.+%\-])[\w%+\-](?:[\w.%+\-]{0,63})@[^\W_][\w\-]*(?:\.[\w\-]+)*\.[^\W\d_]{2,24}"
    r"(?![\w\-@]|\.[^\W_])"
)
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_IPV4 = re.compile(r"(?<![\w.\-/:])" + _OCTET + r"(?:\." + _OCTET + r"){3}(?![\w\-]|\.\d)")
_IPV6 = re.compile(
    r"(?<![\w:.])(?=[0-9A-Fa-f]{0,4}:[0-9A-Fa-f]{0,4}:)[0-9A-Fa-f:]{2,39}"
    r"(?:\.\d{1,3}){0,3}(?![\w:])"
)


def _national_valid(digits: str) -> bool:
    """Whether the national-format digits are a valid number in one of the usual regions."""
    for region in _PHONE_REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(digits, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def _international_check(digits: str) -> tuple[bool, bool]:
    """(possible, valid) for the digits of an international number without "+" or "00"."""
    try:
        number = phonenumbers.parse("+" + digits, None)
    except phonenumbers.NumberParseException:
        return False, False
    return phonenumbers.is_possible_number(number), phonenumbers.is_valid_number(number)


def _phone_base(candidate: str) -> float | None:
    """Base score of a phone candidate by its form, or None when it is not a phone number."""
    digits = _NON_DIGIT.sub("", candidate.replace("(0)", ""))
    if candidate.startswith(("+", "00")):
        possible, valid = _international_check(digits[2:] if candidate[0] == "0" else digits)
        if not possible:
            return None
        return (0.85 if candidate[0] == "+" else 0.75) if valid else 0.45
    if candidate.startswith(("0", "(0")):
        if not 7 <= len(digits) <= 13 or not _national_valid(digits):
            return None
        return 0.7 if not candidate.isdigit() and len(digits) >= 9 else 0.45
    return 0.6 if candidate[0] == "(" else 0.45


def _phone_span(text: str, start: int, end: int) -> tuple[int, float] | None:
    """The longest acceptable prefix of the candidate (trailing groups may be other numbers)."""
    candidate = text[start:end]
    groups = list(_DIGIT_GROUP.finditer(candidate))
    for count in range(len(groups), min(len(groups), 2) - 1, -1):
        cut = groups[count - 1].end()
        if candidate[:cut].count(")") > candidate[:cut].count("("):
            cut -= 1  # the bracket closes the text around the number: "(0341 49271-35)"
        base = _phone_base(candidate[:cut])
        if base is not None:
            return start + cut, base
    return None


def _phone_rule(name: str, pattern: re.Pattern[str], language: str) -> Rule:
    """A phone rule: form and validity set the base, context words move it."""
    words = words_for(language, PHONE_CONTEXT)
    business = words_for(language, BUSINESS_CONTEXT)

    def score(text: str, match: re.Match[str]) -> Hit | None:
        start = match.start()
        # Only the text before the start counts: trailing groups are trimmed by _phone_span.
        if in_digit_chain(text, start, start) or in_iban(text, start):
            return None
        span = _phone_span(text, start, match.end())
        if span is None:
            return None
        end, base = span
        if near(text, start, end, words):
            return Hit(start, end, max(base, 0.9))
        if near(text, start, end, business, before=30):
            return Hit(start, end, min(base, 0.3))
        return Hit(start, end, base)

    return Rule(name, pattern, score)


def _email_score(text: str, match: re.Match[str]) -> Hit | None:
    """An e-mail address (the regex alone is specific enough)."""
    return Hit(match.start(), match.end(), 0.95)


def _version_shaped(candidate: str) -> bool:
    """Whether a dotted quad could as well be a version or section number (all parts 1-31)."""
    return all(1 <= int(part) <= 31 for part in candidate.split("."))


def _compound_context(text: str, start: int) -> bool:
    """A network-device compound ("Dateiserver – 10.10.1.10") shortly before, on the same line."""
    line_start = text.rfind("\n", max(0, start - 40), start) + 1
    return _IP_COMPOUND.search(text, max(line_start, start - 40), start) is not None


def _ip_rules(language: str) -> list[Rule]:
    """IPv4 (no version or section numbers) and IPv6 (validated with `ipaddress`)."""
    words = words_for(language, IP_CONTEXT)

    def refuted(text: str, start: int) -> bool:
        against = context_distance(text, start, NOT_IP_CONTEXT, before=25)
        support = context_distance(text, start, words)
        return against is not None and (support is None or against <= support)

    def supported(text: str, start: int, end: int) -> bool:
        return near(text, start, end, words) or _compound_context(text, start)

    def score_v4(text: str, match: re.Match[str]) -> Hit | None:
        start, end = match.span()
        if refuted(text, start):
            return None
        if supported(text, start, end):
            return Hit(start, end, 0.9)
        if not _version_shaped(match.group()):
            return Hit(start, end, 0.6)
        # Version-shaped ("10.20.3.15"): a certain address next to it lifts it, as in server
        # lists and "von 198.51.100.23 auf die TruLaser 3030 (10.20.3.15)".
        lo, hi = max(0, start - _IP_NEIGHBOUR_WINDOW), end + _IP_NEIGHBOUR_WINDOW
        for other in _IPV4.finditer(text, lo, hi):
            if other.start() == start or refuted(text, other.start()):
                continue
            if not _version_shaped(other.group()) or supported(text, *other.span()):
                return Hit(start, end, 0.6)
        return Hit(start, end, 0.35)

    def score_v6(text: str, match: re.Match[str]) -> Hit | None:
        candidate = match.group()
        if sum(1 for part in candidate.split(":") if part) < 3:
            return None
        try:
            ipaddress.IPv6Address(candidate)
        except ValueError:
            return None
        start, end = match.span()
        return Hit(start, end, 0.95 if near(text, start, end, words) else 0.85)

    return [Rule("ipv4", _IPV4, score_v4), Rule("ipv6", _IPV6, score_v6)]


def contact_recognizers(language: str) -> list[EntityRecognizer]:
    """E-mail, phone and IP address recognizers for one language."""
    phone_rules = [
        _phone_rule("phone_international", _PHONE_INTL, language),
        _phone_rule("phone_national", _PHONE_NATIONAL, language),
        _phone_rule("phone_nanp", _PHONE_NANP, language),
    ]
    return [
        recognizer(
            "EmailRecognizer", "EMAIL_ADDRESS", language, [Rule("email", _EMAIL, _email_score)]
        ),
        recognizer("PhoneRecognizer", "PHONE_NUMBER", language, phone_rules),
        recognizer("IpRecognizer", "IP_ADDRESS", language, _ip_rules(language)),
    ]
