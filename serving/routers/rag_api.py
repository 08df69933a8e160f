"""Documents, retrieval and embeddings of the caller's tenant."""

from __future__ import annotations

import base64
from typing import Annotated, Any, Literal

import anyio
import numpy as np
from fastapi import APIRouter, Depends, UploadFile
from pydantic import BaseModel, Field

from rag.retrieval import retrieval_summary
from rag.vector_index import FilterValue
from sandboxes.principal import Principal
from sandboxes.roles import Permission
from serving.api_models import (
    Document,
    DocumentDeletion,
    DocumentList,
    EmbeddingList,
    RetrieveResponse,
    UploadResults,
)
from serving.deps import State, json_body, json_body_schema, permitted
from serving.errors import ERROR_RESPONSES, APIError

router = APIRouter(prefix="/v1", tags=["documents"], responses=ERROR_RESPONSES)
Reader = Annotated[Principal, Depends(permitted(Permission.DOCUMENTS_READ))]
Writer = Annotated[Principal, Depends(permitted(Permission.DOCUMENTS_WRITE))]


class RetrieveRequest(BaseModel):
    """POST /v1/retrieve."""

    query: str = Field(min_length=1, max_length=4000)
    top_k: int = Field(5, ge=1, le=50)
    filters: dict[str, FilterValue] | None = None
    mode: Literal["hybrid", "dense", "bm25"] | None = None  # None: the installation default


class EmbeddingRequest(BaseModel):
    """POST /v1/embeddings (OpenAI format; `input_type` chooses E5's query or passage form)."""

    input: str | list[str]
    model: str | None = None  # the configured embedder's model id; omitted means that one
    input_type: Literal["passage", "query"] = "passage"
    encoding_format: Literal["float", "base64"] = "float"


@router.post("/documents", status_code=202, response_model=UploadResults)
async def upload_documents(
    files: list[UploadFile], state: State, principal: Writer
) -> dict[str, Any]:
    """Upload one or more files; each is queued, skipped as unchanged, or rejected on its own."""
    results = []
    for upload in files:
        data = await upload.read(state.settings.max_upload_bytes + 1)
        results.append(
            await anyio.to_thread.run_sync(
                state.ingestion.submit,
                principal.tenant_id,
                principal.tenant_name,
                upload.filename or "",
                data,
            )
        )
    return {"object": "list", "data": results}


@router.get("/documents", response_model=DocumentList)
async def list_documents(state: State, principal: Reader) -> dict[str, Any]:
    """The tenant's documents with status and progress."""
    return {
        "object": "list",
        "data": await anyio.to_thread.run_sync(state.ingestion.list, principal.tenant_id),
    }


@router.post("/documents/selftest", status_code=202)
async def start_selftest(state: State, principal: Reader) -> dict[str, Any]:
    """Start "Funktioniert die Suche mit meinen Dokumenten?" in the background."""
    return await anyio.to_thread.run_sync(
        state.selftests.start, principal.tenant_id, principal.tenant_name
    )


@router.get("/documents/selftest")
async def selftest_status(state: State, principal: Reader) -> dict[str, Any]:
    """The running self-test's progress, or the last result."""
    return await anyio.to_thread.run_sync(state.selftests.status, principal.tenant_id)


@router.get("/documents/{doc_id}", response_model=Document)
async def get_document(doc_id: str, state: State, principal: Reader) -> dict[str, Any]:
    """One document with its ingestion progress."""
    return await anyio.to_thread.run_sync(state.ingestion.get, principal.tenant_id, doc_id)


@router.delete("/documents/{doc_id}", response_model=DocumentDeletion)
async def delete_document(doc_id: str, state: State, principal: Writer) -> dict[str, Any]:
    """Delete a document's file, chunks and vectors; the counts say what was removed."""
    return await anyio.to_thread.run_sync(
        state.ingestion.delete, principal.tenant_name, doc_id, principal.tenant_id
    )


@router.post(
    "/retrieve", response_model=RetrieveResponse, openapi_extra=json_body_schema(RetrieveRequest)
)
async def retrieve(
    principal: Reader,
    request: Annotated[RetrieveRequest, Depends(json_body(RetrieveRequest))],
    state: State,
) -> dict[str, Any]:
    """The tenant's best chunks for a query, with file, page and score (rate-limited, audited)."""
    async with state.doors.enter(principal, "retrieve") as door:
        (query,) = await state.doors.leaving(door, [request.query])
        try:
            sources = await anyio.to_thread.run_sync(
                lambda: state.retriever.retrieve(
                    principal.tenant_name,
                    query,
                    request.top_k,
                    request.filters,
                    request.mode,
                )
            )
        except ValueError as exc:
            raise APIError(400, str(exc), code="invalid_filter", param="filters") from exc
        door.details = retrieval_summary(sources)
    return {"object": "list", "results": [source.as_dict() for source in sources]}


@router.post(
    "/embeddings", response_model=EmbeddingList, openapi_extra=json_body_schema(EmbeddingRequest)
)
async def embeddings(
    principal: Reader,
    request: Annotated[EmbeddingRequest, Depends(json_body(EmbeddingRequest))],
    state: State,
) -> dict[str, Any]:
    """Embeddings in the OpenAI format from the configured embedder (rate-limited, audited)."""
    embedder = state.retriever.embedder
    async with state.doors.enter(principal, "embeddings", embedder.model_id) as door:
        if request.model not in (None, embedder.model_id):
            raise APIError(
                404,
                f"The embedding model '{request.model}' does not exist; use '{embedder.model_id}'.",
                code="model_not_found",
            )
        texts = [request.input] if isinstance(request.input, str) else request.input
        if not texts or len(texts) > 256 or any(not t for t in texts):
            raise APIError(400, "input must be 1 to 256 non-empty strings", param="input")
        texts = await state.doors.leaving(door, texts)

        def embed() -> Any:
            if request.input_type == "query":
                return [embedder.embed_query(t) for t in texts]
            return embedder.embed_passages(texts)

        vectors = await anyio.to_thread.run_sync(embed)
        door.prompt_tokens = tokens = sum(len(t.split()) for t in texts)
        door.details = {"inputs": len(texts), "input_type": request.input_type}
    data = [
        {"object": "embedding", "index": i, "embedding": _encode(vector, request.encoding_format)}
        for i, vector in enumerate(vectors)
    ]
    return {
        "object": "list",
        "data": data,
        "model": embedder.model_id,
        "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
    }


def _encode(vector: Any, encoding: str) -> list[float] | str:
    """Floats, or OpenAI's base64 of little-endian float32 (what the SDK asks for)."""
    array = np.asarray(vector, dtype="<f4")
    if encoding == "base64":
        return base64.b64encode(array.tobytes()).decode("ascii")
    return [float(x) for x in array]
