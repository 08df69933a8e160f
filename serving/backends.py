"""LLM backends: OpenAI-compatible vLLM endpoints and the router that picks a replica."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator, Callable, Collection
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any, Protocol

import httpx

log = logging.getLogger(__name__)

FAILURE_THRESHOLD = 3  # failed probes in a row before a reachable replica is taken out


class BackendError(Exception):
    """Base of every backend failure."""


class BackendUnavailable(BackendError):
    """No replica of the model could be reached."""


class BackendStreamBroken(BackendError):
    """A stream ended before the backend finished it."""


class BackendHTTPError(BackendError):
    """The backend answered with an error status; its body is relayed."""

    def __init__(self, status: int, body: dict[str, Any]) -> None:
        super().__init__(f"backend answered {status}")
        self.status = status
        self.body = body


class StreamChunk:
    """One SSE data payload as the backend sent it, parsed only when someone looks inside."""

    __slots__ = ("_parsed", "raw")

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self._parsed: dict[str, Any] | None = None

    @property
    def data(self) -> dict[str, Any]:
        """The payload as a dict (parsed once, on first use)."""
        if self._parsed is None:
            parsed = json.loads(self.raw)
            self._parsed = parsed if isinstance(parsed, dict) else {}
        return self._parsed

    def may_carry_usage(self) -> bool:
        """Cheap pre-check: only chunks naming `usage` need parsing for accounting."""
        return '"usage"' in self.raw


class LLMBackend(Protocol):
    """One replica that serves one model over the OpenAI chat protocol."""

    url: str
    healthy: bool
    inflight: int

    async def check_health(self) -> bool:
        """Probe the replica and update `healthy`."""
        ...

    async def chat(self, body: dict[str, Any]) -> dict[str, Any]:
        """A non-streamed chat completion."""
        ...

    def chat_stream(self, body: dict[str, Any]) -> AsyncIterator[StreamChunk]:
        """A streamed chat completion chunk by chunk; ends after the backend's [DONE]."""
        ...


class VLLMEndpoint:
    """A vLLM (or any OpenAI-compatible) server reached over HTTP."""

    def __init__(self, url: str, client: httpx.AsyncClient) -> None:
        self.url = url.rstrip("/")
        self.client = client
        self.healthy = False
        self.inflight = 0
        self.failed_probes = 0

    async def check_health(self) -> bool:
        """GET /health and update `healthy`; refused connections count at once."""
        # A busy CPU engine can answer its health check late, so slow or failed answers
        # take a reachable replica out only after several probes in a row.
        try:
            response = await self.client.get(f"{self.url}/health", timeout=5.0)
            ok = response.status_code == 200
        except (httpx.ConnectError, httpx.ConnectTimeout):
            self.failed_probes = FAILURE_THRESHOLD
            self.healthy = False
            return False
        except httpx.HTTPError:
            ok = False
        self.failed_probes = 0 if ok else self.failed_probes + 1
        self.healthy = ok or (self.healthy and self.failed_probes < FAILURE_THRESHOLD)
        return self.healthy

    async def max_model_len(self) -> int | None:
        """The context window vLLM reports in GET /v1/models (None when it says nothing)."""
        try:
            response = await self.client.get(f"{self.url}/v1/models", timeout=5.0)
            cards = response.json().get("data", []) if response.status_code == 200 else []
        except (httpx.HTTPError, ValueError):
            return None
        lengths = [int(c["max_model_len"]) for c in cards if c.get("max_model_len")]
        return min(lengths) if lengths else None

    async def chat(self, body: dict[str, Any]) -> dict[str, Any]:
        """POST /v1/chat/completions and return the parsed JSON."""
        async with self._tracked():
            try:
                response = await self.client.post(f"{self.url}/v1/chat/completions", json=body)
            except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
                self.healthy = False
                raise BackendUnavailable(f"{self.url} refused the connection") from exc
            except httpx.HTTPError as exc:
                raise BackendStreamBroken(f"{self.url} failed: {type(exc).__name__}") from exc
            return _json_or_error(response.status_code, response.content)

    async def chat_stream(self, body: dict[str, Any]) -> AsyncIterator[StreamChunk]:
        """POST a streamed chat completion and yield each SSE data payload."""
        async with self._tracked():
            try:
                async with self.client.stream(
                    "POST", f"{self.url}/v1/chat/completions", json=body
                ) as response:
                    if response.status_code != 200:
                        _json_or_error(response.status_code, await response.aread())
                    done = False
                    async for line in response.aiter_lines():
                        if not line.startswith("data:"):
                            continue
                        data = line[5:].strip()
                        if data == "[DONE]":
                            done = True
                            break
                        yield StreamChunk(data)
                    if not done:
                        raise BackendStreamBroken(f"{self.url} closed the stream early")
            except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
                self.healthy = False
                raise BackendUnavailable(f"{self.url} refused the connection") from exc
            except httpx.HTTPError as exc:
                self.healthy = False
                raise BackendStreamBroken(f"{self.url} broke off: {type(exc).__name__}") from exc

    @asynccontextmanager
    async def _tracked(self) -> AsyncIterator[None]:
        self.inflight += 1
        try:
            yield
        finally:
            self.inflight -= 1


