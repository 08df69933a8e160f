"""Recognizer for dates of birth: a date counts only when birth context stands right before it.

"geb. 12.03.1985", "geboren am 3. Okt. 1990", "Geburtsdatum: 1985-03-12", "(* 12.3.85)",
"born on July 4, 1979", "DOB: 4 July 1979". The span is the date alone. The date must be a
real calendar date that is not in the future. Score 0.95 when the date follows the context
word directly, 0.8 when a few words stand in between.
"""

from __future__ import annotations

import datetime
import re

from presidio_analyzer import EntityRecognizer

from compliance.pii.recognizers_regex import Hit, RegexRecognizer, Rule

_MONTHS = (
    r"(?:jan(?:uar|uary)?|feb(?:ruar|ruary)?|märz|mär|maerz|mrz|mar(?:ch)?|apr(?:il)?|mai|may"
    r"|jun[ie]?|jul[iy]?|aug(?:ust)?|sept?(?:ember)?|okt(?:ober)?|oct(?:ober)?"
    r"|nov(?:ember)?|dez(?:ember)?|dec(?:ember)?)\.?"
)
_MONTH_NUMBERS = {
    "jan": 1, "feb": 2, "mär": 3, "mae": 3, "mrz": 3, "mar": 3, "apr": 4, "mai": 5, "may": 5,
    "jun": 6, "jul": 7, "aug": 8, "sep": 9, "okt": 10, "oct": 10, "nov": 11, "dez": 12,
    "dec": 12,
}  # fmt: skip
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_YEAR = r"(?:19|20)\d{2}"
_DATE = (
    r"(?P<date>" + _DAY + r"\.[ ]?(?:0?[1-9]|1[0-2])\.[ ]?(?:" + _YEAR + r"|\d{2})"
    r"|\d{1,2}/\d{1,2}/(?:" + _YEAR + r"|\d{2})"
    r"|" + _YEAR + r"-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
    r"|" + _DAY + r"\.?[ ](?:of[ ])?" + _MONTHS + r"[ ]" + _YEAR
    + r"|" + _MONTHS + r"[ ]" + _DAY + r"(?:st|nd|rd|th)?,?[ ]" + _YEAR + r")"
    r"(?![\w]|[.,/\-]\d)"
)  # fmt: skip
_CONTEXT = (
    r"geb\.(?:[ ]?-?datum)?|geboren(?:[ ]am)?|geburtsdatum|geburtsdat\.|geburtstag"
    r"|born(?:[ ]on)?|date[ ]of[ ]birth|birth[ ]?date|dob|d\.o\.b\.|birthday"
)
_DOB = re.compile(
    r"(?:(?<!\w)(?:"
    + _CONTEXT
    + r")(?![^\W\d_])(?P<fill>[^\d\n]{0,25}?)|(?<![\w*])\*[ \u00a0]?)"
    + _DATE,
    re.IGNORECASE,
)
_NUMBERS = re.compile(r"\d+")
_MONTH_WORD = re.compile(r"[^\W\d_]{3,}")
_SHORT_FILL = re.compile(r"^[\s:,.\-–()]*(?:am|on|den|the)?[\s:]*$", re.IGNORECASE)


def _full_year(year: int) -> int:
    """Two-digit years: up to this year's two digits mean 20xx, the rest 19xx."""
    if year >= 100:
        return year
    return 2000 + year if year <= datetime.date.today().year % 100 else 1900 + year


def _real_date(year: int, month: int, day: int) -> bool:
    """Whether the date exists, lies after 1900 and is not in the future."""
    try:
        date = datetime.date(_full_year(year), month, day)
    except ValueError:
        return False
    return datetime.date(1900, 1, 1) <= date <= datetime.date.today()


def _date_ok(value: str) -> bool:
    """Whether a matched date string is a plausible birth date."""
    numbers = [int(number) for number in _NUMBERS.findall(value)]
    word = _MONTH_WORD.search(value)
    if word is not None and word.group().lower()[:3] in _MONTH_NUMBERS:
        month = _MONTH_NUMBERS[word.group().lower()[:3]]
        return len(numbers) == 2 and _real_date(max(numbers), month, min(numbers))
    if len(numbers) != 3:
        return False
    if "-" in value:
        return _real_date(numbers[0], numbers[1], numbers[2])
    day, month, year = numbers
    if "/" in value:  # 03/12/1985 may be British or American
        return _real_date(year, month, day) or _real_date(year, day, month)
    return _real_date(year, month, day)


def _dob_score(text: str, match: re.Match[str]) -> Hit | None:
    """The date of a birth-context match, if it is a plausible birth date."""
    if not _date_ok(match.group("date")):
        return None
    fill = match.group("fill")
    score = 0.95 if fill is None or _SHORT_FILL.match(fill) else 0.8
    return Hit(match.start("date"), match.end("date"), score)


def dob_recognizers(language: str) -> list[EntityRecognizer]:
    """The date-of-birth recognizer (German and English cues in both languages)."""
    return [
        RegexRecognizer(
            f"DateOfBirthRecognizer_{language}",
            ["DATE_OF_BIRTH"],
            language,
            [Rule("date_of_birth", _DOB, _dob_score)],
        )
    ]
