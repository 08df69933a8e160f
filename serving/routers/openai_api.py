"""OpenAI-compatible routes: /v1/models and /v1/chat/completions."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends
from starlette.responses import Response

from serving.api_models import ChatCompletion
from serving.chat_call import ChatCall
from serving.deps import State, TenantPrincipal, json_body, json_body_schema
from serving.errors import ERROR_RESPONSES
from serving.openai_chat import chat_response
from serving.packaged_models import CATALOGUE
from serving.protocol import ChatCompletionRequest, ModelCard, ModelList

router = APIRouter(prefix="/v1", tags=["openai"], responses=ERROR_RESPONSES)

_COMPLETION: dict[int | str, dict[str, Any]] = {
    200: {
        "model": ChatCompletion,
        "description": "The completion as JSON, or with `stream: true` server-sent events "
        "of `chat.completion.chunk` objects ending in `data: [DONE]`.",
        "content": {"text/event-stream": {"schema": {"type": "string"}}},
    },
    **ERROR_RESPONSES,
}


@router.get("/models", response_model=ModelList)
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
    responses=_COMPLETION,
    openapi_extra=json_body_schema(ChatCompletionRequest),
)
async def create_chat_completion(
    principal: TenantPrincipal,
    request: Annotated[ChatCompletionRequest, Depends(json_body(ChatCompletionRequest))],
    state: State,
) -> Response:
    """Chat with a model, streamed (SSE) or not (the pipeline checks the CHAT permission)."""
    return chat_response(await state.chat.run(principal, ChatCall(request)))
