"""Proof of erasure on disk: search stored files for byte probes of what was deleted.

The search runs in a child process, never in the gateway: SQLite guards its database with
POSIX (fcntl) locks, and POSIX drops *all* of a process's locks on a file when the process
closes *any* descriptor of it. A scan in the gateway that opened `reallabor.db` or its WAL
would silently release the gateway's locks; the next short-lived connection of another
process (a CLI call) would then think it was the last one, checkpoint and delete the WAL,
and the gateway's later commits would go to an unlinked file nobody else can read.
"""

from __future__ import annotations

import base64
import json
import mmap
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

PROBE_CHARS = 32
MAX_PROBES = 24


def text_probes(texts: Iterable[str], per_text: int = 2, chars: int = PROBE_CHARS) -> list[bytes]:
    """Byte strings that occur in any stored copy of the texts (UTF-8 and JSON-escaped).

    Probes are held in memory only; they are taken from the start and the middle of each text.
    """
    probes: list[bytes] = []
    for text in texts:
        flat = " ".join(text.split())
        if len(flat) < chars:
            continue
        starts = sorted({0, max(0, len(flat) // 2 - chars // 2)})[:per_text]
        for start in starts:
            piece = flat[start : start + chars]
            probes.append(piece.encode("utf-8"))
            escaped = json.dumps(piece)[1:-1].encode("ascii")
            if escaped != probes[-1]:
                probes.append(escaped)
        if len(probes) >= MAX_PROBES:
            break
    return probes[:MAX_PROBES]


@dataclass(frozen=True)
class ResidueReport:
    """What a scan looked at and what it found (file names relative to the scanned roots)."""

    files_scanned: int
    bytes_scanned: int
    probes: int
    files_found: tuple[str, ...]

    def as_dict(self) -> dict[str, object]:
        """JSON view for deletion results and certificates."""
        return {
            "files_scanned": self.files_scanned,
            "bytes_scanned": self.bytes_scanned,
            "probes": self.probes,
            "files_with_residue": len(self.files_found),
        }


def _under(path: Path, folders: tuple[Path, ...]) -> bool:
    return any(path.is_relative_to(folder) for folder in folders)


def _files(roots: Iterable[Path], skip: tuple[Path, ...]) -> Iterable[tuple[Path, Path]]:
    for root in roots:
        if root.is_file():
            yield root.parent, root
            continue
        if not root.is_dir():
            continue
        for path in root.rglob("*"):
            if path.is_file() and not path.is_symlink() and not _under(path, skip):
                yield root, path


def _holds(path: Path, probes: list[bytes]) -> bool:
    try:
        with path.open("rb") as handle:
            if path.stat().st_size == 0:
                return False
            with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
                return any(data.find(probe) != -1 for probe in probes)
    except (FileNotFoundError, ValueError):  # removed meanwhile, or emptied while mapping
        return False


def scan_for_residue(
    roots: Iterable[Path], probes: list[bytes], skip: Iterable[Path] = ()
) -> ResidueReport:
    """Every file under `roots` (not under `skip`) searched for any of the probes.

    Runs in a child process (see the module's docstring); the probes travel through a pipe.
    """
    request = {
        "roots": [str(root) for root in roots],
        "skip": [str(path) for path in skip],
        "probes": [base64.b64encode(probe).decode("ascii") for probe in probes],
    }
    done = subprocess.run(
        [sys.executable, "-m", "sandboxes.erasure"],
        input=json.dumps(request).encode(),
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(
            f"the residue scan failed: {done.stderr.decode(errors='replace')[-500:]}"
        )
    answer = json.loads(done.stdout)
    return ResidueReport(
        answer["files_scanned"], answer["bytes_scanned"], answer["probes"], tuple(answer["found"])
    )


def scan_here(
    roots: Iterable[Path], probes: list[bytes], skip: Iterable[Path] = ()
) -> ResidueReport:
    """The scan itself, in this process: only for the child process and files no DB holds."""
    skipped = tuple(skip)
    files = size = 0
    found: list[str] = []
    for root, path in _files(roots, skipped):
        files += 1
        try:
            size += path.stat().st_size
        except FileNotFoundError:
            continue
        if probes and _holds(path, probes):
            found.append(str(path.relative_to(root)))
    return ResidueReport(files, size, len(probes), tuple(found))


def _main() -> None:
    request = json.loads(sys.stdin.buffer.read())
    report = scan_here(
        [Path(root) for root in request["roots"]],
        [base64.b64decode(probe) for probe in request["probes"]],
        [Path(path) for path in request["skip"]],
    )
    answer = {
        "files_scanned": report.files_scanned,
        "bytes_scanned": report.bytes_scanned,
        "probes": report.probes,
        "found": list(report.files_found),
    }
    sys.stdout.write(json.dumps(answer))


if __name__ == "__main__":
    _main()
