"""Validates the PII evaluation set (de.jsonl, en.jsonl).

Run from anywhere: python3 check_labels.py
Checks: JSON fields, unique ids, lang/domain, offsets (text[start:end] == value), entity
types, no overlapping spans, no surrounding whitespace in spans, format and checksum of
every identifier type that has one, and that no UNLABELLED string in any text passes one
of those checksums (so the look-alikes in the no-PII texts really are invalid).
Prints counts per type and language. Exit code 0 if everything passes, 1 otherwise.

The checksum code here is written independently of make_ids.py.
"""

from __future__ import annotations

import ipaddress
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = {"de": HERE / "de.jsonl", "en": HERE / "en.jsonl"}
TYPES = [
    "PERSON", "ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH", "IBAN_CODE",
    "CREDIT_CARD", "DE_TAX_ID", "DE_SOCIAL_SECURITY", "DE_HEALTH_INSURANCE", "DE_ID_CARD",
    "DE_PASSPORT", "DE_VAT_ID", "DE_LICENSE_PLATE", "IP_ADDRESS",
]
DOMAINS = {"hr", "purchasing", "logistics", "workshop", "quality", "sales", "it", "none"}
MIN_TOTAL, MIN_PERSON_PER_LANG, MIN_OTHER, MIN_NO_PII_TEXTS = 450, 25, 12, 60
IBAN_LENGTHS = {"DE": 22, "AT": 20, "NL": 18, "PL": 28, "GB": 22, "CH": 21, "FR": 27, "IT": 27, "ES": 24, "BE": 16, "LU": 20, "CZ": 24}


# ---------------------------------------------------------------- checksum validators
def _compact(s: str) -> str:
    return re.sub(r"[\s-]", "", s)


def is_iban(s: str) -> bool:
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s) or IBAN_LENGTHS.get(s[:2]) != len(s):
        return False
    rearranged = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def is_luhn(s: str) -> bool:
    digits = _compact(s)
    if not digits.isdigit() or not 13 <= len(digits) <= 19:
        return False
    total = 0
    for pos, ch in enumerate(digits[::-1]):
        n = int(ch) * (2 if pos % 2 else 1)
        total += n // 10 + n % 10
    return total % 10 == 0


def is_credit_card(s: str) -> bool:
    if not re.fullmatch(r"\d{4}([ -]?)\d{4,6}\1\d{4,5}(\1\d{1,4})?", s):
        return False
    d = _compact(s)
    brand_ok = (d[0] == "4" and len(d) in (13, 16, 19)) or (51 <= int(d[:2]) <= 55 and len(d) == 16) \
        or (d[:2] in ("34", "37") and len(d) == 15)
    return brand_ok and is_luhn(d)


def iso7064_mod11_10_ok(digits: str) -> bool:
    """True if the last digit is the ISO 7064 MOD 11,10 check digit of the preceding ones."""
    p = 10
    for ch in digits[:-1]:
        s = (p + int(ch)) % 10
        p = (2 * (s if s else 10)) % 11
    return (11 - p) % 10 == int(digits[-1])


def is_tax_id(s: str) -> bool:
    d = s.replace(" ", "")
    if not re.fullmatch(r"[1-9]\d{10}", d):
        return False
    counts = Counter(d[:10])
    multi = [c for c, n in counts.items() if n > 1]
    if len(multi) != 1 or counts[multi[0]] not in (2, 3):
        return False
    if multi[0] * 3 in d[:10]:
        return False
    return iso7064_mod11_10_ok(d)


def is_vat_de(s: str) -> bool:
    m = re.fullmatch(r"DE ?([1-9]\d{2}) ?(\d{3}) ?(\d{3})", s)
    return bool(m) and iso7064_mod11_10_ok("".join(m.groups()))


def _alpha_pos(c: str) -> str:
    return f"{ord(c) - ord('A') + 1:02d}"


def is_sv_nummer(s: str) -> bool:
    d = s.replace(" ", "")
    m = re.fullmatch(r"(\d{2})(\d{2})(\d{2})(\d{2})([A-Z])(\d{2})(\d)", d)
    if not m:
        return False
    area, dd, mm, _yy, letter, _serial, check = m.groups()
    if not (1 <= int(dd) - (50 if int(dd) > 50 else 0) <= 31 and 1 <= int(mm) <= 12):
        return False
    digits = d[:8] + _alpha_pos(letter) + d[9:11]
    total = 0
    for ch, w in zip(digits, (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)):
        prod = int(ch) * w
        total += sum(map(int, str(prod)))
    return total % 10 == int(check)


def is_kvnr(s: str) -> bool:
    if not re.fullmatch(r"[A-Z]\d{9}", s):
        return False
    digits = _alpha_pos(s[0]) + s[1:9]
    total = 0
    for i, ch in enumerate(digits):
        prod = int(ch) * (2 if i % 2 else 1)
        total += prod - 9 if prod > 9 else prod
    return total % 10 == int(s[9])


