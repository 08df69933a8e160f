"""`reallabor up`: prepare the data dir, start the engines and serve the gateway."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import uvicorn

from compliance.audit import AuditLog
from serving.app import build_state, create_app
from serving.model_registry import ModelRegistry
from serving.packaged_models import CATALOGUE
from serving.settings import Settings
from serving.state import GatewayState
from serving.supervisor import EngineSpec, EngineSupervisor, free_port
from store.db import Store, migrate

log = logging.getLogger("reallabor")


class GatewayServer(uvicorn.Server):
    """uvicorn's server, except that a SIGINT/SIGTERM ends in a clean exit (code 0)."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        """Route SIGINT/SIGTERM to a graceful shutdown, without re-raising them afterwards."""
        # uvicorn re-raises the signal after shutdown, which would kill the process before
        # `serve()` removes the runtime file; engines are stopped by the app's lifespan.
        handled = (signal.SIGINT, signal.SIGTERM)
        original = {sig: signal.signal(sig, self.handle_exit) for sig in handled}
        try:
            yield
        finally:
            for sig, handler in original.items():
                signal.signal(sig, handler)


def configure_logging(settings: Settings) -> None:
    """Log to stderr and to the data dir's gateway log (ids and counts only, never text)."""
    settings.logs_dir.mkdir(parents=True, exist_ok=True)
    handlers: list[logging.Handler] = [
        logging.StreamHandler(),
        logging.FileHandler(settings.logs_dir / "gateway.log", encoding="utf-8"),
    ]
    logging.basicConfig(
        level=settings.log_level,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        handlers=handlers,
        force=True,
    )


def prepare(settings: Settings) -> list[EngineSpec]:
    """Create the data dir, migrate the database, register local models; return engine specs."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    migrate(settings.resolved_database_url)
    store = Store.from_url(settings.resolved_database_url)
    try:
        AuditLog(store).ensure_head()
        registry = ModelRegistry(store, settings.models_dir, settings.vllm_python)
        specs = []
        for index, name in enumerate(settings.serve_models):
            if name in CATALOGUE:
                record = registry.ensure_packaged(CATALOGUE[name])
            else:
                found = registry.get(name)
                if found is None:
                    raise SystemExit(
                        f"model '{name}' is not registered: import it first "
                        "(reallabor models import PATH --name NAME)"
                    )
                record = found
            context = record["context_length"] or settings.vllm_max_model_len
            port = settings.vllm_base_port + index if settings.vllm_base_port else free_port()
            specs.append(
                EngineSpec(
                    model=name,
                    path=Path(record["path"]),
                    port=port,
                    max_model_len=min(settings.vllm_max_model_len, context),
                    replica=settings.serve_models[:index].count(name),
                )
            )
        return specs
    finally:
        store.dispose()


def write_runtime(settings: Settings, url: str) -> None:
    """Tell CLI clients where the server listens."""
    payload = {"url": url, "pid": os.getpid(), "started_at": time.time()}
    settings.runtime_file.write_text(json.dumps(payload), encoding="utf-8")


async def serve(settings: Settings) -> None:
    """Run engines and gateway until SIGINT/SIGTERM, then stop the engines."""
    started = time.monotonic()
    specs = prepare(settings)
    supervisor = EngineSupervisor(settings, specs)
    # The engines start first: they need minutes, the gateway's own set-up seconds, and the
    # gateway answers (with the engines' progress) while they finish.
    supervisor.spawn_all()
    try:
        state = build_state(settings, specs)
    except BaseException:
        await supervisor.stop()
        raise
    app = create_app(state, supervisor)
    config = uvicorn.Config(
        app,
        host=settings.host,
        port=settings.port,
        log_config=None,
        access_log=False,
        timeout_graceful_shutdown=10,
    )
    server = GatewayServer(config)
    runtime_task = asyncio.create_task(_announce(server, settings, state, started))
    try:
        await server.serve()
    finally:
        runtime_task.cancel()
        with contextlib.suppress(FileNotFoundError):
            settings.runtime_file.unlink()


async def _announce(
    server: uvicorn.Server, settings: Settings, state: GatewayState, started: float
) -> None:
    while not server.started:  # noqa: ASYNC110 - uvicorn offers a flag, no event
        await asyncio.sleep(0.05)
    port = settings.port
    if port == 0 and server.servers:
        port = server.servers[0].sockets[0].getsockname()[1]
    url = f"http://{settings.host}:{port}"
    state.public_url = url
    write_runtime(settings, url)
    log.info("gateway listening on %s (data dir %s)", url, settings.data_dir.resolve())
    while not state.router.any_healthy():  # noqa: ASYNC110 - set by the health checks
        await asyncio.sleep(0.5)
    log.info("first model healthy after %.1f s", time.monotonic() - started)


def run(settings: Settings) -> None:
    """Blocking entry point of `reallabor up`."""
    configure_logging(settings)
    asyncio.run(serve(settings))


def run_worker(settings: Settings) -> None:
    """`reallabor worker`: an ingestion worker of its own, fed by the database queue."""
    if not settings.qdrant_url:
        raise SystemExit(
            "an ingestion worker needs a Qdrant server (REALLABOR_QDRANT_URL): the embedded "
            "index belongs to the gateway's process"
        )
    configure_logging(settings)
    migrate(settings.resolved_database_url)
    state = build_state(settings)
    log.info("ingestion worker started (queue: %s)", state.store.dialect)
    try:
        asyncio.run(state.ingestion.run_queue_worker())
    except KeyboardInterrupt:
        pass
    finally:
        state.index.close()
        state.store.dispose()
