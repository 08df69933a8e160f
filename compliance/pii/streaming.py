"""The output hop on a stream: hold back just the tail that may still grow into an entity."""

from __future__ import annotations

import re
from collections.abc import Callable

from compliance.pii.detector import Span

LEFT_CONTEXT = 80  # released characters kept as context ("geb. am", "Tel.") for the detector
MAX_HELD = 240  # never hold more than this; longer entities are not expected
_TOKEN = re.compile(r"\S+")
# A token that may be part of an entity still being written: digits, mail and phone signs,
# an unfinished placeholder, or bare punctuation. Words that only announce an entity ("Herr",
# "Tel.", "geb.") are not part of it: they are released and stay as the detector's context.
_ENTITY_ISH = re.compile(r"[\d@+<>/()]|^\W*$")

Analyze = Callable[[str], list[Span]]
Redact = Callable[[str, list[Span]], str]
NameStart = Callable[[str], bool]


def safe_cut(pending: str, may_be_name: NameStart) -> int:
    """How much of the pending text can be released: all but a trailing run that may still
    grow into an entity (the last word, numbers and signs, known names, and capitalised
    words before a held capitalised word)."""
    cut = len(pending)
    next_is_held_capital = False  # a name's first part waits for its second
    for match in reversed(list(_TOKEN.finditer(pending))):
        token = match.group(0)
        capital = token[:1].isupper()
        held = (
            match.end() == len(pending)
            or bool(_ENTITY_ISH.search(token))
            or (capital and (next_is_held_capital or may_be_name(token)))
        )
        if not held:
            break
        cut, next_is_held_capital = match.start(), capital
    open_placeholder = pending.rfind("<", 0, cut)
    if open_placeholder != -1 and ">" not in pending[open_placeholder:cut]:
        cut = open_placeholder
    if len(pending) - cut > MAX_HELD:
        cut = len(pending) - MAX_HELD
    return cut


class StreamRedactor:
    """Feeds deltas of one choice through the detector, releasing text once it is settled."""

    def __init__(self, analyze: Analyze, redact: Redact, may_be_name: NameStart) -> None:
        self._analyze = analyze
        self._redact = redact
        self._may_be_name = may_be_name
        self._left = ""
        self._pending = ""

    def feed(self, delta: str) -> str:
        """Take the next delta; return the redacted text that is safe to show now."""
        self._pending += delta
        return self._release(safe_cut(self._pending, self._may_be_name))

    def finish(self) -> str:
        """The stream ended: release everything that was held back."""
        return self._release(len(self._pending))

    def _release(self, cut: int) -> str:
        if cut <= 0:
            return ""
        window = self._left + self._pending
        offset = len(self._left)
        inside: list[Span] = []
        for span in self._analyze(window):
            if span.end <= offset:
                continue  # released before
            # An entity reaching back into released text: redact at least what is left of it.
            start = max(span.start, offset) - offset
            end = span.end - offset
            if span.start >= offset and start < cut < end:
                cut = start  # an entity crosses the cut: hold it back whole
            inside.append(Span(span.type, start, end, span.score))
        inside = [s for s in inside if s.end <= cut]
        if cut <= 0:
            return ""
        raw = self._pending[:cut]
        self._pending = self._pending[cut:]
        self._left = (self._left + raw)[-LEFT_CONTEXT:]
        return self._redact(raw, inside)
