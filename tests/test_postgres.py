"""The stores on a real PostgreSQL: migrations both ways, and two gateways on one database.

A throw-away cluster of Debian's `postgresql` runs on loopback for this module. Two model-less
gateways (their model is the session server's vLLM engine, as a remote backend) share one
database through REALLABOR_DATABASE_URL and are loaded at the same time: token totals, the audit
chain, quotas, rate limits, login sessions and workshop endings must come out exactly as with
one process.
"""

from __future__ import annotations

import itertools
import json
import multiprocessing
import os
import threading
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, inspect, select

import compliance.audit
import compliance.docpack.records
import rag.documents
import sandboxes.models
import serving.model_registry
import workshops.models
from compliance.audit import AuditEntry, AuditLog, AuditRecord
from sandboxes.models import RateWindow, Tenant, UsageDaily
from sandboxes.principal import Principal
from sandboxes.quotas import QuotaService, Usage
from serving.supervisor import free_port
from store.db import Base, Store, downgrade, migrate
from tests.conftest import EMBEDDED, Server, eventually, launch, stop
from tests.fixtures.postgres import PostgresCluster, PostgresMissing, bin_dir, postgres_cluster

TABLE_MODULES = (
    compliance.audit,
    compliance.docpack.records,
    rag.documents,
    sandboxes.models,
    workshops.models,
    serving.model_registry,
)
REVISIONS = ["0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008"]
TIMEOUT = httpx.Timeout(300.0)
ARTIFACT = Path(__file__).resolve().parent.parent / "test-artifacts" / "postgres-load.json"


@pytest.fixture(scope="module")
def postgres() -> Iterator[PostgresCluster]:
    """One cluster for the module; every test takes its own database in it."""
    try:
        bin_dir()
    except PostgresMissing as exc:
        pytest.fail(str(exc), pytrace=False)
    with postgres_cluster() as cluster:
        yield cluster


# -- migrations ---------------------------------------------------------------------------------


def tables(url: str) -> set[str]:
    store = Store.from_url(url)
    try:
        return set(inspect(store.engine).get_table_names())
    finally:
        store.dispose()


def schema_drift(url: str) -> list[Any]:
    """What autogenerate would put into a new migration (nothing, if models and schema agree)."""
    assert TABLE_MODULES  # every module with tables is imported, so Base.metadata is complete
    store = Store.from_url(url)
    try:
        with store.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            return list(compare_metadata(context, Base.metadata))
    finally:
        store.dispose()


def test_migrations_up_and_down_on_postgres_match_the_models(postgres: PostgresCluster) -> None:
    url = postgres.create_database("migrations")
    model_tables = set(Base.metadata.tables)
    for revision in REVISIONS:  # one step at a time, as an installation upgraded over time
        migrate(url, revision)
    assert tables(url) == model_tables | {"alembic_version"}
    assert schema_drift(url) == []

    downgrade(url, "0002")  # the precedent of tests/test_users.py
    assert "users" not in tables(url) and "tenants" in tables(url)
    downgrade(url, "base")
    assert tables(url) == {"alembic_version"}
    with postgres.connect(url.rsplit("/", 1)[1]) as connection:
        assert connection.execute("SELECT count(*) FROM alembic_version").fetchone() == (0,)

    migrate(url)
    assert tables(url) == model_tables | {"alembic_version"}
    assert schema_drift(url) == []
    migrate(url)  # at head already: nothing to do, no error


def prepare_like_a_gateway(url: str, start_at: float) -> None:
    """What `reallabor up` does to the database before serving (in a process of its own)."""
    time.sleep(max(0.0, start_at - time.time()))
    migrate(url)
    store = Store.from_url(url)
    AuditLog(store).ensure_head()
    store.dispose()


def test_gateways_starting_together_migrate_one_after_the_other(postgres: PostgresCluster) -> None:
    url = postgres.create_database("together")
    spawn = multiprocessing.get_context("spawn")
    start_at = time.time() + 4  # after the interpreters have started and imported everything
    processes = [
        spawn.Process(target=prepare_like_a_gateway, args=(url, start_at)) for _ in range(4)
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout=120)
    assert [p.exitcode for p in processes] == [0] * 4
    assert tables(url) == set(Base.metadata.tables) | {"alembic_version"}
    store = Store.from_url(url)
    try:
        report = AuditLog(store).verify()
        assert report.ok and report.records == 0
    finally:
        store.dispose()


