"""The relational store: engine, sessions and migrations (SQLite or PostgreSQL by URL)."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
RECLAIM_ATTEMPTS = 40
log = logging.getLogger(__name__)


class Base(DeclarativeBase):
    """Declarative base shared by every table of the installation."""


def utcnow() -> datetime:
    """The current time, timezone-aware UTC."""
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    """`value` as aware UTC (SQLite hands timezone-aware columns back naive)."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def make_engine(url: str) -> Engine:
    """Create an engine; SQLite gets WAL, foreign keys and a busy timeout."""
    kwargs: dict[str, Any] = {"pool_pre_ping": True}
    if url.startswith("sqlite"):
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # Deleted rows are overwritten with zeros, not left in free pages of the file (erasure).
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


class Store:
    """Engine plus session factory; the one handle services use to reach the database."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def from_url(cls, url: str) -> Store:
        """Open the store at a database URL."""
        return cls(make_engine(url))

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session committed on success and rolled back on error."""
        with self._sessions.begin() as session:
            yield session

    @property
    def dialect(self) -> str:
        """`sqlite` or `postgresql`."""
        return self.engine.dialect.name

    def reclaim(self) -> None:
        """Make deleted rows unreadable in the database files too (not only in queries)."""
        if self.dialect == "sqlite":  # old page versions stay in the WAL until a checkpoint
            for _attempt in range(RECLAIM_ATTEMPTS):  # a reader still open blocks truncation
                with self.engine.connect() as connection:
                    # A TRUNCATE checkpoint holds writers off while it waits for readers:
                    # wait briefly and retry, never the connection's 30 s busy timeout.
                    connection.exec_driver_sql("PRAGMA busy_timeout=100")
                    busy = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").first()
                    connection.exec_driver_sql("PRAGMA busy_timeout=30000")
                if not busy or not busy[0]:
                    return
                time.sleep(0.05)
            log.warning("the database log could not be truncated: a reader kept it busy")
        else:  # PostgreSQL keeps dead tuples until VACUUM; VACUUM cannot run in a transaction
            with self.engine.connect().execution_options(
                isolation_level="AUTOCOMMIT"
            ) as connection:
                for table in (
                    "conversation_messages",
                    "workshop_shared_prompts",
                    "documents",
                    "index_keys",
                ):
                    connection.exec_driver_sql(f"VACUUM {table}")

    def dispose(self) -> None:
        """Close all pooled connections."""
        self.engine.dispose()


def alembic_config(url: str) -> Config:
    """An Alembic config pointing at the packaged migrations and the given database."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def migrate(url: str, revision: str = "head") -> None:
    """Bring the database schema to `revision` (default: the newest)."""
    command.upgrade(alembic_config(url), revision)


def downgrade(url: str, revision: str) -> None:
    """Take the database schema back to `revision`."""
    command.downgrade(alembic_config(url), revision)
