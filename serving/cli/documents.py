"""CLI commands for a tenant's documents: ingest, retrieve, list, delete."""

from __future__ import annotations

import contextlib
import json
import sys
import time
from pathlib import Path
from typing import Any

import click

from serving.cli.client import ServerClient
from serving.cli.common import client, emit, json_option

FINAL = {"ready", "failed"}


def _files(paths: tuple[Path, ...]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file()))
        else:
            found.append(path)
    return found


def _wait(api: ServerClient, tenant: str, doc_ids: list[str], quiet: bool) -> dict[str, Any]:
    """Poll until every document is ready or failed, with a progress bar over chunks."""
    docs: dict[str, Any] = {}
    bar = click.progressbar(length=1, label="Ingesting", file=sys.stderr, show_pos=True)
    with contextlib.nullcontext(None) if quiet else bar as shown:
        while True:
            for doc_id in doc_ids:
                if docs.get(doc_id, {}).get("status") not in FINAL:
                    docs[doc_id] = api.call("GET", f"/v1/documents/{doc_id}", tenant=tenant)
            if shown is not None:
                shown.length = max(1, sum(d["progress"]["chunks_total"] for d in docs.values()))
                shown.update(sum(d["progress"]["chunks_done"] for d in docs.values()) - shown.pos)
            if all(d["status"] in FINAL for d in docs.values()):
                return docs
            time.sleep(0.5)


def register(cli: click.Group) -> None:
    """Add the document commands to the top-level group."""

    @cli.command()
    @click.option("--tenant", required=True, help="Tenant whose knowledge base receives the files.")
    @click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
    @json_option
    def ingest(tenant: str, paths: tuple[Path, ...], as_json: bool) -> None:
        """Upload files or folders, show progress, and summarise what went in."""
        api = client()
        results = []
        for path in _files(paths):
            with path.open("rb") as handle:
                answer = api.call(
                    "POST", "/v1/documents", tenant=tenant, files=[("files", (path.name, handle))]
                )
            results.extend(answer["data"])
        queued = [r["document"]["id"] for r in results if r["status"] == "queued"]
        final = _wait(api, tenant, queued, quiet=as_json) if queued else {}
        summary: dict[str, list[dict[str, Any]]] = {"ingested": [], "skipped": [], "rejected": []}
        for result in results:
            if result["status"] == "unchanged":
                summary["skipped"].append({"file": result["file"], "reason": "unchanged"})
            elif result["status"] == "rejected":
                summary["rejected"].append({"file": result["file"], "error": result["error"]})
            else:
                doc = final[result["document"]["id"]]
                if doc["status"] == "ready":
                    chunks = doc["progress"]["chunks_total"]
                    summary["ingested"].append(
                        {"file": result["file"], "id": doc["id"], "chunks": chunks}
                    )
                else:
                    summary["rejected"].append({"file": result["file"], "error": doc["error"]})
        lines = [
            f"ingested {len(summary['ingested'])}, skipped {len(summary['skipped'])}, "
            f"rejected {len(summary['rejected'])}"
        ]
        lines += [f"  rejected {r['file']}: {r['error']}" for r in summary["rejected"]]
        emit(summary, as_json, "\n".join(lines))

    @cli.command()
    @click.option("--tenant", required=True)
    @click.option("--top-k", type=int, default=5, show_default=True)
    @click.option("--jsonl", is_flag=True, help='Read lines {"query": ...} from stdin.')
    @click.argument("query", required=False)
    def retrieve(tenant: str, top_k: int, jsonl: bool, query: str | None) -> None:
        """Search a tenant's documents: one query, or JSON lines on stdin with --jsonl."""
        if jsonl == bool(query):
            raise click.UsageError("give either a QUERY or --jsonl")
        api = client()
        queries = (
            [json.loads(line)["query"] for line in sys.stdin if line.strip()] if jsonl else [query]
        )
        for text in queries:
            body = {"query": text, "top_k": top_k}
            found = api.call("POST", "/v1/retrieve", tenant=tenant, json=body)["results"]
            results = [{k: r[k] for k in ("text", "source", "page", "score")} for r in found]
            if jsonl:
                click.echo(json.dumps({"results": results}, ensure_ascii=False))
            else:
                for r in results:
                    page = f" S. {r['page']}" if r["page"] else ""
                    click.echo(f"{r['score']:.4f}  {r['source']}{page}: {r['text'][:120]}")

    @cli.command("reindex")
    @click.option("--tenant", default=None, help="Only this tenant (default: every tenant).")
    @click.option("--no-wait", is_flag=True, help="Queue and return without waiting.")
    @json_option
    def reindex(tenant: str | None, no_wait: bool, as_json: bool) -> None:
        """Re-index documents built with older chunk settings (resumable; progress shown)."""
        api = client()
        body = {"tenant": tenant}
        started = api.call("POST", "/admin/reindex", json=body)
        total = started["queued"]
        query = {"tenant": tenant} if tenant else None
        progress = started
        if not no_wait and total:
            bar = click.progressbar(length=total, label="Re-indexing", file=sys.stderr)
            with contextlib.nullcontext(None) if as_json else bar as shown:
                done = 0
                while progress["pending"]:
                    time.sleep(1)
                    progress = api.call("GET", "/admin/reindex", params=query)
                    now = max(0, total - progress["pending"])
                    if shown is not None and now > done:
                        shown.update(now - done)
                    done = now
        result = {"queued": total, **progress}
        emit(result, as_json, f"{total} documents re-indexed, {progress['outdated']} outdated left")

    @cli.group()
    def documents() -> None:
        """A tenant's documents."""

    @documents.command("list")
    @click.option("--tenant", required=True)
    @json_option
    def documents_list(tenant: str, as_json: bool) -> None:
        """List documents with status and progress."""
        data = client().call("GET", "/v1/documents", tenant=tenant)["data"]
        lines = [
            f"{d['id']} {d['status']:<10} {d['progress']['chunks_total']:>5} chunks "
            f"{d['filename']}" + (f"  ({d['error']})" if d["error"] else "")
            for d in data
        ]
        emit(data, as_json, "\n".join(lines) or "no documents")

    @documents.command("selftest")
    @click.option("--tenant", required=True)
    @json_option
    def documents_selftest(tenant: str, as_json: bool) -> None:
        """Funktioniert die Suche mit meinen Dokumenten? Questions made from the documents."""
        api = client()
        state = api.call("POST", "/v1/documents/selftest", tenant=tenant)
        while state["status"] == "running":
            time.sleep(1)
            state = api.call("GET", "/v1/documents/selftest", tenant=tenant)
        report = state["result"] or {}
        lines = [
            f"{report.get('questions', 0)} questions: hit@1 {report.get('hit@1', 0):.2f}, "
            f"hit@5 {report.get('hit@5', 0):.2f}"
        ] + [
            f"  {d['hit@5']:.2f}  {d['filename']}" + (f"  ({d['reason']})" if d["reason"] else "")
            for d in report.get("documents", [])
        ]
        emit(report, as_json, "\n".join(lines))

    @documents.command("delete")
    @click.option("--tenant", required=True)
    @click.argument("doc_id")
    @json_option
    def documents_delete(tenant: str, doc_id: str, as_json: bool) -> None:
        """Delete a document's file, chunks and vectors."""
        data = client().call("DELETE", f"/v1/documents/{doc_id}", tenant=tenant)
        human = f"deleted {doc_id}: {data['removed']}, remaining {data['remaining']}"
        emit(data, as_json, human)
