"""Generator for the fictional, checksum-valid identifiers used in the PII evaluation set.

Run: python3 make_ids.py [--seed N]
Prints pools of valid identifiers (and of invalid look-alikes for the no-PII texts).
The values in src/*.txt were copied from the output of this script (default seed)
and then placed into hand-written texts. check_labels.py re-validates every labelled
identifier with its own, independent implementation of the checksums.
"""

from __future__ import annotations

import argparse
import random
import string

LETTER_VAL = {c: i for i, c in enumerate(string.ascii_uppercase, start=10)}  # ICAO / IBAN: A=10 ... Z=35
ALPHA_POS = {c: i for i, c in enumerate(string.ascii_uppercase, start=1)}  # SV / KVNR: A=1 ... Z=26
DOC_ALPHABET = "CFGHJKLMNPRTVWXYZ0123456789"


def cross_sum(n: int) -> int:
    return sum(int(d) for d in str(n))


# --- IBAN (ISO 13616, mod 97) -------------------------------------------------------
def iban(country: str, bban: str) -> str:
    tmp = bban + country + "00"
    num = int("".join(str(LETTER_VAL[c]) if c.isalpha() else c for c in tmp))
    return f"{country}{98 - num % 97:02d}{bban}"


def group4(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# --- Luhn ----------------------------------------------------------------------------
def luhn_complete(prefix_without_check: str) -> str:
    digits = [int(d) for d in prefix_without_check]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:  # these positions are doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return prefix_without_check + str((10 - total % 10) % 10)


# --- ISO 7064 MOD 11,10 (Steuer-ID, USt-IdNr) -------------------------------------------
def mod11_10(digits: str) -> int:
    product = 10
    for d in digits:
        s = (int(d) + product) % 10 or 10
        product = (s * 2) % 11
    check = 11 - product
    return 0 if check == 10 else check


def steuer_id(rng: random.Random) -> str:
    while True:
        triple = rng.random() < 0.3
        rep = rng.randrange(10)
        others = [d for d in range(10) if d != rep]
        rng.shuffle(others)
        body = [rep] * (3 if triple else 2) + others[: (7 if triple else 8)]
        rng.shuffle(body)
        s = "".join(map(str, body))
        if s[0] == "0" or str(rep) * 3 in s:
            continue
        return s + str(mod11_10(s))


def vat_de(rng: random.Random) -> str:
    body = str(rng.randint(1, 9)) + "".join(str(rng.randrange(10)) for _ in range(7))
    return "DE" + body + str(mod11_10(body))


# --- Sozialversicherungsnummer --------------------------------------------------------
SV_WEIGHTS = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)


def sv_nummer(area: str, ddmmyy: str, letter: str, serial: str) -> str:
    digits = area + ddmmyy + f"{ALPHA_POS[letter]:02d}" + serial
    total = sum(cross_sum(int(d) * w) for d, w in zip(digits, SV_WEIGHTS))
    return f"{area}{ddmmyy}{letter}{serial}{total % 10}"


# --- Krankenversichertennummer --------------------------------------------------------
def kvnr(letter: str, eight: str) -> str:
    digits = f"{ALPHA_POS[letter]:02d}" + eight
    total = sum(cross_sum(int(d) * (1 if i % 2 == 0 else 2)) for i, d in enumerate(digits))
    return f"{letter}{eight}{total % 10}"


# --- ICAO 9303 check digit (Personalausweis, Reisepass) ---------------------------------
def icao_check(s: str) -> int:
    weights = (7, 3, 1)
    return sum((int(c) if c.isdigit() else LETTER_VAL[c]) * weights[i % 3] for i, c in enumerate(s)) % 10


def doc_number(rng: random.Random, first_letters: str) -> str:
    body = rng.choice(first_letters) + "".join(rng.choice(DOC_ALPHABET) for _ in range(8))
    return body + str(icao_check(body))


