"""Self-test per tenant: "Funktioniert die Suche mit meinen Dokumenten?"

No capable model is needed. From each of the tenant's documents, sentences are held out and
turned into questions by simple rules: a key-term query (the sentence's rarest words), a
reworded query (stop words dropped, the order reversed, common business words swapped for
synonyms) and, for table rows, a look-up by the row's first cell and a column name. Each
question runs through the tenant's real retrieval; a hit is a source of the same document
that holds the sentence. The report gives hit@1 and hit@k per document and overall, and for
the weakest documents a reason a person can act on. Nothing of the text leaves this module:
the report holds ids, file names, counts and scores only.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from rag.retrieval import Retriever
from rag.vector_index import VectorIndex

SAMPLE_PASSAGES = 6  # per document
TOP_K = 5
_WORD = re.compile(r"[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß\-]{2,}")
_NORMAL = re.compile(r"[\W_]+")
STOP = frozenset(
    [
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einer",
        "eines",
        "einem",
        "einen",
        "und",
        "oder",
        "aber",
        "nicht",
        "auch",
        "ist",
        "sind",
        "wird",
        "werden",
        "wurde",
        "wurden",
        "hat",
        "haben",
        "kann",
        "können",
        "muss",
        "müssen",
        "soll",
        "sollen",
        "mit",
        "von",
        "zu",
        "zur",
        "zum",
        "im",
        "in",
        "an",
        "am",
        "auf",
        "aus",
        "bei",
        "für",
        "über",
        "unter",
        "nach",
        "vor",
        "durch",
        "bis",
        "als",
        "wie",
        "so",
        "es",
        "sie",
        "er",
        "wir",
        "ihr",
        "ihre",
        "ihren",
        "sein",
        "seine",
        "dass",
        "daß",
        "wenn",
        "dann",
        "sich",
        "nur",
        "noch",
        "mehr",
        "alle",
        "jeder",
        "jede",
        "diese",
        "dieser",
        "dieses",
        "diesem",
        "diesen",
        "the",
        "and",
        "of",
        "to",
        "for",
        "with",
    ]
)
SYNONYMS = {
    "mitarbeiter": "beschäftigte", "mitarbeitende": "beschäftigte", "prüfung": "kontrolle",
    "frist": "zeitraum", "lieferant": "zulieferer", "kunde": "auftraggeber",
    "verantwortlich": "zuständig", "erfolgt": "geschieht", "innerhalb": "binnen",
    "unternehmen": "firma", "mindestens": "wenigstens", "kosten": "aufwand",
    "monate": "monaten", "tage": "tagen", "werk": "standort", "ware": "material",
}  # fmt: skip


def _normal(text: str) -> str:
    return _NORMAL.sub("", text.lower())


def _sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?])\s+|\n+", text)
    return [p.strip() for p in parts if len(p.split()) >= 8]


def _table_rows(text: str) -> list[list[str]]:
    rows = [[c.strip() for c in line.split("|")] for line in text.splitlines() if "|" in line]
    return [r for r in rows if len(r) >= 2 and all(len(c) >= 2 for c in r[:2])]


@dataclass(frozen=True)
class Probe:
    """One generated question with the text a hit must contain."""

    doc_id: str
    kind: str
    question: str
    evidence: str


def make_probes(
    doc_id: str, texts: list[str], rarity: Counter[str], rng: random.Random
) -> list[Probe]:
    """Questions from a document's passages by simple rules."""
    probes: list[Probe] = []
    for text in texts:
        sentences = _sentences(text)
        if sentences:
            sentence = rng.choice(sentences)
            words = [w for w in _WORD.findall(sentence) if w.lower() not in STOP]
            rare = sorted(set(words), key=lambda w: (rarity[w.lower()], w))[:5]
            if len(rare) >= 3:
                probes.append(Probe(doc_id, "keywords", " ".join(rare), sentence))
            reworded = [SYNONYMS.get(w.lower(), w.lower()) for w in reversed(words)]
            if len(reworded) >= 4:
                probes.append(Probe(doc_id, "reworded", " ".join(reworded[:12]), sentence))
        rows = _table_rows(text)
        if len(rows) >= 3:
            header, row = rows[0], rng.choice(rows[1:])
            column = header[min(1, len(header) - 1)]
            probes.append(Probe(doc_id, "table", f"{row[0]} {column}", " | ".join(row[:2])))
    return probes


