"""Dialect-aware atomic upserts (SQLite and PostgreSQL both speak ON CONFLICT)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session


def increment(
    session: Session,
    table: Table,
    keys: dict[str, Any],
    amounts: dict[str, int],
    returning: str | None = None,
    also_set: dict[str, Any] | None = None,
) -> Any:
    """Insert the row with `amounts`, or add `amounts` to the existing row, atomically.

    `also_set` columns are written as given, on insert and on update alike.
    """
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = insert(table).values(**keys, **amounts, **(also_set or {}))
    stmt = stmt.on_conflict_do_update(
        index_elements=list(keys),
        set_={
            **{name: table.c[name] + stmt.excluded[name] for name in amounts},
            **{name: stmt.excluded[name] for name in also_set or {}},
        },
    )
    if returning is None:
        session.execute(stmt)
        return None
    return session.execute(stmt.returning(table.c[returning])).scalar_one()
