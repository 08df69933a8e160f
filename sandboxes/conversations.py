"""Saved chats: each conversation belongs to one user, and only that user sees it."""

from __future__ import annotations

import builtins
import secrets
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from sandboxes.errors import ServiceError
from sandboxes.models import Conversation, ConversationMessage
from store.db import Store, as_utc, utcnow

MESSAGE_ROLES = ("user", "assistant")
TITLE_MAX = 200


class ConversationError(ServiceError):
    """A conversation operation that cannot be done as asked."""


class ConversationService:
    """Conversations and their messages, always scoped to their owner."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def create(self, user_id: int, tenant_id: int, title: str) -> str:
        """Start a conversation for `user_id`; returns its id."""
        conversation_id = "conv_" + secrets.token_hex(12)
        now = utcnow()
        with self.store.session() as session:
            session.add(
                Conversation(
                    id=conversation_id,
                    user_id=user_id,
                    tenant_id=tenant_id,
                    title=title.strip()[:TITLE_MAX],
                    created_at=now,
                    updated_at=now,
                )
            )
        return conversation_id

    def append(
        self,
        conversation_id: str,
        user_id: int,
        role: str,
        content: str,
        meta: dict[str, Any] | None = None,
    ) -> None:
        """Add a message to the user's conversation and mark it as updated."""
        if role not in MESSAGE_ROLES:
            raise ConversationError(
                f"message role must be one of {', '.join(MESSAGE_ROLES)}",
                code="invalid_message_role",
            )
        with self.store.session() as session:
            conversation = self._get(session, conversation_id, user_id)
            now = utcnow()
            session.add(
                ConversationMessage(
                    conversation_id=conversation.id,
                    role=role,
                    content=content,
                    meta=meta,
                    created_at=now,
                )
            )
            conversation.updated_at = now

    def list(self, user_id: int) -> builtins.list[dict[str, Any]]:
        """The user's conversations, the most recently updated first."""
        counts = (
            select(ConversationMessage.conversation_id, func.count().label("n"))
            .group_by(ConversationMessage.conversation_id)
            .subquery()
        )
        query = (
            select(Conversation, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.conversation_id == Conversation.id)
            .where(Conversation.user_id == user_id)
            .order_by(Conversation.updated_at.desc(), Conversation.created_at.desc())
        )
        with self.store.session() as session:
            return [
                {
                    "id": conversation.id,
                    "title": conversation.title,
                    "updated_at": as_utc(conversation.updated_at).isoformat(),
                    "messages": int(count),
                }
                for conversation, count in session.execute(query).all()
            ]

    def messages(self, conversation_id: str, user_id: int) -> builtins.list[dict[str, Any]]:
        """The messages of the user's conversation, the oldest first."""
        with self.store.session() as session:
            self._get(session, conversation_id, user_id)
            rows = session.scalars(
                select(ConversationMessage)
                .where(ConversationMessage.conversation_id == conversation_id)
                .order_by(ConversationMessage.id)
            ).all()
            return [
                {
                    "role": row.role,
                    "content": row.content,
                    "meta": row.meta,
                    "created_at": as_utc(row.created_at).isoformat(),
                }
                for row in rows
            ]

    def delete(self, conversation_id: str, user_id: int) -> int:
        """Delete the user's conversation; returns the rows removed (messages + 1)."""
        with self.store.session() as session:
            self._get(session, conversation_id, user_id)
            removed = self._remove(session, [conversation_id])
        self.store.reclaim()  # the text leaves the database files too
        return removed

    def delete_all(self, user_id: int) -> int:
        """Delete every conversation of the user; returns the rows removed."""
        with self.store.session() as session:
            ids = session.scalars(
                select(Conversation.id).where(Conversation.user_id == user_id)
            ).all()
            removed = self._remove(session, builtins.list(ids))
        self.store.reclaim()
        return removed

    @staticmethod
    def _remove(session: Session, ids: builtins.list[str]) -> int:
        if not ids:
            return 0
        messages = session.execute(
            delete(ConversationMessage).where(ConversationMessage.conversation_id.in_(ids))
        )
        conversations = session.execute(delete(Conversation).where(Conversation.id.in_(ids)))
        return int(messages.rowcount) + int(conversations.rowcount)  # type: ignore[attr-defined]

    @staticmethod
    def _get(session: Session, conversation_id: str, user_id: int) -> Conversation:
        conversation = session.get(Conversation, conversation_id)
        if conversation is None or conversation.user_id != user_id:
            raise ConversationError(
                "no such conversation", status=404, code="conversation_not_found"
            )
        return conversation
