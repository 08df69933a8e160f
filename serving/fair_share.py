"""Fair sharing of the engines between tenants: in-flight limits and fair queueing.

Every model call takes a slot before it reaches an engine and gives it back when its answer
ends. A tenant may hold at most its limit of calls and of tokens in flight (`max_tokens` of
its running calls); the gateway as a whole holds at most `capacity` calls. A call that cannot
start waits; when a slot frees, it goes to the waiting tenant with the fewest calls in flight
(people in the UI and workshop seats before API traffic, then the tenant served least
recently, then the longest waiting), so a firm with one question is served before another
firm's fiftieth. A call that waits longer
than `max_wait_s` gets a 429 with Retry-After in the OpenAI envelope, never a hang.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections import defaultdict
from dataclasses import dataclass, field

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

RETRY_AFTER_S = 2


class TenantBusy(Exception):
    """The tenant's share of the engines stayed full for the whole wait."""

    def __init__(self, tenant: str, waited_s: float) -> None:
        super().__init__(
            f"too many requests of your organisation are in flight (waited {waited_s:.0f} s)"
        )
        self.tenant = tenant
        self.retry_after = RETRY_AFTER_S


@dataclass(frozen=True)
class Share:
    """One tenant's limits: concurrent calls and tokens in flight."""

    max_calls: int
    max_tokens: int


@dataclass(eq=False)
class _Waiter:
    tenant: str
    share: Share
    tokens: int
    interactive: bool
    order: int
    since: float
    granted: asyncio.Future[None] = field(
        default_factory=lambda: asyncio.get_running_loop().create_future()
    )


class Slot:
    """A granted place at the engines; `release` is idempotent."""

    def __init__(self, owner: FairShare, tenant: str, tokens: int) -> None:
        self._owner = owner
        self.tenant = tenant
        self.tokens = tokens
        self._released = False

    def release(self) -> None:
        """Give the place back (at the end of the answer, whatever the outcome)."""
        if not self._released:
            self._released = True
            self._owner._release(self)


class FairShareMetrics:
    """Queue depth and wait per tenant, and calls refused by the limits."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self.waiting = Gauge(
            "reallabor_fair_share_waiting", "Calls waiting for a slot", ["tenant"],
            registry=registry,
        )  # fmt: skip
        self.wait = Histogram(
            "reallabor_fair_share_wait_seconds", "Time a call waited for a slot", ["tenant"],
            buckets=(0.01, 0.05, 0.1, 0.5, 1, 2, 5, 10, 30), registry=registry,
        )  # fmt: skip
        self.refused = Counter(
            "reallabor_fair_share_refused", "Calls refused after waiting", ["tenant"],
            registry=registry,
        )  # fmt: skip
        self.in_flight = Gauge(
            "reallabor_fair_share_in_flight", "Calls holding a slot", ["tenant"],
            registry=registry,
        )  # fmt: skip


class FairShare:
    """Admission of model calls to the engines (one per gateway process)."""

    def __init__(
        self,
        capacity: int,
        default: Share,
        max_wait_s: float,
        metrics: FairShareMetrics,
        person_calls: int = 2,
    ) -> None:
        self.capacity = capacity
        self.default = default  # a tenant's API traffic, unless the tenant has its own limits
        self.person_calls = person_calls  # calls in flight of one person in the UI or a seat
        self.max_wait_s = max_wait_s
        self.metrics = metrics
        self.calls: dict[str, int] = defaultdict(int)
        self.tokens: dict[str, int] = defaultdict(int)
        self.total = 0
        self._waiting: list[_Waiter] = []
        self._order = itertools.count()
        self._grants = itertools.count(1)
        self._last_served: dict[str, int] = defaultdict(int)  # grant number, 0 = never

    def _fits(self, tenant: str, share: Share, tokens: int) -> bool:
        if self.total >= self.capacity or self.calls[tenant] >= share.max_calls:
            return False
        # A call larger than the token share alone still runs when the tenant has none.
        return self.calls[tenant] == 0 or self.tokens[tenant] + tokens <= share.max_tokens

    def _grant(self, tenant: str, tokens: int) -> Slot:
        self._last_served[tenant] = next(self._grants)
        self.calls[tenant] += 1
        self.tokens[tenant] += tokens
        self.total += 1
        self.metrics.in_flight.labels(tenant=tenant).set(self.calls[tenant])
        return Slot(self, tenant, tokens)

    async def acquire(
        self, tenant: str, tokens: int, share: Share | None = None, interactive: bool = False
    ) -> Slot:
        """A slot for one call of `tenant` that may produce `tokens`; waits its turn."""
        share = share or self.default
        if not self._waiting and self._fits(tenant, share, tokens):
            return self._grant(tenant, tokens)
        waiter = _Waiter(tenant, share, tokens, interactive, next(self._order), time.monotonic())
        self._waiting.append(waiter)
        self.metrics.waiting.labels(tenant=tenant).inc()
        self._dispatch()
        try:
            await asyncio.wait_for(asyncio.shield(waiter.granted), self.max_wait_s)
        except TimeoutError:
            if not waiter.granted.done():
                self._waiting.remove(waiter)
                self.metrics.waiting.labels(tenant=tenant).dec()
                self.metrics.refused.labels(tenant=tenant).inc()
                raise TenantBusy(tenant, time.monotonic() - waiter.since) from None
        except asyncio.CancelledError:  # the client went away while waiting
            if waiter.granted.done():
                self._release_unclaimed(tenant, tokens)
            else:
                self._waiting.remove(waiter)
                self.metrics.waiting.labels(tenant=tenant).dec()
            raise
        self.metrics.wait.labels(tenant=tenant).observe(time.monotonic() - waiter.since)
        return Slot(self, tenant, tokens)

    def _dispatch(self) -> None:
        """Hand free slots to waiting calls: fewest in flight first, people before scripts."""
        while self._waiting and self.total < self.capacity:
            ready = [w for w in self._waiting if self._fits(w.tenant, w.share, w.tokens)]
            if not ready:
                return
            chosen = min(
                ready,
                key=lambda w: (
                    self.calls[w.tenant],
                    not w.interactive,
                    self._last_served[w.tenant],
                    w.order,
                ),
            )
            self._waiting.remove(chosen)
            self.metrics.waiting.labels(tenant=chosen.tenant).dec()
            self._grant(chosen.tenant, chosen.tokens)  # counted now; the waiter wraps it
            chosen.granted.set_result(None)

    def _release(self, slot: Slot) -> None:
        self._release_unclaimed(slot.tenant, slot.tokens)

    def _release_unclaimed(self, tenant: str, tokens: int) -> None:
        self.calls[tenant] -= 1
        self.tokens[tenant] -= tokens
        self.total -= 1
        self.metrics.in_flight.labels(tenant=tenant).set(self.calls[tenant])
        self._dispatch()

    def snapshot(self) -> dict[str, dict[str, int]]:
        """Calls and tokens in flight and calls waiting, per tenant (for the admin views)."""
        tenants = set(self.calls) | {w.tenant for w in self._waiting}
        return {
            t: {
                "calls_in_flight": self.calls[t],
                "tokens_in_flight": self.tokens[t],
                "waiting": sum(1 for w in self._waiting if w.tenant == t),
            }
            for t in sorted(tenants)
        }
