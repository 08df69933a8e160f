"""CycloneDX 1.6 ML-BOM of one tenant's AI system, validated offline against vendored schemas."""

from __future__ import annotations

import functools
import json
import re
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import quote

from jsonschema import Draft7Validator
from jsonschema.exceptions import best_match
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT7

SCHEMA_DIR = Path(__file__).with_name("schemas")
SCHEMA_FILES = ("bom-1.6.schema.json", "spdx.schema.json", "jsf-0.82.schema.json")
BOM_SCHEMA_ID = "http://cyclonedx.org/schema/bom-1.6.schema.json"
SYSTEM_REF = "system:reallabor"
NS = "reallabor"  # namespace of our own property names
REGULATIONS = {
    "AI Act": ("Regulation (EU) 2024/1689", "https://eur-lex.europa.eu/eli/reg/2024/1689/oj"),
    "GDPR": ("Regulation (EU) 2016/679", "https://eur-lex.europa.eu/eli/reg/2016/679/oj"),
}
SCORE = {"fulfilled": 1.0, "partial": 0.5, "open": 0.0}
HEX64 = re.compile(r"^[0-9a-fA-F]{64}$")
EMPTY: tuple[Any, ...] = (None, "", [], {})
COLLECTION = "Documents ingested for retrieval (RAG); not used to train any model."
RAG_USE = "Answering questions on the tenant's own documents (retrieval-augmented)"
LIMITATIONS = (
    "Generates plausible text that can be wrong (hallucinations); answers need human review.",
    "Knows only its training data and the passages retrieved from the tenant's documents.",
    "Not evaluated by Reallabor on the tenant's own tasks; no accuracy figure is claimed.",
)


class BomInvalid(ValueError):
    """The BOM does not conform to the CycloneDX 1.6 JSON schema."""


def build_bom(
    *,
    tenant: str,
    system: dict[str, str],
    models: list[dict[str, Any]],
    documents: list[dict[str, Any]],
    services: list[dict[str, str]],
    obligations: list[dict[str, Any]],
    timestamp: str,
    serial_number: str | None = None,
) -> dict[str, Any]:
    """Assemble the CycloneDX 1.6 ML-BOM (models, document collection, services, declarations)."""
    version, purpose = system.get("version"), system.get("intended_purpose")
    app = _clean({"type": "application", "bom-ref": SYSTEM_REF, "name": system["name"]})
    app |= _clean({"version": version, "description": system.get("description")})
    app |= _clean({"properties": _props({"intended_purpose": purpose})})
    tool = {"type": "application", "bom-ref": "tool:reallabor-docpack"}
    tool |= _clean({"name": "Reallabor documentation-pack generator", "version": version})
    components = [_model(m, purpose) for m in models] + [_collection(tenant, system, documents)]
    svc = [_service(s) for s in services]
    return {
        "bomFormat": "CycloneDX",
        "specVersion": "1.6",
        "serialNumber": serial_number or f"urn:uuid:{uuid.uuid4()}",
        "version": 1,
        "metadata": {
            "timestamp": timestamp,
            "lifecycles": [{"phase": "operations"}],
            "tools": {"components": [tool]},
            "component": app,
            "properties": _props({"tenant": tenant}),
        },
        "components": components,
        "services": svc,
        "dependencies": [
            {"ref": SYSTEM_REF, "dependsOn": [c["bom-ref"] for c in components + svc]}
        ],
        "definitions": {"standards": _standards(obligations)},
        "declarations": _declarations(tenant, obligations, timestamp),
    }


def validate_bom(bom: dict[str, Any]) -> None:
    """Raise BomInvalid naming the JSON path of the first schema error (offline, vendored)."""
    error = best_match(_validator().iter_errors(bom))
    if error is not None:
        message = error.message if len(error.message) < 300 else error.message[:297] + "..."
        raise BomInvalid(f"bom.json invalid at {error.json_path}: {message}")
    refs = _bom_refs(bom)
    for ref in sorted({r for r in refs if refs.count(r) > 1})[:1]:
        raise BomInvalid(f"bom.json invalid: bom-ref {ref!r} is not unique")