def icao_ok(s: str) -> bool:
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in s[:-1]]
    return sum(v * w for v, w in zip(vals, [7, 3, 1] * 4)) % 10 == int(s[-1])


def is_id_card(s: str) -> bool:
    return bool(re.fullmatch(r"[LMNPRTVWXY][CFGHJKLMNPRTVWXYZ0-9]{8}\d", s)) and icao_ok(s)


def is_passport(s: str) -> bool:
    return bool(re.fullmatch(r"[CFGHJK][CFGHJKLMNPRTVWXYZ0-9]{8}\d", s)) and icao_ok(s)


def is_plate(s: str) -> bool:
    return bool(re.fullmatch(r"[A-ZÄÖÜ]{1,3}[- ][A-Z]{1,2} ?[1-9]\d{0,3}[EH]?", s))


def is_ip(s: str) -> bool:
    try:
        ipaddress.ip_address(s)
        return True
    except ValueError:
        return False


def is_email(s: str) -> bool:
    return bool(re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)*\.[a-z]{2,}", s))


def is_phone(s: str) -> bool:
    if not re.fullmatch(r"\+?[\d ()/.\-]+", s):
        return False
    n = len(re.sub(r"\D", "", s))
    return 7 <= n <= 16 and s[-1].isdigit()


MONTHS = r"(Jan(uar|uary)?|Feb(ruar|ruary)?|Mär(z)?|Mar(ch)?|Apr(il)?|Mai|May|Jun[ie]?|Jul[iy]?|Aug(ust)?|Sep(t(ember)?)?|Okt(ober)?|Oct(ober)?|Nov(ember)?|Dez(ember)?|Dec(ember)?)\.?"


def is_dob(s: str) -> bool:
    pats = [
        r"\d{1,2}\.\d{1,2}\.(\d{2}|\d{4})",
        r"\d{4}-\d{2}-\d{2}",
        r"\d{1,2}/\d{1,2}/\d{2,4}",
        rf"\d{{1,2}}\.? {MONTHS} \d{{4}}",
        rf"{MONTHS} \d{{1,2}}(st|nd|rd|th)?,? \d{{4}}",
        rf"\d{{1,2}}(st|nd|rd|th)? {MONTHS},? \d{{4}}",
    ]
    return any(re.fullmatch(p, s) for p in pats)


SALUTATIONS = re.compile(r"^(Herr|Herrn|Frau|Hr\.|Fr\.|Dr\.|Prof\.|Mr\.?|Mrs\.?|Ms\.?|Dipl\.-Ing\.)(\s|$)")


def is_person(s: str) -> bool:
    return not SALUTATIONS.match(s) and not any(ch.isdigit() for ch in s) and "@" not in s


def is_address(s: str) -> bool:
    return bool(re.search(r"\d", s)) and not s.lower().startswith("postfach")


VALIDATORS = {
    "PERSON": is_person, "ADDRESS": is_address, "PHONE_NUMBER": is_phone, "EMAIL_ADDRESS": is_email,
    "DATE_OF_BIRTH": is_dob, "IBAN_CODE": is_iban, "CREDIT_CARD": is_credit_card, "DE_TAX_ID": is_tax_id,
    "DE_SOCIAL_SECURITY": is_sv_nummer, "DE_HEALTH_INSURANCE": is_kvnr, "DE_ID_CARD": is_id_card,
    "DE_PASSPORT": is_passport, "DE_VAT_ID": is_vat_de, "DE_LICENSE_PLATE": is_plate, "IP_ADDRESS": is_ip,
}

