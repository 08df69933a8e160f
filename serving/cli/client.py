"""The CLI's HTTP client: finds the running server and speaks its admin API."""

from __future__ import annotations

import json
from typing import Any

import click
import httpx

from sandboxes.admin_token import read_admin_token
from serving.settings import Settings


class ServerClient:
    """Admin calls against the running gateway."""

    def __init__(self, settings: Settings, timeout: float = 60.0) -> None:
        self.url = self._find_url(settings)
        token = settings.admin_token.get_secret_value() if settings.admin_token else None
        token = token or read_admin_token(settings.admin_token_file)
        if not token:
            raise click.ClickException(
                f"no admin token: {settings.admin_token_file} does not exist "
                "(start the server once with `reallabor up`, or set REALLABOR_ADMIN_TOKEN)"
            )
        self.http = httpx.Client(
            base_url=self.url, headers={"Authorization": f"Bearer {token}"}, timeout=timeout
        )

    @staticmethod
    def _find_url(settings: Settings) -> str:
        if settings.url:
            return settings.url.rstrip("/")
        try:
            runtime = json.loads(settings.runtime_file.read_text(encoding="utf-8"))
        except (FileNotFoundError, json.JSONDecodeError) as exc:
            raise click.ClickException(
                f"no running server found ({settings.runtime_file} is missing); "
                "start it with `reallabor up` or set REALLABOR_URL"
            ) from exc
        return str(runtime["url"]).rstrip("/")

    def call(self, method: str, path: str, *, tenant: str | None = None, **kwargs: Any) -> Any:
        """One request (as the operator acting for `tenant` if given); errors become a
        ClickException carrying the server's message."""
        return self.send(method, path, tenant=tenant, **kwargs).json()

    def send(
        self, method: str, path: str, *, tenant: str | None = None, **kwargs: Any
    ) -> httpx.Response:
        """Like `call`, but the whole response (for downloads)."""
        if tenant:
            kwargs["headers"] = {**kwargs.get("headers", {}), "X-Reallabor-Tenant": tenant}
        try:
            response = self.http.request(method, path, **kwargs)
        except httpx.HTTPError as exc:
            raise click.ClickException(
                f"the server at {self.url} does not answer ({type(exc).__name__}); "
                "is `reallabor up` running?"
            ) from exc
        if response.status_code >= 400:
            try:
                message = response.json()["error"]["message"]
            except (ValueError, KeyError, TypeError):
                message = response.text[:200]
            raise click.ClickException(f"{message} (HTTP {response.status_code})")
        return response
