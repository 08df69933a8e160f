"""Identifiers for the hold-out set: reuses the checksum functions of ../make_ids.py with a new seed (4711)
and hold-out-specific SV numbers (birth date and birth-surname initial match the persons in src/)."""
import random, string, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import make_ids as m

SV_SPECS_HOLDOUT = [
    ("15", "030388", "A", "09"),  # Kwame Asante, * 03.03.1988
    ("65", "211194", "S", "63"),  # Priya Raghunathan, born Subramanian, * 21.11.1994
    ("24", "170779", "C", "14"),  # João Carvalho, * 17.07.1979
    ("53", "080602", "N", "51"),  # Réka Nagy, * 08.06.2002
    ("42", "290186", "K", "58"),  # Ji-woo Kim, * 29.01.1986
    ("28", "120497", "D", "06"),  # Rojhat Doğan, * 12.04.1997
    ("13", "050971", "V", "22"),  # Eero Virtanen, * 05.09.1971
]

def main():
    rng = random.Random(4711)
    d = lambda n: "".join(str(rng.randrange(10)) for _ in range(n))
    L = lambda n: "".join(rng.choice(string.ascii_uppercase) for _ in range(n))
    print("# IBAN DE"); print(" | ".join(m.group4(m.iban("DE", d(18))) for _ in range(8)))
    print("# IBAN other"); print(m.group4(m.iban("AT", d(16))), "|", m.group4(m.iban("NL", L(4) + d(10))), "|",
          m.group4(m.iban("PL", d(24))), "|", m.group4(m.iban("GB", L(4) + d(14))))
    print("# CC"); 
    for _ in range(4):
        print(m.luhn_complete("4" + d(14)), m.luhn_complete(str(rng.randint(51, 55)) + d(13)),
              m.luhn_complete(rng.choice(["34", "37"]) + d(12)))
    print("# TAX"); print(" ".join(m.steuer_id(rng) for _ in range(10)))
    print("# VAT"); print(" ".join(m.vat_de(rng) for _ in range(10)))
    print("# SV"); print(" ".join(m.sv_nummer(*s) for s in SV_SPECS_HOLDOUT))
    print("# KV"); print(" ".join(m.kvnr(rng.choice(string.ascii_uppercase), d(8)) for _ in range(10)))
    print("# ID"); print(" ".join(m.doc_number(rng, "LMNPRTVWXY") for _ in range(10)))
    print("# PASS"); print(" ".join(m.doc_number(rng, "CFGHJK") for _ in range(10)))
    print("# bad IBAN");
    out = []
    for _ in range(4):
        g = m.iban("DE", d(18)); out.append(m.group4(g[:2] + f"{(int(g[2:4]) + rng.randint(1, 9)) % 100:02d}" + g[4:]))
    print(" | ".join(out))
    print("# bad 16 (non-Luhn)")
    out = []
    for _ in range(4):
        s = m.luhn_complete("4" + d(14)); out.append(s[:-1] + str((int(s[-1]) + rng.randint(1, 9)) % 10))
    print(" ".join(out))
    print("# bad KV"); out = []
    for _ in range(4):
        k = m.kvnr(rng.choice(string.ascii_uppercase), d(8)); out.append(k[:-1] + str((int(k[-1]) + rng.randint(1, 9)) % 10))
    print(" ".join(out))
    print("# bad VAT"); out = []
    for _ in range(3):
        v = m.vat_de(rng); out.append(v[:-1] + str((int(v[-1]) + rng.randint(1, 9)) % 10))
    print(" ".join(out))

if __name__ == "__main__":
    main()
