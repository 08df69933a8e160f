"""Alembic environment: runs the packaged migrations against the configured URL."""

from __future__ import annotations

from alembic import context

import compliance.audit
import rag.documents
import sandboxes.models
import sandboxes.workshop_models
import serving.model_registry
from sandboxes.db import Base, make_engine

_TABLE_MODULES = (
    sandboxes.models,
    sandboxes.workshop_models,
    compliance.audit,
    serving.model_registry,
    rag.documents,
)
target_metadata = Base.metadata


def run_migrations() -> None:
    """Run migrations online against the URL in the Alembic config."""
    url = context.config.get_main_option("sqlalchemy.url")
    assert url
    engine = make_engine(url)
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
        )
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


run_migrations()