# -- the stores under contention from two processes ---------------------------------------------

PROCESSES, THREADS, ROUNDS = 2, 8, 25


def hammer(url: str, tenant_id: int, key_id: str, worker: int, start_at: float) -> None:
    """One process: THREADS threads, each appending audit records and counting usage."""
    store = Store.from_url(url)
    audit, quotas = AuditLog(store), QuotaService(store)
    principal = Principal(
        tenant_id=tenant_id,
        tenant_name="hammer",
        key_id=key_id,
        daily_token_quota=None,
        monthly_token_quota=None,
        requests_per_minute=10**9,
        allowed_models=None,
    )
    today = datetime.now(UTC).date()

    def work(thread: int) -> None:
        for n in range(ROUNDS):
            quotas.admit(principal)
            quotas.record(principal, "m", Usage(prompt_tokens=3, completion_tokens=n), today)
            audit.append(
                AuditEntry(
                    request_id=f"p{worker}-t{thread}-{n}",
                    status=200,
                    tenant_id=tenant_id,
                    tenant="hammer",
                    key_id=key_id,
                    model="m",
                    prompt_tokens=3,
                    completion_tokens=n,
                )
            )

    time.sleep(max(0.0, start_at - time.time()))  # both processes begin at the same moment
    with ThreadPoolExecutor(THREADS) as pool:
        list(pool.map(work, range(THREADS)))
    store.dispose()


def test_counters_and_audit_chain_stay_exact_under_two_processes(
    postgres: PostgresCluster,
) -> None:
    url = postgres.create_database("contention")
    migrate(url)
    store = Store.from_url(url)
    AuditLog(store).ensure_head()
    with store.session() as session:
        tenant = Tenant(name="hammer")
        session.add(tenant)
        session.flush()
        tenant_id = tenant.id
    spawn = multiprocessing.get_context("spawn")
    start_at = time.time() + 4  # after the interpreters have started and imported everything
    processes = [
        spawn.Process(target=hammer, args=(url, tenant_id, "key-1", worker, start_at))
        for worker in range(PROCESSES)
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout=180)
    seconds = time.time() - start_at
    assert [p.exitcode for p in processes] == [0] * PROCESSES

    calls = PROCESSES * THREADS * ROUNDS
    report = AuditLog(store).verify()
    assert report.ok, report
    assert report.records == calls
    with store.session() as session:
        seqs = session.scalars(select(AuditRecord.seq).order_by(AuditRecord.seq)).all()
        usage = session.execute(
            select(
                func.sum(UsageDaily.requests),
                func.sum(UsageDaily.prompt_tokens),
                func.sum(UsageDaily.completion_tokens),
            )
        ).one()
        rate = session.scalar(select(func.sum(RateWindow.count)))
    assert list(seqs) == list(range(1, calls + 1))
    per_thread = sum(range(ROUNDS))
    assert tuple(int(v) for v in usage) == (calls, 3 * calls, PROCESSES * THREADS * per_thread)
    assert int(rate or 0) == calls
    store.dispose()
    print(f"\n{calls} admits + usage records + audit appends from 2 processes x {THREADS} threads")
    print(f"in {seconds:.2f} s: {calls / seconds:.0f} calls/s")


# -- two gateways on one database ---------------------------------------------------------------


@dataclass
class Pair:
    """Gateways A and B on one PostgreSQL database, and the store behind them."""

    a: Server
    b: Server
    url: str
    store: Store


def gateway_env(data_dir: Path, db_url: str, engine_url: str) -> dict[str, str]:
    return {
        **os.environ,
        "REALLABOR_DATA_DIR": str(data_dir),
        "REALLABOR_PORT": str(free_port()),
        "REALLABOR_DATABASE_URL": db_url,
        "REALLABOR_SERVE_MODELS": "",
        "REALLABOR_REMOTE_BACKENDS": json.dumps({EMBEDDED: [engine_url]}),
        "REALLABOR_HEALTH_INTERVAL_S": "0.5",
    }