# (area number, birth date DDMMYY, initial of birth surname, serial 00-49 male / 50-99 female)
SV_SPECS = [
    ("65", "140592", "D", "52"),  # Aylin Demir
    ("12", "031187", "N", "08"),  # Marek Nowak
    ("13", "220179", "H", "61"),  # Kerstin Vogel, born Hartmann
    ("38", "090990", "S", "04"),  # Dmitri Sokolow
    ("53", "300698", "B", "57"),  # Lena Brückner
    ("42", "170285", "N", "11"),  # Tuan Nguyen
    ("24", "051295", "R", "66"),  # Giulia Romano
    ("18", "280866", "M", "02"),  # Hans-Peter Müller-Lüdenscheidt
    ("15", "110401", "K", "70"),  # Olena Kovalenko
    ("28", "011083", "A", "19"),  # Yusuf Aksoy
    ("23", "230397", "W", "03"),  # Jonas Weber
    ("12", "070175", "P", "15"),  # Nikolaos Papadopoulos
    ("13", "151100", "S", "72"),  # Mia Schröder
    ("53", "120891", "F", "55"),  # Jana Kowalczyk, born Fischer
    ("04", "180372", "L", "13"),  # Lutz Lehmann
    ("13", "260289", "M", "04"),  # Aidan Murphy
]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    d = lambda n: "".join(str(rng.randrange(10)) for _ in range(n))  # noqa: E731
    L = lambda n: "".join(rng.choice(string.ascii_uppercase) for _ in range(n))  # noqa: E731

    print("# IBAN DE")
    for _ in range(20):
        print(group4(iban("DE", d(18))))
    print("# IBAN AT / NL / PL / GB / FR")
    for _ in range(3):
        print(group4(iban("AT", d(16))), "|", group4(iban("NL", L(4) + d(10))), "|",
              group4(iban("PL", d(24))), "|", group4(iban("GB", L(4) + d(14))))
    print("# CREDIT_CARD visa / mastercard / amex")
    for _ in range(8):
        print(luhn_complete("4" + d(14)), luhn_complete(str(rng.randint(51, 55)) + d(13)),
              luhn_complete(rng.choice(["34", "37"]) + d(12)))
    print("# DE_TAX_ID")
    print(" ".join(steuer_id(rng) for _ in range(22)))
    print("# DE_VAT_ID")
    print(" ".join(vat_de(rng) for _ in range(22)))
    print("# DE_SOCIAL_SECURITY, random pool (not used in the texts; kept so the later pools stay reproducible)")
    for _ in range(20):
        dd, mm, yy = rng.randint(1, 28), rng.randint(1, 12), rng.randint(55, 99) if rng.random() < .7 else rng.randint(0, 5)
        print(sv_nummer(rng.choice(["12", "13", "15", "18", "23", "24", "28", "38", "42", "53", "65"]),
                        f"{dd:02d}{mm:02d}{yy:02d}", rng.choice(string.ascii_uppercase.replace("Q", "").replace("X", "")),
                        f"{rng.randint(0, 99):02d}"), end=" ")
    print("\n# DE_SOCIAL_SECURITY used in the texts (SV_SPECS: birth date and birth-surname initial match the person)")
    for spec in SV_SPECS:
        print(sv_nummer(*spec), end=" ")
    print("\n# DE_HEALTH_INSURANCE")
    print(" ".join(kvnr(rng.choice(string.ascii_uppercase), d(8)) for _ in range(20)))
    print("# DE_ID_CARD")
    print(" ".join(doc_number(rng, "LMNPRTVWXY") for _ in range(20)))
    print("# DE_PASSPORT")
    print(" ".join(doc_number(rng, "CFGHJK") for _ in range(20)))

    print("\n# --- invalid look-alikes (must NOT validate) ---")
    bad_iban = []
    while len(bad_iban) < 6:
        good = iban("DE", d(18))
        bad = good[:2] + f"{(int(good[2:4]) + rng.randint(1, 9)) % 100:02d}" + good[4:]
        bad_iban.append(group4(bad))
    print("IBAN-like:", " | ".join(bad_iban))
    eleven = []
    while len(eleven) < 8:
        s = str(rng.randint(1, 9)) + d(10)
        eleven.append(s)
    print("11-digit:", " ".join(eleven), "(check with check_labels.is_tax_id)")
    sixteen = []
    while len(sixteen) < 6:
        s = luhn_complete("4" + d(14))
        sixteen.append(s[:-1] + str((int(s[-1]) + rng.randint(1, 9)) % 10))
    print("16-digit non-Luhn:", " ".join(sixteen))
    kv_bad = []
    while len(kv_bad) < 6:
        k = kvnr(rng.choice(string.ascii_uppercase), d(8))
        kv_bad.append(k[:-1] + str((int(k[-1]) + rng.randint(1, 9)) % 10))
    print("KVNR-like:", " ".join(kv_bad))
    vat_bad = []
    while len(vat_bad) < 4:
        v = vat_de(rng)
        vat_bad.append(v[:-1] + str((int(v[-1]) + rng.randint(1, 9)) % 10))
    print("VAT-like:", " ".join(vat_bad))
    rng2 = random.Random(99)  # separate stream, added later
    doc_bad = []
    while len(doc_bad) < 6:
        body = rng2.choice("LMNPRTVWXY") + "".join(rng2.choice(DOC_ALPHABET) for _ in range(8))
        doc_bad.append(body + str((icao_check(body) + rng2.randint(1, 9)) % 10))
    print("ID-card-like (wrong check digit):", " ".join(doc_bad))


if __name__ == "__main__":
    main()
