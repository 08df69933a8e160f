"""Packaged models: parts joined in order, the pinned hash enforced, the build found again."""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from serving.packaged_models import CATALOGUE, PackagedModel, build_root, built, join_parts


@pytest.fixture
def chunk_packages(tmp_path: Path) -> Iterator[list[bytes]]:
    """Three installed "packages" holding raw byte chunks, as the model packages do."""
    chunks = [b"GGUF" + bytes(range(256)) * 40, b"\x01" * 5000, b"tail-bytes"]
    for number, chunk in enumerate(chunks, start=1):
        folder = tmp_path / f"rl_test_part{number}" / "data"
        folder.mkdir(parents=True)
        (folder.parent / "__init__.py").write_text("")
        (folder / f"part{number:02d}.bin").write_bytes(chunk)
    sys.path.insert(0, str(tmp_path))
    yield chunks
    sys.path.remove(str(tmp_path))


def model(sha256: str) -> PackagedModel:
    """A catalogue entry over the test's chunk packages."""
    return PackagedModel(
        name="test-model",
        requirements=("rl-test-part1==1",),
        parts=tuple(f"rl_test_part{n}/data/part{n:02d}.bin" for n in (1, 2, 3)),
        sha256=sha256,
        license="Apache-2.0",
        license_file="",
        languages=("de",),
        parameters_b=0.0,
    )


def test_parts_are_joined_in_order_and_checked_against_the_pin(
    chunk_packages: list[bytes], tmp_path: Path
) -> None:
    whole = b"".join(chunk_packages)
    target = tmp_path / "joined.gguf"
    assert (
        join_parts(model(hashlib.sha256(whole).hexdigest()), target)
        == hashlib.sha256(whole).hexdigest()
    )
    assert target.read_bytes() == whole
    with pytest.raises(ValueError, match="pinned"):
        join_parts(model("0" * 64), tmp_path / "bad.gguf")
    assert not (tmp_path / "bad.gguf").exists(), "a file that fails the pin is not kept"


def test_the_install_script_built_the_german_default_into_the_environment() -> None:
    german = CATALOGUE["qwen2.5-coder-1.5b-instruct"]
    folder = built(german)
    assert folder is not None and folder.parent == build_root()
    assert (folder / "model.safetensors").stat().st_size > 3_000_000_000  # bf16, 1.5 B weights
    assert "Apache License" in (folder / "LICENSE-NOTICE.txt").read_text()
