"""Check-digit algorithms for the identifiers the PII recognizers look for.

Every validator takes the text of a candidate as found (spaces allowed where the format allows
them) and returns a bool; none of them raises on malformed input.
"""

from __future__ import annotations

import re

_NON_ALNUM = re.compile(r"[^0-9A-Za-z]")

# IBAN length per country (ISO 13616 registry), for the countries SME texts actually contain.
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22,
    "DK": 18, "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GI": 23, "GR": 27,
    "HR": 21, "HU": 28, "IE": 22, "IS": 26, "IT": 27, "LI": 21, "LT": 20, "LU": 20,
    "LV": 21, "MC": 27, "MT": 31, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24,
    "SE": 24, "SI": 19, "SK": 24, "SM": 27, "TR": 26, "UA": 29,
}  # fmt: skip

# The character set of German ID card and passport serial numbers (no vowels, no B D Q S).
ICAO_DE_ALPHABET = frozenset("CFGHJKLMNPRTVWXYZ0123456789")
_SV_WEIGHTS = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)


def compact(value: str) -> str:
    """The value without spaces, hyphens, slashes or other separators, upper-cased."""
    return _NON_ALNUM.sub("", value).upper()


def letter_number(letter: str) -> int:
    """A=1 ... Z=26, as used by the SV-Nummer and the KVNR."""
    return ord(letter.upper()) - ord("A") + 1


def cross_sum(number: int) -> int:
    """The sum of the decimal digits of a non-negative number."""
    return sum(int(digit) for digit in str(number))


def iban_valid(value: str) -> bool:
    """ISO 13616 IBAN: known country, its exact length, mod-97 remainder 1."""
    iban = compact(value)
    if len(iban) < 15 or IBAN_LENGTHS.get(iban[:2]) != len(iban) or not iban[2:4].isdigit():
        return False
    rearranged = iban[4:] + iban[:4]
    if not rearranged.isalnum():
        return False
    return int("".join(str(int(char, 36)) for char in rearranged)) % 97 == 1


def luhn_valid(value: str) -> bool:
    """The Luhn (mod 10) check used by payment card numbers."""
    digits = compact(value)
    if not digits.isdigit() or len(digits) < 2:
        return False
    total = 0
    for position, char in enumerate(reversed(digits)):
        digit = int(char)
        if position % 2 == 1:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0


def mod11_10_check_digit(digits: str) -> int:
    """ISO 7064 MOD 11,10 check digit over a string of decimal digits."""
    product = 10
    for char in digits:
        total = (int(char) + product) % 10 or 10
        product = (total * 2) % 11
    check = 11 - product
    return 0 if check == 10 else check


def _tax_id_digit_pattern_ok(first_ten: str) -> bool:
    """Steuer-ID rule: one digit occurs twice or three times (never three in a row)."""
    counts = [first_ten.count(digit) for digit in set(first_ten)]
    repeated = [count for count in counts if count > 1]
    if len(repeated) != 1 or repeated[0] > 3:
        return False
    return not any(first_ten[i] == first_ten[i + 1] == first_ten[i + 2] for i in range(8))


def tax_id_valid(value: str) -> bool:
    """German Steuer-ID: 11 digits, no leading 0, digit-repetition rule, MOD 11,10 check."""
    digits = compact(value)
    if len(digits) != 11 or not digits.isdigit() or digits[0] == "0":
        return False
    if not _tax_id_digit_pattern_ok(digits[:10]):
        return False
    return mod11_10_check_digit(digits[:10]) == int(digits[10])


def vat_de_valid(value: str) -> bool:
    """German USt-IdNr: "DE" + 9 digits, MOD 11,10 check digit over the first 8."""
    vat = compact(value)
    if len(vat) != 11 or not vat.startswith("DE") or not vat[2:].isdigit():
        return False
    return mod11_10_check_digit(vat[2:10]) == int(vat[10])


def _sv_date_ok(day: int, month: int) -> bool:
    """The birth-date part of an SV-Nummer (day + 50 marks a supplementary number)."""
    return (1 <= day <= 31 or 51 <= day <= 81) and 1 <= month <= 12


def social_security_valid(value: str) -> bool:
    """German SV-/RV-Nummer: area, DDMMYY, letter, serial, check digit (weights 2121...)."""
    sv = compact(value)
    if len(sv) != 12 or not (sv[:8].isdigit() and sv[8].isalpha() and sv[9:].isdigit()):
        return False
    if sv[:2] == "00" or not _sv_date_ok(int(sv[2:4]), int(sv[4:6])):
        return False
    digits = sv[:8] + f"{letter_number(sv[8]):02d}" + sv[9:11]
    total = sum(cross_sum(int(d) * w) for d, w in zip(digits, _SV_WEIGHTS, strict=True))
    return total % 10 == int(sv[11])


def health_insurance_valid(value: str) -> bool:
    """German KVNR: letter + 8 digits + check digit (weights 1212..., products cross-summed)."""
    kvnr = compact(value)
    if len(kvnr) != 10 or not kvnr[0].isalpha() or not kvnr[1:].isdigit():
        return False
    digits = f"{letter_number(kvnr[0]):02d}" + kvnr[1:9]
    total = 0
    for position, char in enumerate(digits):
        product = int(char) * (1 if position % 2 == 0 else 2)
        total += product - 9 if product > 9 else product
    return total % 10 == int(kvnr[9])


def icao_check_digit(chars: str) -> int:
    """ICAO 9303 check digit: weights 7,3,1; digits by value, A=10 ... Z=35; sum mod 10."""
    weights = (7, 3, 1)
    return sum(int(char, 36) * weights[i % 3] for i, char in enumerate(chars.upper())) % 10


def icao_document_valid(value: str) -> bool:
    """German ID card / passport number: 9 serial characters plus a separate check digit."""
    number = compact(value)
    if len(number) != 10 or not number[9].isdigit():
        return False
    if not set(number[:9]) <= ICAO_DE_ALPHABET:
        return False
    return icao_check_digit(number[:9]) == int(number[9])
