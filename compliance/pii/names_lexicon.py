"""Name and word lists as frozensets and compiled patterns, built once per language on first use."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from compliance.pii import names_ambiguous, names_first, names_last, names_words

# Function words that start sentences or fill greetings; spaCy's lists lack some of them.
FUNCTION_WORDS = """
anbei bitte danke gerne gern sobald falls zudem laut gemäß betreff betr neu leider hallo
hi hey ja nein okay ok vielen viele beste liebe lieber herzliche freundliche grüße gruß
kannst könnt können könnten könntest würdest würde müssen muss sollen soll darf dürfen
habe hast hat haben hatte hatten bin bist ist sind war waren wird werden wurde wurden gibt
geht ging kommt kam siehe sehe anbei ebenfalls jedoch allerdings bzw usw etc zb ggf evtl
inkl exkl ca gegen ohne statt trotz wegen während zwischen unter über neben hinter
prima super klasse toll stimmt genau richtig falsch perfekt top spitze wunderbar schade
sorry moment achtung hinweis wichtig dringend erledigt fertig tja hm aha alles klar info
please thanks thank dear kind best regards hello yes no sorry cheers
"""

# First words of place names that are also first names ("San", "Santa", "Rio").
PLACE_STARTERS = """
san santa santo são sao rio los las costa buenos new sankt saint st bad hong port fort mount
lake monte porto puerto ciudad
"""

# Car brands: a first name right after one is a model name ("Seat Leon").
CAR_BRANDS = """
vw volkswagen audi bmw mercedes opel ford seat cupra skoda škoda toyota renault peugeot citroen
citroën fiat kia hyundai tesla porsche dacia mazda nissan honda volvo mini smart jeep iveco
daf scania man suzuki mitsubishi subaru lexus alfa lancia jaguar land rover bentley ferrari
"""


def _words(block: str) -> frozenset[str]:
    """The whitespace-separated entries of a list block."""
    return frozenset(block.split())


def _lower(block: str) -> frozenset[str]:
    """The whitespace-separated entries of a list block, lower-cased."""
    return frozenset(w.lower() for w in block.split())


Triggers = dict[str, tuple[tuple[tuple[str, ...], str], ...]]


def _trigger_kinds(language: str) -> tuple[tuple[str, str], ...]:
    """Trigger lists in priority order (a phrase in two lists keeps the first kind)."""
    return (
        ("signoff", names_words.SIGNOFFS),
        ("greeting", names_words.GREETINGS),
        ("role", names_words.ROLES),
        ("role" if language == "en" else "weak_role", names_words.ROLES_EN),
        ("colon", names_words.COLON_ROLES),
        ("weak_colon", names_words.WEAK_COLON_ROLES),
        ("weak_role", names_words.WEAK_ROLES),
        ("weak_greeting", names_words.WEAK_GREETINGS),
    )


def _triggers(language: str) -> Triggers:
    """Trigger phrases by their first word: (words, kind) pairs, longest phrase first."""
    kinds: dict[tuple[str, ...], str] = {}
    for kind, block in _trigger_kinds(language):
        for phrase in block.split():
            kinds.setdefault(tuple(phrase.lower().split("_")), kind)
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, kind in kinds.items():
        by_first.setdefault(words[0].rstrip("."), []).append((words, kind))
    return {
        first: tuple(sorted(options, key=lambda o: len(o[0]), reverse=True))
        for first, options in by_first.items()
    }


def _company_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Text after a name that makes it a company: any marker, and legal forms only."""
    legal = "|".join(sorted(names_words.LEGAL_FORMS.split(), key=len, reverse=True))
    words = "|".join(names_words.COMPANY_WORDS.split())
    endings = "|".join(names_words.COMPANY_ENDINGS.split())
    between = r"(?:(?:[&+]|und|[A-ZÄÖÜ0-9][\w.&+-]*)[ \t]+){0,3}"
    legal_form = rf"[ \t]*{between}(?:{legal})(?![\w-])"
    company = (
        rf"[ \t]*(?:(?:(?:[&+]|und|and)[ \t]+)?(?:{words})(?![\w-])"
        rf"|[A-ZÄÖÜ]\w*(?:{endings})(?![\w-]))|{legal_form}"
    )
    return re.compile(company), re.compile(legal_form)


@dataclass(frozen=True)
class Lexicon:
    """Everything the person recognizer looks up, for one language."""

    language: str
    first_ranks: dict[str, int]
    first_lower: frozenset[str]
    first_lower_core: frozenset[str]
    lower_ambiguous: frozenset[str]
    last_ranks: dict[str, int]
    last_lower: frozenset[str]
    noun_names: frozenset[str]
    brands: frozenset[str]
    word_names: frozenset[str]
    stop: frozenset[str]
    nouns: frozenset[str]
    noun_endings: frozenset[str]
    surname_endings: tuple[str, ...]
    ending_lengths: tuple[int, ...]
    salutations: frozenset[str]
    titles: frozenset[str]
    title_parts: frozenset[str]
    particles: frozenset[str]
    company_re: re.Pattern[str]
    legal_form_re: re.Pattern[str]
    place_markers: frozenset[str]
    before_not_person: frozenset[str]
    possessives: frozenset[str]
    calendar: frozenset[str]
    month_names: frozenset[str]
    month_cues: frozenset[str]
    place_starters: frozenset[str]
    triggers: Triggers


