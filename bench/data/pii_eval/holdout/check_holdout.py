"""Wrapper: runs ../check_labels.py unchanged on holdout/de.jsonl and holdout/en.jsonl,
with minimums scaled to the smaller hold-out set (200 spans, 6 per type except rare German IDs, 25 no-PII texts)."""
import sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import check_labels as c
c.FILES = {"de": HERE / "de.jsonl", "en": HERE / "en.jsonl"}
c.MIN_TOTAL, c.MIN_PERSON_PER_LANG, c.MIN_OTHER, c.MIN_NO_PII_TEXTS = 200, 20, 3, 25
sys.exit(c.main())
