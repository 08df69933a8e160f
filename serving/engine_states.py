"""Each served model's state for people: ready, or how far its engines are with starting."""

from __future__ import annotations

from typing import Any

from serving.backends import ModelRouter
from serving.supervisor import EngineSupervisor


def model_states(router: ModelRouter, supervisor: EngineSupervisor | None) -> list[dict[str, Any]]:
    """Per model: ready or not, and for a model not ready the most advanced local start-up."""
    states = []
    for model in router.models():
        ready = sum(1 for replica in model.replicas if replica.healthy)
        entry: dict[str, Any] = {
            "name": model.name,
            "ready": bool(ready),
            "replicas": len(model.replicas),
            "replicas_ready": ready,
            "phase": "ready" if ready else "unavailable",
            "percent": 100 if ready else 0,
            "elapsed_s": 0,
        }
        if not ready and supervisor is not None:
            starting = [
                progress
                for replica in model.replicas
                if (progress := supervisor.progress(replica.url)) is not None
            ]
            if starting:
                best = max(starting, key=lambda progress: progress.fraction)
                entry.update(best.as_dict())
        states.append(entry)
    return states
