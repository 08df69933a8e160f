"""GGUF to safetensors conversion, run as a child process so the gateway stays lean.

Usage: python -m serving.model_convert GGUF_FILE OUT_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path


def convert_gguf(gguf_file: Path, out_dir: Path) -> None:
    """De-quantize a GGUF checkpoint to bfloat16 safetensors with its tokenizer."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    model = AutoModelForCausalLM.from_pretrained(
        gguf_file.parent, gguf_file=gguf_file.name, dtype=torch.bfloat16
    )
    tokenizer = AutoTokenizer.from_pretrained(gguf_file.parent, gguf_file=gguf_file.name)
    # The loaded weights are plain tensors now; without this vLLM would look for a
    # GGUF quantizer that the converted folder does not need.
    model.hf_quantizer = None  # type: ignore[assignment]
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    out_dir.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out_dir)
    tokenizer.save_pretrained(out_dir)


def gguf_license(gguf_file: Path) -> str | None:
    """The `general.license` field of a GGUF file, if it has one."""
    from gguf import GGUFReader

    field = GGUFReader(gguf_file).fields.get("general.license")
    if field is None or not field.data:
        return None
    return bytes(field.parts[field.data[0]]).decode("utf-8", "replace")


if __name__ == "__main__":
    convert_gguf(Path(sys.argv[1]), Path(sys.argv[2]))
