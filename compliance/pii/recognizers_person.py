"""Person names (German first, English second): salutations, greetings, sign-offs, roles, lists.

Rules work on a light regex tokenization and name lists (see names_lexicon); a real NER model
can be plugged in through `NameNer` and is merged with the rule results.
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_left
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple, Protocol, runtime_checkable

from presidio_analyzer import EntityRecognizer, RecognizerResult

from compliance.pii.names_lexicon import Lexicon, lexicon

ENTITY = "PERSON"
LARGE_TEXT = 100_000  # characters; above this the GC is paused while scanning
LANGUAGES = ("de", "en")

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


def _set(words: str) -> frozenset[str]:
    """A frozenset of whitespace-separated words."""
    return frozenset(words.split())


DETERMINERS = _set(
    "die der eine einer einen jede jeder keine keiner diese dieser jene unsere unserer ihre "
    "ihrer seine seiner meine meiner deine deiner junge jungen ältere älteren nette netten "
    "the this that"
)
ARTICLES = _set("der die das dem den des ein eines einem im am beim ins ans het les")
TITLE_TRIGGERS = _set("Dr Dres Prof Professor Professorin Doktor Dipl Mag")
SALUTATION_WORDS = (
    _set(
        "Herr Herrn Hrn Hr Frau Fr Frl Fräulein Mr Mrs Ms Mx Miss Sir Madam Madame Mme Mlle "
        "Monsieur Signora Signor Señora Señor Sra herr herrn frau"
    )
    | TITLE_TRIGGERS
)
VN_SURNAMES = _set("Nguyen Nguyễn Tran Trần Le Lê Pham Phạm Hoang Hoàng Vu Vũ Dang Bui Do")

# Scores by evidence.
S_SALUTATION = 0.92
S_SALUTATION_KNOWN = 0.95
S_CONTEXT_KNOWN = 0.9
S_CONTEXT_UNKNOWN = 0.75
S_ROLE_KNOWN = 0.88
S_ROLE_UNKNOWN = 0.7
S_WEAK_ROLE = 0.8
S_LIST_UNKNOWN = 0.65
S_FIRST_LAST = 0.85
S_FIRST_LAST_EXTRA = 0.8
S_FIRST_UNKNOWN = 0.65
S_FIRST_UNKNOWN_EXTRA = 0.6
S_AMBIGUOUS_FIRST_LAST = 0.7
S_INITIAL_LAST = 0.7
S_LAST_COMMA_FIRST = 0.85
S_FIRST_ALONE = 0.55
S_FIRST_ALONE_EXTRA = 0.4
S_LAST_ALONE = 0.55
S_UNKNOWN_FIRST_LAST = 0.6
S_CLOSING = 0.6
S_LOWER_FIRST_LAST = 0.8


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


@runtime_checkable
class NameNer(Protocol):
    """A named-entity stage that returns person-name spans as (start, end, score)."""

    def names(self, text: str, language: str) -> list[tuple[int, int, float]]:
        """Person-name character spans found in the text."""
        ...


class SpacyNameNer:
    """PERSON/PER entities from an installed spaCy NER pipeline (never downloads a model)."""

    LABELS = frozenset({"PER", "PERSON"})

    def __init__(self, model_name_or_path: str, score: float = 0.8) -> None:
        """Load an installed pipeline by package name or directory; fails clearly if absent."""
        import spacy

        try:
            self._nlp = spacy.load(model_name_or_path)
        except OSError as exc:
            raise RuntimeError(
                f"spaCy NER pipeline {model_name_or_path!r} is not installed: install its package "
                "or pass the path of a pipeline directory (no download is attempted)"
            ) from exc
        if "ner" not in self._nlp.pipe_names:
            raise ValueError(f"spaCy pipeline {model_name_or_path!r} has no 'ner' component")
        self._score = score

    def names(self, text: str, language: str) -> list[tuple[int, int, float]]:
        """Character spans of the pipeline's person entities."""
        doc = self._nlp(text)
        return [
            (e.start_char, e.end_char, self._score) for e in doc.ents if e.label_ in self.LABELS
        ]


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


class _Words:
    """Lookups on single words against the lexicon of one language."""

    def __init__(self, lex: Lexicon) -> None:
        """Look words up in this lexicon."""
        self.lex = lex

    def first_rank(self, word: str) -> int:
        """2 for a core first name, 1 for a listed one, 0 otherwise (hyphen parts all count)."""
        ranks = self.lex.first_ranks
        if "-" not in word:
            return ranks.get(word, 0)
        return min(ranks.get(p, 0) for p in word.split("-"))

    def last_rank(self, word: str) -> int:
        """2 for a core surname, 1 for a listed or surname-shaped one, 0 otherwise."""
        ranks = self.lex.last_ranks
        if "-" not in word:
            return ranks.get(word) or int(self.foreign_surname(word))
        return max(ranks.get(p) or int(self.foreign_surname(p)) for p in word.split("-"))

    def foreign_surname(self, word: str) -> bool:
        """An unlisted word with a surname ending no German noun has ("Wiśniewska")."""
        return len(word) >= 5 and word.endswith(self.lex.surname_endings) and not self.nounish(word)

    def surname_like(self, word: str) -> bool:
        """Every hyphen part could be a surname: no common noun, unless a core surname."""
        for part in word.split("-"):
            if part in self.lex.noun_names or self.is_stop(part):
                return False
            if self.lex.last_ranks.get(part) != 2 and self.nounish(part):
                return False
        return True

    def is_stop(self, word: str) -> bool:
        """A function word, pronoun, filler or group noun ("Team", "zusammen", "Dir")."""
        return word.lower() in self.lex.stop

    def nounish(self, word: str) -> bool:
        """Looks like a common noun: listed, a place marker, or a typical noun ending or head."""
        return _nounish(self.lex.language, word)


