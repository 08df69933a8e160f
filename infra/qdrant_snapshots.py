"""Back up and restore every Qdrant collection as snapshot files (Python standard library only).

    python3 qdrant_snapshots.py backup DIR     # one DIR/<collection>.snapshot per collection
    python3 qdrant_snapshots.py restore DIR    # uploads them; missing collections are created

The server and key come from QDRANT_URL and QDRANT_API_KEY, else from the gateway's
REALLABOR_QDRANT_URL and REALLABOR_QDRANT_API_KEY. Runbook: infra/README.md.
"""

from __future__ import annotations

import json
import os
import sys
import urllib.parse
import urllib.request
import uuid
from pathlib import Path
from typing import Any


def _server() -> tuple[str, dict[str, str]]:
    url = os.environ.get("QDRANT_URL") or os.environ.get("REALLABOR_QDRANT_URL")
    key = os.environ.get("QDRANT_API_KEY") or os.environ.get("REALLABOR_QDRANT_API_KEY")
    if not url:
        sys.exit("set QDRANT_URL (and QDRANT_API_KEY)")
    return url.rstrip("/"), {"api-key": key} if key else {}


def _call(method: str, path: str, body: bytes | None = None, **headers: str) -> bytes:
    base, auth = _server()
    request = urllib.request.Request(
        base + path, data=body, method=method, headers={**auth, **headers}
    )
    with urllib.request.urlopen(request, timeout=3600) as response:
        data: bytes = response.read()
        return data


def _json(method: str, path: str) -> Any:
    return json.loads(_call(method, path))["result"]


def backup(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for collection in _json("GET", "/collections")["collections"]:
        name = urllib.parse.quote(collection["name"])
        snapshot = _json("POST", f"/collections/{name}/snapshots?wait=true")["name"]
        target = folder / f"{collection['name']}.snapshot"
        target.write_bytes(_call("GET", f"/collections/{name}/snapshots/{snapshot}"))
        _call("DELETE", f"/collections/{name}/snapshots/{snapshot}?wait=true")
        print(f"{collection['name']}: {target} ({target.stat().st_size} bytes)")


def restore(folder: Path) -> None:
    files = sorted(folder.glob("*.snapshot"))
    if not files:
        sys.exit(f"no *.snapshot files in {folder}")
    for file in files:
        boundary = uuid.uuid4().hex
        head = (
            f"--{boundary}\r\n"
            f'Content-Disposition: form-data; name="snapshot"; filename="{file.name}"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n"
        )
        body = head.encode() + file.read_bytes() + f"\r\n--{boundary}--\r\n".encode()
        name = urllib.parse.quote(file.stem)
        _call(
            "POST",
            f"/collections/{name}/snapshots/upload?priority=snapshot&wait=true",
            body,
            **{"Content-Type": f"multipart/form-data; boundary={boundary}"},
        )
        print(f"{file.stem}: restored from {file}")


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in {"backup", "restore"}:
        sys.exit(__doc__)
    (backup if sys.argv[1] == "backup" else restore)(Path(sys.argv[2]))