def test_ingestion_workers_on_several_machines_never_take_the_same_document(
    postgres: PostgresCluster, tmp_path: Path
) -> None:
    """The scale-out queue: `FOR UPDATE SKIP LOCKED` claims, a dead worker's claim expires."""
    from datetime import timedelta

    from rag.documents import DocumentRecord
    from rag.ingestion import STALE_CLAIM, IngestionService
    from sandboxes.tenants import QuotaDefaults, TenantService
    from store.db import utcnow

    url = postgres.create_database("queue")
    migrate(url)
    store = Store.from_url(url)
    tenants = TenantService(store, QuotaDefaults(None, None, None))
    tenants.create("acme")
    tenant_id = tenants.get_id("acme")

    def worker() -> IngestionService:  # one per machine; claims need only the database
        return IngestionService(
            store,
            None,
            None,
            tmp_path / "uploads",
            10**6,
            None,
            tenants.pii_policy,  # type: ignore[arg-type]
        )

    ids = [
        worker().submit(tenant_id, "acme", f"doc-{n}.md", f"Inhalt {n}".encode())["document"]["id"]
        for n in range(24)
    ]
    claimed: list[str] = []
    lock = threading.Lock()

    def drain() -> None:
        mine = worker()
        while (doc_id := mine.claim_next()) is not None:
            with lock:
                claimed.append(doc_id)

    threads = [threading.Thread(target=drain) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(claimed) == sorted(ids), "every document exactly once"
    with store.session() as session:  # a worker died holding one: its claim expires
        row = session.get(DocumentRecord, ids[0])
        assert row is not None
        row.updated_at = utcnow() - STALE_CLAIM - timedelta(seconds=1)
    assert worker().claim_next() == ids[0]
    assert worker().claim_next() is None
    store.dispose()


@pytest.fixture(scope="module")
def pair(
    server: Server, postgres: PostgresCluster, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Pair]:
    """Start A and B at the same moment on one fresh database (they migrate it together)."""
    engine_url = next(
        b["url"]
        for b in server.cli_json("status")["backends"]
        if b.get("pid") and b["model"] == EMBEDDED
    )
    url = postgres.create_database("gateways")
    root = tmp_path_factory.mktemp("pg-gateways")
    gateways: list[Server] = []
    try:
        for name in ("a", "b"):
            env = gateway_env(root / name, url, engine_url)
            gateways.append(launch(root / name, env, root / f"gateway-{name}.log"))
        for gateway in gateways:
            gateway.wait_healthy(240)
        store = Store.from_url(url)
        yield Pair(gateways[0], gateways[1], url, store)
        store.dispose()
    finally:
        for gateway in gateways:
            stop(gateway.process)


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def chat(gateway: Server, key: str, text: str, max_tokens: int = 8) -> httpx.Response:
    return httpx.post(
        f"{gateway.url}/v1/chat/completions",
        headers=bearer(key),
        json={
            "model": EMBEDDED,
            "messages": [{"role": "user", "content": text}],
            "max_tokens": max_tokens,
            "temperature": 0,
        },
        timeout=TIMEOUT,
    )


def error_code(response: httpx.Response) -> str:
    return str(response.json()["error"]["code"])


def tenant_id(pair: Pair, name: str) -> int:
    with pair.store.session() as session:
        found = session.scalar(select(Tenant.id).where(Tenant.name == name))
    assert found is not None, name
    return int(found)


def db_usage(pair: Pair, name: str) -> tuple[int, int]:
    """(requests, tokens) of a tenant as counted in usage_daily."""
    with pair.store.session() as session:
        requests, tokens = session.execute(
            select(
                func.coalesce(func.sum(UsageDaily.requests), 0),
                func.coalesce(func.sum(UsageDaily.prompt_tokens + UsageDaily.completion_tokens), 0),
            ).where(UsageDaily.tenant_id == tenant_id(pair, name))
        ).one()
    return int(requests), int(tokens)


def settled_usage(pair: Pair, name: str) -> tuple[int, int]:
    """`db_usage` once it stops changing (accounting runs just after each answer is sent)."""
    last = db_usage(pair, name)
    while True:
        time.sleep(0.5)
        now = db_usage(pair, name)
        if now == last:
            return now
        last = now


def reported_usage(gateway: Server, name: str) -> tuple[int, int]:
    rows = gateway.cli_json("tenant", "usage", name)["usage"]
    return (
        sum(r["requests"] for r in rows),
        sum(r["prompt_tokens"] + r["completion_tokens"] for r in rows),
    )


def test_concurrent_load_on_two_gateways_keeps_exact_totals_and_one_chain(pair: Pair) -> None:
    name = f"pg-load-{uuid.uuid4().hex[:6]}"
    key = pair.a.cli_json("tenant", "create", name)["api_key"]
    calls = 40
    clients = [pair.a.client(key), pair.b.client(key)]

    def call(n: int) -> tuple[int, int]:
        answer = clients[n % 2].chat.completions.create(
            model=EMBEDDED,
            messages=[{"role": "user", "content": f"Nenne eine Zahl größer als {n}."}],
            max_tokens=8,
            temperature=0,
        )
        assert answer.usage is not None
        return answer.usage.total_tokens, answer.usage.completion_tokens

    started = time.monotonic()
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(call, range(calls)))
    seconds = time.monotonic() - started
    total = sum(t for t, _ in results)
    assert total > 0 and all(c > 0 for _, c in results)

    def recorded() -> None:  # counters and records are written just after the answer
        assert db_usage(pair, name) == (calls, total)

    eventually(recorded, timeout=30)
    assert reported_usage(pair.a, name) == (calls, total)
    assert reported_usage(pair.b, name) == (calls, total)

    verified = pair.a.cli_json("audit", "verify")
    assert verified["ok"] is True, verified
    assert pair.b.cli_json("audit", "verify") == verified
    with pair.store.session() as session:
        records = session.execute(
            select(AuditRecord.seq, AuditRecord.prev_hash, AuditRecord.hash).order_by(
                AuditRecord.seq
            )
        ).all()
        mine = session.execute(
            select(
                func.count(),
                func.sum(AuditRecord.prompt_tokens + AuditRecord.completion_tokens),
            ).where(
                AuditRecord.tenant == name,
                AuditRecord.status == 200,
                AuditRecord.request_id.startswith("req_"),  # model calls, not security events
            )
        ).one()
    assert [r.seq for r in records] == list(range(1, len(records) + 1))
    assert len(records) == verified["records"] and records[-1].hash == verified["head_hash"]
    for before, after in itertools.pairwise(records):
        assert after.prev_hash == before.hash, after.seq
    assert (int(mine[0]), int(mine[1])) == (calls, total)

    figures = {
        "gateways": 2,
        "workers": 8,
        "requests": calls,
        "seconds": round(seconds, 2),
        "requests_per_s": round(calls / seconds, 2),
        "total_tokens": total,
        "audit_records": len(records),
    }
    ARTIFACT.parent.mkdir(parents=True, exist_ok=True)
    ARTIFACT.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(f"\ntwo gateways on PostgreSQL: {figures}")


