"""An unexpected fault inside the chat pipeline still leaves its trace: an audit record, the
quota reservation settled and the in-flight gauge back at zero (engine-free, in process)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from compliance.audit import AuditRecord
from sandboxes.models import QuotaReservation
from serving.app import build_state
from serving.backends import ServedModel
from serving.chat_call import ChatCall
from serving.settings import Settings
from serving.state import GatewayState
from store.db import migrate


@pytest.fixture
def state(tmp_path: Path) -> Iterator[GatewayState]:
    settings = Settings(data_dir=tmp_path, serve_models=[])
    migrate(settings.resolved_database_url)
    gateway = build_state(settings)
    gateway.audit.ensure_head()  # what the gateway's start-up does
    gateway.router.add(ServedModel("qwen-local"))  # routed; the fault comes before any replica
    yield gateway
    gateway.index.close()
    gateway.store.dispose()


@pytest.mark.parametrize("stream", [False, True])
def test_an_unexpected_fault_is_audited_and_settles_the_quota(
    state: GatewayState, monkeypatch: pytest.MonkeyPatch, stream: bool
) -> None:
    _, key = state.tenants.create("firm-a")
    state.tenants.set_limits("firm-a", {"daily_token_quota": 100_000})
    principal = state.tenants.authenticate(key)
    assert principal is not None

    def broken_search(*args: object, **kwargs: object) -> list[object]:
        raise RuntimeError("index file vanished")  # a bug or fault no handler expects

    monkeypatch.setattr(state.retriever, "retrieve", broken_search)
    call = ChatCall.of(
        {
            "model": "qwen-local",
            "messages": [{"role": "user", "content": "Wie oft wird die Presse gewartet?"}],
            "retrieval": True,
            "stream": stream,
        }
    )
    with pytest.raises(RuntimeError):
        asyncio.run(state.chat.run(principal, call))

    with state.store.session() as session:
        records = session.scalars(select(AuditRecord).where(AuditRecord.tenant == "firm-a")).all()
        reserved = session.scalar(select(func.count()).select_from(QuotaReservation))
    assert [(r.status, r.error_code, r.model) for r in records] == [
        (500, "internal_error", "qwen-local")
    ]
    assert reserved == 0, "the quota reservation of the failed call was given back"
    assert state.metrics.inflight._value.get() == 0
    assert state.audit.verify().ok
