"""The UI's text catalogues: one JSON file per language, German first."""

from __future__ import annotations

import json
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

LANGUAGES = ("de", "en")
DEFAULT_LANGUAGE = "de"
LOCALES_DIR = Path(__file__).parent / "locales"


def _flatten(tree: dict[str, Any], prefix: str = "") -> dict[str, str]:
    flat: dict[str, str] = {}
    for key, value in tree.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, name + "."))
        else:
            flat[name] = str(value)
    return flat


@lru_cache(maxsize=len(LANGUAGES))
def catalogue(lang: str) -> dict[str, str]:
    """Every text of one language, keyed by dotted names ("chat.send")."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown UI language {lang!r}; known: {LANGUAGES}")
    return _flatten(json.loads((LOCALES_DIR / f"{lang}.json").read_text(encoding="utf-8")))


# The lab and its firms are in Saxony: times on screen are local (stored times are UTC).
LOCAL_ZONE = ZoneInfo("Europe/Berlin")


def parse_local(text: str) -> datetime | None:
    """A local "YYYY-MM-DD HH:MM" typed by a person, as an aware datetime (None if empty)."""
    text = text.strip()
    if not text:
        return None
    return datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=LOCAL_ZONE)


class Texts:
    """The texts of one language; a missing key fails loudly instead of showing a raw key."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._texts = catalogue(lang)

    def __call__(self, key: str, /, **values: Any) -> str:
        """The text for `key` with `{placeholders}` filled in."""
        text = self._texts[key]
        return text.format(**values) if values else text

    def clock(self, iso: str) -> str:
        """A stored UTC time as the local wall-clock time "HH:MM" the room sees."""
        return datetime.fromisoformat(iso).astimezone(LOCAL_ZONE).strftime("%H:%M")

    def number(self, value: int) -> str:
        """An integer with the language's thousands separator (1.000.000 / 1,000,000)."""
        return f"{value:,}".replace(",", self._texts["format.thousands"])

    def get(self, key: str, default_key: str, /, **values: Any) -> str:
        """The text for `key`, or for `default_key` when the catalogue has no such entry."""
        return self(key if key in self._texts else default_key, **values)


def pick_language(value: str | None) -> str:
    """A supported language for a cookie or query value (German when unknown)."""
    return value if value in LANGUAGES else DEFAULT_LANGUAGE