def _json_or_error(status: int, content: bytes) -> dict[str, Any]:
    try:
        payload = json.loads(content) if content else {}
    except json.JSONDecodeError:
        payload = {}
    if status >= 400 or not isinstance(payload, dict):
        raise BackendHTTPError(status if status >= 400 else 502, payload)
    return payload


@dataclass
class ServedModel:
    """A model name the gateway routes, with what the audit log needs about it."""

    name: str
    weights_sha256: str = ""
    context_length: int | None = None
    replicas: list[LLMBackend] = field(default_factory=list)


class ModelRouter:
    """Routes a model name to its least-busy healthy replica and health-checks them all."""

    def __init__(self, health_interval_s: float = 2.0) -> None:
        self.health_interval_s = health_interval_s
        self._models: dict[str, ServedModel] = {}

    def add(self, model: ServedModel) -> None:
        """Register a model with its replicas (replacing an earlier registration)."""
        self._models[model.name] = model

    def get(self, name: str) -> ServedModel | None:
        """The served model of that name, or None."""
        return self._models.get(name)

    def models(self) -> list[ServedModel]:
        """All routed models in the configured order: the first is the installation's default."""
        return list(self._models.values())

    def answering_first(self, may_use: Callable[[str], bool]) -> tuple[list[str], list[str]]:
        """(usable model names, those with a healthy replica now), both in configured order."""
        usable = [m for m in self.models() if may_use(m.name)]
        up = [m.name for m in usable if any(r.healthy for r in m.replicas)]
        return [m.name for m in usable], up

    def pick(self, name: str, exclude: Collection[str] = ()) -> LLMBackend:
        """The healthy replica with the fewest requests in flight."""
        model = self._models[name]
        candidates = [r for r in model.replicas if r.healthy and r.url not in exclude]
        if not candidates:
            raise BackendUnavailable(f"no healthy replica serves '{name}' right now")
        return min(candidates, key=lambda replica: replica.inflight)

    def any_healthy(self) -> bool:
        """Whether at least one model has a healthy replica."""
        return any(r.healthy for m in self._models.values() for r in m.replicas)

    async def check_all(self) -> None:
        """Probe every replica once, concurrently."""
        replicas = [r for m in self._models.values() for r in m.replicas]
        await asyncio.gather(*(r.check_health() for r in replicas))
        for model in self._models.values():  # remote replicas say how much they can read
            if model.context_length is None:
                for replica in (r for r in model.replicas if r.healthy):
                    ask = getattr(replica, "max_model_len", None)
                    if ask is not None and (length := await ask()) is not None:
                        model.context_length = length
                        break

    async def run_health_checks(self) -> None:
        """Probe forever at the configured interval (cancel to stop)."""
        while True:
            try:
                await self.check_all()
            except Exception:  # a probe bug must not stop the probing
                log.exception("health check round failed")
            await asyncio.sleep(self.health_interval_s)