@lru_cache(maxsize=65536)
def _nounish(language: str, word: str) -> bool:
    """Cached noun test of a word for one language (see _Words.nounish)."""
    lex = lexicon(language)
    return any(_part_nounish(lex, p) for p in word.split("-"))


def _part_nounish(lex: Lexicon, part: str) -> bool:
    """One hyphen part of a word looks like a common noun or an abbreviation."""
    low = part.lower()
    if low in lex.nouns or low in lex.stop or low in lex.place_markers or part.isupper():
        return True
    return any(len(low) >= n + 3 and low[-n:] in lex.noun_endings for n in lex.ending_lengths)


class _Scanner:
    """One pass over the tokens of one text: trigger rules first, then the name lists."""

    def __init__(self, text: str, lex: Lexicon) -> None:
        """Tokenize the text once; rules then walk the tokens."""
        self.text = text
        self.lex = lex
        self.words = _Words(lex)
        self.toks = tokenize(text)
        self.spans: list[Span] = []
        self.covered = [False] * len(self.toks)

    # -- token helpers -------------------------------------------------------------------------

    def tok(self, k: int) -> Token | None:
        """The token at k, or None past either end."""
        return self.toks[k] if 0 <= k < len(self.toks) else None

    def is_word(self, k: int) -> bool:
        """Whether token k is a word."""
        t = self.tok(k)
        return t is not None and t.kind == "w"

    def punct_at(self, k: int, chars: str) -> bool:
        """Whether token k is one of the punctuation characters."""
        t = self.tok(k)
        return t is not None and t.kind == "p" and t.text in chars

    def dot_follows(self, k: int) -> bool:
        """Whether a "." sits directly after token k (an abbreviation such as "Dr.")."""
        nxt = self.tok(k + 1)
        return nxt is not None and nxt.text == "." and nxt.start == self.toks[k].end

    def is_initial(self, k: int) -> bool:
        """A capital letter with a dot ("M." in "M. Schneider")."""
        t = self.tok(k)
        if t is None or t.kind != "w" or len(t.text) != 1 or not t.text.isupper():
            return False
        prev = self.tok(k - 1)
        glued = prev is not None and prev.end == t.start and prev.kind != "n"
        return self.dot_follows(k) and not glued

    def sentence_start(self, k: int) -> bool:
        """Whether token k opens a sentence, line or list item."""
        prev = self.tok(k - 1)
        return prev is None or prev.kind == "n" or (prev.kind == "p" and prev.text in CLAUSE_START)

    def unlisted_first_before(self, k: int) -> bool:
        """An unlisted first name right before surname k, not after an article ("Tani Koerner")."""
        if (
            not self.is_word(k - 1)
            or self.covered[k - 1]
            or self.words.first_rank(self.word(k - 1))
        ):
            return False
        if self.prev_word(k - 1) in DETERMINERS or self.prev_word(k - 1) in ARTICLES:
            return False
        return self.maybe_first_name(k - 1)

    def number_follows(self, k: int) -> bool:
        """A number or "=" right after token k ("Max 5", "Max = 3"): a label, not a name."""
        nxt = self.tok(k + 1)
        return nxt is not None and (nxt.kind == "d" or nxt.text == "=")

    def line_start(self, k: int) -> bool:
        """Whether token k is the first token of its line."""
        prev = self.tok(k - 1)
        return prev is None or prev.kind == "n"

    def prev_word(self, k: int) -> str:
        """The word just before token k on the same line, lower-cased, or ""."""
        prev = self.tok(k - 1)
        if prev is not None and prev.kind == "p" and prev.text == ".":
            prev = self.tok(k - 2)
        return prev.text.lower() if prev is not None and prev.kind == "w" else ""

    def boundary_after(self, k: int) -> bool:
        """Whether token k ends a phrase: punctuation, line end, end of text or "<mail>"."""
        nxt = self.tok(k + 1)
        if nxt is None or nxt.kind in "nx":
            return True
        return nxt.kind == "p" and (nxt.text in BOUNDARY or nxt.text in "(<")

    # -- results -----------------------------------------------------------------------------

    def add(self, first: int, last: int, score: float, rule: str) -> bool:
        """Record tokens first..last as one name, unless it belongs to a company or place."""
        if self.not_a_person(first, last, rule):
            return False
        start, end = self.toks[first].start, self.toks[last].end
        if self.is_initial(last):
            end += 1
        self.spans.append(Span(start, end, score, rule))
        for k in range(first, last + 1):
            self.covered[k] = True
        return True

    def not_a_person(self, first: int, last: int, rule: str) -> bool:
        """A company ("Müller GmbH", "Schneider & Söhne"), street/institution or product name."""
        after = self.text[self.toks[last].end : self.toks[last].end + 80]
        company = self.lex.legal_form_re if rule == "salutation" else self.lex.company_re
        if company.match(after):
            return True
        nxt = self.tok(last + 1)
        if nxt is not None and nxt.kind == "w" and nxt.text.lower() in self.lex.place_markers:
            return True
        if rule == "salutation":
            return False
        before = self.prev_word(first)
        return before in self.lex.before_not_person or before in self.lex.place_starters

    # -- prefixes: salutations, titles, possessives ---------------------------------------------

    def title_end(self, k: int) -> int:
        """Index after a title at k ("Dr.", "Dipl.-Ing.", "Dr. rer. nat.", "(FH)"), or k."""
        t = self.tok(k)
        if t is None:
            return k
        if t.kind == "w" and (t.text in self.lex.titles or t.text.split("-")[0] in self.lex.titles):
            return self._after_abbreviation(k)
        if t.kind == "w" and t.text in self.lex.title_parts and self.dot_follows(k):
            return k + 2
        if self.punct_at(k, "(") and self.is_word(k + 1) and self.punct_at(k + 2, ")"):
            word = self.toks[k + 1].text
            return k + 3 if word.isupper() and len(word) <= 4 else k
        return k

    def _after_abbreviation(self, k: int) -> int:
        """Index after word k, its dot and a hyphenated tail ("Dipl.-Ing.", "Dr.-Ing.")."""
        k += 2 if self.dot_follows(k) else 1
        while self.punct_at(k, "-") and self.is_word(k + 1):
            k += 3 if self.dot_follows(k + 1) else 2
        return k

    def salutation_end(self, k: int, lower_ok: bool) -> int:
        """Index after a salutation at k ("Herr", "Hr.", "Mrs"), or k."""
        t = self.tok(k)
        if t is None or t.kind != "w":
            return k
        word = t.text.capitalize() if lower_ok and t.text.islower() else t.text
        if word not in self.lex.salutations:
            return k
        return k + 2 if self.dot_follows(k) else k + 1

    def skip_prefix(self, k: int, lower_ok: bool) -> tuple[int, bool]:
        """Skip salutations and titles; returns the new index and whether any was skipped."""
        start = k
        while True:
            nxt = self.salutation_end(k, lower_ok)
            nxt = self.title_end(nxt)
            if nxt == k:
                return k, k != start
            k = nxt

    def skip_signature_prefix(self, k: int) -> int:
        """Skip punctuation, blank lines, possessives and "i.A."/"gez." after a sign-off."""
        newlines = 0
        while (t := self.tok(k)) is not None and newlines <= 3:
            step = self.signature_step(k)
            if not step:
                return k
            newlines += t.kind == "n"
            k += step
        return k

    def signature_step(self, k: int) -> int:
        """How many tokens at k belong to the gap between sign-off and name (0: none)."""
        t = self.toks[k]
        if t.kind == "n" or (t.kind == "p" and t.text in ",!.:-–"):
            return 1
        if t.kind != "w":
            return 0
        if t.text.lower() in self.lex.possessives:
            return 1
        abbreviation = t.text.lower() in ("i", "gez", "ppa", "pp") or t.text in ("A", "V", "R")
        return 2 if abbreviation and self.dot_follows(k) else 0

    # -- name runs -----------------------------------------------------------------------------

    def lower_name(self, word: str) -> bool:
        """A lower-case word that is a listed name and no common word ("jonas" in chat)."""
        low = word.lower()
        if low in self.lex.stop or low in self.lex.nouns or low in self.lex.lower_ambiguous:
            return False
        return low in self.lex.first_lower or low in self.lex.last_lower

    def run(self, k: int, lower_ok: bool) -> list[int]:
        """Word tokens from k that may form a name: capitalized words, particles, initials."""
        out: list[int] = []
        while len(out) < 6 and self.is_word(k):
            word = self.toks[k].text
            if self.is_initial(k):
                out.append(k)
                k += 2
                continue
            shaped = name_shaped(word) or word in self.lex.particles
            if not shaped and not (lower_ok and self.lower_name(word)):
                break
            out.append(k)
            if self.dot_follows(k):
                break
            k += 1
        while out and self.toks[out[-1]].text in self.lex.particles:
            out.pop()
        return out

    def word(self, k: int) -> str:
        """Token k's text with case normalized for list lookups ("MÜLLER", "jonas")."""
        return normalize_case(self.toks[k].text)

    def is_particle(self, k: int) -> bool:
        """Whether token k is a lower-case name particle ("von", "de", "van")."""
        return self.toks[k].text in self.lex.particles

    def name_end(self, run: list[int], ctx: str) -> tuple[int, float] | None:
        """Last token of the name that a run starts with, and its score, in a context."""
        if not run:
            return None
        lead = 0
        while lead < len(run) and self.is_particle(run[lead]):
            lead += 1
        if lead:
            return self.after_particles(run, lead, ctx)
        if self.is_initial(run[0]):
            return self.after_initial(run, ctx)
        first = self.word(run[0])
        weak_noun = ctx == "weak" and first in self.lex.noun_names
        if self.words.first_rank(first) and not self.words.is_stop(first) and not weak_noun:
            return self.after_first(run, ctx)
        return self.surname_only(run, ctx)

    def after_particles(self, run: list[int], lead: int, ctx: str) -> tuple[int, float] | None:
        """A surname behind particles ("von der Heide"); only right after a salutation."""
        if ctx != "salutation" or lead >= len(run) or self.toks[run[0]].text in ARTICLES:
            return None
        word = self.word(run[lead])
        known = self.words.last_rank(word)
        if not known and self.words.nounish(word):
            return None  # "Herr der Lage", "Frau von der Rezeption"
        return run[lead], S_SALUTATION_KNOWN if known else S_SALUTATION

    def after_initial(self, run: list[int], ctx: str) -> tuple[int, float] | None:
        """An initial and a surname ("M. Schneider")."""
        if len(run) < 2:
            return None
        last = self.word(run[1])
        known = self.words.last_rank(last) > 0
        if ctx == "gazetteer":
            ok = known and last not in self.lex.noun_names and not self.words.nounish(last)
            return (run[1], S_INITIAL_LAST) if ok else None
        if not known and (self.words.nounish(last) or self.words.is_stop(last)):
            return None
        return run[1], context_score(ctx, known)

    def after_first(self, run: list[int], ctx: str) -> tuple[int, float] | None:
        """A listed first name, maybe middle names, and maybe a surname ("Anna Maria Schmidt")."""
        idx = 1
        while idx < len(run) - 1 and not self.is_particle(run[idx]):
            if not self.words.first_rank(self.word(run[idx])):
                break
            idx += 1
        first = self.word(run[0])
        surname = self.surname_at(run, idx)
        if surname is not None:
            return surname[0], self.first_last_score(first, surname[1], ctx)
        if idx > 1:
            return run[idx - 1], self.first_last_score(first, 1, ctx)
        if ctx.startswith("gazetteer") and self.number_follows(run[0]):
            return None
        score = self.first_alone_score(first, ctx)
        return (run[0], score) if score else None

    def surname_at(self, run: list[int], idx: int) -> tuple[int, int] | None:
        """The surname token after first names (particles allowed) and its list rank (0-2)."""
        p = idx
        while p < len(run) and self.is_particle(run[p]):
            p += 1
        if p >= len(run) or self.is_initial(run[p]):
            return None
        word = self.word(run[p])
        if "-" in word and not self.words.surname_like(word):
            return None
        rank = self.words.last_rank(word)
        if rank == 2 and len(word) >= 4:
            return run[p], 2
        if (
            self.words.is_stop(word)
            or self.words.nounish(word)
            or word.lower() in self.lex.calendar
        ):
            return None
        if rank or self.words.first_rank(word):
            return run[p], max(rank, 1)
        return (run[p], 0) if name_shaped(self.toks[run[p]].text) else None

    def first_last_score(self, first: str, rank: int, ctx: str) -> float:
        """Score of first name + surname; listed surnames count more."""
        if ctx == "gazetteer_ambiguous":
            return S_AMBIGUOUS_FIRST_LAST if rank == 2 else 0.0
        if ctx != "gazetteer":
            return context_score(ctx, True)
        core = self.words.first_rank(first) == 2
        if rank:
            return S_FIRST_LAST if core else S_FIRST_LAST_EXTRA
        return S_FIRST_UNKNOWN if core else S_FIRST_UNKNOWN_EXTRA

    def first_alone_score(self, first: str, ctx: str) -> float:
        """Score of a first name without surname: high in context, low from the list alone."""
        if ctx == "gazetteer_ambiguous":
            return 0.0
        if ctx != "gazetteer":
            return context_score(ctx, True)
        core = self.words.first_rank(first) == 2 and len(first) >= 3
        return S_FIRST_ALONE if core else S_FIRST_ALONE_EXTRA

    def surname_only(self, run: list[int], ctx: str) -> tuple[int, float] | None:
        """A single capitalized word that is no listed first name, judged by its context."""
        k = run[0]
        word = self.word(k)
        rank = self.words.last_rank(word)
        if ctx == "salutation":
            return self.after_salutation(run, word, rank)
        if ctx.startswith("gazetteer") or self.words.is_stop(word):
            return None
        if word in self.lex.brands:
            return None
        known = rank > 0 and word not in self.lex.noun_names
        pair = self.unlisted_pair(run, ctx)
        if pair is not None:
            return pair
        if not known and not self.unknown_ok(k, word, ctx):
            return None
        return self.comma_first(k) or self.vietnamese_end(run), context_score(ctx, known)

    def unlisted_pair(self, run: list[int], ctx: str) -> tuple[int, float] | None:
        """Unlisted first name + surname in context: "Tani Koerner", "Judra Staoldra"."""
        if ctx == "weak" or len(run) < 2 or not self.maybe_first_name(run[0]):
            return None
        if self.listed_surname(run[1]):
            return run[1], context_score(ctx, True)
        if self.maybe_first_name(run[1]) and self.boundary_after(run[1]):
            return run[1], context_score(ctx, False)
        return None

    def maybe_first_name(self, k: int) -> bool:
        """An unlisted word that may be a first name: name-shaped, no noun, no function word."""
        word = self.word(k)
        if not name_shaped(self.toks[k].text) or len(word) > 12:
            return False
        if self.words.nounish(word) or word in self.lex.noun_names:
            return False
        low = word.lower()
        return low not in self.lex.calendar and low not in self.lex.place_starters

    def after_salutation(self, run: list[int], word: str, rank: int) -> tuple[int, float] | None:
        """The surname after a salutation: any name-shaped word except nouns and function words."""
        stop = self.words.is_stop(word) and not (rank == 2 and len(word) >= 3)
        if stop or (not rank and self.words.nounish(word)):
            return None
        end = self.vietnamese_end(run)
        pair = self.unlisted_pair(run, "salutation") if end == run[0] else None
        if pair is not None:
            return pair
        return end, S_SALUTATION_KNOWN if rank else S_SALUTATION

    def unknown_ok(self, k: int, word: str, ctx: str) -> bool:
        """Whether an unlisted word counts as a name in this context."""
        if ctx == "weak" or not name_shaped(self.toks[k].text) or self.words.nounish(word):
            return False
        if word.lower() in self.lex.place_starters:
            return False
        if self.punct_at(k + 1, ":"):
            return False
        if ctx == "role" and not self.capital_follows(k):
            return True
        return self.boundary_after(k)

    def capital_follows(self, k: int) -> bool:
        """Whether a capitalized word follows token k directly."""
        nxt = self.tok(k + 1)
        return nxt is not None and nxt.kind == "w" and nxt.text[0].isupper()

    def listed_surname(self, k: int) -> bool:
        """Token k is a listed surname and no common noun or brand."""
        word = self.word(k)
        if not self.words.last_rank(word) or word in self.lex.noun_names:
            return False
        return self.words.surname_like(word) and not self.words.first_rank(word)

    def vietnamese_end(self, run: list[int]) -> int:
        """Vietnamese names run surname first ("Nguyen Thi Lan"): take the given names too."""
        end = run[0]
        if self.toks[end].text not in VN_SURNAMES:
            return end
        for k in run[1:4]:
            if not self.words.first_rank(self.word(k)):
                break
            end = k
        return end

    def comma_first(self, k: int) -> int | None:
        """Index of the first name in "Surname, Firstname" written after token k, or None."""
        if not (self.punct_at(k + 1, ",") and self.is_word(k + 2)):
            return None
        text = self.toks[k + 2].text
        if not name_shaped(text) or not self.words.first_rank(text) or self.words.is_stop(text):
            return None
        return k + 2 if self.boundary_after(k + 2) else None


