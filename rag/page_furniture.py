"""Page furniture: running headers, footers and page numbers that repeat on every PDF page.

They are noise for retrieval (every chunk would share them) and they split sentences that run
over a page break. A line near the top or bottom of a page counts as furniture when, with its
digits blanked, it recurs at the edge of at least half the pages (three at least), or when it
is only a page number ("12", "- 12 -", "Seite 12", "Seite 12 von 40", "12 / 40").
"""

from __future__ import annotations

import re
from collections import Counter

EDGE_LINES = 3  # lines looked at at the top and at the bottom of each page
MIN_PAGES = 3
_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER = re.compile(
    r"^\s*(?:-\s*)?(?:seite|page|s\.)?\s*\d{1,4}\s*(?:(?:von|of|/)\s*\d{1,4})?\s*(?:-)?\s*$",
    re.IGNORECASE,
)


def _shape(line: str) -> str:
    return " ".join(_DIGITS.sub("#", line).lower().split())


def _edges(lines: list[str]) -> set[int]:
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return set(filled[:EDGE_LINES] + filled[-EDGE_LINES:])


def strip_page_furniture(pages: list[str]) -> list[str]:
    """The pages without their running headers, footers and page numbers."""
    if len(pages) < MIN_PAGES:
        return pages
    split = [page.splitlines() for page in pages]
    seen: Counter[str] = Counter()
    for lines in split:
        seen.update({_shape(lines[i]) for i in _edges(lines)})
    needed = max(MIN_PAGES, len(pages) // 2)
    repeated = {shape for shape, n in seen.items() if n >= needed and shape}
    cleaned = []
    for lines in split:
        edges = _edges(lines)
        kept = [
            line
            for i, line in enumerate(lines)
            if i not in edges or not (_shape(line) in repeated or _PAGE_NUMBER.match(line))
        ]
        cleaned.append("\n".join(kept))
    return cleaned
