"""Quotas on a real SQLite store: day and month boundaries, rate windows, accounting."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from sandboxes.principal import Principal
from sandboxes.quotas import QuotaExceeded, QuotaService, Usage
from sandboxes.tenants import QuotaDefaults, TenantService
from store.db import Store, migrate


@pytest.fixture
def setup(tmp_path: Path) -> Iterator[tuple[QuotaService, Principal]]:
    url = f"sqlite:///{tmp_path / 'q.db'}"
    migrate(url)
    store = Store.from_url(url)
    tenants = TenantService(store, QuotaDefaults(100, 150, 3))
    _, key = tenants.create("acme")
    principal = tenants.authenticate(key)
    assert principal is not None
    yield QuotaService(store), principal
    store.dispose()


def test_daily_quota_resets_at_utc_midnight(setup: tuple[QuotaService, Principal]) -> None:
    quotas, principal = setup
    noon = datetime(2026, 12, 31, 12, 0, tzinfo=UTC)
    quotas.admit(principal, noon)
    quotas.record(principal, "m", Usage(60, 40), noon.date())
    with pytest.raises(QuotaExceeded) as err:
        quotas.admit(replace(principal, requests_per_minute=None), noon)
    assert err.value.kind == "daily_token_quota_exceeded"
    assert err.value.retry_after == 12 * 3600 + 1
    quotas.admit(principal, datetime(2027, 1, 1, 0, 0, 5, tzinfo=UTC))


def test_monthly_quota_counts_every_day_of_the_month(
    setup: tuple[QuotaService, Principal],
) -> None:
    quotas, principal = setup
    first = datetime(2026, 12, 1, 9, tzinfo=UTC)
    quotas.record(principal, "m", Usage(80, 0), first.date())
    later = datetime(2026, 12, 20, 9, tzinfo=UTC)
    quotas.record(principal, "m", Usage(80, 0), later.date())
    with pytest.raises(QuotaExceeded) as err:
        quotas.admit(principal, later)
    assert err.value.kind == "monthly_token_quota_exceeded"
    seconds_to_january = int((datetime(2027, 1, 1, tzinfo=UTC) - later).total_seconds()) + 1
    assert err.value.retry_after == seconds_to_january


def test_rate_limit_per_key_and_window(setup: tuple[QuotaService, Principal]) -> None:
    quotas, principal = setup
    now = datetime(2026, 11, 24, 10, 0, 50, tzinfo=UTC)
    for _ in range(3):
        quotas.admit(principal, now)
    with pytest.raises(QuotaExceeded) as err:
        quotas.admit(principal, now)
    assert err.value.kind == "rate_limit_exceeded"
    assert err.value.retry_after == 10
    quotas.admit(principal, datetime(2026, 11, 24, 10, 1, 0, tzinfo=UTC))
    quotas.admit(replace(principal, key_id="key_other"), now)


def test_usage_summary_adds_up_per_day_and_model(setup: tuple[QuotaService, Principal]) -> None:
    quotas, principal = setup
    day = datetime(2026, 11, 24, tzinfo=UTC).date()
    quotas.record(principal, "a", Usage(3, 4), day)
    quotas.record(principal, "a", Usage(5, 6), day)
    quotas.record(principal, "b", Usage(1, 1), day)
    rows = {r["model"]: r for r in quotas.usage_summary(principal.tenant_id, day)}
    assert rows["a"] == {
        "day": "2026-11-24", "model": "a", "requests": 2,
        "prompt_tokens": 8, "completion_tokens": 10,
    }  # fmt: skip
    assert rows["b"]["requests"] == 1


def test_concurrent_calls_never_overshoot_a_quota_by_more_than_one_call(
    setup: tuple[QuotaService, Principal],
) -> None:
    """Ten calls admitted at once each hold a reservation: only as many pass as fit."""
    quotas, principal = setup
    principal = replace(principal, requests_per_minute=None)
    noon = datetime(2026, 12, 31, 12, 0, tzinfo=UTC)
    admitted: list[str | None] = []
    refused: list[str] = []
    lock = threading.Lock()

    def call() -> None:
        try:
            reservation = quotas.admit(principal, noon, estimate=40)
        except QuotaExceeded as exc:
            with lock:
                refused.append(exc.kind)
            return
        with lock:
            admitted.append(reservation)

    threads = [threading.Thread(target=call) for _ in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(admitted) == 3  # 0, 40 and 80 reserved < 100; the fourth would see 120
    assert refused == ["daily_token_quota_exceeded"] * 7
    for reservation in admitted:  # each used what it reserved
        with quotas.store.session() as session:
            quotas.settle(session, principal, "m", Usage(30, 10), noon.date(), reservation)
    used = sum(
        row["prompt_tokens"] + row["completion_tokens"]
        for row in quotas.usage_summary(principal.tenant_id, noon.date())
    )
    assert used <= 100 + 40  # at most one call past the quota
    with pytest.raises(QuotaExceeded):
        quotas.admit(principal, noon, estimate=40)
