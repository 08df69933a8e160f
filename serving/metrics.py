"""Prometheus metrics of one gateway, in a registry of its own (no global state)."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest


class GatewayMetrics:
    """Request, token, latency and backend-health metrics."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "reallabor_requests",
            "Model calls by model and HTTP status",
            ["model", "status"],
            registry=self.registry,
        )
        self.tokens = Counter(
            "reallabor_tokens",
            "Tokens by model and kind (prompt, completion)",
            ["model", "kind"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "reallabor_request_latency_seconds",
            "Gateway latency of model calls until the last byte",
            ["model"],
            buckets=(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120),
            registry=self.registry,
        )
        self.inflight = Gauge(
            "reallabor_inflight_requests", "Model calls in flight", registry=self.registry
        )
        self.embedder_busy = Gauge(
            "reallabor_embedder_busy_seconds",
            "Seconds the embedder has spent on queries and on ingestion since start",
            ["kind"],
            registry=self.registry,
        )
        self.backend_healthy = Gauge(
            "reallabor_backend_healthy",
            "1 when the replica answers its health check",
            ["model", "url"],
            registry=self.registry,
        )

    def observe_call(
        self, model: str, status: int, seconds: float, prompt: int, completion: int
    ) -> None:
        """Count one finished model call."""
        self.requests.labels(model=model, status=str(status)).inc()
        self.latency.labels(model=model).observe(seconds)
        if prompt:
            self.tokens.labels(model=model, kind="prompt").inc(prompt)
        if completion:
            self.tokens.labels(model=model, kind="completion").inc(completion)

    def render(self) -> bytes:
        """The exposition text."""
        return generate_latest(self.registry)
