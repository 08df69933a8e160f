"""Wrapper: runs ../build.py unchanged, but on holdout/src/ -> holdout/de.jsonl, holdout/en.jsonl."""
import sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import build
build.HERE = HERE
build.main()
