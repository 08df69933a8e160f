"""`reallabor pii analyze|redact`: the PII filter in-process, no server needed."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any

import click

from compliance.pii.entities import ENTITY_DEFAULTS
from compliance.pii.policy import PiiPolicy

if TYPE_CHECKING:
    from compliance.pii.pii_filter import PiiFilter

LANG = click.option("--lang", type=click.Choice(["de", "en"]), default="de", show_default=True)


def _policy(language: str, action: str = "detect") -> PiiPolicy:
    """Every entity type on, with one action, for the given language."""
    return PiiPolicy(actions=dict.fromkeys(ENTITY_DEFAULTS, action), language=language)  # type: ignore[arg-type]


def _jsonl_texts() -> list[tuple[int, str]]:
    texts = []
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        try:
            item: Any = json.loads(line)
        except json.JSONDecodeError as exc:
            raise click.ClickException(f"line {number} is not JSON: {exc.msg}") from exc
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise click.ClickException(f'line {number} must be an object with a "text" string')
        texts.append((number, item["text"]))
    return texts


def _filter() -> PiiFilter:
    """The PII filter, imported here: Presidio and spaCy take seconds to load, and every other
    CLI command (they all share this entry point) should start without them."""
    from compliance.pii.detector import PresidioDetector
    from compliance.pii.pii_filter import PiiFilter

    return PiiFilter(PresidioDetector())


def register(cli: click.Group) -> None:
    """Add the `pii` command group to the top-level group."""

    @cli.group()
    def pii() -> None:
        """Find or redact personal data in text (runs here, without the server)."""

    @pii.command()
    @LANG
    @click.option("--jsonl", is_flag=True, help='Lines {"text": ...} in, one result line each.')
    def analyze(lang: str, jsonl: bool) -> None:
        """Text on stdin, the entities found as JSON (types and offsets, no values)."""
        pii_filter = _filter()
        policy = _policy(lang)
        if not jsonl:
            spans = pii_filter.analyze(sys.stdin.read(), policy, lang)
            click.echo(json.dumps({"entities": [s.as_dict() for s in spans]}))
            return
        for _, text in _jsonl_texts():
            spans = pii_filter.analyze(text, policy, lang)
            click.echo(json.dumps({"entities": [s.as_dict() for s in spans]}))

    @pii.command()
    @LANG
    @click.option(
        "--policy",
        "action",
        type=click.Choice(["mask", "pseudonymize"]),
        default="mask",
        show_default=True,
        help="mask: <IBAN_CODE>; pseudonymize: <PERSON_1>, the same value the same placeholder.",
    )
    def redact(lang: str, action: str) -> None:
        """Text on stdin, the redacted text on stdout; counts per type on stderr."""
        from compliance.pii.redaction import HopReceipt, PseudonymVault

        pii_filter = _filter()
        receipt = HopReceipt("cli")
        text = pii_filter.redact_text(
            sys.stdin.read(), _policy(lang, action), PseudonymVault(), receipt
        )
        click.echo(text, nl=False)
        click.echo(json.dumps(receipt.as_dict()["entities"]), err=True)