def _stop_words(language: str) -> frozenset[str]:
    """spaCy's German and English stop words plus our fillers (German texts mix in English)."""
    from spacy.lang.de.stop_words import STOP_WORDS as DE_STOP
    from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP

    words = set(EN_STOP) | _lower(FUNCTION_WORDS) | _lower(names_words.NOT_NAMES)
    if language == "de":
        words |= set(DE_STOP)
    return frozenset(words)


def _ambiguous(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """Names that are nouns (need context) and names that are other words (not sentence-first)."""
    if language == "en":
        core = _words(names_first.FIRST_NAMES_CORE)
        words = _words(names_ambiguous.WORD_NAMES_EN)
        calendar = frozenset(w.capitalize() for w in names_words.CALENDAR.split()) - {"Jan"}
        nouns = _words(names_words.EN_NOUN_NAMES) | (words - core) | calendar
        sentence_first = (words & core) - _words(names_words.EN_COMMON_FIRST)
        return nouns | _words(names_words.NATIONALITIES), sentence_first
    return _words(names_ambiguous.NOUN_NAMES_DE), _words(names_ambiguous.WORD_NAMES_DE)


def _lower_ambiguous() -> frozenset[str]:
    """Lower-cased names that are German or English words ("rosa", "mark", "will")."""
    blocks = (
        names_ambiguous.NOUN_NAMES_DE,
        names_ambiguous.WORD_NAMES_DE,
        names_ambiguous.WORD_NAMES_EN,
        names_words.EN_NOUN_NAMES,
    )
    return frozenset(w.lower() for block in blocks for w in block.split())


def _ranks(core: frozenset[str], listed: frozenset[str]) -> dict[str, int]:
    """Name -> 2 for the core list, 1 for the longer list."""
    ranks = dict.fromkeys(listed, 1)
    ranks.update(dict.fromkeys(core, 2))
    return ranks


@lru_cache(maxsize=4)
def lexicon(language: str) -> Lexicon:
    """The lists for one language ("de" or "en"), loaded on first use and kept."""
    first_core = _words(names_first.FIRST_NAMES_CORE)
    first_all = first_core | _words(names_first.FIRST_NAMES_EXTRA)
    last_core = _words(names_last.SURNAMES_CORE)
    last_all = last_core | _words(names_last.SURNAMES_EXTRA)
    noun_names, word_names = _ambiguous(language)
    stop = _stop_words(language)
    company_re, legal_form_re = _company_patterns()
    heads = {h for h in _lower(names_words.NOUN_HEADS) if len(h) >= 4}
    endings = frozenset(_lower(names_words.NOUN_SUFFIXES) | heads)
    return Lexicon(
        language=language,
        first_ranks=_ranks(first_core, first_all),
        first_lower=frozenset(n.lower() for n in first_all),
        first_lower_core=frozenset(n.lower() for n in first_core),
        lower_ambiguous=_lower_ambiguous(),
        last_ranks=_ranks(last_core, last_all),
        last_lower=frozenset(n.lower() for n in last_core),
        noun_names=noun_names | _words(names_words.BRANDS),
        brands=_words(names_words.BRANDS),
        word_names=word_names,
        stop=stop,
        nouns=_lower(names_words.GERMAN_NOUNS)
        | _lower(names_words.EVERYDAY_NOUNS)
        | _lower(names_words.CALENDAR),
        noun_endings=endings,
        surname_endings=tuple(names_words.SURNAME_ENDINGS.split()),
        ending_lengths=tuple(sorted({len(e) for e in endings})),
        salutations=_words(names_words.SALUTATIONS),
        titles=_words(names_words.TITLES),
        title_parts=_words(names_words.TITLE_PARTS),
        particles=_words(names_words.PARTICLES),
        company_re=company_re,
        legal_form_re=legal_form_re,
        place_markers=_lower(names_words.PLACE_MARKERS),
        before_not_person=_lower(names_words.BEFORE_NOT_PERSON) | _lower(CAR_BRANDS),
        possessives=_lower(names_words.POSSESSIVES),
        calendar=_lower(names_words.CALENDAR),
        month_names=_lower(names_words.MONTH_NAMES),
        month_cues=_lower(names_words.MONTH_CUES),
        place_starters=_lower(PLACE_STARTERS),
        triggers=_triggers(language),
    )
