"""Person-name recognizer: German first, English second, through the real Presidio analyzer."""

from __future__ import annotations

import pytest
from presidio_analyzer import AnalyzerEngine

from compliance.pii.engine import build_analyzer
from compliance.pii.recognizers_person import (
    NameNer,
    PersonRecognizer,
    SpacyNameNer,
    find_person_spans,
    person_recognizers,
)

THRESHOLD = 0.5


@pytest.fixture(scope="module")
def analyzer_de() -> AnalyzerEngine:
    """The analyzer with only the German person recognizers."""
    return build_analyzer(person_recognizers("de"), languages=["de"])


@pytest.fixture(scope="module")
def analyzer_en() -> AnalyzerEngine:
    """The analyzer with only the English person recognizers."""
    return build_analyzer(person_recognizers("en"), languages=["en"])


def names(analyzer: AnalyzerEngine, text: str, language: str = "de") -> list[str]:
    """The PERSON substrings found at the evaluation threshold, in text order."""
    results = analyzer.analyze(text, language=language, score_threshold=THRESHOLD)
    persons = sorted((r for r in results if r.entity_type == "PERSON"), key=lambda r: r.start)
    return [text[r.start : r.end] for r in persons]


SALUTATIONS = [
    ("Sehr geehrter Herr Dr. Thomas Müller,\nvielen Dank.", ["Thomas Müller"]),
    ("Frau Yilmaz hat angerufen.", ["Yilmaz"]),
    ("Bitte Herrn Wojciechowski informieren.", ["Wojciechowski"]),
    ("Frau Prof. Dr. Anna Schmidt-Weber kommt morgen.", ["Anna Schmidt-Weber"]),
    ("Termin mit Hr. Baumann und Fr. Lorenz am Mittwoch.", ["Baumann", "Lorenz"]),
    ("Herr von der Heide und Herr van Dijk sind da.", ["von der Heide", "van Dijk"]),
    ("Frau de la Cruz und Frau Oyelaran-Smith kommen.", ["de la Cruz", "Oyelaran-Smith"]),
    ("Frau Nguyen und Herr Ivanov sind im Homeoffice.", ["Nguyen", "Ivanov"]),
    (
        "Frau Koch, Herr Becker, Herr Schmied und Frau Sommer.",
        ["Koch", "Becker", "Schmied", "Sommer"],
    ),
    ("Unterlagen für Herrn Dipl.-Ing. Markus Feld.", ["Markus Feld"]),
    ("Auditorin ist Frau Mag. Eva Gruber vom TÜV.", ["Eva Gruber"]),
    ("Nach Rücksprache mit Dr. Weiß wird erhöht.", ["Weiß"]),
    ("Hallo Frau Koch, hallo Herr Sommer,\ndie Schulung beginnt.", ["Koch", "Sommer"]),
    ("Zuständig ist Frau Meyer-Landrut.", ["Meyer-Landrut"]),
    ("Bitte an Mr. Jürgen Klopp weiterleiten.", ["Jürgen Klopp"]),
    ("Vorgang von Frau Nguyen Thi Lan.", ["Nguyen Thi Lan"]),
    ("Herrn\nDr. Oyelaran\nMusterstraße 5\n09111 Chemnitz", ["Oyelaran"]),
    ("Sehr geehrter Herr Dr. Stabel Juvendor,\nanbei das Angebot.", ["Stabel Juvendor"]),
    ("Bitte an Herrn Kaloka weiterleiten.", ["Kaloka"]),
    ("Sehr geehrte Frau May,", ["May"]),
]

