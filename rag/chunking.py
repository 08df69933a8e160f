"""Structure-first chunking with llama-index: repair hyphenation, split on headings, then size."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
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


# Passages are small enough that one fact dominates their vector (multilingual-e5-small
# dilutes a fact in a 300-word section) and overlap so that a fact near a boundary is whole
# in one of them; each passage returns with the text around it (small-to-big) so the model
# and the person see the context. Sizes chosen on bench/retrieval_quality.py's dev split.
PASSAGE_WORDS = 120
OVERLAP_WORDS = 40
CONTEXT_CHARS = 350  # added before and after a passage in what retrieval returns
# "4.3.2 Lenkungsausschuss" alone on a line: a numbered heading in a PDF's text layer.
# Recorded per document: a change of these settings means a re-index (`reallabor reindex`).
LAYOUT = f"passages-{PASSAGE_WORDS}-{OVERLAP_WORDS}-context-{CONTEXT_CHARS}-v2"
_NUMBERED_HEADING = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+([A-ZÄÖÜ][^\n]{1,80})$")


def make_pipeline(
    chunk_words: int = PASSAGE_WORDS, overlap_words: int = OVERLAP_WORDS
) -> IngestionPipeline:
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


def _mark_headings(text: str) -> str:
    """Numbered heading lines of a PDF as Markdown headings (depth from the numbering)."""
    lines = []
    for line in text.split("\n"):
        found = _NUMBERED_HEADING.match(line.strip())
        words = len(line.split())
        if found and words <= 10 and not line.rstrip().endswith((".", ":", ",", ";")):
            depth = min(found.group(1).count(".") + 1, 4)
            line = "#" * depth + " " + line.strip()
        lines.append(line)
    return "\n".join(lines)


# A page that ends like this closes its sentence: the next page starts a stream of its own,
# so every passage stays on one page and cites it exactly.
_SENTENCE_END = re.compile(r"[.!?:;)\]»“\"|]\s*$")


@dataclass
class _Stream:
    """One text a document's passages are cut from, with the page each character is on."""

    doc: Document
    starts: list[tuple[int, int | None]]  # (offset, page) where each page begins


def join_pages(docs: list[Document]) -> list[_Stream]:
    """Consecutive pages of one PDF as one text where a sentence runs on across the page
    break (pages that end a sentence, slides and sheets stay units of their own)."""
    streams: list[_Stream] = []
    for doc in docs:
        meta = doc.metadata
        text = _mark_headings(doc.text)
        last = streams[-1] if streams else None
        paged = meta.get("type") == "pdf" and meta.get("page") is not None
        if (
            last is not None
            and paged
            and last.doc.metadata.get("file_name") == meta.get("file_name")
            and not _SENTENCE_END.search(last.doc.text)
        ):
            joined = last.doc.text.rstrip("\n") + "\n"
            last.starts.append((len(joined), meta.get("page")))
            last.doc = Document(text=joined + text, metadata=last.doc.metadata)
            continue
        first = [(0, meta.get("page"))]
        streams.append(_Stream(Document(text=text, metadata=dict(meta)), first))
    for stream in streams:
        repaired, starts = _repair_with_offsets(stream.doc.text, stream.starts)
        stream.doc = Document(text=repaired, metadata=stream.doc.metadata)
        stream.starts = starts
    return streams


def _repair_with_offsets(
    text: str, starts: list[tuple[int, int | None]]
) -> tuple[str, list[tuple[int, int | None]]]:
    """Hyphenation repaired across lines and pages, the page offsets moved along."""
    removed = [(m.start(), len(m.group(0)) - 2) for m in _HYPHEN.finditer(text)]
    moved = [(offset - sum(n for at, n in removed if at < offset), page) for offset, page in starts]
    return _HYPHEN.sub(r"\1\2", text), moved


def _page_at(starts: list[tuple[int, int | None]], offset: int) -> int | None:
    page = starts[0][1]
    for start, number in starts:
        if start > offset:
            break
        page = number
    return page


def chunk_documents(docs: list[Document], pipeline: IngestionPipeline) -> list[dict[str, Any]]:
    """Passages as dicts: text, the context around it, file, page, sheet and heading path."""
    chunks = []
    for stream in join_pages(docs):
        full = stream.doc.text
        nodes = pipeline.run(documents=[stream.doc], show_progress=False)
        previous = (-1, -1)
        for node in nodes:
            text = node.get_content().strip()
            if not text:
                continue
            at = _locate(full, text, previous)
            previous = (at, at + len(text))
            meta = node.metadata
            chunks.append(
                {
                    "text": text,
                    "context": _context(full, at, at + len(text)),
                    "start": at,  # offset in the document's text (pages joined)
                    "file": meta.get("file_name", ""),
                    "type": meta.get("type", ""),
                    "page": _page_at(stream.starts, at),
                    "sheet": meta.get("sheet"),
                    "heading": meta.get("heading", ""),
                    "date": meta.get("date"),
                }
            )
    return chunks


def _locate(full: str, text: str, previous: tuple[int, int]) -> int:
    """Where a passage starts in its stream: in the tail of the previous one when it overlaps
    it (the splitter's overlap), else the first place after it (repeated boilerplate makes
    the first match anywhere unreliable)."""
    head = text[:200]
    start, end = previous
    inside = full.rfind(head, start + 1, end + len(head))
    if inside >= 0 and start >= 0:
        return inside
    after = full.find(head, max(end, 0))
    if after >= 0:
        return after
    loose = full.find(text[:40], max(start, 0))
    return loose if loose >= 0 else max(start, 0)


def _context(full: str, start: int, end: int) -> str:
    """The passage with up to CONTEXT_CHARS before and after, cut at word boundaries."""
    before = max(0, start - CONTEXT_CHARS)
    after = min(len(full), end + CONTEXT_CHARS)
    if before > 0:
        space = full.find(" ", before, start)
        before = space + 1 if space >= 0 else start
    if after < len(full):
        space = full.rfind(" ", end, after)
        after = space if space >= 0 else end
    return full[before:after].strip()


def embedding_text(chunk: dict[str, Any]) -> str:
    """The text to embed for a chunk: its heading path, then its text without the heading line."""
    text, heading = chunk["text"], chunk.get("heading") or ""
    if not heading:
        return str(text)
    first, _, rest = text.partition("\n")
    if first.startswith("#") and rest.strip():
        text = rest.strip()
    return f"{heading}\n\n{text}"
