"""A starting engine's phase and percent, read from the lines vLLM really writes."""

from __future__ import annotations

from pathlib import Path

from serving.engine_progress import read_progress

# Lines as vLLM 0.32.0 on the CPU writes them while it starts (copied from an engine log).
VLLM_START = [
    "(EngineCore pid=11725) INFO 12-07 05:48:00 [core.py:133] Initializing a V1 LLM engine "
    "(v0.32.0) with config: model='/data/models/smollm2-135m-instruct'",
    "(Worker pid=11773) INFO 12-07 05:48:09 [default_loader.py:501] Loading weights took 0.17 "
    "seconds",
    "(EngineCore pid=11725) INFO 12-07 05:48:11 [core.py:402] init engine (profile, create kv "
    "cache, warmup model) took 0.83 s",
    "INFO:     Application startup complete.",
]


def test_each_start_up_line_moves_the_phase_forward(tmp_path: Path) -> None:
    log = tmp_path / "vllm-m.log"
    log.write_text("=== start 2026-12-07T05:47:49 ===\nTriton is installed\n")
    seen = [read_progress(log, 0, 3.0).as_dict()]
    for line in VLLM_START:
        with log.open("a") as handle:
            handle.write(line + "\n")
        seen.append(read_progress(log, 0, 3.0).as_dict())
    phases = [entry["phase"] for entry in seen]
    assert phases == ["process", "engine", "weights", "kv_cache", "api"]
    percents = [entry["percent"] for entry in seen]
    assert percents == sorted(percents) and percents[0] > 0 and percents[-1] < 100
    assert seen[0]["elapsed_s"] == 3


def test_a_restart_reads_only_its_own_lines(tmp_path: Path) -> None:
    log = tmp_path / "vllm-m.log"
    log.write_text("\n".join(VLLM_START) + "\n")  # the previous run got all the way
    restart_at = log.stat().st_size
    with log.open("a") as handle:
        handle.write("=== start 2026-12-07T06:00:00 ===\n" + VLLM_START[0] + "\n")
    assert read_progress(log, restart_at, 1.0).phase == "engine"
    assert read_progress(tmp_path / "missing.log", 0, 1.0).phase == "process"
