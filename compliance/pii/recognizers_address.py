"""Recognizer for street addresses: street + house number, optionally PLZ and city, one span.

German forms: compounds ("Hauptstraße 5", "Karl-Liebknecht-Str. 145"), adjective + street
word ("Leipziger Straße 12"), "Straße des 17. Juni 10", and preposition forms ("Am
Wasserturm 3", "An der Alster 12"). English: "221B Baker Street", "1600 Pennsylvania Avenue
NW, Washington, DC 20500". Scores: street-type compound or adjective form 0.6; weaker
suffixes (-ring, -berg, -hof ...) 0.45; preposition forms 0.35; a following PLZ + city or
address context (Anschrift, wohnhaft, address ...) lifts any form to 0.85-0.9. Technical
compounds ("Hubweg", "O-Ring", "Fertigungsstraße") stay at 0.35 without such evidence.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer

from compliance.pii.recognizers_regex import Hit, RegexRecognizer, Rule, near, words_for

ADDRESS_CONTEXT = {
    "de": (
        "anschrift*", "adresse*", "wohnhaft", "wohnt", "wohnort", "wohnsitz", "sitz",
        "firmensitz", "lieferanschrift", "lieferadresse", "rechnungsanschrift",
        "postanschrift", "hausanschrift", "besucheranschrift", "c/o", "zustell*", "standort",
        "address",
    ),
    "en": (
        "address*", "located at", "lives at", "living at", "resides", "residing", "residence",
        "ship to", "deliver to", "mailing", "headquarters", "office at", "c/o", "anschrift*",
    ),
}  # fmt: skip
_STRONG = (
    "straße", "strasse", "str.", "gasse", "allee", "chaussee", "promenade", "ufer", "damm",
    "twiete", "pfad", "steig", "stieg", "zeile", "kai", "deich", "redder", "trift", "weg",
    "platz",
)  # fmt: skip
_MEDIUM = (
    "ring", "markt", "wall", "graben", "bogen", "berg", "hof", "feld", "kamp", "garten",
    "gärten", "park", "höhe", "anger", "brücke", "winkel", "grund", "aue", "tor", "reihe",
    "wiese", "heide", "hang", "tal", "hain", "steg", "siedlung", "terrasse", "leite", "rain",
    "stein", "blick", "weide", "koppel", "horst", "mark", "born", "brunnen", "busch", "holz",
    "wald", "weiler", "acker", "äcker", "wiesen", "eck", "kreuz", "mühle", "hagen", "lehne",
    "schlag", "bruch", "werder", "moor", "stätte", "gehege", "flur", "rode",
)  # fmt: skip
# Words that stand before a number and a PLZ + city without being a street ("Postfach 12,
# 04109 Leipzig", "Werk 2, 04109 Leipzig"); any other capitalised word there is a street name
# whose suffix is not in the lists above ("Brühl 5, 04109 Leipzig").
_NOT_STREETS = frozenset(
    {
        "postfach", "pf", "werk", "halle", "tor", "gebäude", "geb.", "haus", "bau", "raum",
        "zimmer", "etage", "stock", "rampe", "lager", "linie", "büro", "kunde", "kunden",
        "lieferant", "kreditor", "debitor", "nummer", "nr.", "seite", "position", "pos.", "gleis",
        "tel.", "fax", "telefon", "kw", "los", "charge", "auftrag", "bestellung", "rechnung",
        "standort", "filiale", "niederlassung", "abteilung", "kostenstelle", "stand",
    }
)  # fmt: skip
# ... nor are compounds of them ("Logistikzentrum 2", "Hochregallager 1", "Werkhalle 3").
_NOT_STREET_ENDINGS = (
    "zentrum", "lager", "halle", "werk", "gebäude", "haus", "büro", "rampe", "linie", "stelle",
    "anlage", "station", "labor",
)  # fmt: skip
# Compounds with these stems are production lines ("Fertigungsstraße") ...
_PRODUCTION = (
    "fertigung", "montage", "endmontage", "lackier", "produktion", "transfer", "wasch", "prüf",
    "füge", "schweiß", "bearbeitung", "härte", "takt", "verpackung", "linien", "förder",
)  # fmt: skip
# ... or, for the non-street suffixes, machine parts and travel ranges ("Hubweg", "O-Ring").
_PARTS = (
    "o-", "dicht", "spreng", "sicherung", "kolben", "zahn", "stütz", "klemm", "spann", "seeger",
    "hub", "feder", "schalt", "verfahr", "brems", "stell", "arbeits", "mess", "pedal",
    "kupplung", "speicher", "steck", "ablage", "einbau", "rohr", "kabel", "ventil", "dienst",
    "lösung", "gleit", "dreh", "regel", "lager", "zwischen", "distanz", "abstand", "wellen",
    "lauf", "stahl", "guss", "kunststoff", "gummi", "winkel", "park", "sitz", "sammel",
    "bereitstell", "abstell", "flucht", "rettung", "transport", "liefer", "versand", "spiel",
    "liege", "stapel", "rechts", "signal", "leitung", "zahlung", "umschlag",
)  # fmt: skip
_STREET_ONLY = ("straße", "strasse", "str.", "gasse", "allee", "chaussee", "promenade")
_UNITS = re.compile(
    r"[ ]?(?:mm|cm|dm|m|km|µm|kg|n|nm|kn|bar|pa|mpa|%|°|v|w|kw|min|stk\.?|stück"
    r"|x|mal|jahre?n?|tage?n?|monate?n?|wochen?|euro|eur|€|teile|prozent|grad)(?!\w)",
    re.IGNORECASE,
)
_UP = r"[A-ZÄÖÜ]"
_NAME = _UP + r"[\wäöüß\-]+"
_NUMBER = (
    r"[ \u00a0](?:Nr\.[ ]?)?(?P<num>[1-9]\d{0,3}[a-zA-Z]?(?:[ ]?[\-–/][ ]?[1-9]\d{0,3}[a-zA-Z]?)?)"
    r"(?![\w\-/]|[.,]\d)"
)
_CITY = (
    r"(?P<city>(?:,[ \t]*|[ \t]*\n[ \t]*|[ \t]+(?:in[ \t]+)?)(?:D-)?\d{5}[ \t]+"
    r"(?:Bad[ \t]|St\.[ \t]?)?"
    + _UP + r"[\wäöüß\-]*(?:[ \t](?:am|an[ \t]der|im|in|ob[ \t]der|vor[ \t]der|bei)[ \t]"
    + _NAME + r"|[ \t]?\(" + _UP + r"[\wäöüß. ]{1,20}\)|[ \t]a\.[ \t]?M\.)?)?"
)  # fmt: skip
_STREET_COMPOUND = _UP + r"\w*(?:-\w+)*\.?"  # any capitalised word; the suffix is checked later
_STREET_ADJECTIVE = (
    r"(?!(?:Die|Der|Das|Diese[rs]?|Jede[rs]?|Eine[rs]?|Keine[rs]?|Welche[rs]?|Unsere[rs]?"
    r"|Ihre[rs]?|Seine[rs]?|Alle|Andere[rs]?)[ ])" + _UP + r"[a-zäöüß]+(?:er|e|es|en)[ ]"
    r"(?:Straße|Strasse|Str\.|Weg|Allee|Platz|Ring|Damm|Ufer|Gasse|Markt|Wall|Chaussee|Steig"
    r"|Pfad|Graben|Berg|Reihe|Hof|Brücke|Promenade|Kai|Deich)"
)
_STREET_OF = (
    r"(?:Straße|Strasse|Str\.|Platz|Allee|Weg|Ring|Ufer|Damm)[ ]"
    r"(?:des|der|am|an[ ]der|zum|zur|vom)"
    r"[ ](?:\d{1,2}\.[ ])?" + _NAME + r"(?:[ ]" + _NAME + r")?"
)
_STREET_PREPOSITION = (
    r"(?:Am|An[ ]der|An[ ]den|Auf[ ]der|Auf[ ]dem|Auf[ ]den|Im|In[ ]der|In[ ]den|Zum|Zur"
    r"|Unter[ ]den|Hinter[ ]der|Hinter[ ]dem|Hinter[ ]den|Vor[ ]dem|Vor[ ]der|Beim|Bei[ ]der"
    r"|Über[ ]der|Alte[rs]?|Neue[rs]?|Lange[r]?|Hohe[r]?|Große[r]?|Kleine[r]?|Obere[r]?"
    r"|Untere[r]?)[ ]" + _NAME + r"(?:[ ]" + _NAME + r")?"
)
_EN_TYPES = (
    r"(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Ln\.?|Drive|Court|Ct\.?"
    r"|Place|Pl\.?|Way|Square|Sq\.?|Terrace|Parkway|Pkwy\.?|Highway|Hwy\.?|Close|Crescent"
    r"|Row|Mews|Gardens|Circle|Trail)"
)
_EN_CITY_POSTCODE = (
    r"(?P<city>,[ ]?[A-Z][a-zA-Z.\-]*(?:[ ][A-Z][a-zA-Z.\-]*){0,2},?[ ]"
    r"(?:[A-Z]{2}[ ]\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}))"
)
_EN_CITY = _EN_CITY_POSTCODE + "?"
# "Unit 5, Kingsway Business Park, " before the house number belongs to the address.
_EN_UNIT = (
    r"(?:(?:Unit|Suite|Flat|Apartment|Apt\.?|Floor|Building)[ ][0-9A-Z]{1,4},[ ]"
    r"(?:[A-Z][a-zA-Z'\-]*[ ]){0,3}[A-Z][a-zA-Z'\-]*,[ ])?"
)


def _street_pattern(street: str) -> re.Pattern[str]:
    """A German street form followed by house number and optional PLZ + city."""
    return re.compile(r"(?<![\w\-])(?P<street>" + street + ")" + _NUMBER + _CITY + r"(?!\w)")


_COMPOUND = _street_pattern(_STREET_COMPOUND)
_ADJECTIVE = _street_pattern(_STREET_ADJECTIVE)
_OF = _street_pattern(_STREET_OF)
_PREPOSITION = _street_pattern(_STREET_PREPOSITION)
_ENGLISH = re.compile(
    r"(?<![\w\-./,])" + _EN_UNIT + r"(?P<num>[1-9]\d{0,4}[A-Za-z]?)[ ]"
    r"(?:[A-Z][a-zA-Z'\-]*[ ]){1,3}?"
    + _EN_TYPES
    + r"(?:[ ](?:NW|NE|SW|SE|N|S|E|W))?(?![\w])"
    + _EN_CITY
    + r"(?!\w)"
)
# Streets without a separate street-type word ("41 Kingsway", "1585 Broadway") only when a
# UK postcode or a US state + ZIP follows.
_ENGLISH_POSTAL = re.compile(
    r"(?<![\w\-./,])" + _EN_UNIT + r"(?P<num>[1-9]\d{0,4}[A-Za-z]?)[ ]"
    r"(?:[A-Z][a-zA-Z'\-]*[ ]){0,2}[A-Z][a-zA-Z'\-]*" + _EN_CITY_POSTCODE + r"(?!\w)"
)


def _suffix_base(street: str) -> float:
    """Base score from the last word of a German street name (its suffix needs a stem)."""
    word = street.lower().rsplit(" ", 1)[-1]
    if word.startswith(_PRODUCTION) or (
        word.startswith(_PARTS) and not word.endswith(_STREET_ONLY)
    ):
        return 0.35
    if any(word.endswith(suffix) and len(word) > len(suffix) for suffix in _STRONG):
        return 0.6
    if any(word.endswith(suffix) and len(word) > len(suffix) for suffix in _MEDIUM):
        return 0.45
    return 0.35 if " " in street else 0.0


def _unlisted_street(street: str) -> bool:
    """A single capitalised word with lower-case letters that is no known non-street word."""
    return (
        " " not in street
        and "-" not in street
        and street[1:].islower()
        and street.lower() not in _NOT_STREETS
        and not street.lower().endswith(_NOT_STREET_ENDINGS)
    )


def _address_rule(
    name: str, pattern: re.Pattern[str], base: float, language: str, year_ok: bool = True
) -> Rule:
    """A rule for one street form; PLZ + city or address context lifts the score.

    `year_ok=False` refuses a year as house number even when a city follows ("2019 Acme Ltd,
    Leeds LS1 4AB"), for forms that have no street word to vouch for the number.
    """
    words = words_for(language, ADDRESS_CONTEXT)

    def score(text: str, match: re.Match[str]) -> Hit | None:
        start, end = match.span()
        number = match.group("num")
        city = match.group("city") is not None
        year = len(number) == 4 and number.startswith(("19", "20"))
        if year and (not city or not year_ok):
            return None
        if not city and _UNITS.match(text, match.end("num")):
            return None
        street = "" if base else match.group("street")
        value = base or _suffix_base(street)
        if city:
            if value or _unlisted_street(street):
                return Hit(start, end, 0.9 if value else 0.75)
            return None
        if not value:
            return None
        if near(text, start, end, words):
            return Hit(start, end, max(value, 0.85))
        return Hit(start, end, value)

    return Rule(name, pattern, score)


def address_recognizers(language: str) -> list[EntityRecognizer]:
    """The street-address recognizer (German and English forms) for one language."""
    rules = [
        _address_rule("street_compound", _COMPOUND, 0.0, language),
        _address_rule("street_adjective", _ADJECTIVE, 0.6, language),
        _address_rule("street_of", _OF, 0.6, language),
        _address_rule("street_preposition", _PREPOSITION, 0.0, language),
        _address_rule("street_english", _ENGLISH, 0.6, language),
        _address_rule("street_english_postcode", _ENGLISH_POSTAL, 0.6, language, year_ok=False),
    ]
    return [RegexRecognizer(f"AddressRecognizer_{language}", ["ADDRESS"], language, rules)]
