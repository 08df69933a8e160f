"""Context words near a candidate span, matched as whole words (never inside other words)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache


@lru_cache(maxsize=256)
def context_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """One compiled, case-insensitive whole-word pattern for a tuple of context words.

    A word ending in "." (an abbreviation such as "geb.") or "*" (a stem such as "geburt*")
    matches as written; every other word must stand alone between word boundaries.
    """
    parts = []
    for word in sorted(words, key=len, reverse=True):
        if word.endswith("*"):
            parts.append(re.escape(word[:-1]) + r"\w*")
        elif word.endswith("."):
            parts.append(re.escape(word))
        else:
            parts.append(re.escape(word) + r"(?!\w)")
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + ")", re.IGNORECASE)


def has_context(
    text: str, start: int, end: int, words: Iterable[str], before: int = 40, after: int = 0
) -> bool:
    """Whether one of the words stands within `before` chars ahead of (or `after` behind) a span."""
    pattern = context_pattern(tuple(words))
    window = text[max(0, start - before) : start] + " " + text[end : end + after]
    return pattern.search(window) is not None
