"""Failed logins per username: after too many in a window, the username is locked a while."""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from sqlalchemy import delete, update
from sqlalchemy.dialects import postgresql, sqlite

from sandboxes.models import LoginFailure
from store.db import Store, as_utc


class LoginThrottle:
    """Counts failures per username within `window` and locks it for `window` at the limit."""

    def __init__(self, store: Store, max_failures: int, lockout_minutes: int) -> None:
        self.store = store
        self.max_failures = max_failures
        self.window = timedelta(minutes=lockout_minutes)

    def locked_for(self, username: str, now: datetime) -> int:
        """Seconds until `username` may try again; 0 if it is not locked."""
        with self.store.session() as session:
            row = session.get(LoginFailure, username)
            if row is None or row.locked_until is None:
                return 0
            left = (as_utc(row.locked_until) - now).total_seconds()
            return max(0, math.ceil(left))

    def failed(self, username: str, now: datetime) -> int:
        """Count one failure (a new window if the last one is over); returns the count."""
        with self.store.session() as session:
            session.execute(
                update(LoginFailure)
                .where(
                    LoginFailure.username == username,
                    LoginFailure.window_start <= now - self.window,
                )
                .values(failures=0, window_start=now, locked_until=None)
            )
            dialect = session.get_bind().dialect.name
            insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
            stmt = insert(LoginFailure).values(username=username, failures=1, window_start=now)
            stmt = stmt.on_conflict_do_update(
                index_elements=["username"], set_={"failures": LoginFailure.failures + 1}
            )
            failures = int(session.execute(stmt.returning(LoginFailure.failures)).scalar_one())
            if failures >= self.max_failures:
                session.execute(
                    update(LoginFailure)
                    .where(LoginFailure.username == username)
                    .values(locked_until=now + self.window)
                )
            return failures

    def clear(self, username: str) -> None:
        """Forget the failures of `username` (after a good login or a password reset)."""
        with self.store.session() as session:
            session.execute(delete(LoginFailure).where(LoginFailure.username == username))
