"""Local engines are spread over the machine's cores: a large model never shares a core with
another model's engine while there is a core for each model (engine-free)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from serving.settings import Settings
from serving.supervisor import EngineSpec, EngineSupervisor


@pytest.mark.skipif(len(os.sched_getaffinity(0)) < 2, reason="needs two cores to spread over")
def test_each_model_gets_a_core_of_its_own_and_replicas_share_theirs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("VLLM_CPU_OMP_THREADS_BIND", raising=False)
    specs = [
        EngineSpec("small", tmp_path, 9001, 2048),
        EngineSpec("small", tmp_path, 9002, 2048, replica=1),
        EngineSpec("german", tmp_path, 9003, 2048),
    ]
    supervisor = EngineSupervisor(Settings(data_dir=tmp_path), specs)
    bound = [supervisor.environment(spec)["VLLM_CPU_OMP_THREADS_BIND"] for spec in specs]
    assert bound[0] == bound[1] != bound[2]
    replicas = EngineSupervisor(Settings(data_dir=tmp_path), specs[:2])
    assert len({replicas.environment(s)["VLLM_CPU_OMP_THREADS_BIND"] for s in specs[:2]}) == 2
    monkeypatch.setenv("VLLM_CPU_OMP_THREADS_BIND", "0-1")  # the operator's choice stands
    assert supervisor.environment(specs[2])["VLLM_CPU_OMP_THREADS_BIND"] == "0-1"