GAZETTEER = [
    ("Thomas Müller hat die Teile geprüft.", ["Thomas Müller"]),
    ("Jonas Wojciechowski übernimmt die Schicht.", ["Jonas Wojciechowski"]),
    (
        "Hans-Peter Oyelaran und Anna-Lena Brückner sind neu.",
        ["Hans-Peter Oyelaran", "Anna-Lena Brückner"],
    ),
    ("Die Zahlung an Ahmad Karimi wurde freigegeben.", ["Ahmad Karimi"]),
    ("İbrahim Öztürk ist neuer Schichtführer.", ["İbrahim Öztürk"]),
    ("Wir haben Anna von Berg eingestellt.", ["Anna von Berg"]),
    ("Müller, Thomas\nEinkauf", ["Müller, Thomas"]),
    ("Angebot geprüft von T. Krüger.", ["T. Krüger"]),
    ("Kannst du das bitte an Jonas weitergeben?", ["Jonas"]),
    ("Das hat Köhler gestern schon erledigt.", ["Köhler"]),
    ("Das hat Wiśniewska bestätigt.", ["Wiśniewska"]),
    ("Mai Nguyen hat angerufen.", ["Mai Nguyen"]),
    ("Urlaub: Natalia Wójcik, danach wieder Peter Hahn.", ["Natalia Wójcik", "Peter Hahn"]),
]

GREETINGS_AND_SIGNOFFS = [
    ("Hallo Jonas,\nkannst du mir die Zeichnung schicken?", ["Jonas"]),
    ("Hi Mia, alles klar?", ["Mia"]),
    ("Liebe Petra, lieber Ömer,\nherzlichen Glückwunsch!", ["Petra", "Ömer"]),
    ("Moin Kai,\nder LKW kommt später.", ["Kai"]),
    ("Servus Sepp, passt scho.", ["Sepp"]),
    ("Hey Jolanda, kommst du?", ["Jolanda"]),
    ("Danke, Mia!", ["Mia"]),
    ("Danke für die Info.\nGruß\nKerstin", ["Kerstin"]),
    ("Viele Grüße\nJan", ["Jan"]),
    ("Alles erledigt. LG Tom", ["Tom"]),
    ("Bis dann. VG, Sandra", ["Sandra"]),
    ("Mit freundlichen Grüßen\n\nDr. Thomas Müller\nLeiter Einkauf", ["Thomas Müller"]),
    ("Beste Grüße, Ihr Markus Lang", ["Markus Lang"]),
    ("Mit freundlichen Grüßen\ni.A. Petra Schulz\nAssistenz", ["Petra Schulz"]),
    ("hi jonas, kannst du kurz schauen?", ["jonas"]),
    ("Meld dich mal wegen Freitag. Basti", ["Basti"]),
    ("Hallo Jonas und Mia,\nanbei der Plan.", ["Jonas", "Mia"]),
]

ROLES = [
    ("Ansprechpartnerin: Petra Schulz, Tel. 0371 445566", ["Petra Schulz"]),
    ("Kontakt: Frau Weber", ["Weber"]),
    ("Verantwortlich: Wojciechowski", ["Wojciechowski"]),
    ("Erstellt von: A. Neumann", ["A. Neumann"]),
    ("erstellt von Jolanda Przybyszewska", ["Jolanda Przybyszewska"]),
    ("gez. Müller", ["Müller"]),
    ("Kollege Schäfer hat die Stückliste aktualisiert.", ["Schäfer"]),
    ("Mitarbeiter: Nguyen Van Minh\nAbteilung: Logistik", ["Nguyen Van Minh"]),
    ("Teilnehmer: Jonas Becker, Anna Schulz, Herr Weber", ["Jonas Becker", "Anna Schulz", "Weber"]),
    ("Sachbearbeiter: Okonjo", ["Okonjo"]),
    ("Ansprechpartner*in: Oyelaran", ["Oyelaran"]),
    ("Laut Herrn Fischer läuft die Anlage.", ["Fischer"]),
    ("Ansprechpartner: Tani Koerner", ["Tani Koerner"]),
    ("Geprüft: Kowalczyk 12.03.", ["Kowalczyk"]),
    ("MA Wojtek hat Teil 4711 nachgearbeitet.", ["Wojtek"]),
    ("Von: Schmidt, Andreas <andreas.schmidt@kessler-zt.de>", ["Schmidt, Andreas"]),
]

