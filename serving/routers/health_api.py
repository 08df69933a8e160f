"""Health and metrics for operators and orchestrators."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from starlette.responses import Response

from serving.deps import State
from serving.engine_states import model_states

router = APIRouter(tags=["operations"])


@router.get(
    "/healthz",
    responses={503: {"description": "No model answers yet (the body says how far each start is)"}},
)
async def healthz(state: State) -> JSONResponse:
    """200 when the gateway runs and at least one model answers, else 503.

    Either way the body says per model whether it is ready or how far its start-up is
    (phase and percent), so a person or a load balancer sees "starting", not only "down".
    """
    models = model_states(state.router, state.supervisor)
    healthy = [model["name"] for model in models if model["ready"]]
    body = {
        "status": "ok" if healthy else "starting" if _starting(models) else "unavailable",
        "models_healthy": healthy,
        "models": models,
    }
    return JSONResponse(body, status_code=200 if healthy else 503)


@router.get("/metrics")
async def metrics(state: State) -> Response:
    """Prometheus exposition of the gateway's metrics."""
    for model in state.router.models():
        for replica in model.replicas:
            state.metrics.backend_healthy.labels(model=model.name, url=replica.url).set(
                1 if replica.healthy else 0
            )
    busy = getattr(state.retriever.embedder, "busy_seconds", {})
    for kind, seconds in busy.items():
        state.metrics.embedder_busy.labels(kind=kind).set(seconds)
    return Response(state.metrics.render(), media_type="text/plain; version=0.0.4")


def _starting(models: list[dict[str, object]]) -> bool:
    return any(model["phase"] not in ("ready", "unavailable") for model in models)