@functools.cache
def _validator() -> Draft7Validator:
    registry: Registry[Any] = Registry()  # no `retrieve`: an unknown $ref fails, never fetches
    for name in SCHEMA_FILES:
        contents = json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))
        resource = Resource.from_contents(contents, default_specification=DRAFT7)
        registry = registry.with_resource(contents["$id"], resource)
    schema = registry.contents(BOM_SCHEMA_ID)
    return Draft7Validator(schema, registry=registry, format_checker=Draft7Validator.FORMAT_CHECKER)


@functools.cache
def _spdx_ids() -> dict[str, str]:
    contents = json.loads((SCHEMA_DIR / "spdx.schema.json").read_text(encoding="utf-8"))
    return {i.lower(): i for i in contents["enum"]}


def _model(m: dict[str, Any], purpose: str | None) -> dict[str, Any]:
    serving, ctx = m.get("serving") or {}, m.get("context_length")
    sha, source = str(m.get("weights_sha256") or ""), str(m.get("source") or "")
    limits = list(LIMITATIONS)
    if window := serving.get("max_model_len") or ctx:
        limits.append(f"Served with {window} tokens of context (prompt + answer); more is refused.")
    settings = {f"serving.{k}": serving.get(k) for k in ("engine", "dtype", "max_model_len")}
    metrics = [{k: str(v) for k, v in x.items()} for x in m.get("metrics") or []]
    card = {
        "bom-ref": f"model-card:{m['name']}",
        "modelParameters": {"task": "text-generation", "inputs": [{"format": "text"}]}
        | {"outputs": [{"format": "text"}]},
        "quantitativeAnalysis": {"performanceMetrics": metrics} if metrics else None,
        "considerations": {
            "users": ["Staff of the tenant, via the Reallabor gateway"],
            "useCases": [u for u in (purpose, RAG_USE) if u],
            "technicalLimitations": limits,
        },
        "properties": _props({"context_length": ctx, **settings}),
    }
    web = source.startswith(("https://", "http://"))
    model = {"type": "machine-learning-model", "bom-ref": f"model:{m['name']}", "name": m["name"]}
    return model | _clean(
        {
            "hashes": [{"alg": "SHA-256", "content": sha.lower()}] if HEX64.match(sha) else None,
            "licenses": _licenses(str(m.get("license") or "")),
            "purl": _purl(source),
            "externalReferences": [{"type": "distribution", "url": source}] if web else None,
            "properties": _props({"source": source}),
            "modelCard": _clean(card),
        }
    )


def _collection(tenant: str, system: dict[str, str], docs: list[dict[str, Any]]) -> dict[str, Any]:
    owner, custodian = {"name": tenant}, {"name": f"{system['name']} installation"}
    governance = {"owners": [{"organization": owner}], "custodians": [{"organization": custodian}]}
    data = []
    for d in docs:
        pii = {k: int(v) for k, v in sorted((d.get("pii_counts") or {}).items()) if int(v) > 0}
        fields = {k: d.get(k) for k in ("sha256", "ingested_at", "chunks")}
        fields |= {f"pii.{k}": n for k, n in pii.items()}
        ref, name = f"document:{d['id']}", str(d["name"])
        entry = {"bom-ref": ref, "type": "dataset", "name": name, "governance": governance}
        entry |= {"contents": {"properties": _props(fields)}, "sensitiveData": list(pii)}
        entry |= {"classification": "confidential" if pii else "internal"}
        data.append(_clean(entry))
    ref, name = f"data:{tenant}:documents", f"Document collection of {tenant}"
    collection = {"type": "data", "bom-ref": ref, "name": name, "description": COLLECTION}
    return collection | {"properties": _props({"documents": len(docs)}), "data": data}


def _service(s: dict[str, str]) -> dict[str, Any]:
    ref = "service:" + re.sub(r"[^a-z0-9]+", "-", s["name"].lower()).strip("-")
    service = {"bom-ref": ref, "name": s["name"], "trustZone": "on-premise installation"}
    return _clean({**service, "version": s.get("version"), "description": s.get("description")})


