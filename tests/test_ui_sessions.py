"""Logins and sessions over HTTP: the form, throttling, the guard, the role matrix on the API."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import openai
import pytest

from tests.conftest import Server


def make_user(server: Server, tenant: str, role: str) -> dict[str, Any]:
    username = f"{role[:5]}-{uuid.uuid4().hex[:6]}"
    return server.cli_json(  # type: ignore[no-any-return]
        "user", "create", "--tenant", tenant, "--username", username, "--role", role
    )


def log_in(server: Server, user: dict[str, Any], password: str | None = None) -> httpx.Response:
    return httpx.post(
        f"{server.url}/login",
        data={"username": user["username"], "password": password or user["password"]},
        follow_redirects=False,
    )


@pytest.fixture(scope="module")
def tenant(server: Server) -> str:
    return server.new_tenant("sess")[0]


def test_login_sets_a_private_cookie_and_opens_the_ui(server: Server, tenant: str) -> None:
    user = make_user(server, tenant, "member")
    response = log_in(server, user)
    assert response.status_code == 303 and response.headers["location"] == "/ui/"
    cookie = response.headers["set-cookie"]
    assert "reallabor_session=rls_" in cookie and "HttpOnly" in cookie and "SameSite=lax" in cookie
    token = response.cookies["reallabor_session"]
    page = httpx.get(f"{server.url}/ui/", cookies={"reallabor_session": token})
    assert page.status_code == 200 and "<html" in page.text
    anonymous = httpx.get(f"{server.url}/ui/", follow_redirects=False)
    assert anonymous.status_code == 303 and anonymous.headers["location"].startswith("/login")


def test_wrong_password_then_lockout_in_german(server: Server, tenant: str) -> None:
    user = make_user(server, tenant, "member")
    wrong = log_in(server, user, "falsch")
    assert wrong.status_code == 401 and "nicht korrekt" in wrong.text
    assert "falsch" not in wrong.text  # the typed password is never echoed
    for _ in range(5):
        last = log_in(server, user, "falsch")
    assert last.status_code == 429 and "gesperrt" in last.text
    assert log_in(server, user).status_code == 429  # even the right password, while locked


def test_login_never_redirects_to_another_site(server: Server, tenant: str) -> None:
    user = make_user(server, tenant, "member")
    response = httpx.post(
        f"{server.url}/login",
        data={**{k: user[k] for k in ("username", "password")}, "next": "https://evil.example/"},
        follow_redirects=False,
    )
    assert response.headers["location"] == "/ui/"


def test_session_token_is_a_key_with_the_users_role(server: Server, tenant: str) -> None:
    member = log_in(server, make_user(server, tenant, "member")).cookies["reallabor_session"]
    models = server.client(member).models.list()
    assert models.data  # the OpenAI SDK works with a UI session as its key

    officer_user = make_user(server, tenant, "compliance_officer")
    officer = log_in(server, officer_user).cookies["reallabor_session"]
    refused = httpx.post(
        f"{server.url}/v1/documents",
        headers={"Authorization": f"Bearer {officer}"},
        files=[("files", ("a.txt", b"Hallo"))],
    )
    assert refused.status_code == 403
    assert refused.json()["error"]["code"] == "permission_denied"
    listed = httpx.get(f"{server.url}/v1/documents", headers={"Authorization": f"Bearer {officer}"})
    assert listed.status_code == 200  # reading is allowed for the compliance officer

    httpx.post(f"{server.url}/logout", cookies={"reallabor_session": member})
    with pytest.raises(openai.AuthenticationError):
        server.client(member).models.list()


def test_uploads_into_the_ui_need_a_session(server: Server) -> None:
    response = httpx.post(
        f"{server.url}/ui/gradio_api/upload", files=[("files", ("a.txt", b"x" * 10))]
    )
    assert response.status_code == 401


def test_login_page_speaks_english_when_asked(server: Server) -> None:
    page = httpx.get(f"{server.url}/login?lang=en")
    assert 'lang="en"' in page.text and "Sign in" in page.text
    switch = httpx.get(f"{server.url}/lang/en?next=/login", follow_redirects=False)
    assert switch.headers["location"] == "/login"
    assert "reallabor_lang=en" in switch.headers["set-cookie"]
