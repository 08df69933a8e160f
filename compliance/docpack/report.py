"""The report's content: sections built from the facts, the intake and the screening."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from compliance.docpack.document import (
    Block,
    BulletList,
    FieldList,
    Paragraph,
    ReportDocument,
    Section,
    Table,
    Warning,
)
from compliance.docpack.facts import TenantFacts
from compliance.docpack.fields import FieldBook, changes
from compliance.docpack.intake import Answer, Screening, completeness, questions
from compliance.docpack.report_gdpr import gdpr_sections
from compliance.docpack.texts import legal, measurements, report_texts


@dataclass
class BuiltReport:
    """The report plus what the pack needs besides it."""

    document: ReportDocument
    fields: dict[str, str]
    completeness: float
    obligations: list[dict[str, Any]]
    open_points: list[str]  # labels of the fields still OFFEN


def build_report(
    facts: TenantFacts,
    answers: dict[str, Answer],
    screening: Screening,
    lang: str,
    generated_at: str,
    previous_fields: dict[str, str] | None,
) -> BuiltReport:
    """Assemble all sections of one tenant's report in `lang`."""
    x = report_texts(lang)
    options = {
        q["id"]: {o: text[lang] for o, text in q.get("options", {}).items()} for q in questions()
    }
    book = FieldBook(x["open"], options, (x["yes"], x["no"]))
    sections = [
        _system(x, book, facts, answers),
        _risk(x, book, screening, answers),
        _models(x, facts),
        _data(x, book, facts, answers),
        _pii(x, book, facts, lang),
        _operations(x, book, facts),
        _transparency(x),
        _literacy(x, book, facts, answers),
        *gdpr_sections(x, book, facts, answers),
    ]
    share = completeness(answers)
    obligations = _obligations(lang, facts, answers, screening)
    sections.append(_open_points(x, book, previous_fields, obligations))
    document = ReportDocument(
        lang=lang,
        title=x["title"],
        subtitle=x["subtitle"],
        tenant=facts.tenant,
        generated_at=generated_at,
        completeness=share,
        labels=x["labels"],
        sections=sections,
    )
    return BuiltReport(document, book.values, share, obligations, book.open)


def _short(digest: str) -> str:
    """A hash as its first 16 hex digits (the CSV registers and bom.json carry all 64)."""
    return digest[:16] + "…" if len(digest) > 16 else (digest or "-")


def _system(
    x: dict[str, Any], book: FieldBook, facts: TenantFacts, a: dict[str, Answer]
) -> Section:
    return Section(
        "1",
        x["s1"],
        [
            Paragraph(x["intro"]),
            Paragraph(x["s1.system"]),
            Paragraph(x["s1.roles"]),
            FieldList(
                [
                    book.auto(x["f.system"], "Reallabor"),
                    book.auto(x["f.version"], facts.versions.get("reallabor", "-")),
                    book.auto(x["f.provider"], x["f.provider_value"]),
                    book.auto(x["f.deployer"], facts.tenant),
                    book.answer(x["f.purpose"], "purpose", a),
                    book.answer(x["f.user_groups"], "user_groups", a),
                ]
            ),
        ],
    )


def _risk(
    x: dict[str, Any], book: FieldBook, screening: Screening, a: dict[str, Answer]
) -> Section:
    verdict = x[f"s2.result.{screening.result}"]
    first = (
        Warning(verdict) if screening.result in ("high_risk", "prohibited") else Paragraph(verdict)
    )
    book.auto(x["s2"], x["risk_short"][screening.result])
    return Section(
        "2",
        x["s2"],
        [
            first,
            Paragraph(f"**{x['s2.reasons']}:**"),
            BulletList([x.get(f"reason.{r}", r) for r in screening.reasons]),
            FieldList(
                [
                    book.answer("Anhang III / Annex III", "annex3_uses", a),
                    book.answer("Art. 5", "art5_uses", a),
                    book.answer(x["f.exclusion"], "exclusion_confirmed", a),
                ]
            ),
        ],
    )


def _models(x: dict[str, Any], facts: TenantFacts) -> Section:
    rows = [
        [
            m["name"],
            m["source"],
            m["weights_sha256"] or "-",
            m["license"] or "-",
            str(m["context_length"] or "-"),
            f"{m['serving']['engine']}, {m['serving']['dtype']}, {m['replicas']}×",
        ]
        for m in facts.models
    ]
    return Section(
        "3",
        x["s3"],
        [Paragraph(x["s3.intro"]), Table(list(x["s3.cols"]), rows), Paragraph(x["s3.gpai"])],
    )


