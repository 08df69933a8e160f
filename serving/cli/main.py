"""Entry point of the `reallabor` command."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from serving.cli.backup import register as register_backup
from serving.cli.common import client, emit, json_option, load_settings
from serving.cli.docs import register as register_docs
from serving.cli.documents import register as register_documents
from serving.cli.pii import register as register_pii
from serving.cli.users import register as register_users
from serving.cli.workshops import register as register_workshops


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def cli() -> None:
    """Reallabor: an on-premise LLM sandbox. Most commands talk to the running server."""


@cli.command()
@click.option("--host", default=None, help="Address to listen on (REALLABOR_HOST).")
@click.option("--port", type=int, default=None, help="Port to listen on (REALLABOR_PORT).")
def up(host: str | None, port: int | None) -> None:
    """Start the engines and the gateway in the foreground (Ctrl-C stops everything)."""
    from serving.server import run

    run(load_settings(host=host, port=port))


@cli.command()
def worker() -> None:
    """Run an ingestion worker of its own (scale-out: PostgreSQL queue, Qdrant server)."""
    from serving.server import run_worker

    run_worker(load_settings())


@cli.command()
@json_option
def status(as_json: bool) -> None:
    """Show the gateway URL and every model backend with its health."""
    data = client().call("GET", "/admin/status")
    lines = [f"gateway  {data['gateway']}"] + [
        f"{b['model']:<28} {'healthy' if b['healthy'] else 'DOWN':<8} {b['url']}"
        for b in data["backends"]
    ]
    emit(data, as_json, "\n".join(lines))


@cli.group()
def tenant() -> None:
    """Tenants (one per firm)."""


@tenant.command("create")
@click.argument("name")
@json_option
def tenant_create(name: str, as_json: bool) -> None:
    """Create a tenant and print its first API key (shown only once)."""
    data = client().call("POST", "/admin/tenants", json={"name": name})
    out = {"tenant": data["tenant"], "api_key": data["api_key"], "key_id": data["key_id"]}
    emit(out, as_json, f"tenant {name} created\nAPI key (shown once): {data['api_key']}")


@tenant.command("list")
@json_option
def tenant_list(as_json: bool) -> None:
    """List tenants with their quotas."""
    data = client().call("GET", "/admin/tenants")
    lines = [
        f"{t['tenant']:<24} keys={t['active_keys']} day={t['daily_token_quota']} "
        f"month={t['monthly_token_quota']} rpm={t['requests_per_minute']}"
        for t in data
    ]
    emit(data, as_json, "\n".join(lines) or "no tenants")


@tenant.command("delete")
@click.argument("name")
@json_option
def tenant_delete(name: str, as_json: bool) -> None:
    """Delete a tenant with its keys and usage counters."""
    data = client().call("DELETE", f"/admin/tenants/{name}")
    emit(data, as_json, f"tenant {name} deleted ({data['removed']})")


@tenant.command("limits")
@click.argument("name")
@click.option("--daily-tokens", type=int, help="Tokens per UTC day (-1: unlimited).")
@click.option("--monthly-tokens", type=int, help="Tokens per month (-1: unlimited).")
@click.option("--rpm", type=int, help="Requests per minute per key (-1: unlimited).")
@click.option("--models", help="Comma-separated models the tenant may use ('*': all).")
@click.option("--max-concurrent", type=int, help="Model calls in flight at once (-1: default).")
@click.option("--max-tokens-in-flight", type=int, help="max_tokens in flight (-1: default).")
@json_option
def tenant_limits(
    name: str,
    daily_tokens: int | None,
    monthly_tokens: int | None,
    rpm: int | None,
    models: str | None,
    max_concurrent: int | None,
    max_tokens_in_flight: int | None,
    as_json: bool,
) -> None:
    """Set a tenant's quotas and allowed models."""
    changes: dict[str, Any] = {}
    for field, value in (
        ("daily_token_quota", daily_tokens),
        ("monthly_token_quota", monthly_tokens),
        ("requests_per_minute", rpm),
        ("max_concurrent", max_concurrent),
        ("max_tokens_in_flight", max_tokens_in_flight),
    ):
        if value is not None:
            changes[field] = None if value < 0 else value
    if models is not None:
        changes["allowed_models"] = (
            None if models.strip() == "*" else [m.strip() for m in models.split(",") if m.strip()]
        )
    data = client().call("PATCH", f"/admin/tenants/{name}/limits", json=changes)
    emit(data, as_json, json.dumps(data, indent=2))


@tenant.command("pii-policy")
@click.argument("name")
@click.option(
    "--set",
    "actions",
    multiple=True,
    metavar="TYPE=ACTION",
    help="Action for an entity type: off, detect, mask, pseudonymize or block.",
)
@click.option("--deny", multiple=True, help="A confidential term (repeatable).")
@click.option("--allow", multiple=True, help="A value never treated as PII (repeatable).")
@click.option(
    "--documents",
    type=click.Choice(["as-is", "mask", "pseudonymize"]),
    help="How document chunks are stored at ingestion.",
)
@click.option("--language", type=click.Choice(["auto", "de", "en"]))
@click.option("--reset", is_flag=True, help="Back to the defaults before applying changes.")
@json_option
def tenant_pii_policy(
    name: str,
    actions: tuple[str, ...],
    deny: tuple[str, ...],
    allow: tuple[str, ...],
    documents: str | None,
    language: str | None,
    reset: bool,
    as_json: bool,
) -> None:
    """Show or change a tenant's PII policy (without options: show it)."""
    api = client()
    path = f"/admin/tenants/{name}/pii-policy"
    current = {} if reset else api.call("GET", path)["policy"]
    changed = reset
    for item in actions:
        entity, sep, action = item.partition("=")
        if not sep:
            raise click.UsageError(f"--set wants TYPE=ACTION, not {item!r}")
        current.setdefault("actions", {})[entity.strip().upper()] = action.strip()
        changed = True
    for key, values in (("deny_terms", deny), ("allow_terms", allow)):
        if values:
            current[key] = [*current.get(key, []), *values]
            changed = True
    for key, value in (("documents", documents), ("language", language)):
        if value:
            current[key] = value
            changed = True
    data = api.call("PUT", path, json=current) if changed else api.call("GET", path)
    emit(data, as_json, json.dumps(data, indent=2, ensure_ascii=False))


