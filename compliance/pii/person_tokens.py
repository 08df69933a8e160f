"""Light tokenization for the person-name rules: tokens, spans, e-mail/URL chunks, name shape."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

TOKEN_RE = re.compile(
    r"(?P<w>[^\W\d_]+(?:['’](?!s\b)[^\W\d_]+)*(?:-[^\W\d_]+(?:['’](?!s\b)[^\W\d_]+)*)*)"
    r"|(?P<d>\d+)"
    r"|(?P<n>\n)"
    r"|(?P<p>[^\w\s])"
)
APOSTROPHE_RE = re.compile("['’]")
CHUNK_RE = re.compile(r"[\w.+%-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+")
CLAUSE_START = frozenset(".!?:;,-–—•*>|\"'„“”()[]")
BOUNDARY = frozenset(".,;:!?)]>/|\"'“”")


class Token(NamedTuple):
    """One token of the light tokenization: kind w(ord), d(igits), p(unct), n(ewline), x(mail)."""

    kind: str
    text: str
    start: int
    end: int


@dataclass
class Span:
    """A person-name span in characters, with its score and the rule that found it."""

    start: int
    end: int
    score: float
    rule: str


def tokenize(text: str) -> list[Token]:
    """Words, numbers, punctuation, newlines and e-mail/URL chunks with their offsets."""
    new = tuple.__new__
    tokens = [
        new(Token, (m.lastgroup, m.group(), m.start(), m.end())) for m in TOKEN_RE.finditer(text)
    ]
    if "@" in text or "://" in text or "www." in text:
        tokens = _merge_chunks(text, tokens)
    return tokens


def _merge_chunks(text: str, tokens: list[Token]) -> list[Token]:
    """Replace the tokens of each e-mail address or URL by one "x" token."""
    out: list[Token] = []
    chunks = [(m.start(), m.end()) for m in CHUNK_RE.finditer(text)]
    i = 0
    for tok in tokens:
        while i < len(chunks) and chunks[i][1] <= tok.start:
            i += 1
        if i < len(chunks) and chunks[i][0] <= tok.start < chunks[i][1]:
            if not out or out[-1].start != chunks[i][0]:
                out.append(Token("x", text[chunks[i][0] : chunks[i][1]], *chunks[i]))
            continue
        out.append(tok)
    return out


@lru_cache(maxsize=65536)
def name_shaped(word: str) -> bool:
    """Capitalized like a name: "Müller", "Oyelaran-Smith", "O'Brien", "McDonald"."""
    for part in word.split("-"):
        pieces = APOSTROPHE_RE.split(part)
        if len(pieces) > 1 and len(pieces[0]) == 1 and pieces[0].isupper():
            pieces = pieces[1:]  # O'Brien, D'Angelo
        for piece in pieces:
            if len(piece) < 2 or not piece[0].isupper() or piece[1].isupper():
                return False
            if sum(c.isupper() for c in piece) > 2:
                return False
    return True


def normalize_case(word: str) -> str:
    """Capitalize all-caps and lower-case words part by part for list lookups."""
    if not (word.isupper() or word.islower()):
        return word
    return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))