# Candidate patterns for the "no unlabelled valid identifier" scan.
B = r"(?<![\w.-])"  # no word char, dot or hyphen directly before
E = r"(?![\w-]|\.\d)"  # no word char, hyphen or decimal part directly after
SCANS = [
    ("IBAN_CODE", re.compile(B + r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,6}(?: ?[A-Z0-9]{1,4})?" + E), is_iban),
    ("CREDIT_CARD", re.compile(B + r"\d{4}([ -]?)\d{4,6}\1\d{4,5}(?:\1\d{1,4})?" + E), is_credit_card),
    ("DE_TAX_ID", re.compile(B + r"(?:\d{11}|\d{2} \d{3} \d{3} \d{3})" + E), is_tax_id),
    ("DE_VAT_ID", re.compile(B + r"DE ?\d{3} ?\d{3} ?\d{3}" + E), is_vat_de),
    ("DE_SOCIAL_SECURITY", re.compile(B + r"\d{2} ?\d{6} ?[A-Z] ?\d{3}" + E), is_sv_nummer),
    ("DE_HEALTH_INSURANCE", re.compile(B + r"[A-Z]\d{9}" + E), is_kvnr),
    ("DE_ID_CARD", re.compile(B + r"[A-Z0-9]{9}\d" + E), is_id_card),
    ("DE_PASSPORT", re.compile(B + r"[A-Z0-9]{9}\d" + E), is_passport),
]


def main() -> int:
    errors: list[str] = []
    per_lang: dict[str, Counter[str]] = {}
    seen_ids: set[str] = set()
    texts_without_pii: Counter[str] = Counter()
    n_texts: Counter[str] = Counter()
    for lang, path in FILES.items():
        counts: Counter[str] = Counter()
        per_lang[lang] = counts
        if not path.exists():
            errors.append(f"{path.name}: missing")
            continue
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{path.name}:{lineno}"
            if not line.strip():
                errors.append(f"{where}: empty line")
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: invalid JSON ({exc})")
                continue
            if set(rec) != {"id", "lang", "domain", "text", "entities"}:
                errors.append(f"{where}: fields {sorted(rec)}")
                continue
            rid, text, ents = rec["id"], rec["text"], rec["entities"]
            where = f"{path.name}:{lineno} ({rid})"
            if rid in seen_ids:
                errors.append(f"{where}: duplicate id")
            seen_ids.add(rid)
            if rec["lang"] != lang:
                errors.append(f"{where}: lang {rec['lang']!r} in {path.name}")
            if rec["domain"] not in DOMAINS:
                errors.append(f"{where}: unknown domain {rec['domain']!r}")
            if not re.fullmatch(rf"{lang}-{re.escape(str(rec['domain']))}-\d{{3}}", str(rid)):
                errors.append(f"{where}: id does not match <lang>-<domain>-NNN")
            if not isinstance(text, str) or not text.strip() or not isinstance(ents, list):
                errors.append(f"{where}: bad text/entities")
                continue
            n_texts[lang] += 1
            if not ents:
                texts_without_pii[lang] += 1
            spans = []
            for ent in ents:
                if set(ent) != {"type", "start", "end", "value"}:
                    errors.append(f"{where}: entity fields {sorted(ent)}")
                    continue
                typ, start, end, value = ent["type"], ent["start"], ent["end"], ent["value"]
                if typ not in TYPES:
                    errors.append(f"{where}: unknown type {typ!r}")
                    continue
                if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
                    errors.append(f"{where}: bad offsets {start}-{end}")
                    continue
                if text[start:end] != value:
                    errors.append(f"{where}: text[{start}:{end}]={text[start:end]!r} != value {value!r}")
                    continue
                if value != value.strip() or value.strip(".,;:") != value and typ not in ("PERSON", "DATE_OF_BIRTH", "ADDRESS"):
                    errors.append(f"{where}: {typ} span {value!r} has surrounding whitespace/punctuation")
                if not VALIDATORS[typ](value):
                    errors.append(f"{where}: {typ} {value!r} fails format/checksum validation")
                counts[typ] += 1
                spans.append((start, end, typ, value))
            spans.sort()
            for (s1, e1, t1, v1), (s2, e2, t2, v2) in zip(spans, spans[1:]):
                if s2 < e1:
                    errors.append(f"{where}: overlapping spans {t1} {v1!r} and {t2} {v2!r}")
            # unlabelled strings that pass a checksum -> missing label or look-alike that is accidentally valid
            for typ, rx, ok in SCANS:
                for m in rx.finditer(text):
                    if ok(m.group(0)) and not any(s < m.end() and m.start() < e for s, e, _, _ in spans):
                        errors.append(f"{where}: unlabelled string {m.group(0)!r} passes the {typ} checksum")

    # ----------------------------------------------------------------- report + minimums
    total = Counter()
    for c in per_lang.values():
        total.update(c)
    print(f"{'type':<22}{'de':>6}{'en':>6}{'total':>7}")
    for typ in TYPES:
        print(f"{typ:<22}{per_lang.get('de', Counter())[typ]:>6}{per_lang.get('en', Counter())[typ]:>6}{total[typ]:>7}")
    print(f"{'all spans':<22}{sum(per_lang.get('de', Counter()).values()):>6}"
          f"{sum(per_lang.get('en', Counter()).values()):>6}{sum(total.values()):>7}")
    print(f"{'texts':<22}{n_texts['de']:>6}{n_texts['en']:>6}{sum(n_texts.values()):>7}")
    print(f"{'texts without PII':<22}{texts_without_pii['de']:>6}{texts_without_pii['en']:>6}"
          f"{sum(texts_without_pii.values()):>7}")

    if sum(total.values()) < MIN_TOTAL:
        errors.append(f"only {sum(total.values())} spans, expected >= {MIN_TOTAL}")
    for lang, c in per_lang.items():
        if c["PERSON"] < MIN_PERSON_PER_LANG:
            errors.append(f"{lang}: only {c['PERSON']} PERSON spans, expected >= {MIN_PERSON_PER_LANG}")
    for typ in TYPES[1:]:
        if total[typ] < MIN_OTHER:
            errors.append(f"{typ}: only {total[typ]} spans, expected >= {MIN_OTHER}")
    if sum(texts_without_pii.values()) < MIN_NO_PII_TEXTS:
        errors.append(f"only {sum(texts_without_pii.values())} texts without PII, expected >= {MIN_NO_PII_TEXTS}")

    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