@tenant.command("usage")
@click.argument("name")
@click.option("--days", type=int, default=31, show_default=True)
@json_option
def tenant_usage(name: str, days: int, as_json: bool) -> None:
    """Tokens per day and model."""
    data = client().call("GET", f"/admin/tenants/{name}/usage", params={"days": days})
    lines = [
        f"{u['day']} {u['model']:<28} req={u['requests']} "
        f"prompt={u['prompt_tokens']} completion={u['completion_tokens']}"
        for u in data["usage"]
    ]
    emit(data, as_json, "\n".join(lines) or "no usage")


@cli.group()
def key() -> None:
    """API keys of tenants."""


@key.command("create")
@click.option("--tenant", "tenant_name", required=True)
@click.option("--label", default="")
@json_option
def key_create(tenant_name: str, label: str, as_json: bool) -> None:
    """Issue a new API key for a tenant (shown only once)."""
    data = client().call("POST", f"/admin/tenants/{tenant_name}/keys", json={"label": label})
    out = {"tenant": data["tenant"], "key_id": data["key_id"], "api_key": data["api_key"]}
    emit(out, as_json, f"key {data['key_id']} for {tenant_name}: {data['api_key']}")


@key.command("list")
@click.option("--tenant", "tenant_name", required=True)
@json_option
def key_list(tenant_name: str, as_json: bool) -> None:
    """List a tenant's keys (ids and prefixes, never the keys)."""
    data = client().call("GET", f"/admin/tenants/{tenant_name}/keys")
    lines = [
        f"{k['key_id']} {k['prefix']}… {'revoked' if k['revoked'] else 'active'} {k['label']}"
        for k in data
    ]
    emit(data, as_json, "\n".join(lines) or "no keys")


@key.command("revoke")
@click.argument("key_id")
@json_option
def key_revoke(key_id: str, as_json: bool) -> None:
    """Revoke a key by its id."""
    data = client().call("POST", f"/admin/keys/{key_id}/revoke")
    emit(data, as_json, f"key {key_id} revoked")


@cli.group()
def models() -> None:
    """The model registry."""


@models.command("list")
@json_option
def models_list(as_json: bool) -> None:
    """List registered models with source, licence and weights hash."""
    data = client().call("GET", "/admin/models")
    lines = [
        f"{m['name']:<28} {'served' if m['served'] else '-':<7} {m['license']:<12} "
        f"ctx={m['context_length']} sha256={m['weights_sha256'][:12]}… {m['source']}"
        for m in data
    ]
    emit(data, as_json, "\n".join(lines) or "no models")


@models.command("import")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--name", required=True, help="Name the model is served and listed under.")
@click.option("--license", "license_", help="Licence, if the files do not say.")
@json_option
def models_import(path: Path, name: str, license_: str | None, as_json: bool) -> None:
    """Import a Hugging Face folder or a GGUF file from a local disk (nothing is downloaded)."""
    body = {"path": str(path.resolve()), "name": name, "license": license_}
    data = client().call("POST", "/admin/models/import", json=body)
    emit(data, as_json, f"model {name} imported (sha256 {data['weights_sha256']})")


@cli.group()
def audit() -> None:
    """The hash-chained audit log."""


@audit.command("list")
@click.option("--tenant", help="Only this tenant's records.")
@click.option("--since", help="Only records from this time on (ISO 8601, e.g. 2026-12-01).")
@click.option("--limit", type=int, default=1000, show_default=True)
@json_option
def audit_list(tenant: str | None, since: str | None, limit: int, as_json: bool) -> None:
    """List audit records: model calls, retrieval and other doors, security events."""
    params: dict[str, Any] = {"limit": limit}
    if tenant:
        params["tenant"] = tenant
    if since:
        params["since"] = since
    rows = client().call("GET", "/admin/audit", params=params)["data"]
    if as_json:
        emit(rows, True, "")
        return
    for row in rows:
        what = row["details"].get("event") or row["model"] or row["request_id"][:4]
        click.echo(
            f"{row['seq']:>6} {row['ts'][:19]} {row['tenant'] or '-':<20} "
            f"{row['actor']:<20} {what:<24} {row['status']}"
        )


@audit.command("verify")
@json_option
def audit_verify(as_json: bool) -> None:
    """Recompute the audit chain; exit 1 and name the first broken record if it is broken."""
    data = client().call("GET", "/admin/audit/verify")
    if data["ok"]:
        human = f"audit chain intact: {data['records']} records, head {data['head_hash']}"
    else:
        human = (
            f"audit chain BROKEN at record {data['first_broken_seq']}: {data['reason']} "
            f"({data['records']} records read)"
        )
    emit(data, as_json, human)
    if not data["ok"]:
        sys.exit(1)


register_documents(cli)
register_backup(cli)
register_docs(cli)
register_pii(cli)
register_users(cli)
register_workshops(cli)


def main() -> None:
    """Console-script entry point."""
    cli()
