"""Files the UI offers for download, kept under the data dir for an hour (Gradio serves them)."""

from __future__ import annotations

import time
from pathlib import Path

DOWNLOAD_HOURS = 1
DOWNLOADS_DIR = "ui-downloads"  # under the data dir; ui/app.py lets Gradio serve it


def keep_for_download(data_dir: Path, filename: str, data: bytes) -> Path:
    """Write `data` where Gradio can serve it; files older than an hour are removed."""
    folder = data_dir / DOWNLOADS_DIR
    folder.mkdir(parents=True, exist_ok=True)
    cutoff = time.time() - DOWNLOAD_HOURS * 3600
    for old in folder.iterdir():
        if old.is_file() and old.stat().st_mtime < cutoff:
            old.unlink(missing_ok=True)
    path = folder / Path(filename).name
    path.write_bytes(data)
    return path