def normalize_case(word: str) -> str:
    """Capitalize all-caps and lower-case words part by part for list lookups."""
    if not (word.isupper() or word.islower()):
        return word
    return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))


def context_score(ctx: str, known: bool) -> float:
    """The score of a name found in a context, for listed and unlisted names."""
    if ctx == "salutation":
        return S_SALUTATION_KNOWN if known else S_SALUTATION
    if ctx in ("greeting", "signoff"):
        return S_CONTEXT_KNOWN if known else S_CONTEXT_UNKNOWN
    if ctx == "role":
        return S_ROLE_KNOWN if known else S_ROLE_UNKNOWN
    if ctx == "weak":
        return S_WEAK_ROLE
    if ctx == "list":
        return S_ROLE_KNOWN if known else S_LIST_UNKNOWN
    return S_FIRST_ALONE


class _Finder(_Scanner):
    """Runs the rules over one text: salutations, context triggers, then the name lists."""

    def find(self) -> list[Span]:
        """All person-name spans of the text, overlaps resolved."""
        self.scan_salutations()
        self.scan_triggers()
        self.scan_lists()
        if self.lowercase_text():
            self.scan_lowercase()
        self.scan_closing()
        return resolve_overlaps(self.spans)

    # -- salutations ---------------------------------------------------------------------------

    def scan_salutations(self) -> None:
        """Names after "Herr", "Frau", "Dr.", "Mr" and title chains."""
        for k, t in enumerate(self.toks):
            if t.text in SALUTATION_WORDS and self.opens_salutation(k):
                j, _ = self.skip_prefix(k, lower_ok=t.text.islower())
                if self.line_start(k) and self.tok(j) is not None and self.toks[j].kind == "n":
                    j, _ = self.skip_prefix(j + 1, lower_ok=False)  # address block: "Herrn\nDr. X"
                ctx = "salutation" if self.strong_salutation(k) else "weak"
                self.add_name(self.run(j, lower_ok=t.text.islower()), ctx)

    def opens_salutation(self, k: int) -> bool:
        """Whether token k starts a salutation/title chain (and is not inside one)."""
        text = self.toks[k].text
        word = text.capitalize() if text in ("herr", "herrn", "frau") else text
        if word not in self.lex.salutations and word not in TITLE_TRIGGERS:
            return False
        if text in ("Fr", "Hr") and (
            self.punct_at(k - 1, "-–/") or self.prev_word(k) in self.lex.calendar
        ):
            return False
        prev = self.prev_word(k)
        return (
            prev.capitalize() not in self.lex.salutations
            and prev.capitalize() not in self.lex.titles
        )

    def strong_salutation(self, k: int) -> bool:
        """A capitalized salutation not preceded by an article ("die Frau" is a noun)."""
        return not self.toks[k].text.islower() and self.prev_word(k) not in DETERMINERS

    # -- context triggers ----------------------------------------------------------------------

    def scan_triggers(self) -> None:
        """Names after greetings, sign-offs and role words (one dictionary lookup per word)."""
        for k, t in enumerate(self.toks):
            if t.kind == "w" and t.text.lower().rstrip(".") in self.lex.triggers:
                found = self.match_trigger(k)
                if found is not None:
                    self.on_trigger(k, *found)

    def match_trigger(self, k: int) -> tuple[int, str] | None:
        """The longest trigger phrase starting at token k: index after it and its kind."""
        for words, kind in self.lex.triggers[self.toks[k].text.lower()]:
            end = self.match_phrase(k, words)
            if end is not None:
                return end, kind
        return None

    def match_phrase(self, k: int, words: tuple[str, ...]) -> int | None:
        """Index after the phrase if its words (a trailing "." wants a dot) start at k."""
        for word in words:
            if not self.is_word(k) or self.toks[k].text.lower() != word.rstrip("."):
                return None
            if word.endswith("."):
                if not self.dot_follows(k):
                    return None
                k += 1
            k += 1
        return k

    def on_trigger(self, k: int, after: int, kind: str) -> None:
        """Dispatch a trigger at token k (phrase ends before token `after`) by its kind."""
        clause = self.clause_before(self.toks[k].start)
        if kind == "greeting" and clause:
            self.after_trigger(after, "greeting")
        elif kind == "weak_greeting" and clause:
            self.after_trigger(after, "weak")
        elif kind == "signoff":
            strict = clause or self.newline_after(self.toks[after - 1].end)
            self.after_trigger(after, "signoff" if strict else "weak")
        elif kind == "role":
            self.after_trigger(after, "role")
        elif kind == "weak_role":
            self.after_trigger(after, "weak")
        elif kind == "colon" and clause and self.punct_at(after, ":"):
            self.after_trigger(after, "role")
        elif kind == "weak_colon" and clause and self.punct_at(after, ":"):
            self.after_trigger(after, "weak")

    def clause_before(self, pos: int) -> bool:
        """Whether only a line start, text start or punctuation stands before a position."""
        before = self.text[max(0, pos - 40) : pos].rstrip(" \t")
        return not before or before[-1] == "\n" or before[-1] in CLAUSE_START

    def newline_after(self, pos: int) -> bool:
        """Whether the rest of the line after a position is only punctuation."""
        rest = self.text[pos : pos + 6].lstrip(" \t,!.:-")
        return not rest or rest[0] == "\n"

    def after_trigger(self, k: int, ctx: str) -> None:
        """Parse a name (and a list of names) starting at token k, after a trigger."""
        k = self.skip_signature_prefix(k) if ctx == "signoff" else self.skip_colon(k)
        if self.salutation_at(k):
            return  # scan_salutations handles "Kontakt: Frau Weber"
        end = self.add_name(self.run(k, lower_ok=True), ctx)
        if ctx in ("greeting", "role", "signoff"):
            self.continue_list(end)

    def skip_colon(self, k: int) -> int:
        """Skip a gender suffix ("*in", ":in", "(in)") and ":", "-", "," after a trigger."""
        while True:
            if self.gender_suffix_at(k):
                k += 3 if self.punct_at(k + 2, ")") else 2
                continue
            if not self.punct_at(k, ":-–,"):
                return k
            k += 1

    def salutation_at(self, k: int) -> bool:
        """Whether token k is a salutation or a title that opens one ("Frau", "Dr.")."""
        t = self.tok(k)
        return t is not None and t.text in SALUTATION_WORDS

    def gender_suffix_at(self, k: int) -> bool:
        """A gender suffix after a role word: "*in", ":in", "/in", "(in)", "*innen"."""
        if not (self.punct_at(k, "*:/(") and self.is_word(k + 1)):
            return False
        return self.toks[k + 1].text.lower() in ("in", "innen")

    def continue_list(self, end: int | None) -> None:
        """Further names joined by ",", "und", "&", "/" ("Teilnehmer: Jonas, Mia und Tom")."""
        while end is not None and self.joiner_at(end + 1) and not self.salutation_at(end + 2):
            end = self.add_name(self.run(end + 2, lower_ok=True), "list")

    def joiner_at(self, k: int) -> bool:
        """Whether token k joins two names in a list."""
        t = self.tok(k)
        if t is None:
            return False
        return t.text in (",", ";", "/", "&", "+") or t.text.lower() in ("und", "and", "sowie")

    def add_name(self, run: list[int], ctx: str) -> int | None:
        """Interpret a run in a context, record the name and return its last token."""
        found = self.name_end(run, ctx)
        if found is None or found[1] <= 0:
            return None
        return found[0] if self.add(run[0], found[0], found[1], ctx) else None

    # -- name lists ----------------------------------------------------------------------------

    def scan_lists(self) -> None:
        """Names found by the lists alone: "Thomas Müller", "Müller, Thomas", "Jonas", "Schmidt"."""
        k = 0
        while k < len(self.toks):
            end = None if self.covered[k] else self.list_name_at(k)
            k = (end if end is not None else k) + 1

    def list_name_at(self, k: int) -> int | None:
        """Record a list-based name starting at token k; returns its last token."""
        t = self.toks[k]
        if t.kind != "w" or not t.text[0].isupper():
            return None
        if self.is_initial(k):
            return self.add_name(self.run(k, lower_ok=False), "gazetteer")
        if not name_shaped(t.text):
            return self.caps_surname_first(k)
        word = t.text
        if word in VN_SURNAMES and self.vietnamese_end(self.run(k, lower_ok=False)) > k:
            return self.add_vietnamese(k)
        if self.first_usable(k, word):
            ambiguous = (
                word in self.lex.noun_names
                or word.lower() in self.lex.nouns
                or self.ambiguous_here(k, word)
            )
            ctx = "gazetteer_ambiguous" if ambiguous else "gazetteer"
            return self.add_name(self.run(k, lower_ok=False), ctx)
        if self.surname_usable(k, word):
            end = self.comma_first(k) if self.words.last_rank(word) or self.line_start(k) else None
            if end is not None:
                return end if self.add(k, end, S_LAST_COMMA_FIRST, "gazetteer") else None
            if self.surname_alone_ok(k, word):
                first = k - 1 if self.unlisted_first_before(k) else k
                score = S_UNKNOWN_FIRST_LAST if first < k else S_LAST_ALONE
                return k if self.add(first, k, score, "gazetteer") else None
        return None

    def add_vietnamese(self, k: int) -> int | None:
        """A Vietnamese name written surname first ("Nguyen Van Minh")."""
        end = self.vietnamese_end(self.run(k, lower_ok=False))
        return end if self.add(k, end, S_FIRST_LAST, "gazetteer") else None

    def first_usable(self, k: int, word: str) -> bool:
        """A listed first name that is no function word and no month here ("Ende Mai")."""
        if not self.words.first_rank(word) or self.words.is_stop(word):
            return False
        return not self.month_here(k, word)

    def surname_usable(self, k: int, word: str) -> bool:
        """A capitalized word that may be a surname by the lists ("Schmidt", "Yilmaz")."""
        return self.words.surname_like(word)

    def surname_alone_ok(self, k: int, word: str) -> bool:
        """A core surname standing alone ("Schmidt hat angerufen"); every hyphen part listed."""
        if len(word) < 4 or self.ambiguous_here(k, word) or self.number_follows(k):
            return False
        if word in self.lex.brands or self.words.nounish(word):
            return False
        parts = word.split("-")
        if all(self.words.foreign_surname(p) for p in parts):
            return True
        ranks = [self.lex.last_ranks.get(p, 0) for p in parts]
        return max(ranks) == 2 and min(ranks) > 0

    def ambiguous_here(self, k: int, word: str) -> bool:
        """A name that is also an ordinary word, standing where that word would be capitalized."""
        return word in self.lex.word_names and self.sentence_start(k)

    def month_here(self, k: int, word: str) -> bool:
        """A month name used as a month: next to numbers or after "im", "Ende", "bis"."""
        if word.lower() not in self.lex.month_names:
            return False
        prev, nxt = self.tok(k - 1), self.tok(k + 1)
        if prev is not None and (
            prev.kind == "d"
            or (prev.text == "." and self.tok(k - 2) is not None and self.toks[k - 2].kind == "d")
        ):
            return True
        if nxt is not None and (nxt.kind == "d" or nxt.text == "."):
            return True
        return self.prev_word(k) in self.lex.month_cues

    def lowercase_text(self) -> bool:
        """A chat written in lower case: nouns are not capitalized, so names are not either."""
        words = [t.text for t in self.toks if t.kind == "w" and len(t.text) >= 3]
        if len(words) < 3:
            return False
        capitalized = sum(1 for w in words if w[0].isupper())
        return capitalized <= len(words) // 20

    def scan_lowercase(self) -> None:
        """Lower-case listed first names (and a following listed surname) in a lower-case chat."""
        for k, t in enumerate(self.toks):
            if t.kind == "w" and not self.covered[k] and self.lower_first(t.text):
                end = k
                nxt = self.tok(k + 1)
                if nxt is not None and nxt.kind == "w" and nxt.text in self.lex.last_lower:
                    end = k + 1 if self.lower_name(nxt.text) else k
                self.add(k, end, S_LOWER_FIRST_LAST if end > k else S_FIRST_ALONE, "lowercase")

    def lower_first(self, word: str) -> bool:
        """A lower-case core first name that is no German or English word."""
        if len(word) < 3 or not word.islower() or word not in self.lex.first_lower_core:
            return False
        return self.lower_name(word)

    def scan_closing(self) -> None:
        """A lone unlisted name closing a message ("... wegen Freitag. Basti")."""
        k = len(self.toks) - 1
        while k >= 0 and self.toks[k].kind in "pn" and self.toks[k].text not in ".,;:":
            k -= 1
        if k < 1 or self.covered[k] or not self.is_word(k) or not self.sentence_start(k):
            return
        word = self.toks[k].text
        if self.punct_at(k - 1, ",") or not name_shaped(word) or self.words.nounish(word):
            return
        listed = self.words.first_rank(word) > 0 and word not in self.lex.noun_names
        if listed or (word[-1] in "iy" and len(word) <= 7):
            self.add(k, k, S_CLOSING, "closing")

    def caps_surname_first(self, k: int) -> int | None:
        """An all-caps surname before a first name: "MÜLLER, Thomas"."""
        t = self.toks[k]
        if not (t.text.isupper() and len(t.text) >= 3) or self.words.is_stop(t.text):
            return None
        if not self.words.last_rank(normalize_case(t.text)):
            return None
        end = self.comma_first(k)
        if end is None:
            return None
        return end if self.add(k, end, S_LAST_COMMA_FIRST, "gazetteer") else None