def test_a_quota_used_up_through_one_gateway_is_enforced_by_the_other(pair: Pair) -> None:
    name = f"pg-quota-{uuid.uuid4().hex[:6]}"
    key = pair.a.cli_json("tenant", "create", name)["api_key"]
    pair.a.cli_json("tenant", "limits", name, "--daily-tokens", "120")
    for n in range(30):
        response = chat(pair.a, key, f"Sag Hallo zum {n}. Mal.")
        if response.status_code != 200:
            break
    else:
        raise AssertionError("gateway A never refused the tenant")
    assert response.status_code == 429 and error_code(response) == "daily_token_quota_exceeded"
    _, spent = settled_usage(pair, name)
    assert spent >= 120

    refused = chat(pair.b, key, "Und jetzt über das andere Gateway?")
    assert refused.status_code == 429, refused.text
    assert error_code(refused) == "daily_token_quota_exceeded"
    assert int(refused.headers["Retry-After"]) > 0
    assert settled_usage(pair, name)[1] == spent  # refused before the model was called

    pair.b.cli_json("tenant", "limits", name, "--daily-tokens", "-1")  # lifted through B
    assert chat(pair.a, key, "Wieder frei?").status_code == 200


def test_a_rate_limit_counts_requests_of_both_gateways(pair: Pair) -> None:
    name = f"pg-rate-{uuid.uuid4().hex[:6]}"
    key = pair.a.cli_json("tenant", "create", name)["api_key"]
    pair.b.cli_json("tenant", "limits", name, "--rpm", "5")
    if time.time() % 60 > 50:  # keep all ten requests in one fixed one-minute window
        time.sleep(60.5 - time.time() % 60)
    barrier = threading.Barrier(10)

    def call(n: int) -> httpx.Response:
        barrier.wait()
        return chat(pair.a if n % 2 else pair.b, key, f"Eins {n}", max_tokens=1)

    with ThreadPoolExecutor(10) as pool:
        responses = list(pool.map(call, range(10)))
    statuses = sorted(r.status_code for r in responses)
    assert statuses == [200] * 5 + [429] * 5, [r.text for r in responses]
    assert {error_code(r) for r in responses if r.status_code == 429} == {"rate_limit_exceeded"}

    def five_recorded() -> None:  # counters are written just after each answer is sent
        assert db_usage(pair, name)[0] == 5

    eventually(five_recorded, timeout=30)
    assert settled_usage(pair, name)[0] == 5  # and no refused request was counted


