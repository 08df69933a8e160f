"""Removing users with everything they own, row counts included (no reliance on cascades)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from sandboxes.models import (
    CompareVote,
    Conversation,
    ConversationMessage,
    LoginFailure,
    User,
    UserSession,
)


def _count(session: Session, statement: Any) -> int:
    return int(session.execute(statement).rowcount)  # type: ignore[attr-defined]


def purge_user_data(session: Session, user_ids: Any) -> dict[str, int]:
    """Delete the sessions, conversations and messages of `user_ids` (a list or a subquery)."""
    conversations = select(Conversation.id).where(Conversation.user_id.in_(user_ids))
    return {
        "messages": _count(
            session,
            delete(ConversationMessage).where(
                ConversationMessage.conversation_id.in_(conversations)
            ),
        ),
        "conversations": _count(
            session, delete(Conversation).where(Conversation.user_id.in_(user_ids))
        ),
        "sessions": _count(session, delete(UserSession).where(UserSession.user_id.in_(user_ids))),
    }


def purge_user(session: Session, user: User) -> dict[str, int]:
    """Delete one user with their sessions and conversations; their votes stay, anonymous."""
    removed = purge_user_data(session, [user.id])
    session.execute(update(CompareVote).where(CompareVote.user_id == user.id).values(user_id=None))
    session.execute(delete(LoginFailure).where(LoginFailure.username == user.username))
    session.delete(user)
    return removed


def purge_tenant_people(session: Session, tenant_id: int) -> dict[str, int]:
    """Delete a tenant's users, their sessions, conversations and the tenant's votes."""
    user_ids = select(User.id).where(User.tenant_id == tenant_id)
    names = select(User.username).where(User.tenant_id == tenant_id)
    removed = purge_user_data(session, user_ids)
    removed["votes"] = _count(
        session, delete(CompareVote).where(CompareVote.tenant_id == tenant_id)
    )
    session.execute(delete(LoginFailure).where(LoginFailure.username.in_(names)))
    removed["users"] = _count(session, delete(User).where(User.tenant_id == tenant_id))
    return removed