def resolve_overlaps(spans: list[Span]) -> list[Span]:
    """Keep the best of overlapping spans (higher score, then longer), sorted by start."""
    kept: list[Span] = []
    starts: list[int] = []
    for span in sorted(spans, key=lambda s: (-s.score, s.start - s.end, s.start)):
        i = bisect_left(starts, span.start)
        if i > 0 and kept[i - 1].end > span.start:
            continue
        if i < len(kept) and kept[i].start < span.end:
            continue
        kept.insert(i, span)
        starts.insert(i, span.start)
    return kept


def find_person_spans(text: str, language: str) -> list[Span]:
    """Person-name spans in a text by the rules and lists of one language."""
    if len(text) < LARGE_TEXT:
        return _Finder(text, lexicon(language)).find()
    with _gc_paused():
        return _Finder(text, lexicon(language)).find()


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic GC: large texts make many small acyclic tuples it would rescan."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def merge_ner(
    text: str, spans: list[Span], ner_spans: list[tuple[int, int, float]], lex: Lexicon
) -> list[Span]:
    """Merge NER spans: new ones join, wider ones replace rule spans, else rule bounds win."""
    merged = list(spans)
    for start, end, score in ner_spans:
        cleaned = clean_ner_span(text, start, end, lex)
        if cleaned is None:
            continue
        start, end = cleaned
        overlapping = [s for s in merged if s.start < end and start < s.end]
        if all(start <= s.start and s.end <= end for s in overlapping):
            best = max([score, *(s.score for s in overlapping)])
            merged = [s for s in merged if s not in overlapping]
            merged.append(Span(start, end, best, "ner"))
            continue
        for span in overlapping:
            span.score = max(span.score, min(score, S_SALUTATION_KNOWN))
    return resolve_overlaps(merged)


