"""Structure-first chunking with llama-index: repair hyphenation, split on headings, then size."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from llama_index.core import Document
from llama_index.core.callbacks import CallbackManager
from llama_index.core.ingestion import IngestionPipeline
from llama_index.core.node_parser import MarkdownNodeParser, SentenceSplitter
from llama_index.core.schema import BaseNode, TransformComponent

_WORD = re.compile(r"\w+|[^\w\s]")
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)\s*")
# "Prüf-\nmittel" -> "Prüfmittel"; keeps "Schrauben- und Muttern" (next word capitalised/und).
_HYPHEN = re.compile(r"(\w)-[ \t]*\n[ \t]*([a-zäöüß])")


def count_words(text: str) -> list[str]:
    """The offline tokenizer for chunk sizes: words and punctuation (no tiktoken download)."""
    return _WORD.findall(text)


class HyphenationRepair(TransformComponent):
    """Join German words split by a hyphen at a line end."""

    @classmethod
    def class_name(cls) -> str:
        """Name used in llama-index's cache keys."""
        return "HyphenationRepair"

    def __call__(self, nodes: Sequence[BaseNode], **kwargs: Any) -> Sequence[BaseNode]:
        """Repair every node's text in place."""
        for node in nodes:
            text = node.get_content()
            repaired = _HYPHEN.sub(r"\1\2", text)
            if repaired != text:
                node.set_content(repaired)
        return nodes


class HeadingPath(TransformComponent):
    """Record each section's full heading path (parents and its own heading) as metadata."""

    @classmethod
    def class_name(cls) -> str:
        """Name used in llama-index's cache keys."""
        return "HeadingPath"

    def __call__(self, nodes: Sequence[BaseNode], **kwargs: Any) -> Sequence[BaseNode]:
        """Set `heading` on every node from MarkdownNodeParser's `header_path`."""
        for node in nodes:
            parts = [p for p in str(node.metadata.get("header_path", "")).split("/") if p]
            first = node.get_content().lstrip().split("\n", 1)[0]
            if first.startswith("#"):
                parts.append(first.lstrip("#").strip())
            node.metadata["heading"] = " > ".join(parts)
            node.excluded_embed_metadata_keys = list(node.metadata)
            node.excluded_llm_metadata_keys = list(node.metadata)
        return nodes


# 300 words and punctuation stay under multilingual-e5's 512-token window for German text; whole
# sections embed better than fragments (bench/retrieval_quality.py).
def make_pipeline(chunk_words: int = 300, overlap_words: int = 0) -> IngestionPipeline:
    """The ingestion pipeline; every component gets explicit settings (no global Settings)."""
    splitter = SentenceSplitter(
        chunk_size=chunk_words,
        chunk_overlap=overlap_words,
        tokenizer=count_words,
        chunking_tokenizer_fn=lambda text: _SENTENCE.findall(text) or [text],
        paragraph_separator="\n\n",
        include_metadata=True,
        callback_manager=CallbackManager([]),
    )
    return IngestionPipeline(
        transformations=[HyphenationRepair(), MarkdownNodeParser(), HeadingPath(), splitter],
        disable_cache=True,
    )


def chunk_documents(docs: list[Document], pipeline: IngestionPipeline) -> list[dict[str, Any]]:
    """Chunks as dicts: text plus file, page, sheet and heading path."""
    nodes = pipeline.run(documents=docs, show_progress=False)
    chunks = []
    for node in nodes:
        text = node.get_content().strip()
        if not text:
            continue
        meta = node.metadata
        chunks.append(
            {
                "text": text,
                "file": meta.get("file_name", ""),
                "type": meta.get("type", ""),
                "page": meta.get("page"),
                "sheet": meta.get("sheet"),
                "heading": meta.get("heading", ""),
                "date": meta.get("date"),
            }
        )
    return chunks


def embedding_text(chunk: dict[str, Any]) -> str:
    """The text to embed for a chunk: its heading path, then its text without the heading line."""
    text, heading = chunk["text"], chunk.get("heading") or ""
    if not heading:
        return str(text)
    first, _, rest = text.partition("\n")
    if first.startswith("#") and rest.strip():
        text = rest.strip()
    return f"{heading}\n\n{text}"
