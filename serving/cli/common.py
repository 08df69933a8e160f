"""Helpers shared by the CLI's command modules."""

from __future__ import annotations

import json
from typing import Any

import click
from pydantic import ValidationError

from serving.cli.client import ServerClient
from serving.settings import Settings


def load_settings(**overrides: Any) -> Settings:
    """Settings from the environment; invalid values stop the command with a clear message."""
    try:
        return Settings(**{k: v for k, v in overrides.items() if v is not None})
    except ValidationError as exc:
        raise click.ClickException(f"invalid REALLABOR_* settings:\n{exc}") from exc


def emit(data: Any, as_json: bool, human: str) -> None:
    """Print stable JSON for scripts or a short line for people."""
    click.echo(json.dumps(data, ensure_ascii=False) if as_json else human)


def client() -> ServerClient:
    """A client of the running server."""
    return ServerClient(load_settings(), timeout=3600)


json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