def test_a_login_session_is_shared_and_a_logout_ends_it_everywhere(pair: Pair) -> None:
    name = f"pg-user-{uuid.uuid4().hex[:6]}"
    pair.a.cli_json("tenant", "create", name)
    username = f"anna-{name[-6:]}"
    password = pair.a.cli_json(
        "user", "create", "--tenant", name, "--username", username, "--role", "member"
    )["password"]
    login = httpx.post(
        f"{pair.a.url}/login",
        data={"username": username, "password": password},
        follow_redirects=False,
        timeout=TIMEOUT,
    )
    assert login.status_code == 303, login.text
    token = login.cookies["reallabor_session"]

    def models(gateway: Server) -> int:
        return httpx.get(f"{gateway.url}/v1/models", headers=bearer(token)).status_code

    assert models(pair.b) == 200 and models(pair.a) == 200
    logout = httpx.post(
        f"{pair.b.url}/logout",
        cookies={"reallabor_session": token},
        follow_redirects=False,
    )
    assert logout.status_code == 303
    assert models(pair.a) == 401 and models(pair.b) == 401

    wrong = httpx.post(  # failed logins count across gateways too (no lock here: one failure)
        f"{pair.b.url}/login", data={"username": username, "password": "falsch"}
    )
    assert wrong.status_code == 401


def test_a_workshop_joined_on_one_gateway_is_wiped_and_ended_once(pair: Pair) -> None:
    name = f"pg-ws-{uuid.uuid4().hex[:6]}"
    pair.a.cli_json("tenant", "create", name)

    def create(title: str) -> dict[str, Any]:
        return dict(
            pair.a.cli_json(
                "workshop", "create", "--tenant", name, "--title", title, "--seats", "1"
            )
        )

    made = create("Schulung auf PostgreSQL")
    joined = httpx.post(
        f"{pair.b.url}/v1/workshops/join", json={"code": made["join_codes"][0]}, timeout=TIMEOUT
    )
    assert joined.status_code == 200, joined.text
    seat = joined.json()["token"]
    current = httpx.get(f"{pair.a.url}/v1/workshops/current", headers=bearer(seat))
    assert current.status_code == 200 and current.json()["workshop"] == made["id"]

    certificate = pair.a.cli_json("workshop", "end", made["id"])
    assert certificate["verified"] is True, certificate
    assert certificate["before"]["accounts"] == 1
    assert set(certificate["after"]) == set(certificate["before"])
    assert not any(certificate["after"].values()), certificate["after"]
    for gateway in (pair.a, pair.b):
        assert httpx.get(f"{gateway.url}/v1/models", headers=bearer(seat)).status_code == 401

    # Both gateways end the next one at the same moment: one wipes it, the other gets 409.
    second = create("Zweimal beendet")
    barrier = threading.Barrier(2)

    def end(gateway: Server) -> httpx.Response:
        barrier.wait()
        return httpx.post(
            f"{gateway.url}/admin/workshops/{second['id']}/end",
            headers=bearer(gateway.admin_token()),
            timeout=TIMEOUT,
        )

    with ThreadPoolExecutor(2) as pool:
        responses = list(pool.map(end, (pair.a, pair.b)))
    assert sorted(r.status_code for r in responses) == [200, 409], [r.text for r in responses]
    loser = next(r for r in responses if r.status_code == 409)
    assert error_code(loser) == "workshop_ended"
    winner = next(r for r in responses if r.status_code == 200).json()
    assert winner["before"]["accounts"] == 0 and winner["ended_by"] == "operator"

    def listed() -> None:
        statuses = {w["id"]: w["status"] for w in pair.b.cli_json("workshop", "list")}
        assert statuses[made["id"]] == statuses[second["id"]] == "ended"

    eventually(listed, timeout=60)