def _data(x: dict[str, Any], book: FieldBook, facts: TenantFacts, a: dict[str, Answer]) -> Section:
    rows = [
        [
            str(d["filename"]),
            str(d["sha256"]),
            str(d["created_at"])[:10],
            str((d.get("progress") or {}).get("chunks_total", "")),
            ", ".join(
                f"{x['entities'].get(t, t)}: {n}"
                for t, n in sorted((d.get("pii_counts") or {}).items())
            )
            or "0",
        ]
        for d in facts.documents
    ]
    for row in rows:
        book.auto(f"{x['s4.cols'][0]} {row[1]}", row[0])
    blocks: list[Any] = [Paragraph(x["s4.intro"])]
    blocks.append(Table(list(x["s4.cols"]), rows) if rows else Paragraph(x["s4.none"]))
    test = facts.retrieval_selftest
    tested = (
        x["f.selftest_value"].format(
            hit5=round(test["hit@5"] * 100), hit1=round(test["hit@1"] * 100),
            questions=test["questions"], when=str(test["created_at"])[:10],
        )
        if test
        else x["f.selftest_none"]
    )  # fmt: skip
    blocks.append(
        FieldList(
            [book.answer(x["f.retention"], "retention_days", a), book.auto(x["f.selftest"], tested)]
        )
    )
    if facts.deletions:
        blocks.append(Paragraph(f"**{x['s4.deleted']}**"))
        blocks.append(Paragraph(x["s4.deletion_method"]))
        blocks.append(
            Table(
                list(x["s4.deleted_cols"]),
                [
                    [
                        e["document_id"],
                        e["sha256"],
                        e["deleted_at"][:19],
                        f"{e['removed'].get('files', 0)}/{e['removed'].get('chunks', 0)}",
                        str(e["remaining"]),
                        _checked(x, e["removed"].get("on_disk")),
                    ]
                    for e in facts.deletions
                ],
            )
        )
    return Section("4", x["s4"], blocks)


def _checked(x: dict[str, Any], on_disk: dict[str, Any] | None) -> str:
    """What a deletion checked physically (records before sealing say "-")."""
    if not on_disk:
        return "-"
    return x["s4.checked"].format(
        files=on_disk.get("files_scanned", 0),
        residue=on_disk.get("files_with_residue", 0),
        key=x["s4.yes"] if on_disk.get("key_destroyed") else x["s4.no"],
    )


def _pii(x: dict[str, Any], book: FieldBook, facts: TenantFacts, lang: str) -> Section:
    quality = measurements()["pii"]
    names, actions = x["entities"], x["actions"]
    policy = [
        [names.get(t, t), actions.get(a, a)] for t, a in sorted(facts.pii_policy["actions"].items())
    ]
    stats = [
        [names.get(entity, entity), actions.get(action, action), str(count)]
        for entity, per in sorted(facts.pii_totals.items())
        for action, count in sorted(per.items())
    ]
    return Section(
        "5",
        x["s5"],
        [
            Paragraph(x["s5.intro"]),
            FieldList(
                [
                    book.auto(x["f.config_hash"], facts.pii_config_sha256),
                    book.auto(
                        "Presidio / spaCy",
                        f"{facts.versions['presidio-analyzer']} / {facts.versions['spacy']}",
                    ),
                ]
            ),
            Table(list(x["s5.policy_cols"]), policy),
            Paragraph(f"**{x['s5.stats']}**"),
            Table(list(x["s5.stats_cols"]), stats or [["-", "-", "0"]]),
            Paragraph(f"**{x['s5.quality']}**"),
            FieldList(
                [
                    book.auto(x["f.recall"], f"{quality['recall']:.3f}"),
                    book.auto(x["f.precision"], f"{quality['precision']:.3f}"),
                    book.auto(
                        x["f.measured"],
                        f"{quality['source']}, {quality['measured_at']}; {quality['anchor']}",
                    ),
                ]
            ),
        ],
    )