def clean_ner_span(text: str, start: int, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """Trim salutations and titles off an NER span; None for companies and common words."""
    words = [t for t in tokenize(text[start:end]) if t.kind == "w"]
    while words and (words[0].text in lex.salutations or words[0].text in lex.titles):
        words.pop(0)
    names = [t for t in words if name_shaped(t.text) or len(t.text) == 1]
    if not names or all(t.text.lower() in lex.stop for t in names):
        return None
    new_start, new_end = start + words[0].start, start + words[-1].end
    if lex.company_re.match(text[new_end : new_end + 80]):
        return None
    return new_start, new_end


class PersonRecognizer(EntityRecognizer):
    """Presidio recognizer for PERSON in one language, with an optional NER stage merged in."""

    def __init__(self, language: str = "de", ner: NameNer | None = None) -> None:
        """A recognizer for "de" or "en"; `ner` adds a named-entity stage."""
        if language not in LANGUAGES:
            raise ValueError(f"unsupported language {language!r}; expected one of {LANGUAGES}")
        self.ner = ner
        self.label = f"PersonRecognizer_{language}"
        super().__init__(
            supported_entities=[ENTITY],
            name=self.label,
            supported_language=language,
        )

    def load(self) -> None:
        """Build the name lists now, so the first request does not pay for it."""
        lexicon(self.supported_language)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        """Person-name results for the text (rules, lists and the optional NER stage)."""
        if entities and ENTITY not in entities:
            return []
        language = self.supported_language
        spans = find_person_spans(text, language)
        if self.ner is not None:
            spans = merge_ner(text, spans, self.ner.names(text, language), lexicon(language))
        return [self.result(span) for span in spans]

    def result(self, span: Span) -> RecognizerResult:
        """One Presidio result (kept lean: the engine deep-copies every result)."""
        return RecognizerResult(
            entity_type=ENTITY,
            start=span.start,
            end=span.end,
            score=span.score,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.label,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )


def person_recognizers(language: str, ner: NameNer | None = None) -> list[EntityRecognizer]:
    """The PERSON recognizers for "de" or "en"; pass `ner` to merge a real NER model's names."""
    return [PersonRecognizer(language, ner)]
