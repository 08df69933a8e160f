"""The token scanner of the person-name rules: token tests, prefixes, name runs and scores."""

from __future__ import annotations

from compliance.pii.names_lexicon import Lexicon
from compliance.pii.person_tokens import (
    BOUNDARY,
    CLAUSE_START,
    Span,
    Token,
    name_shaped,
    normalize_case,
    tokenize,
)
from compliance.pii.person_words import (
    ARTICLES,
    DETERMINERS,
    S_AMBIGUOUS_FIRST_LAST,
    S_FIRST_ALONE,
    S_FIRST_ALONE_EXTRA,
    S_FIRST_LAST,
    S_FIRST_LAST_EXTRA,
    S_FIRST_UNKNOWN,
    S_FIRST_UNKNOWN_EXTRA,
    S_INITIAL_LAST,
    S_SALUTATION,
    S_SALUTATION_KNOWN,
    VN_SURNAMES,
    _Words,
    context_score,
)


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
