"""Settings fail fast on bad values and accept the forms operators write."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from serving.settings import Settings


def test_defaults_keep_all_state_under_the_data_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REALLABOR_DATA_DIR", "/srv/reallabor")
    settings = Settings()
    assert settings.resolved_database_url == "sqlite:////srv/reallabor/reallabor.db"
    assert settings.admin_token_file == Path("/srv/reallabor/admin_token")
    assert settings.logs_dir == Path("/srv/reallabor/logs")


def test_lists_accept_commas_or_json(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REALLABOR_SERVE_MODELS", "a, b")
    assert Settings().serve_models == ["a", "b"]
    monkeypatch.setenv("REALLABOR_SERVE_MODELS", '["c"]')
    assert Settings().serve_models == ["c"]
    monkeypatch.setenv("REALLABOR_SERVE_MODELS", "")
    assert Settings().serve_models == []


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("REALLABOR_PORT", "70000"),
        ("REALLABOR_REMOTE_BACKENDS", '{"m": ["not a url"]}'),
        ("REALLABOR_LOG_LEVEL", "chatty"),
        ("REALLABOR_MAX_REQUEST_BYTES", "10"),
    ],
)
def test_bad_values_fail_at_start(monkeypatch: pytest.MonkeyPatch, name: str, value: str) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ValidationError):
        Settings()
