"""Blind-compare votes: which model's answer a user preferred, and the leaderboard they make."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from sqlalchemy import select

from sandboxes.errors import ServiceError
from sandboxes.models import CompareVote
from store.db import Store, as_utc

TIE = "tie"
SHA256 = re.compile(r"^[0-9a-f]{64}$")


def _invalid(message: str) -> ServiceError:
    return ServiceError(message, code="invalid_vote")


class CompareVotes:
    """Records votes (hashes and model names only, no text) and ranks models per tenant."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def record(
        self,
        tenant_id: int,
        user_id: int | None,
        *,
        question_sha256: str,
        context_sha256: str,
        candidates: list[dict[str, str]],
        winner: str,
        blind: bool,
    ) -> dict[str, Any]:
        """Store one vote; `winner` is a candidate's model or "tie"."""
        for digest in (question_sha256, context_sha256):
            if not SHA256.match(digest):
                raise _invalid("question and context hashes must be SHA-256 hex digests")
        if any(not isinstance(c.get("model"), str) or not c["model"] for c in candidates):
            raise _invalid('every candidate needs a "model"')
        models = [c["model"] for c in candidates]
        if len(models) < 2 or len(set(models)) != len(models):
            raise _invalid("a vote compares at least two different models")
        if winner != TIE and winner not in models:
            raise _invalid(f'the winner must be one of {", ".join(models)} or "{TIE}"')
        kept = [
            {"model": c["model"], "weights_sha256": c.get("weights_sha256", "")} for c in candidates
        ]
        vote = CompareVote(
            tenant_id=tenant_id,
            user_id=user_id,
            question_sha256=question_sha256,
            context_sha256=context_sha256,
            candidates=kept,
            winner=winner,
            blind=blind,
        )
        with self.store.session() as session:
            session.add(vote)
            session.flush()
            return {
                "id": vote.id,
                "created_at": as_utc(vote.created_at).isoformat(),
                "candidates": kept,
                "winner": winner,
                "blind": blind,
            }

    def leaderboard(self, tenant_id: int) -> list[dict[str, Any]]:
        """Games, wins, losses, ties and win rate (wins / games) per model, best first."""
        games: Counter[str] = Counter()
        wins: Counter[str] = Counter()
        ties: Counter[str] = Counter()
        with self.store.session() as session:
            rows = session.execute(
                select(CompareVote.candidates, CompareVote.winner).where(
                    CompareVote.tenant_id == tenant_id
                )
            ).all()
        for candidates, winner in rows:
            for candidate in candidates:
                model = candidate["model"]
                games[model] += 1
                if winner == TIE:
                    ties[model] += 1
                elif winner == model:
                    wins[model] += 1
        ranked = sorted(games, key=lambda m: (-wins[m] / games[m], -games[m], m))
        return [
            {
                "model": model,
                "games": games[model],
                "wins": wins[model],
                "losses": games[model] - wins[model] - ties[model],
                "ties": ties[model],
                "win_rate": round(wins[model] / games[model], 4),
            }
            for model in ranked
        ]
