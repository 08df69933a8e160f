"""The model registry: which weights the installation serves, with hashes and licences."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import DateTime, Integer, String, select
from sqlalchemy.orm import Mapped, mapped_column

from sandboxes.errors import ServiceError
from serving.model_convert import gguf_license
from serving.packaged_models import PackagedModel, build, build_facts, built
from store.db import Base, Store, utcnow

log = logging.getLogger(__name__)

MODEL_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,127}$")
WEIGHT_SUFFIXES = (".safetensors", ".bin", ".gguf")


class ModelRecord(Base):
    """One registered model."""

    __tablename__ = "models"

    name: Mapped[str] = mapped_column(String(128), primary_key=True)
    source: Mapped[str] = mapped_column(String(512))
    path: Mapped[str] = mapped_column(String(1024))
    original_sha256: Mapped[str] = mapped_column(String(64))
    weights_sha256: Mapped[str] = mapped_column(String(64))
    license: Mapped[str] = mapped_column(String(128))
    context_length: Mapped[int | None] = mapped_column(Integer, nullable=True)
    chat_template_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ModelImportError(ServiceError):
    """A model that cannot be imported as asked."""

    default_code = "model_import_failed"


def file_sha256(path: Path) -> str:
    """SHA-256 of one file, read in 1 MiB blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def weights_sha256(path: Path) -> str:
    """SHA-256 of a weights file, or of a folder's weight files (name and hash, sorted)."""
    if path.is_file():
        return file_sha256(path)
    files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in WEIGHT_SUFFIXES)
    if not files:
        raise ModelImportError(f"no weight files (*.safetensors, *.bin) in {path}")
    digest = hashlib.sha256()
    for file in files:
        digest.update(f"{file.relative_to(path)}\0{file_sha256(file)}\n".encode())
    return digest.hexdigest()


def describe_model_dir(path: Path) -> dict[str, Any]:
    """Context length, chat-template hash and licence read from a Hugging Face folder."""
    config = _read_json(path / "config.json")
    if not config:
        raise ModelImportError(f"{path} has no config.json (Hugging Face layout expected)")
    context = config.get("max_position_embeddings") or config.get("max_seq_len")
    template = None
    jinja = path / "chat_template.jinja"
    if jinja.exists():
        template = jinja.read_text(encoding="utf-8")
    else:
        template = _read_json(path / "tokenizer_config.json").get("chat_template")
    return {
        "context_length": int(context) if context else None,
        "chat_template_sha256": hashlib.sha256(str(template).encode()).hexdigest()
        if template
        else None,
        "license": _readme_license(path / "README.md"),
    }


class ModelRegistry:
    """Registry rows in the store, weights under the data dir's models folder."""

    def __init__(self, store: Store, models_dir: Path, python: str | None = None) -> None:
        self.store = store
        self.models_dir = models_dir
        self.python = python or sys.executable

    def list(self) -> list[dict[str, Any]]:
        """Every registered model as a dict."""
        with self.store.session() as session:
            rows = session.scalars(select(ModelRecord).order_by(ModelRecord.name)).all()
            return [self._info(row) for row in rows]

    def get(self, name: str) -> dict[str, Any] | None:
        """One registered model, or None."""
        with self.store.session() as session:
            row = session.get(ModelRecord, name)
            return self._info(row) if row else None

    def import_model(
        self,
        source_path: Path,
        name: str,
        *,
        license: str | None = None,
        source: str = "",
        original_sha256: str = "",
    ) -> dict[str, Any]:
        """Import a local Hugging Face folder or GGUF file under `name`; nothing is fetched."""
        if not MODEL_NAME.match(name):
            raise ModelImportError(
                "model names are lower-case letters, digits, '.', '-' and '_' (max 128)"
            )
        source_path = source_path.expanduser().resolve()
        if not source_path.exists():
            raise ModelImportError(f"{source_path} does not exist")
        if self.get(name) is not None:
            raise ModelImportError(f"a model named '{name}' is registered already")
        target = self.models_dir / name
        staging = self.models_dir / f".{name}.partial"
        shutil.rmtree(staging, ignore_errors=True)
        original = original_sha256 or weights_sha256(source_path)
        found_license = None
        if source_path.is_file() and source_path.suffix == ".gguf":
            self._convert(source_path, staging)
            found_license = gguf_license(source_path)
        elif source_path.is_dir():
            # Hard links where the folder is on the same file system (a built model is
            # gigabytes); a copy elsewhere.
            shutil.copytree(source_path, staging, copy_function=_link_or_copy)
        else:
            raise ModelImportError("import takes a Hugging Face folder or a .gguf file")
        facts = describe_model_dir(staging)
        shutil.rmtree(target, ignore_errors=True)
        staging.rename(target)
        record = ModelRecord(
            name=name,
            source=source or f"local:{source_path}",
            path=str(target.resolve()),
            original_sha256=original,
            weights_sha256=weights_sha256(target),
            license=license or found_license or facts["license"] or "unknown",
            context_length=facts["context_length"],
            chat_template_sha256=facts["chat_template_sha256"],
        )
        with self.store.session() as session:
            session.add(record)
            session.flush()
            info = self._info(record)
        log.info("model imported: name=%s weights_sha256=%s", name, record.weights_sha256)
        return info

    def ensure_packaged(self, model: PackagedModel) -> dict[str, Any]:
        """Register a model that ships in registry packages (built at install time if so)."""
        existing = self.get(model.name)
        if existing and Path(existing["path"], "config.json").exists():
            return existing
        if existing:
            self.remove(model.name)
        folder = built(model)
        if folder is None:  # not built by the install script: build now, once
            log.info("model %s: joining and converting its package files (once)", model.name)
            folder = build(model, self.models_dir / ".build", self.python)
        facts = build_facts(folder)
        return self.import_model(
            folder,
            model.name,
            license=model.license,
            source=facts["source"],
            original_sha256=facts["original_sha256"],
        )

    def remove(self, name: str) -> None:
        """Forget a model and delete its converted weights."""
        with self.store.session() as session:
            row = session.get(ModelRecord, name)
            if row is not None:
                shutil.rmtree(row.path, ignore_errors=True)
                session.delete(row)

    def _convert(self, gguf: Path, out_dir: Path) -> None:
        result = subprocess.run(
            [self.python, "-m", "serving.model_convert", str(gguf), str(out_dir)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            shutil.rmtree(out_dir, ignore_errors=True)
            tail = result.stderr.strip().splitlines()[-1:] or ["no output"]
            raise ModelImportError(f"GGUF conversion failed: {tail[0]}")

    @staticmethod
    def _info(row: ModelRecord) -> dict[str, Any]:
        return {
            "name": row.name,
            "source": row.source,
            "path": row.path,
            "original_sha256": row.original_sha256,
            "weights_sha256": row.weights_sha256,
            "license": row.license,
            "context_length": row.context_length,
            "chat_template_sha256": row.chat_template_sha256,
            "created_at": row.created_at.isoformat() if row.created_at else None,
        }


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return {}
    return data if isinstance(data, dict) else {}


def _readme_license(readme: Path) -> str | None:
    try:
        text = readme.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    match = re.search(r"^license:\s*(\S+)", text, re.MULTILINE)
    return match.group(1) if match else None


def _link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)
