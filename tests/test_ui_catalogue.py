"""The UI's texts: both languages complete, every key the code uses exists, no literals."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from compliance.pii.entities import ACTIONS, ENTITY_TYPES
from sandboxes.roles import Role
from ui.i18n import LANGUAGES, Texts, catalogue
from ui.render import highlight_placeholders, link_citations, sources_html

ROOT = Path(__file__).resolve().parents[1]
UI_CODE = sorted((ROOT / "ui").rglob("*.py"))
TEXT_KEYWORDS = {"label", "placeholder", "info", "title"}


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_both_languages_have_the_same_keys_and_placeholders() -> None:
    german, english = catalogue("de"), catalogue("en")
    assert german.keys() == english.keys()
    for key in german:
        assert german[key].strip() and english[key].strip(), key
        assert _fields(german[key]) == _fields(english[key]), key


def test_every_key_the_code_names_exists() -> None:
    used = set()
    for path in UI_CODE:
        used |= set(re.findall(r"""\bt(?:\.get)?\(\s*"([a-z_]+\.[A-Za-z_.]+)""", path.read_text()))
    assert len(used) > 100
    keys = catalogue("de").keys()
    prefixes = {key for key in used if key.endswith(".")}  # t("docpack.result." + result)
    assert used - prefixes - keys == set()
    assert all(any(k.startswith(p) for k in keys) for p in prefixes)
    results = {
        f"docpack.result.{r}" for r in ("not_high_risk", "high_risk", "prohibited", "incomplete")
    }
    assert results <= keys


def test_dynamic_keys_cover_roles_actions_entities_and_error_codes() -> None:
    keys = catalogue("de").keys()
    assert {f"roles.{r.value}" for r in Role} <= keys
    assert {f"pii_actions.{a}" for a in ACTIONS} <= keys
    assert {f"entities.{e}" for e in ENTITY_TYPES} <= keys
    rejection_codes = set()
    for path in (ROOT / "rag").glob("*.py"):
        rejection_codes |= set(re.findall(r'code="([a-z_]+)"', path.read_text()))
    rejection_codes -= {"document_not_found", "invalid_filter"}
    assert rejection_codes and {f"doc_errors.{c}" for c in rejection_codes} <= keys
    chat_errors = set(
        re.findall(r'code="([a-z_]+)"', (ROOT / "serving/chat_pipeline.py").read_text())
    )
    chat_errors |= {
        "permission_denied",  # the pipeline checks the CHAT permission itself
        "internal_error",
        "rate_limit_exceeded",
        "daily_token_quota_exceeded",
        "monthly_token_quota_exceeded",
        "pii_blocked",
    }
    assert {f"errors.{c}" for c in chat_errors} <= keys


def test_no_ui_text_is_written_into_the_code() -> None:
    literals = []
    for path in UI_CODE:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call):
                for keyword in node.keywords:
                    value = keyword.value
                    if (
                        keyword.arg in TEXT_KEYWORDS
                        and isinstance(value, ast.Constant)
                        and isinstance(value.value, str)
                        and re.search(r"[A-Za-zÄÖÜäöüß]{3}", value.value)
                    ):
                        literals.append(f"{path.name}:{node.lineno} {value.value!r}")
    assert literals == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_numbers_use_the_language_separator(lang: str) -> None:
    assert Texts(lang).number(1_234_567) == {"de": "1.234.567", "en": "1,234,567"}[lang]


def test_what_the_model_saw_escapes_text_and_marks_placeholders() -> None:
    html = highlight_placeholders("Frage von <PERSON_1> <script>alert(1)</script> <IBAN_CODE>")
    assert '<mark class="rl-pii">&lt;PERSON_1&gt;</mark>' in html
    assert '<mark class="rl-pii">&lt;IBAN_CODE&gt;</mark>' in html
    assert "<script>" not in html


def test_citations_link_to_the_sources_panel() -> None:
    assert link_citations("Laut [2] sind es 42 Nm.") == "Laut [[2]](#source-2) sind es 42 Nm."
    panel = sources_html(
        [{"index": 2, "source": "a<b>.pdf", "page": 3, "text": "x", "score": 0.5}], Texts("de")
    )
    assert 'id="source-2"' in panel and "Seite 3" in panel and "a&lt;b&gt;.pdf" in panel