NEGATIVES = [
    "Hallo Team,\ndas Meeting wird verschoben.",
    "Liebe Kolleginnen und Kollegen,\nam Montag ist Inventur.",
    "Gruß aus dem Werk Leipzig",
    "Hallo zusammen, danke für eure Hilfe!",
    "Die Müller Präzisionsteile GmbH liefert am Montag.",
    "Die Firma Schneider & Söhne KG liefert die Paletten.",
    "Die Schmitz Logistik GmbH wurde mit A bewertet.",
    "Im Sommer kocht der Koch der Kantine.",
    "Ende Mai ist Halle 3 geschlossen.",
    "Im Werk Leipzig läuft Linie 2 wieder.",
    "Die Maschine wird am 3. August gewartet, im Juli nicht.",
    "Bitte frankieren Sie den Brief ausreichend.",
    "Viele Grüße\nEure Geschäftsleitung",
    "Mit freundlichen Grüßen\nEinkauf\nKessler Zerspanungstechnik GmbH",
    "Hallo Einkauf, bitte die Bestellung prüfen.",
    "Protokoll Schichtübergabe Nachtschicht 12.03.",
    "Die Lieferung an Porsche in Zuffenhausen erfolgt über die Spedition.",
    "Der Kunde Daimler Truck hat die Muster zurückgeschickt.",
    "Kontakt: einkauf@kessler-zt.de",
    "Mail an thomas.mueller@firma.de wurde zugestellt.",
    "Die Bremse vom Typ Max 5 ist verbaut. Max = 40 Nm, Min = 20 Nm.",
    "Nächste Woche ist Betriebsversammlung in der Kantine.",
    "Die Robert-Bosch-Straße ist gesperrt.",
    "Ansprechpartner: Einkauf / Logistik",
    "Hallo QS-Team, anbei die Messwerte.",
    "Danke Dir! Bis morgen.",
    "Der Seat Leon wird als Poolfahrzeug genutzt.",
    "Kunde: Bosch Rexroth AG",
    "Ansprechpartner: Vertriebsinnendienst",
    "Fr. Nachmittag ist die Kantine geschlossen, Mo.–Fr. Frühschicht ab 6 Uhr.",
    "Hallo Schatz, bin gleich zuhause.",
    "Die Lieferung aus Rio de Janeiro kommt über San Francisco.",
    "Die Teile von Robert Bosch GmbH und Carl Zeiss AG sind eingetroffen.",
    "Bitte Rechnung an Kessler Zerspanungstechnik, Abteilung Buchhaltung.",
    "Laut Datenblatt beträgt die maximale Temperatur 120 °C.",
]


@pytest.mark.parametrize(("text", "expected"), SALUTATIONS)
def test_salutations_and_titles(
    analyzer_de: AnalyzerEngine, text: str, expected: list[str]
) -> None:
    """Salutation and title chains: the span is the name without them."""
    assert names(analyzer_de, text) == expected


@pytest.mark.parametrize(("text", "expected"), GAZETTEER)
def test_name_lists(analyzer_de: AnalyzerEngine, text: str, expected: list[str]) -> None:
    """Known first name + (unknown) surname, surname lists and surname-shaped words."""
    assert names(analyzer_de, text) == expected


@pytest.mark.parametrize(("text", "expected"), GREETINGS_AND_SIGNOFFS)
def test_greetings_and_signoffs(
    analyzer_de: AnalyzerEngine, text: str, expected: list[str]
) -> None:
    """First names after greetings and around sign-offs, also in lower-case chat."""
    assert names(analyzer_de, text) == expected


