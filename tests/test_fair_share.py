"""Fair sharing between firms: in-flight limits, fair queueing, bounded waits, and questions
that never wait behind another firm's ingestion (engine-free parts; the live 429 is in
tests/test_chat_api.py)."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest
from prometheus_client import CollectorRegistry

from serving.app import build_state
from serving.fair_share import FairShare, FairShareMetrics, Share, TenantBusy
from serving.settings import Settings
from store.db import migrate


def gate(capacity: int, calls: int = 4, tokens: int = 10_000, wait: float = 5.0) -> FairShare:
    return FairShare(capacity, Share(calls, tokens), wait, FairShareMetrics(CollectorRegistry()))


def test_a_firm_with_one_question_is_served_before_another_firms_fiftieth() -> None:
    async def scenario() -> list[str]:
        fair = gate(capacity=1)
        served: list[str] = []
        first = await fair.acquire("a", 10)

        async def call(tenant: str) -> None:
            slot = await fair.acquire(tenant, 10)
            served.append(tenant)
            await asyncio.sleep(0)
            slot.release()

        burst = [asyncio.create_task(call("a")) for _ in range(5)]
        await asyncio.sleep(0.01)
        single = asyncio.create_task(call("b"))
        await asyncio.sleep(0.01)
        first.release()
        await asyncio.gather(*burst, single)
        return served

    served = asyncio.run(scenario())
    assert served[0] == "b", served  # waited least long, but has nothing in flight
    assert served.count("a") == 5


def test_over_its_limit_a_tenant_waits_then_gets_a_clear_refusal_while_others_run() -> None:
    async def scenario() -> None:
        fair = gate(capacity=8, calls=1, wait=0.3)
        held = await fair.acquire("a", 100)
        with pytest.raises(TenantBusy) as refused:
            await fair.acquire("a", 100)
        assert refused.value.retry_after >= 1
        other = await fair.acquire("b", 100)  # another firm is not affected
        assert fair.snapshot()["a"] == {"calls_in_flight": 1, "tokens_in_flight": 100,
                                        "waiting": 0}  # fmt: skip
        held.release()
        held.release()  # idempotent
        again = await fair.acquire("a", 100)
        again.release()
        other.release()
        assert fair.total == 0

    asyncio.run(scenario())


def test_tokens_in_flight_are_limited_but_one_large_call_still_runs() -> None:
    async def scenario() -> None:
        fair = gate(capacity=8, calls=8, tokens=1000, wait=0.2)
        big = await fair.acquire("a", 5000)  # larger than the share alone: runs
        with pytest.raises(TenantBusy):
            await fair.acquire("a", 10)
        big.release()
        small = [await fair.acquire("a", 400), await fair.acquire("a", 400)]
        with pytest.raises(TenantBusy):
            await fair.acquire("a", 400)
        for slot in small:
            slot.release()

    asyncio.run(scenario())


def test_people_in_the_ui_go_before_scripts_of_the_same_standing() -> None:
    async def scenario() -> list[str]:
        fair = gate(capacity=1)
        held = await fair.acquire("x", 1)
        order: list[str] = []

        async def call(tenant: str, interactive: bool) -> None:
            slot = await fair.acquire(tenant, 1, interactive=interactive)
            order.append(tenant)
            slot.release()

        script = asyncio.create_task(call("script-firm", False))
        await asyncio.sleep(0.01)
        person = asyncio.create_task(call("ui-firm", True))
        await asyncio.sleep(0.01)
        held.release()
        await asyncio.gather(script, person)
        return order

    assert asyncio.run(scenario()) == ["ui-firm", "script-firm"]


def test_a_question_is_answered_while_an_ingestion_batch_is_being_embedded(
    tmp_path: Path,
) -> None:
    settings = Settings(data_dir=tmp_path, serve_models=[])
    migrate(settings.resolved_database_url)
    state = build_state(settings)
    for tenant in ("firm-a", "firm-b"):
        state.tenants.create(tenant)
    b_id, a_id = state.tenants.get_id("firm-b"), state.tenants.get_id("firm-a")
    doc = state.ingestion.submit(
        b_id, "firm-b", "wartung.md", b"# Wartung\n\nDie Presse wird alle 3 Wochen gewartet."
    )
    state.ingestion.ingest(doc["document"]["id"])
    sentence = "Die Prüfmittel werden vor Schichtbeginn einer Sichtprüfung unterzogen. "
    big = "\n\n".join(f"## Abschnitt {i}\n\n" + sentence * 12 for i in range(40))
    upload = state.ingestion.submit(a_id, "firm-a", "archiv.md", big.encode())
    embedder = state.ingestion.embedder
    real = embedder.embed_passages
    batches = {"started": 0, "finished": 0}

    def counted(texts: list[str]) -> object:
        batches["started"] += 1
        try:
            return real(texts)
        finally:
            batches["finished"] += 1

    embedder.embed_passages = counted  # type: ignore[method-assign]
    worker = threading.Thread(target=state.ingestion.ingest, args=[upload["document"]["id"]])
    worker.start()
    answered_during_batch = 0
    while worker.is_alive() and answered_during_batch < 3:
        batch = batches["started"]
        if batch == batches["finished"]:
            continue  # between batches
        found = state.retriever.retrieve("firm-b", "Wie oft wird die Presse gewartet?", 1)
        assert found and "3 Wochen" in found[0].text
        # The same batch is still being embedded: the question did not wait for it.
        answered_during_batch += batches["finished"] < batch and batches["started"] == batch
    worker.join()
    assert answered_during_batch >= 3
    state.index.close()
    state.store.dispose()
