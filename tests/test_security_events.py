"""Every security event lands on the audit chain with actor, tenant and source address, and
never a password, key or token (issue 17: the anchors' audit logs miss logins and logouts)."""

from __future__ import annotations

import httpx

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
