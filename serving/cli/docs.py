"""`reallabor docs export|intake`: the documentation pack of a tenant."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import click

from serving.cli.common import client, emit, json_option

_FILENAME = re.compile(r'filename="([^"]+)"')


def _value(text: str) -> Any:
    """An answer from the command line: JSON if it parses (true, 90, ["a"]), else text."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def register(cli: click.Group) -> None:
    """Add the `docs` command group."""

    @cli.group()
    def docs() -> None:
        """AI-Act and GDPR documentation pack."""

    @docs.command("export")
    @click.option("--tenant", required=True)
    @click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False))
    @click.option("--lang", type=click.Choice(["de", "en"]), default="de", show_default=True)
    @json_option
    def export(tenant: str, out_dir: str, lang: str, as_json: bool) -> None:
        """Generate the pack and write its ZIP into OUT (prints path and completeness)."""
        response = client().send("GET", "/v1/compliance/pack", tenant=tenant, params={"lang": lang})
        match = _FILENAME.search(response.headers.get("content-disposition", ""))
        folder = Path(out_dir)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / (match.group(1) if match else f"reallabor-doku-{tenant}.zip")
        path.write_bytes(response.content)
        completeness = float(response.headers.get("x-reallabor-completeness", "0"))
        emit(
            {"path": str(path.resolve()), "completeness": completeness},
            as_json,
            f"{path} written (completeness {completeness:.0%})",
        )

    @docs.command("intake")
    @click.option("--tenant", required=True)
    @click.option(
        "--set",
        "values",
        multiple=True,
        metavar="QUESTION=VALUE",
        help="Answer a question (VALUE as JSON or text); repeatable.",
    )
    @click.option("--confirmed", is_flag=True, help="The answers are accepted proposals.")
    @json_option
    def intake(tenant: str, values: tuple[str, ...], confirmed: bool, as_json: bool) -> None:
        """Show the intake, or record answers with --set."""
        api = client()
        if values:
            answers = {}
            for item in values:
                question, sep, text = item.partition("=")
                if not sep:
                    raise click.BadParameter(f"{item!r}: use QUESTION=VALUE", param_hint="--set")
                answers[question.strip()] = _value(text)
            data = api.call(
                "PUT",
                "/v1/compliance/intake",
                tenant=tenant,
                json={"answers": answers, "confirmed": confirmed},
            )
        else:
            data = api.call("GET", "/v1/compliance/intake", tenant=tenant)
        lines = [
            f"screening: {data['screening']['result']}  completeness: {data['completeness']:.0%}"
        ]
        for question in data["questions"]:
            answer = data["answers"].get(question["id"])
            shown = json.dumps(answer["value"], ensure_ascii=False) if answer else "OFFEN"
            lines.append(f"{question['id']:<22} {shown}")
        emit(data, as_json, "\n".join(lines))
