"""PII detection quality on the labelled German and English set: recall and precision per type.

A prediction counts as correct when it has the gold span's type and overlaps it (span
boundaries differ harmlessly, e.g. "Herr" in or out). Goal: overall recall >= 0.97 and
precision >= 0.95. Anchor: Presidio out of the box (English spaCy model, default
recognizers) scored recall 0.78, precision 0.58 on German business text on this machine
(shared/FIELD-NOTES.md).

The held-out set (bench/data/pii_eval/holdout/) was written after the recognizers were tuned
on the main set; its figures are the honest ones. Never tune against it.

Usage: .venv/bin/python bench/pii_quality.py [--data DIR ...] [--errors]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from compliance.pii.detector import PresidioDetector, Span
from compliance.pii.entities import ENTITY_DEFAULTS
from compliance.pii.policy import PiiPolicy

ANCHOR = {"recall": 0.78, "precision": 0.58}
GOAL = {"recall": 0.97, "precision": 0.95}


def score(
    items: list[dict[str, Any]], detector: PresidioDetector, show_errors: bool
) -> tuple[Counter[str], Counter[str], Counter[str], Counter[str]]:
    """Gold, found-gold, predicted and correct-predicted counts per entity type."""
    policy = PiiPolicy(actions=dict.fromkeys(ENTITY_DEFAULTS, "detect"))
    gold_n: Counter[str] = Counter()
    found: Counter[str] = Counter()
    pred_n: Counter[str] = Counter()
    correct: Counter[str] = Counter()
    for item in items:
        text = item["text"]
        predicted = detector.analyze(text, policy, item["lang"])
        gold = [Span(e["type"], e["start"], e["end"], 1.0) for e in item["entities"]]
        for g in gold:
            gold_n[g.type] += 1
            if any(_match(g, p) for p in predicted):
                found[g.type] += 1
            elif show_errors:
                print(f"  MISSED {item['id']} {g.type}: {text[g.start : g.end]!r}")
        for p in predicted:
            pred_n[p.type] += 1
            if any(_match(g, p) for g in gold):
                correct[p.type] += 1
            elif show_errors:
                print(f"  FALSE  {item['id']} {p.type}: {text[p.start : p.end]!r}")
    return gold_n, found, pred_n, correct


def _match(gold: Span, predicted: Span) -> bool:
    return gold.type == predicted.type and gold.start < predicted.end and predicted.start < gold.end


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def report(data: Path, detector: PresidioDetector, show_errors: bool) -> None:
    """Score one labelled set and print its table."""
    items = [
        json.loads(line)
        for name in ("de.jsonl", "en.jsonl")
        for line in (data / name).open(encoding="utf-8")
        if line.strip()
    ]
    started = time.perf_counter()
    gold_n, found, pred_n, correct = score(items, detector, show_errors)
    seconds = time.perf_counter() - started
    spans = sum(gold_n.values())
    print(f"\n{data}: {len(items)} texts, {spans} labelled spans, analysed in {seconds:.2f} s")
    print(f"{'type':22} {'gold':>5} {'recall':>7} {'pred':>5} {'precision':>9}")
    for entity in sorted(set(gold_n) | set(pred_n)):
        recall = _ratio(found[entity], gold_n[entity])
        precision = _ratio(correct[entity], pred_n[entity])
        print(f"{entity:22} {gold_n[entity]:5} {recall:7.3f} {pred_n[entity]:5} {precision:9.3f}")
    recall = _ratio(sum(found.values()), spans)
    precision = _ratio(sum(correct.values()), sum(pred_n.values()))
    print(f"{'OVERALL':22} {spans:5} {recall:7.3f} {sum(pred_n.values()):5} {precision:9.3f}")
    print(
        f"goal recall >= {GOAL['recall']}, precision >= {GOAL['precision']}: "
        f"{'met' if recall >= GOAL['recall'] and precision >= GOAL['precision'] else 'NOT met'}"
    )
    print(
        f"vs anchor (Presidio out of the box): recall x{recall / ANCHOR['recall']:.2f}, "
        f"precision x{precision / ANCHOR['precision']:.2f}"
    )


def main() -> None:
    """Score the tuning set and the held-out set (written after tuning; never tune on it)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data",
        type=Path,
        nargs="+",
        default=[Path("bench/data/pii_eval"), Path("bench/data/pii_eval/holdout")],
    )
    parser.add_argument("--errors", action="store_true", help="print every miss and false hit")
    args = parser.parse_args()
    detector = PresidioDetector()
    for data in args.data:
        report(data, detector, args.errors)


if __name__ == "__main__":
    main()
