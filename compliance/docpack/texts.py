"""The report's texts in one language (data files), and the obligations with their sources."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data"


@lru_cache(maxsize=4)
def report_texts(lang: str) -> dict[str, Any]:
    """The report catalogue of `lang` ("de" or "en")."""
    if lang not in ("de", "en"):
        raise ValueError(f"the pack is written in German or English, not {lang!r}")
    return json.loads((DATA / f"report_{lang}.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def legal() -> dict[str, Any]:
    """Obligations with article, start date and source (data, not prose in code)."""
    return json.loads((DATA / "legal.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def measurements() -> dict[str, Any]:
    """The benchmark figures the pack reports (PII filter quality, retrieval)."""
    return json.loads((DATA / "measurements.json").read_text(encoding="utf-8"))
