"""Response models of Reallabor's own tenant routes (documents, retrieval, embeddings, PII),
so the OpenAPI spec tells clients and fuzzers what each route returns. Extra fields pass
through: a model names what clients may rely on, not everything a response carries."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class DocumentProgress(_Open):
    """How far the ingestion of a document is."""

    chunks_done: int
    chunks_total: int


class Document(_Open):
    """One document of the tenant with its ingestion state."""

    id: str
    object: Literal["document"] = "document"
    filename: str
    sha256: str
    type: str
    size: int
    status: str  # queued, processing, ready, failed
    error: str | None = None
    error_code: str | None = None
    progress: DocumentProgress
    flagged_chunks: int = 0
    pii_counts: dict[str, int] = {}
    created_at: str | None = None


class DocumentList(_Open):
    """GET /v1/documents."""

    object: Literal["list"] = "list"
    data: list[Document]


class UploadResult(_Open):
    """The outcome of one uploaded file: queued, unchanged or rejected (with the reason)."""

    file: str
    status: Literal["queued", "unchanged", "rejected"]
    error: str | None = None
    error_code: str | None = None
    document: Document | None = None


class UploadResults(_Open):
    """POST /v1/documents: one result per file; a bad file never sinks the batch."""

    object: Literal["list"] = "list"
    data: list[UploadResult]


class DocumentDeletion(_Open):
    """DELETE /v1/documents/{id}: what was removed and what the on-disk check found."""

    id: str
    deleted: bool
    removed: dict[str, int]
    remaining: int
    on_disk: dict[str, Any] = {}


class RetrievedChunk(_Open):
    """One retrieved chunk with its citation fields."""

    index: int
    document_id: str
    source: str
    page: int | None = None
    sheet: str | None = None
    heading: str = ""
    date: str | None = None
    text: str
    score: float
    injection_suspected: bool


class RetrieveResponse(_Open):
    """POST /v1/retrieve."""

    object: Literal["list"] = "list"
    results: list[RetrievedChunk]


class Embedding(_Open):
    """One vector, as floats or OpenAI's base64 of little-endian float32."""

    object: Literal["embedding"] = "embedding"
    index: int
    embedding: list[float] | str


class EmbeddingUsage(_Open):
    """Tokens counted for an embeddings call."""

    prompt_tokens: int
    total_tokens: int


class EmbeddingList(_Open):
    """POST /v1/embeddings (OpenAI's format)."""

    object: Literal["list"] = "list"
    data: list[Embedding]
    model: str
    usage: EmbeddingUsage


class PiiPolicyView(_Open):
    """GET/PUT /v1/pii/policy: the tenant's policy as the gateway applies it."""

    tenant: str
    policy: dict[str, Any]


class PiiPreview(_Open):
    """POST /v1/pii/preview: the text as a model would receive it."""

    entities: list[dict[str, Any]]
    redacted: str
    receipt: dict[str, Any]
    blocked: list[str]


class ChatCompletion(_Open):
    """A non-streamed chat completion (OpenAI's format) with Reallabor's additions: `sources`
    when documents were used, `pii_receipt`, and `ai_generated` (AI Act Art. 50(2))."""

    id: str
    object: Literal["chat.completion"] = "chat.completion"
    created: int
    model: str
    choices: list[dict[str, Any]]
    usage: dict[str, Any] | None = None
    sources: list[RetrievedChunk] | None = None
    pii_receipt: dict[str, Any] | None = None
    ai_generated: dict[str, str]