class RetrievalSelfTest:
    """Runs the self-test for one tenant on its real index and retrieval."""

    def __init__(self, index: VectorIndex, retriever: Retriever, seed: int = 7) -> None:
        self.index = index
        self.retriever = retriever
        self.seed = seed

    def run(
        self, tenant: str, documents: list[dict[str, Any]], progress: Any = None
    ) -> dict[str, Any]:
        """The report for `documents` (the tenant's document infos, any status)."""
        rng = random.Random(self.seed)
        samples: dict[str, list[str]] = {}
        for doc in documents:
            if doc["status"] != "ready":
                continue
            hits = self.index.sample(tenant, {"doc_id": str(doc["id"])}, 200)
            picked = rng.sample(hits, min(SAMPLE_PASSAGES, len(hits)))
            samples[str(doc["id"])] = [str(h.payload.get("text", "")) for h in picked]
        rarity: Counter[str] = Counter()
        for texts in samples.values():
            for text in texts:
                rarity.update({w.lower() for w in _WORD.findall(text)})
        probes = [
            p for doc_id, texts in samples.items() for p in make_probes(doc_id, texts, rarity, rng)
        ]
        results: dict[str, list[int | None]] = {str(d["id"]): [] for d in documents}
        for number, probe in enumerate(probes, start=1):
            found = self.retriever.retrieve(tenant, probe.question, TOP_K)
            evidence = _normal(probe.evidence)
            rank = next(
                (i for i, s in enumerate(found, 1)
                 if s.document_id == probe.doc_id and evidence in _normal(s.text)),
                None,
            )  # fmt: skip
            results[probe.doc_id].append(rank)
            if progress is not None:
                progress(number, len(probes))
        return _report(documents, results, samples)


def _report(
    documents: list[dict[str, Any]],
    results: dict[str, list[int | None]],
    samples: dict[str, list[str]],
) -> dict[str, Any]:
    per_doc = []
    for doc in documents:
        ranks = results.get(str(doc["id"]), [])
        n = len(ranks)
        hit1 = sum(1 for r in ranks if r == 1) / n if n else 0.0
        hitk = sum(1 for r in ranks if r) / n if n else 0.0
        per_doc.append(
            {
                "document_id": doc["id"],
                "filename": doc["filename"],
                "questions": n,
                "hit@1": round(hit1, 3),
                f"hit@{TOP_K}": round(hitk, 3),
                "reason": _reason(doc, samples.get(str(doc["id"]), []), hitk if n else None),
            }
        )
    ranks = [r for doc_ranks in results.values() for r in doc_ranks]
    total = len(ranks)
    worst = sorted(per_doc, key=lambda d: (d[f"hit@{TOP_K}"], d["questions"]))
    return {
        "object": "retrieval.selftest",
        "questions": total,
        "hit@1": round(sum(1 for r in ranks if r == 1) / total, 3) if total else 0.0,
        f"hit@{TOP_K}": round(sum(1 for r in ranks if r) / total, 3) if total else 0.0,
        "mrr": round(sum(1 / r for r in ranks if r) / total, 3) if total else 0.0,
        "documents": per_doc,
        "weakest": [d for d in worst if d["reason"]][:3],
    }


def _reason(doc: dict[str, Any], texts: list[str], hitk: float | None) -> str:
    """Why a document does badly, in a word the UI translates (empty when it does well)."""
    if doc["status"] == "failed" and doc.get("error_code") in ("no_text",):
        return "no_text"  # e.g. a scan without a text layer that OCR could not read
    if doc["status"] != "ready":
        return "not_indexed"
    chunks = int(doc.get("progress", {}).get("chunks_total") or 0)
    if chunks < 3 or not texts:
        return "very_short"
    table_lines = sum(t.count("|") >= 2 for t in "\n".join(texts).splitlines())
    lines = max(1, len("\n".join(texts).splitlines()))
    if hitk is not None and hitk < 0.8 and table_lines / lines > 0.5:
        return "mostly_tables"
    if hitk is not None and hitk < 0.8:
        return "low_score"
    return ""


def weighted_score(report: dict[str, Any]) -> float:
    """One number for the pack: hit@k, 0 when nothing could be asked."""
    return float(report.get(f"hit@{TOP_K}", 0.0)) if report.get("questions") else 0.0
