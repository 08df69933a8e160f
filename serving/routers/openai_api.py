"""OpenAI-compatible routes: /v1/models and /v1/chat/completions."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from starlette.responses import Response

from serving.chat_call import ChatCall
from serving.deps import State, TenantPrincipal, json_body, json_body_schema
from serving.openai_chat import chat_response
from serving.packaged_models import CATALOGUE
from serving.protocol import ChatCompletionRequest, ErrorResponse, ModelCard, ModelList

router = APIRouter(prefix="/v1", tags=["openai"])

_ERRORS: dict[int | str, dict[str, object]] = {
    code: {"model": ErrorResponse} for code in (400, 401, 403, 404, 413, 429, 502, 503)
}


@router.get("/models", response_model=ModelList, responses=_ERRORS)
async def list_models(state: State, principal: TenantPrincipal) -> ModelList:
    """The models this tenant may call."""
    cards = []
    for model in state.router.models():
        if not principal.may_use(model.name):
            continue
        packaged = CATALOGUE.get(model.name)
        cards.append(
            ModelCard(
                id=model.name,
                max_model_len=model.context_length,
                languages=list(packaged.languages) if packaged else None,
                parameters_b=packaged.parameters_b if packaged else None,
                license=packaged.license if packaged else None,
            )
        )
    return ModelList(data=cards)


@router.post(
    "/chat/completions",
    responses=_ERRORS,
    openapi_extra=json_body_schema(ChatCompletionRequest),
)
async def create_chat_completion(
    principal: TenantPrincipal,
    request: Annotated[ChatCompletionRequest, Depends(json_body(ChatCompletionRequest))],
    state: State,
) -> Response:
    """Chat with a model, streamed (SSE) or not (the pipeline checks the CHAT permission)."""
    return chat_response(await state.chat.run(principal, ChatCall(request)))