def _standards(obligations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    standards: dict[str, dict[str, Any]] = {}
    for o in obligations:
        reg = str(o["regulation"])
        title, url = REGULATIONS.get(reg, (reg, ""))
        standard: dict[str, Any] = {"bom-ref": f"standard:{reg}", "name": reg, "version": title}
        standard |= {"owner": "European Union" if reg in REGULATIONS else reg}
        standard |= {"externalReferences": [{"type": "documentation", "url": url}] if url else []}
        applies = _props({"applies_from": o.get("applies_from")})
        requirement = {"bom-ref": f"requirement:{o['id']}", "identifier": str(o["article"])}
        requirement |= {"text": str(o["title"])}
        standards.setdefault(reg, _clean(standard) | {"requirements": []})
        standards[reg]["requirements"].append(_clean(requirement | {"properties": applies}))
    return list(standards.values())


def _declarations(tenant: str, obligations: list[dict[str, Any]], at: str) -> dict[str, Any]:
    claims, mapping = [], []
    for o in obligations:
        ref, status = o["id"], str(o["status"])
        claims.append(
            {
                "bom-ref": f"claim:{ref}",
                "target": SYSTEM_REF,
                "predicate": f"{o['regulation']} {o['article']} ({o['title']}): {status}",
                "evidence": [f"evidence:{f}" for f in o.get("evidence") or []],
            }
        )
        conformance = {"score": SCORE.get(status, 0.0), "rationale": f"status: {status}"}
        entry = {"requirement": f"requirement:{ref}", "claims": [f"claim:{ref}"]}
        mapping.append(entry | {"conformance": conformance})
    files = sorted({f for o in obligations for f in o.get("evidence") or []})
    evidence = [
        {"bom-ref": f"evidence:{f}", "propertyName": f"{NS}:pack-file", "created": at}
        | {"data": [{"name": f, "contents": {"url": quote(f)}}]}
        for f in files
    ]
    assessor = {"bom-ref": "assessor:self", "thirdParty": False, "organization": {"name": tenant}}
    summary = "Self-assessment recorded by the Reallabor pack; no third party has reviewed it."
    attestation = {"summary": summary, "assessor": "assessor:self", "map": mapping}
    declarations = {"assessors": [assessor], "attestations": [attestation], "claims": claims}
    return declarations | {"evidence": evidence, "targets": {"organizations": [{"name": tenant}]}}


def _licenses(text: str) -> list[dict[str, Any]]:
    text = text.strip()
    if not text or text.lower() in ("unknown", "other", "none"):
        return []
    if re.search(r"\s(AND|OR|WITH)\s", text):
        return [{"expression": text}]
    spdx = _spdx_ids().get(text.lower())
    return [{"license": {"id": spdx} if spdx else {"name": text}}]


def _purl(source: str) -> str | None:
    if match := re.match(r"^pypi:([A-Za-z0-9._-]+)==(\S+)$", source):
        return f"pkg:pypi/{re.sub(r'[-_.]+', '-', match[1]).lower()}@{match[2]}"
    if match := re.match(r"^(?:hf:|https://huggingface\.co/)([\w.-]+/[\w.-]+)/?$", source):
        return f"pkg:huggingface/{match[1]}"
    return None


def _props(values: dict[str, Any]) -> list[dict[str, str]]:
    return [{"name": f"{NS}:{k}", "value": str(v)} for k, v in values.items() if v not in EMPTY]


def _clean(obj: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in obj.items() if v not in EMPTY}


def _bom_refs(node: Any) -> list[str]:
    if isinstance(node, list):
        return [r for item in node for r in _bom_refs(item)]
    if not isinstance(node, dict):
        return []
    own = [node["bom-ref"]] if isinstance(node.get("bom-ref"), str) else []
    return own + [r for key, v in node.items() if key != "bom-ref" for r in _bom_refs(v)]