@pytest.mark.parametrize(("text", "expected"), ROLES)
def test_role_context(analyzer_de: AnalyzerEngine, text: str, expected: list[str]) -> None:
    """Names after role words, including unlisted surnames and lists of names."""
    assert names(analyzer_de, text) == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_a_person(analyzer_de: AnalyzerEngine, text: str) -> None:
    """Nouns, companies, places, months, products and mail addresses are no persons."""
    assert names(analyzer_de, text) == []


def test_lowercase_chat_without_greeting(analyzer_de: AnalyzerEngine) -> None:
    """A lower-case chat: listed first names count, words that are also names do not."""
    assert names(analyzer_de, "frag mal tobi, der weiß das") == ["tobi"]
    assert names(analyzer_de, "das ist rosa und nicht mark") == []


def test_scores_reflect_evidence() -> None:
    """Salutations score high, a known first name with unknown surname medium, a lone name low."""
    text = "Herr Müller und Jonas Przybyszewski sprachen mit Jonas."
    scores = {text[s.start : s.end]: s.score for s in find_person_spans(text, "de")}
    assert scores["Müller"] >= 0.9
    assert 0.55 <= scores["Jonas Przybyszewski"] <= 0.9
    assert 0.5 <= scores["Jonas"] < 0.7


def test_english(analyzer_en: AnalyzerEngine) -> None:
    """English salutations, greetings, sign-offs, roles and possessives."""
    text = (
        "Dear Mr. Smith,\nplease contact Jane Miller in purchasing. John's report is attached.\n"
        "Action items assigned to Tom Baker.\nBest regards,\nJohn O'Connor"
    )
    assert names(analyzer_en, text, "en") == [
        "Smith",
        "Jane Miller",
        "John",
        "Tom Baker",
        "John O'Connor",
    ]
    assert names(analyzer_en, "Hi Sarah, thanks! Mike", "en") == ["Sarah", "Mike"]
    assert names(analyzer_en, "The press was delivered by Schuler AG in May.", "en") == []


def test_other_entities_are_ignored() -> None:
    """The recognizer answers only when PERSON is asked for."""
    recognizer = PersonRecognizer("de")
    assert recognizer.analyze("Herr Müller", entities=["EMAIL_ADDRESS"]) == []
    assert [r.entity_type for r in recognizer.analyze("Herr Müller", entities=["PERSON"])] == [
        "PERSON"
    ]


def test_unsupported_language() -> None:
    """Only German and English are supported."""
    with pytest.raises(ValueError, match="unsupported language"):
        person_recognizers("fr")


class FakeNer:
    """A stand-in NER stage for the merge tests: returns fixed spans, knows no language."""

    def __init__(self, spans: list[tuple[int, int, float]]) -> None:
        """Remember the spans to return."""
        self.spans = spans

    def names(self, text: str, language: str) -> list[tuple[int, int, float]]:
        """The fixed spans."""
        return self.spans


def test_ner_spans_are_merged() -> None:
    """NER-only names join, overlaps keep the rule span, salutations are trimmed off."""
    text = "Herr Müller traf Zhiwen Okafor bei der Müller GmbH."
    zhiwen = text.index("Zhiwen Okafor")
    fake = FakeNer(
        [
            (0, 11, 0.85),  # "Herr Müller": trimmed to "Müller", overlaps the rule span
            (zhiwen, zhiwen + 13, 0.8),  # unknown to the lists: added by the NER stage
            (text.index("Müller GmbH"), text.index(" GmbH"), 0.7),  # a company: dropped
        ]
    )
    assert isinstance(fake, NameNer)
    analyzer = build_analyzer(person_recognizers("de", ner=fake), languages=["de"])
    assert names(analyzer, text) == ["Müller", "Zhiwen Okafor"]


def test_spacy_ner_fails_clearly_without_model() -> None:
    """A missing spaCy pipeline is reported, never downloaded."""
    with pytest.raises(RuntimeError, match="not installed"):
        SpacyNameNer("de_core_news_does_not_exist")
