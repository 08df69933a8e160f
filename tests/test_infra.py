"""The deployment files under infra/ render with Debian's tools and keep their promises.

Compose files go through `docker-compose config`, Kustomize overlays through `kubectl
kustomize` (both offline); the rendered objects are checked for health checks and probes,
GPU and resource requests, network isolation and the absence of secrets in the repository.
"""

from __future__ import annotations

import email.parser
import email.policy
import json
import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

from serving.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
INFRA = ROOT / "infra"
COMPOSE_DIR = INFRA / "compose"
ENV_EXAMPLE = COMPOSE_DIR / ".env.example"
COMPOSE_FILES = sorted(COMPOSE_DIR.glob("docker-compose*.yml"))
OVERLAYS = sorted(path for path in (INFRA / "k8s" / "overlays").iterdir() if path.is_dir())
RUNBOOK = INFRA / "README.md"

# Passed in through the environment only: no file in the repository may hold them.
TEST_SECRETS = {"POSTGRES_PASSWORD": "pw-from-env-7d1c", "QDRANT_API_KEY": "qk-from-env-93fa"}
SECRETISH = re.compile(r"PASSWORD|TOKEN|SECRET|API_KEY", re.IGNORECASE)
GATEWAY = {"app.kubernetes.io/component": "gateway"}
WORKLOADS = {"Deployment", "StatefulSet", "DaemonSet", "Job"}
NAMESPACE = "reallabor"


def tool(name: str, package: str) -> str:
    """The path of a command-line tool, or a failure that names the Debian package."""
    path = shutil.which(name)
    if path is None:
        pytest.fail(
            f"`{name}` is not installed: apt-get install {package} "
            "(scripts/install.sh does this when run as root with the test extra)"
        )
    return path


def run(args: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=60, env=env, check=False)


# --- docker-compose ---------------------------------------------------------------------


