"""The GDPR part of the report: Art. 30 record, DPIA draft, Art. 32, Art. 28 annex, erasure."""

from __future__ import annotations

from typing import Any

from compliance.docpack.document import Block, BulletList, FieldList, Paragraph, Section
from compliance.docpack.facts import TenantFacts
from compliance.docpack.fields import FieldBook
from compliance.docpack.intake import Answer


def gdpr_sections(
    x: dict[str, Any], book: FieldBook, facts: TenantFacts, a: dict[str, Answer]
) -> list[Section]:
    """Section 9 and its five sub-sections."""
    s = facts.settings
    record = FieldList(
        [
            book.answer(x["f.controller"], "controller", a),
            book.answer(x["f.dpo"], "dpo", a),
            book.answer(x["f.purpose"] + " (Art. 30)", "purpose", a),
            book.answer(x["f.data_categories"], "data_categories", a),
            book.auto(x["f.subjects"], x["f.subjects_value"]),
            book.answer(x["f.employees_affected"], "employees_affected", a),
            book.answer(x["f.customers_affected"], "customers_affected", a),
            book.auto(x["f.recipients"], x["f.recipients_value"]),
            book.auto(x["f.transfers"], x["f.transfers_value"]),
            book.answer(x["f.retention"] + " (Art. 30)", "retention_days", a),
        ]
    )
    dpia: list[Block] = [
        Paragraph(x["dpia.necessity"]),
        BulletList(list(x["dpia.risks"])),
        FieldList([book.answer(x["f.works_council"], "works_council", a)]),
    ]
    measures = [
        item.format(
            failures=s["login_max_failures"],
            idle=s["session_idle_minutes"],
            hours=s["session_max_hours"],
        )
        for item in x["tom.items"]
    ]
    return [
        Section("9", x["s9"], []),
        Section("9.1", x["s9.1"], [record]),
        Section("9.2", x["s9.2"], dpia),
        Section("9.3", x["s9.3"], [BulletList(measures), Paragraph(x["tom.open"])]),
        Section("9.4", x["s9.4"], [BulletList(list(x["dpa.items"]))]),
        Section("9.5", x["s9.5"], [BulletList(list(x["erasure.items"]))]),
    ]
