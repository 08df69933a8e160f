"""Word sets, scores and single-word tests of the person-name rules (see names_lexicon)."""

from __future__ import annotations

from functools import lru_cache

from compliance.pii.names_lexicon import Lexicon, lexicon


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