def _operations(x: dict[str, Any], book: FieldBook, facts: TenantFacts) -> Section:
    s, limits, u = facts.settings, facts.limits, facts.usage
    return Section(
        "6",
        x["s6"],
        [
            FieldList(
                [
                    book.auto(x["f.audit_ok"], x["yes"] if facts.audit.ok else x["no"]),
                    book.auto(x["f.audit_records"], facts.audit.records, track=False),
                    book.auto(x["f.audit_head"], facts.audit.head_hash, track=False),
                    book.auto(x["f.requests"], u["requests"], track=False),
                    book.auto(
                        x["f.tokens"],
                        f"{u['prompt_tokens']} / {u['completion_tokens']}",
                        track=False,
                    ),
                    book.auto(
                        x["f.quota"],
                        f"{limits['daily_token_quota']} / {limits['monthly_token_quota']}"
                        f" / {limits['requests_per_minute']}",
                    ),
                    book.auto(
                        x["f.sessions"],
                        f"{s['session_idle_minutes']} min / {s['session_max_hours']} h",
                    ),
                    book.auto(
                        x["f.users"],
                        ", ".join(f"{r}: {n}" for r, n in sorted(facts.users_by_role.items()))
                        or "-",
                    ),
                    book.auto(x["f.database"], s["database"]),
                    book.auto(x["f.index"], f"{s['vector_index']}, {s['embedder']}"),
                    book.auto(
                        x["f.versions"], ", ".join(f"{p} {v}" for p, v in facts.versions.items())
                    ),
                ]
            )
        ],
    )


def _transparency(x: dict[str, Any]) -> Section:
    return Section(
        "7",
        x["s7"],
        [
            Paragraph(x["s7.intro"]),
            Paragraph(x["s7.notice"]),
            Paragraph(x["s7.staff"]),
            Paragraph(x["s7.marking"]),
        ],
    )


def _literacy(
    x: dict[str, Any], book: FieldBook, facts: TenantFacts, a: dict[str, Answer]
) -> Section:
    blocks: list[Block] = [FieldList([book.answer(x["f.literacy"], "literacy_measures", a)])]
    if not facts.workshops:
        return Section("8", x["s8"], [*blocks, Paragraph(x["s8.workshops"])])
    rows = [
        [
            w["date"],
            w["title"],
            str(w["held_minutes"]),
            ", ".join(c["title"] for c in w["content_covered"]) or "–",
            str(w["participants"]),
            ", ".join(w["named_participants"]) or "–",
        ]
        for w in facts.workshops
    ]
    people = sum(w["participants"] for w in facts.workshops)
    return Section(
        "8",
        x["s8"],
        [
            *blocks,
            Paragraph(x["s8.held"].format(workshops=len(facts.workshops), people=people)),
            Table(x["s8.columns"], rows),
            Paragraph(x["s8.privacy"]),
        ],
    )


def _obligations(
    lang: str, facts: TenantFacts, a: dict[str, Answer], screening: Screening
) -> list[dict[str, Any]]:
    answered = set(a)
    excluded = bool(a.get("exclusion_confirmed") and a["exclusion_confirmed"].value)
    status = {
        "ai-act-art-4": "fulfilled" if "literacy_measures" in answered else "open",
        "ai-act-art-5": "open"
        if screening.result == "prohibited"
        else ("fulfilled" if excluded else "partial"),
        "ai-act-art-50": "fulfilled",
        "ai-act-art-26": {"not_high_risk": "fulfilled" if excluded else "partial"}.get(
            screening.result, "open"
        ),
        "ai-act-art-53": "partial",
        "gdpr-art-30": "fulfilled" if {"controller", "dpo", "purpose"} <= answered else "partial",
        "gdpr-art-35": "partial",
        "gdpr-art-28": "fulfilled" if "controller" in answered else "partial",
        "gdpr-art-32": "partial",
        "gdpr-art-17": "partial",
    }
    return [
        {
            **{k: o[k] for k in ("id", "regulation", "article", "applies_from", "source")},
            "title": o[lang],
            "status": status[o["id"]],
            "evidence": ["report.pdf", "bom.json", "registers/processing_activities.csv"],
        }
        for o in legal()["obligations"]
    ]


def _open_points(
    x: dict[str, Any],
    book: FieldBook,
    previous: dict[str, str] | None,
    obligations: list[dict[str, Any]],
) -> Section:
    blocks: list[Any] = [
        Paragraph(f"**{x['obligations']}**"),
        Table(
            list(x["obligations_cols"]),
            [
                [
                    f"{o['regulation']} {o['article']}",
                    o["title"],
                    o["applies_from"],
                    x[f"status.{o['status']}"],
                ]
                for o in obligations
            ],
        ),
    ]
    blocks.append(Paragraph(f"**{x['s10.open']}**"))
    blocks.append(BulletList(book.open) if book.open else Paragraph(x["s10.none_open"]))
    blocks.append(Paragraph(f"**{x['s10.changes']}**"))
    diff = changes(previous, book.values)
    if diff is None:
        blocks.append(Paragraph(x["s10.first"]))
    elif not diff:
        blocks.append(Paragraph(x["s10.no_changes"]))
    else:
        blocks.append(Table(list(x["s10.changes_cols"]), diff))
    blocks.append(Paragraph(x["s10.legal"]))
    return Section("10", x["s10"], blocks)
