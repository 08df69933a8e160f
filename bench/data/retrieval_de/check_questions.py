"""Checks questions.jsonl against the documents in docs/.

Run from anywhere: python3 check_questions.py
Exit code 0 if every check passes, 1 otherwise.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
MIN_CHARS, MAX_CHARS = 2500, 6000
MIN_QUESTIONS, MIN_PER_DOC = 48, 4


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_text(raw: str) -> str:
    parser = _Text()
    parser.feed(raw)
    return "".join(parser.parts)


def count_overlapping(text: str, needle: str) -> int:
    count, start = 0, 0
    while (pos := text.find(needle, start)) != -1:
        count += 1
        start = pos + 1
    return count


def main() -> int:
    errors: list[str] = []
    docs = {p.name: p.read_text(encoding="utf-8") for p in sorted(DOCS.iterdir()) if p.is_file()}
    for name, text in docs.items():
        if not MIN_CHARS <= len(text) <= MAX_CHARS:
            errors.append(f"{name}: {len(text)} characters, expected {MIN_CHARS}-{MAX_CHARS}")

    questions = [json.loads(line) for line in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    ids = Counter(q.get("id") for q in questions)
    errors += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    per_doc: Counter[str] = Counter()
    for q in questions:
        qid, file, needle = q.get("id"), q.get("file"), q.get("answer_contains")
        if set(q) != {"id", "question", "file", "answer_contains"}:
            errors.append(f"{qid}: unexpected fields {sorted(q)}")
        if file not in docs:
            errors.append(f"{qid}: unknown file {file!r}")
            continue
        per_doc[file] += 1
        if not isinstance(needle, str) or not 5 <= len(needle) <= 40:
            errors.append(f"{qid}: answer_contains must be a string of 5-40 characters: {needle!r}")
            continue
        if "\n" in needle or "\r" in needle:
            errors.append(f"{qid}: answer_contains spans a line break")
        total = sum(count_overlapping(text, needle) for text in docs.values())
        if total != 1:
            where = [n for n, t in docs.items() if needle in t]
            errors.append(f"{qid}: {needle!r} occurs {total} times across docs ({where})")
        elif needle not in docs[file]:
            errors.append(f"{qid}: {needle!r} is not in {file}")
        if file.endswith(".html") and needle not in html_text(docs[file]):
            errors.append(f"{qid}: {needle!r} not found in the text content of {file}")

    if len(questions) < MIN_QUESTIONS:
        errors.append(f"only {len(questions)} questions, expected at least {MIN_QUESTIONS}")
    for name in docs:
        if per_doc[name] < MIN_PER_DOC:
            errors.append(f"{name}: only {per_doc[name]} questions, expected at least {MIN_PER_DOC}")

    for name, text in docs.items():
        print(f"{name:35s} {len(text):5d} chars  {per_doc[name]:2d} questions")
    print(f"{len(questions)} questions in total")
    for error in errors:
        print("FAIL", error)
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
