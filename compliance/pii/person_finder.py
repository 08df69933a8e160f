"""The person-name rules over one text: salutations, context triggers, name lists, closings."""

from __future__ import annotations

import gc
from bisect import bisect_left
from collections.abc import Iterator
from contextlib import contextmanager

from compliance.pii.names_lexicon import lexicon
from compliance.pii.person_scanner import _Scanner
from compliance.pii.person_tokens import (
    CLAUSE_START,
    Span,
    name_shaped,
    normalize_case,
)
from compliance.pii.person_words import (
    DETERMINERS,
    S_CLOSING,
    S_FIRST_ALONE,
    S_FIRST_LAST,
    S_LAST_ALONE,
    S_LAST_COMMA_FIRST,
    S_LOWER_FIRST_LAST,
    S_UNKNOWN_FIRST_LAST,
    SALUTATION_WORDS,
    TITLE_TRIGGERS,
    VN_SURNAMES,
)

LARGE_TEXT = 100_000  # characters; above this the GC is paused while scanning


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
