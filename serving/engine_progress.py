"""How far a starting vLLM engine has come, read from the lines of its own log."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

# (phase reached, share of the start-up done once its line appears), in start-up order.
PHASES: tuple[tuple[str, str, float], ...] = (
    ("engine", r"Initializing a V1 LLM engine", 0.25),
    ("weights", r"Loading weights took|Model loading took", 0.55),
    ("compiling", r"Warming up model for the compilation|Compiling a graph", 0.65),
    ("kv_cache", r"init engine \(profile, create kv cache, warmup model\) took", 0.85),
    ("api", r"Starting vLLM API server|Application startup complete", 0.95),
)
TAIL_BYTES = 256 * 1024


@dataclass(frozen=True)
class EngineProgress:
    """One engine's start-up: the last phase reached and the share done (0..1)."""

    phase: str
    fraction: float
    elapsed_s: float

    def as_dict(self) -> dict[str, object]:
        """JSON view for /healthz and the UI."""
        return {
            "phase": self.phase,
            "percent": round(self.fraction * 100),
            "elapsed_s": round(self.elapsed_s),
        }


def read_progress(log_path: Path, offset: int, elapsed_s: float) -> EngineProgress:
    """The phase an engine reached, from its log written since `offset` (this start)."""
    phase, fraction = "process", 0.05
    try:
        with log_path.open("rb") as handle:
            handle.seek(max(offset, handle.seek(0, 2) - TAIL_BYTES))
            text = handle.read().decode("utf-8", errors="replace")
    except FileNotFoundError:
        return EngineProgress(phase, fraction, elapsed_s)
    for name, pattern, share in PHASES:
        if re.search(pattern, text):
            phase, fraction = name, share
    return EngineProgress(phase, fraction, elapsed_s)
