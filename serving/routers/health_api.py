"""Health and metrics for operators and orchestrators."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from starlette.responses import Response

from serving.deps import State

router = APIRouter(tags=["operations"])


@router.get("/healthz")
async def healthz(state: State) -> JSONResponse:
    """200 when the gateway runs and at least one model answers, else 503."""
    healthy = [
        model.name for model in state.router.models() if any(r.healthy for r in model.replicas)
    ]
    body = {"status": "ok" if healthy else "unavailable", "models_healthy": healthy}
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
