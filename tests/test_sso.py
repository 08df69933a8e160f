"""Single sign-on against a real OIDC provider (pyop) on loopback: authorization code with
PKCE, the ID token checked, groups mapped to tenant and role, first login creates the user,
every login and refusal audited (engine-free: the gateway in process, the provider over HTTP)."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from fastapi.testclient import TestClient

from serving.app import build_state, create_app
from serving.settings import Settings
from serving.state import GatewayState
from serving.supervisor import free_port
from store.db import migrate
from tests.fixtures.oidc_provider import (
    CLIENT_ID,
    CLIENT_SECRET,
    OidcProvider,
    authorize_url_with_hint,
)
from ui.web_session import SESSION_COOKIE

USERS = {
    "kerstin": {"preferred_username": "kerstin.hofmann", "groups": ["reallabor-acme-admins"]},
    "jonas": {"preferred_username": "jonas.weber", "groups": ["reallabor-acme"]},
    "gast": {"preferred_username": "gast", "groups": ["irgendwas"]},
}


@pytest.fixture(scope="module")
def provider(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OidcProvider]:
    folder = tmp_path_factory.mktemp("idp")
    idp = OidcProvider(free_port(), "http://testserver/login/sso/callback", USERS, folder)
    idp.start()
    yield idp
    idp.stop()


@pytest.fixture(scope="module")
def gateway(
    provider: OidcProvider, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[TestClient, GatewayState]]:
    settings = Settings(
        data_dir=tmp_path_factory.mktemp("sso-data"),
        serve_models=[],
        oidc_issuer=provider.issuer,
        oidc_client_id=CLIENT_ID,
        oidc_client_secret=CLIENT_SECRET,
        oidc_ca_file=provider.ca_file,  # the lab's own CA, as with an internal Keycloak
        oidc_groups={
            "reallabor-acme-admins": "acme:tenant_admin",
            "reallabor-acme": "acme:member",
        },
    )
    migrate(settings.resolved_database_url)
    state = build_state(settings)
    state.audit.ensure_head()
    state.tenants.create("acme")
    yield TestClient(create_app(state), follow_redirects=False), state
    state.index.close()
    state.store.dispose()


def sign_in(client: TestClient, user: str, ca_file: Path) -> httpx.Response:
    """The browser's round trip: gateway -> provider (signs `user` in) -> gateway."""
    client.cookies.clear()
    start = client.get("/login/sso", params={"next": "/ui/"})
    assert start.status_code == 303
    to_provider = start.headers["location"]
    assert "code_challenge_method=S256" in to_provider and "nonce=" in to_provider
    url = authorize_url_with_hint(to_provider, user)
    back = httpx.get(url, follow_redirects=False, verify=ssl.create_default_context(cafile=ca_file))
    assert back.status_code == 303, back.text
    target = urlsplit(back.headers["location"])
    assert target.path == "/login/sso/callback"
    return client.get(f"{target.path}?{target.query}")


def events(state: GatewayState, event: str) -> list[dict[str, object]]:
    return [r for r in state.audit.list() if r["details"].get("event") == event]


def test_first_login_creates_the_user_with_the_role_of_the_groups(
    gateway: tuple[TestClient, GatewayState],
) -> None:
    client, state = gateway
    assert 'href="/login/sso' in client.get("/login").text  # the login page offers it
    done = sign_in(client, "kerstin", state.settings.oidc_ca_file)
    assert done.status_code == 303 and done.headers["location"] == "/ui/"
    token = done.cookies[SESSION_COOKIE]
    user = state.users.session_user(token)
    assert user is not None and (user.username, user.tenant_name) == ("kerstin.hofmann", "acme")
    assert user.role.value == "tenant_admin"
    assert events(state, "login_ok")[-1]["details"]["method"] == "oidc"
    # The session works like a password login's, and a logout ends it.
    assert client.get("/v1/models", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    client.post("/logout", headers={"Origin": "http://testserver"})
    assert state.users.session_user(token) is None


def test_the_providers_groups_decide_the_role_at_every_login(
    gateway: tuple[TestClient, GatewayState],
) -> None:
    client, state = gateway
    token = sign_in(client, "jonas", state.settings.oidc_ca_file).cookies[SESSION_COOKIE]
    user = state.users.session_user(token)
    assert user is not None and user.role.value == "member"
    USERS["jonas"]["groups"] = ["reallabor-acme-admins"]  # promoted at the provider
    token = sign_in(client, "jonas", state.settings.oidc_ca_file).cookies[SESSION_COOKIE]
    user = state.users.session_user(token)
    assert user is not None and user.role.value == "tenant_admin"


def test_unmapped_people_and_forged_answers_are_refused_and_audited(
    gateway: tuple[TestClient, GatewayState],
) -> None:
    client, state = gateway
    refused = sign_in(client, "gast", state.settings.oidc_ca_file)
    assert refused.status_code == 401 and "keinem Unternehmen zugeordnet" in refused.text
    assert SESSION_COOKIE not in refused.cookies
    assert "gast" not in {u["username"] for u in state.users.list("acme")}
    before = len(events(state, "login_failed"))
    client.get("/login/sso")  # a login in progress, then an answer it did not ask for
    forged = client.get("/login/sso/callback", params={"code": "stolen", "state": "guessed"})
    assert forged.status_code == 401 and SESSION_COOKIE not in forged.cookies
    assert len(events(state, "login_failed")) == before + 1
