"""The floors of the code base: no import arrow runs back up a floor (read from the source)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Each package and the packages below it that it may import; none may import one above it.
FLOORS: dict[str, set[str]] = {
    "store": set(),
    "compliance.pii": set(),
    "compliance.audit": {"store"},
    "sandboxes": {"store", "compliance.pii"},
    "rag": {"store", "compliance.pii", "sandboxes"},
    "compliance.docpack": {"store", "compliance.pii", "compliance.audit", "sandboxes", "rag"},
    "workshops": {
        "store", "compliance.pii", "compliance.audit", "compliance.docpack", "sandboxes", "rag",
        "serving",  # the runner sends exercises through the chat pipeline
    },
    "serving": {
        "store", "compliance.pii", "compliance.audit", "compliance.docpack", "sandboxes", "rag",
        "workshops", "ui",  # the app factory mounts the UI
    },
    "ui": {
        "store", "compliance.pii", "compliance.audit", "compliance.docpack", "sandboxes", "rag",
        "workshops", "serving",
    },
}  # fmt: skip
# Where the layering is knowingly crossed, and why.
ALLOWED_CROSSINGS = {
    # Alembic's environment loads every table module to know the whole schema.
    "store/migrations/env.py",
}


def floor_of(module: str) -> str | None:
    """The floor a dotted module name belongs to (None for third-party code)."""
    parts = module.split(".")
    if parts[0] == "compliance":
        if len(parts) > 1 and parts[1] in ("pii", "docpack"):
            return f"compliance.{parts[1]}"
        return "compliance.audit"
    return parts[0] if parts[0] in FLOORS else None


def test_no_import_runs_back_up_a_floor() -> None:
    upward = []
    for path in sorted(ROOT.glob("*/**/*.py")):
        relative = path.relative_to(ROOT).as_posix()
        module = relative.removesuffix(".py").replace("/", ".")
        home = floor_of(module)
        if home is None or relative in ALLOWED_CROSSINGS:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            for name in names:
                target = floor_of(name)
                if target not in (None, home) and target not in FLOORS[home]:
                    upward.append(f"{relative} imports {name}")
    assert upward == []
