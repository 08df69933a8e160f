"""Alembic environment: runs the packaged migrations against the configured URL."""

from __future__ import annotations

from alembic import context

import compliance.audit
import compliance.docpack.records
import rag.documents
import sandboxes.models
import serving.model_registry
import workshops.models
from store.db import Base, make_engine

_TABLE_MODULES = (
    sandboxes.models,
    workshops.models,
    compliance.audit,
    compliance.docpack.records,
    serving.model_registry,
    rag.documents,
)
target_metadata = Base.metadata
# A session-level PostgreSQL advisory lock held while migrating (the second gateway waits, then
# finds the schema at head); SQLite serialises writers by itself.
MIGRATION_LOCK = 0x5265616C  # "Real"


def run_migrations() -> None:
    """Run migrations online against the URL in the Alembic config."""
    url = context.config.get_main_option("sqlalchemy.url")
    assert url
    engine = make_engine(url)
    with engine.connect() as connection:
        postgres = connection.dialect.name == "postgresql"
        if postgres:  # several gateways starting at once on one database migrate one by one
            connection.exec_driver_sql(f"SELECT pg_advisory_lock({MIGRATION_LOCK})")
            connection.commit()
        try:
            context.configure(
                connection=connection,
                target_metadata=target_metadata,
                render_as_batch=connection.dialect.name == "sqlite",
            )
            with context.begin_transaction():
                context.run_migrations()
        finally:
            if postgres:
                connection.rollback()
                connection.exec_driver_sql(f"SELECT pg_advisory_unlock({MIGRATION_LOCK})")
                connection.commit()
    engine.dispose()


run_migrations()