def compose_config(file: Path, secrets: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """`docker-compose config` with the template env file and only the given secrets."""
    env = {key: value for key, value in os.environ.items() if key not in TEST_SECRETS}
    env.update(secrets)
    binary = tool("docker-compose", "docker-compose")
    return run([binary, "-f", str(file), "--env-file", str(ENV_EXAMPLE), "config"], env=env)


@cache
def rendered_compose(file: Path) -> dict[str, Any]:
    result = compose_config(file, TEST_SECRETS)
    assert result.returncode == 0, f"docker-compose rejects {file.name}: {result.stderr}"
    config: dict[str, Any] = yaml.safe_load(result.stdout)
    return config


def env_dict(environment: Any) -> dict[str, str]:
    if isinstance(environment, list):
        return dict(item.split("=", 1) for item in environment)
    return {key: "" if value is None else str(value) for key, value in environment.items()}


def settings_from(env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> Settings:
    """The gateway's settings as it would read them from exactly this environment."""
    for key in list(os.environ):
        if key.startswith("REALLABOR_"):
            monkeypatch.delenv(key)
    for key, value in env.items():
        if key.startswith("REALLABOR_"):
            monkeypatch.setenv(key, value)
    no_overrides: dict[str, Any] = {}  # a dict, as serving/cli/common.py passes them
    return Settings(**no_overrides)


def test_both_compose_variants_exist() -> None:
    names = {file.name for file in COMPOSE_FILES}
    assert {"docker-compose.gpu.yml", "docker-compose.cpu.yml"} <= names


@pytest.mark.parametrize("file", COMPOSE_FILES, ids=lambda file: file.name)
def test_compose_services_are_health_checked_and_started_in_order(file: Path) -> None:
    services = rendered_compose(file)["services"]
    assert {"gateway", "postgres", "qdrant"} <= set(services)
    for name, service in services.items():
        check = service.get("healthcheck", {})
        assert check.get("test") and check["test"][0] in {"CMD", "CMD-SHELL"}, name
        assert not check.get("disable"), name
    depends = services["gateway"].get("depends_on", {})
    assert isinstance(depends, dict), "depends_on needs conditions, not a plain list"
    assert set(depends) == set(services) - {"gateway"}
    assert all(dep.get("condition") == "service_healthy" for dep in depends.values())


@pytest.mark.parametrize("file", COMPOSE_FILES, ids=lambda file: file.name)
def test_compose_publishes_only_the_gateway(file: Path) -> None:
    config = rendered_compose(file)
    for name, service in config["services"].items():
        if name == "gateway":
            assert service.get("ports"), "the gateway must be reachable"
            continue
        assert not service.get("ports"), f"{name} must not be published on the host"
        for network in service.get("networks", {}):
            assert config["networks"][network].get("internal"), f"{name} on {network}"


@pytest.mark.parametrize("file", COMPOSE_FILES, ids=lambda file: file.name)
def test_compose_gateway_settings_are_valid(file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    services = rendered_compose(file)["services"]
    env = env_dict(services["gateway"]["environment"])
    settings = settings_from(env, monkeypatch)
    url = urlsplit(settings.database_url or "")
    assert url.scheme == "postgresql+psycopg" and url.hostname == "postgres"
    assert url.password == TEST_SECRETS["POSTGRES_PASSWORD"]
    assert settings.qdrant_url == "http://qdrant:6333"
    assert settings.qdrant_api_key is not None
    assert settings.qdrant_api_key.get_secret_value() == TEST_SECRETS["QDRANT_API_KEY"]
    devices = [
        device
        for service in services.values()
        for device in service.get("deploy", {})
        .get("resources", {})
        .get("reservations", {})
        .get("devices", [])
    ]
    if "gpu" in file.name:
        # vLLM runs in its own container on the GPU; the gateway only routes to it.
        assert settings.serve_models == []
        assert settings.remote_urls() == {"eurollm-9b-instruct": ["http://vllm:8000"]}
        vllm = services["vllm"]
        assert any("gpu" in device.get("capabilities", []) for device in devices)
        assert vllm["deploy"]["resources"]["reservations"]["devices"] == devices
        assert any(volume.endswith(":/models:ro") for volume in vllm["volumes"])
    else:
        assert settings.serve_models == ["smollm2-135m-instruct"]
        assert settings.remote_urls() == {}
        assert devices == []


@pytest.mark.parametrize("file", COMPOSE_FILES, ids=lambda file: file.name)
@pytest.mark.parametrize("missing", sorted(TEST_SECRETS))
def test_compose_refuses_to_start_without_each_secret(file: Path, missing: str) -> None:
    others = {key: value for key, value in TEST_SECRETS.items() if key != missing}
    result = compose_config(file, others)
    assert result.returncode != 0
    assert missing in result.stderr


def test_compose_files_hold_no_secret_values() -> None:
    template = dict(
        line.split("=", 1)
        for line in ENV_EXAMPLE.read_text().splitlines()
        if line and not line.startswith("#")
    )
    for name in TEST_SECRETS:
        assert template.get(name) == "", f"{name} must be in .env.example, empty"
    for file in COMPOSE_FILES:
        text = file.read_text()
        for name in TEST_SECRETS:
            uses = re.findall(r"\$\{" + name + r"([^}]*)\}", text)
            assert uses, f"{file.name} never uses {name}"
            assert all(use.startswith(":?") for use in uses), f"{name} needs ${{{name}:?...}}"
        for service in yaml.safe_load(text)["services"].values():
            for key, value in env_dict(service.get("environment", {})).items():
                if SECRETISH.search(key):
                    assert re.fullmatch(r"\$\{[A-Z_]+:\?[^}]*\}", value), f"{key}={value}"


# --- Kustomize ---------------------------------------------------------------------------


@cache
def rendered_overlay(overlay: Path) -> tuple[dict[str, Any], ...]:
    result = run([tool("kubectl", "kubernetes-client"), "kustomize", str(overlay)])
    assert result.returncode == 0, f"kubectl kustomize {overlay.name} failed: {result.stderr}"
    return tuple(doc for doc in yaml.safe_load_all(result.stdout) if doc)


def objects(overlay: Path, kind: str) -> list[dict[str, Any]]:
    return [doc for doc in rendered_overlay(overlay) if doc["kind"] == kind]


def one(overlay: Path, kind: str, name: str) -> dict[str, Any]:
    found = [doc for doc in objects(overlay, kind) if doc["metadata"]["name"] == name]
    assert len(found) == 1, f"{overlay.name}: expected one {kind} {name}, got {len(found)}"
    return found[0]


def workloads(overlay: Path) -> list[dict[str, Any]]:
    return [doc for doc in rendered_overlay(overlay) if doc["kind"] in WORKLOADS]


def pod_labels(workload: dict[str, Any]) -> dict[str, str]:
    labels: dict[str, str] = workload["spec"]["template"]["metadata"]["labels"]
    return labels


def containers(workload: dict[str, Any]) -> list[dict[str, Any]]:
    spec = workload["spec"]["template"]["spec"]
    return [*spec.get("initContainers", []), *spec["containers"]]


def selects(selector: dict[str, Any], labels: dict[str, str]) -> bool:
    assert set(selector) <= {"matchLabels"}, "only matchLabels selectors are used here"
    return set(selector.get("matchLabels", {}).items()) <= set(labels.items())


def component(overlay: Path, name: str) -> list[dict[str, Any]]:
    return [
        w for w in workloads(overlay) if pod_labels(w).get("app.kubernetes.io/component") == name
    ]


def gateway(overlay: Path) -> dict[str, Any]:
    return one(overlay, "Deployment", "reallabor-gateway")


def container_env(overlay: Path, workload: dict[str, Any]) -> dict[str, str]:
    """A container's environment as Kubernetes builds it (secrets as placeholders)."""
    maps = {doc["metadata"]["name"]: doc.get("data", {}) for doc in objects(overlay, "ConfigMap")}
    container = workload["spec"]["template"]["spec"]["containers"][0]
    env: dict[str, str] = {}
    for source in container.get("envFrom", []):
        env.update(maps[source["configMapRef"]["name"]])
    for item in container.get("env", []):
        if "value" in item:
            env[item["name"]] = re.sub(r"\$\((\w+)\)", lambda m: env[m.group(1)], item["value"])
        else:
            env[item["name"]] = f"secret-{item['valueFrom']['secretKeyRef']['key']}"
    return env


def test_overlays_cover_gpu_cpu_and_managed_datastores() -> None:
    assert {"gpu", "cpu", "gpu-managed"} <= {overlay.name for overlay in OVERLAYS}


@pytest.mark.parametrize("overlay", OVERLAYS, ids=lambda overlay: overlay.name)
def test_gateway_runs_replicated_behind_a_disruption_budget(overlay: Path) -> None:
    deployment = gateway(overlay)
    assert deployment["spec"]["replicas"] >= 2
    assert selects(deployment["spec"]["selector"], pod_labels(deployment))
    budgets = [
        pdb
        for pdb in objects(overlay, "PodDisruptionBudget")
        if selects(pdb["spec"]["selector"], pod_labels(deployment))
    ]
    assert budgets, "no PodDisruptionBudget selects the gateway"
    assert all(pdb["spec"].get("minAvailable", 0) >= 1 for pdb in budgets)
    (container,) = deployment["spec"]["template"]["spec"]["containers"]
    assert container["readinessProbe"]["httpGet"]["path"] == "/healthz"
    assert (
        container["livenessProbe"]["httpGet"]["path"] != "/healthz"
    )  # no restart on a model outage
    services = [
        s
        for s in objects(overlay, "Service")
        if selects({"matchLabels": s["spec"]["selector"]}, pod_labels(deployment))
    ]
    (ingress,) = objects(overlay, "Ingress")
    backends = {
        path["backend"]["service"]["name"]
        for rule in ingress["spec"]["rules"]
        for path in rule["http"]["paths"]
    }
    assert backends == {service["metadata"]["name"] for service in services}


@pytest.mark.parametrize("overlay", OVERLAYS, ids=lambda overlay: overlay.name)
def test_each_model_has_a_probed_vllm_deployment_the_gateway_routes_to(
    overlay: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vllm = component(overlay, "vllm")
    assert vllm and all(w["kind"] == "Deployment" for w in vllm)
    served = {}
    for deployment in vllm:
        (container,) = deployment["spec"]["template"]["spec"]["containers"]
        assert container["readinessProbe"]["httpGet"]["path"] == "/health"
        args = [*container.get("command", []), *container.get("args", [])]
        (name,) = [arg.split("=", 1)[1] for arg in args if arg.startswith("--served-model-name=")]
        served[name] = deployment
        gpus = {
            str(container["resources"].get(part, {}).get("nvidia.com/gpu", "0"))
            for part in ("limits", "requests")
        }
        if "gpu" in overlay.name:
            assert len(gpus) == 1 and int(gpus.pop()) >= 1, f"{name} requests no GPU"
        else:
            assert gpus == {"0"}, f"{name} must not ask for a GPU on a CPU cluster"
    settings = settings_from(container_env(overlay, gateway(overlay)), monkeypatch)
    assert settings.serve_models == []
    routes = settings.remote_urls()
    assert set(routes) == set(served)
    for model, urls in routes.items():
        for url in urls:
            parts = urlsplit(url)
            service = one(overlay, "Service", parts.hostname or "")
            assert selects({"matchLabels": service["spec"]["selector"]}, pod_labels(served[model]))
            assert parts.port in {port["port"] for port in service["spec"]["ports"]}


@pytest.mark.parametrize("overlay", OVERLAYS, ids=lambda overlay: overlay.name)
def test_every_container_requests_cpu_and_memory(overlay: Path) -> None:
    for workload in workloads(overlay):
        for container in containers(workload):
            requests = container.get("resources", {}).get("requests", {})
            assert {"cpu", "memory"} <= set(requests), (
                f"{workload['metadata']['name']}/{container['name']}"
            )


@pytest.mark.parametrize("overlay", OVERLAYS, ids=lambda overlay: overlay.name)
def test_only_the_gateway_reaches_vllm_and_only_it_and_the_workers_reach_the_stores(
    overlay: Path,
) -> None:
    gateway_labels = pod_labels(gateway(overlay))
    workers = component(overlay, "ingest-worker")
    assert workers, "ingestion runs in its own deployment"
    worker_labels = pod_labels(workers[0])
    allowed = {"vllm": [gateway_labels], "qdrant": [gateway_labels, worker_labels],
               "postgres": [gateway_labels, worker_labels]}  # fmt: skip
    protected = [(w, name) for name in allowed for w in component(overlay, name)]
    assert protected
    for workload, name in protected:
        labels = pod_labels(workload)
        policies = [
            policy
            for policy in objects(overlay, "NetworkPolicy")
            if selects(policy["spec"]["podSelector"], labels)
            and "Ingress" in policy["spec"].get("policyTypes", ["Ingress"])
        ]
        assert policies, f"{workload['metadata']['name']} is not isolated"
        for policy in policies:
            for rule in policy["spec"].get("ingress", []):
                peers = rule.get("from", [])
                assert peers, f"{policy['metadata']['name']} admits every source"
                for peer in peers:
                    assert set(peer) == {"podSelector"}, policy["metadata"]["name"]
                    assert any(selects(peer["podSelector"], ok) for ok in allowed[name]), (
                        f"{policy['metadata']['name']} admits {peer}"
                    )


@pytest.mark.parametrize("overlay", OVERLAYS, ids=lambda overlay: overlay.name)
def test_datastores_are_statefulsets_or_managed(
    overlay: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sets = {doc["metadata"]["name"]: doc for doc in objects(overlay, "StatefulSet")}
    settings = settings_from(container_env(overlay, gateway(overlay)), monkeypatch)
    database = urlsplit(settings.database_url or "")
    assert database.scheme == "postgresql+psycopg"
    assert database.password == "secret-postgres-password"
    if "managed" in overlay.name:
        assert not sets
        assert database.hostname != "postgres" and settings.qdrant_url != "http://qdrant:6333"
        return
    assert set(sets) == {"postgres", "qdrant"}
    assert database.hostname == "postgres" and settings.qdrant_url == "http://qdrant:6333"
    for statefulset in sets.values():
        assert statefulset["spec"]["volumeClaimTemplates"]
        for container in statefulset["spec"]["template"]["spec"]["containers"]:
            assert "readinessProbe" in container and "livenessProbe" in container


@pytest.mark.parametrize("overlay", OVERLAYS, ids=lambda overlay: overlay.name)
def test_no_secret_is_rendered_from_the_repository(overlay: Path) -> None:
    for secret in objects(overlay, "Secret"):
        assert not secret.get("data") and not secret.get("stringData"), secret["metadata"]
    for config in objects(overlay, "ConfigMap"):
        for key, value in config.get("data", {}).items():
            assert not (SECRETISH.search(key) and value), f"{key} in {config['metadata']['name']}"
    referenced = set()
    for workload in workloads(overlay):
        for container in containers(workload):
            for item in container.get("env", []):
                if "valueFrom" in item:
                    referenced.add(item["valueFrom"]["secretKeyRef"]["key"])
                    continue
                assert not SECRETISH.search(item["name"]), f"{item['name']} is set in plain text"
                credentials = urlsplit(item["value"]).password
                assert credentials is None or re.fullmatch(r"\$\(\w+\)", credentials)
        for volume in workload["spec"]["template"]["spec"].get("volumes", []):
            if "secret" in volume:
                referenced.update(item["key"] for item in volume["secret"]["items"])
    # The runbook's `kubectl create secret` command creates every key the manifests use.
    runbook = RUNBOOK.read_text()
    assert "kubectl -n reallabor create secret generic reallabor-secrets" in runbook
    for key in referenced:
        assert f"--from-literal={key}=" in runbook, f"the runbook never creates {key}"


@pytest.mark.parametrize("overlay", OVERLAYS, ids=lambda overlay: overlay.name)
def test_everything_lands_in_one_namespace(overlay: Path) -> None:
    for doc in rendered_overlay(overlay):
        if doc["kind"] != "Namespace":
            assert doc["metadata"].get("namespace") == NAMESPACE, doc["metadata"]["name"]


# --- Qdrant snapshots helper --------------------------------------------------------------


class FakeQdrant(BaseHTTPRequestHandler):
    """The few snapshot endpoints of Qdrant's REST API that the helper uses."""

    key = "qk-test"
    collections: dict[str, bytes] = {}  # noqa: RUF012 (shared by the handler's instances)
    uploads: dict[str, bytes] = {}  # noqa: RUF012

    def log_message(self, *args: Any) -> None:
        pass

    def _reply(self, status: int, body: Any) -> None:
        data = body if isinstance(body, bytes) else json.dumps({"result": body}).encode()
        self.send_response(status)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _route(self) -> tuple[str, list[str]] | None:
        if self.headers.get("api-key") != self.key:
            self._reply(403, {"error": "bad key"})
            return None
        url = urlsplit(self.path)
        return url.query, url.path.strip("/").split("/")

    def do_GET(self) -> None:
        if (route := self._route()) is None:
            return
        _, parts = route
        if parts == ["collections"]:
            self._reply(200, {"collections": [{"name": name} for name in self.collections]})
        else:  # collections/<c>/snapshots/<name>
            self._reply(200, self.collections[parts[1]])

    def do_DELETE(self) -> None:
        if self._route() is not None:
            self._reply(200, True)

    def do_POST(self) -> None:
        if (route := self._route()) is None:
            return
        query, parts = route
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if parts[-1] == "upload":
            assert "priority=snapshot" in query
            head = f"Content-Type: {self.headers['Content-Type']}\r\n\r\n".encode()
            message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
            (part,) = message.iter_parts()
            assert part.get_param("name", header="content-disposition") == "snapshot"
            payload = part.get_payload(decode=True)
            assert isinstance(payload, bytes)
            self.uploads[parts[1]] = payload
            self._reply(200, True)
        else:
            self._reply(200, {"name": f"{parts[1]}-1.snapshot"})


@pytest.fixture
def fake_qdrant() -> Iterator[str]:
    FakeQdrant.collections = {"reallabor_acme": b"vectors of acme", "reallabor_b": b"\x00\x01"}
    FakeQdrant.uploads = {}
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeQdrant)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def snapshots(action: str, folder: Path, url: str, key: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QDRANT_URL": url, "QDRANT_API_KEY": key}
    script = str(INFRA / "qdrant_snapshots.py")
    return run([sys.executable, script, action, str(folder)], env=env)


def test_qdrant_snapshots_round_trip(fake_qdrant: str, tmp_path: Path) -> None:
    backup = snapshots("backup", tmp_path, fake_qdrant, FakeQdrant.key)
    assert backup.returncode == 0, backup.stderr
    saved = {file.stem: file.read_bytes() for file in tmp_path.glob("*.snapshot")}
    assert saved == FakeQdrant.collections
    restore = snapshots("restore", tmp_path, fake_qdrant, FakeQdrant.key)
    assert restore.returncode == 0, restore.stderr
    assert FakeQdrant.uploads == FakeQdrant.collections


def test_qdrant_snapshots_fail_loudly_on_a_wrong_key(fake_qdrant: str, tmp_path: Path) -> None:
    result = snapshots("backup", tmp_path, fake_qdrant, "wrong")
    assert result.returncode != 0 and "403" in result.stderr
    assert not list(tmp_path.glob("*.snapshot"))
