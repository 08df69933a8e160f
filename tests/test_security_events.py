"""Every security event lands on the audit chain with actor, tenant and source address, and
never a password, key or token (issue 17: the anchors' audit logs miss logins and logouts)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import httpx
from sqlalchemy import update

from compliance.audit import AuditLog
from compliance.security_log import SecurityLog
from sandboxes.models import UserSession
from sandboxes.tenants import QuotaDefaults, TenantService
from sandboxes.users import UserService
from serving.session_expiry import record_expired_sessions
from store.db import Store, migrate, utcnow
from tests.conftest import Server


def test_logins_logouts_keys_users_and_policy_changes_are_audited_without_secrets(
    server: Server,
) -> None:
    tenant, first_key = server.new_tenant("sec")
    user = server.new_user(tenant)
    with httpx.Client(base_url=server.url, timeout=60, follow_redirects=False) as web:
        wrong = web.post("/login", data={"username": user["username"], "password": "falsch"})
        assert wrong.status_code == 401
        ok = web.post("/login", data={"username": user["username"], "password": user["password"]})
        assert ok.status_code == 303
        token = ok.cookies["reallabor_session"]
        assert web.post("/logout").status_code == 303
    key = server.cli_json("key", "create", "--tenant", tenant, "--label", "laptop")
    server.cli_json("key", "revoke", key["key_id"])
    server.cli_json("tenant", "pii-policy", tenant, "--set", "IBAN_CODE=block")

    listed = server.cli_json("audit", "list", "--tenant", tenant)
    events = [(r["details"].get("event"), r["actor"], r["status"]) for r in listed]
    security = [e for e in events if e[0]]
    assert security == [
        ("tenant_created", "operator", 200),
        ("user_created", "operator", 200),
        ("login_ok", user["username"], 200),
        ("logout", user["username"], 200),
        ("key_created", "operator", 200),
        ("key_revoked", "operator", 200),
        ("pii_policy_changed", "operator", 200),
    ]
    assert all(
        r["details"]["source_ip"] == "127.0.0.1" for r in listed if r["details"].get("event")
    )
    everything = server.cli_json("audit", "list", "--since", listed[0]["ts"])
    failed = [r for r in everything if r["details"].get("event") == "login_failed"]
    assert [(r["actor"], r["status"]) for r in failed] == [(user["username"], 401)]
    used = [r for r in everything if r["details"].get("event") == "admin_token_used"]
    assert any(r["details"]["path"] == f"/admin/keys/{key['key_id']}/revoke" for r in used)
    # Never a password, key or token, in the records or anywhere in the database files.
    stored = server.database_bytes()
    for secret in (
        user["password"],
        "falsch",
        token,
        first_key,
        key["api_key"],
        server.admin_token(),
    ):
        assert secret.encode() not in stored


def test_sessions_that_run_out_are_removed_and_audited_with_their_reason(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    migrate(url)
    store = Store.from_url(url)
    audit = AuditLog(store)
    audit.ensure_head()
    tenants = TenantService(store, QuotaDefaults(None, None, None))
    tenants.create("acme")
    users = UserService(store, tenants, idle_minutes=30, max_hours=2)
    ids = {}
    for name in ("idle-ida", "long-lea", "active-ali"):
        _, password = users.create("acme", name, "member")
        ids[name] = users.login(name, password)[1].user_id  # a live session of their own too
    now = utcnow()
    idle, _ = users.sessions.open(ids["idle-ida"], now - timedelta(minutes=45))
    long, _ = users.sessions.open(ids["long-lea"], now - timedelta(hours=3))
    with store.session() as session:  # Lea kept working: seen a minute ago, but past 2 hours
        session.execute(
            update(UserSession)
            .where(UserSession.user_id == ids["long-lea"])
            .values(last_seen_at=now - timedelta(minutes=1))
        )
    active, _ = users.sessions.open(ids["active-ali"], now)
    assert users.sessions.user(idle, now) is None  # refused at once ...

    assert record_expired_sessions(users.sessions, SecurityLog(audit)) == 2
    events = [
        (r["details"]["event"], r["actor"], r["tenant"], r["details"]["reason"])
        for r in audit.list()
        if r["details"].get("event") == "session_expired"
    ]
    assert sorted(events) == [
        ("session_expired", "idle-ida", "acme", "idle"),
        ("session_expired", "long-lea", "acme", "max_age"),
    ]
    assert users.sessions.user(active, now) is not None  # a live session is left alone
    assert record_expired_sessions(users.sessions, SecurityLog(audit)) == 0  # once each
    assert audit.verify().ok
    for token in (idle, long, active):  # and no token in the trail
        assert token not in str(audit.list())
