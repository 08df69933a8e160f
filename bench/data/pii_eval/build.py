"""Builds de.jsonl and en.jsonl from the annotated sources in src/.

Source format (src/de_*.txt, src/en_*.txt; language = file-name prefix):
    ### <domain>
    free text over one or more lines, entities marked inline as [[TAG|value]]
Records end at the next '### ' line; surrounding blank lines are dropped.
Ids are assigned in file order as <lang>-<domain>-NNN.
Run: python3 build.py && python3 check_labels.py
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
TAGS = {
    "P": "PERSON", "A": "ADDRESS", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "DOB": "DATE_OF_BIRTH",
    "IBAN": "IBAN_CODE", "CC": "CREDIT_CARD", "TAX": "DE_TAX_ID", "SV": "DE_SOCIAL_SECURITY",
    "KV": "DE_HEALTH_INSURANCE", "ID": "DE_ID_CARD", "PASS": "DE_PASSPORT", "VAT": "DE_VAT_ID",
    "KFZ": "DE_LICENSE_PLATE", "IP": "IP_ADDRESS",
}
MARK = re.compile(r"\[\[([A-Z]+)\|(.*?)\]\]", re.S)


def parse(raw: str) -> tuple[str, list[dict]]:
    out, ents, pos = [], [], 0
    length = 0
    for m in MARK.finditer(raw):
        before = raw[pos:m.start()]
        out.append(before)
        length += len(before)
        value = m.group(2)
        ents.append({"type": TAGS[m.group(1)], "start": length, "end": length + len(value), "value": value})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        raise ValueError(f"unparsed markup in: {text[:80]!r}")
    return text, ents


def main() -> None:
    for lang in ("de", "en"):
        records, numbers = [], Counter()
        for src in sorted((HERE / "src").glob(f"{lang}_*.txt")):
            chunks = re.split(r"^### ", src.read_text(encoding="utf-8"), flags=re.M)
            for chunk in chunks[1:]:
                header, _, body = chunk.partition("\n")
                domain = header.strip()
                text, ents = parse(body.strip("\n").rstrip())
                numbers[domain] += 1
                records.append({"id": f"{lang}-{domain}-{numbers[domain]:03d}", "lang": lang, "domain": domain,
                                "text": text, "entities": ents})
        with open(HERE / f"{lang}.jsonl", "w", encoding="utf-8") as fh:
            for r in records:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"{lang}.jsonl: {len(records)} texts, {sum(len(r['entities']) for r in records)} spans")


if __name__ == "__main__":
    main()
