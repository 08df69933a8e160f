"""Runs a workshop exercise through the gateway pipeline: the same door as every other call."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import anyio

from compliance.pii.entities import ENTITY_DEFAULTS, Action
from compliance.pii.policy import PiiPolicy
from rag.retrieval import Source
from sandboxes.principal import Principal
from serving.backends import ModelRouter
from serving.chat_call import ChatCall, ChatResult
from serving.chat_pipeline import ChatPipeline
from serving.errors import APIError
from workshops.exercises import Exercise
from workshops.service import WorkshopService


@dataclass(frozen=True)
class Step:
    """One call of an exercise: what is varied, the prompt and the pipeline settings."""

    setting: str  # without_documents | with_documents | filter_off | filter_on | model | variant
    prompt: str
    documents: bool
    model: str
    pii_off: bool = False


class ExerciseRunner:
    """Turns an exercise into one to two pipeline calls and reports them side by side."""

    def __init__(
        self,
        chat: ChatPipeline,
        router: ModelRouter,
        workshops: WorkshopService,
        max_tokens: int = 160,
    ) -> None:
        self.chat = chat
        self.router = router
        self.workshops = workshops
        self.max_tokens = max_tokens  # per answer; the room compares several side by side

    async def run(
        self, principal: Principal, user_id: int, exercise_id: str, lang: str = "de"
    ) -> dict[str, Any]:
        """Run exercise `exercise_id` for a participant; answers, sources and what the model saw."""
        content = await anyio.to_thread.run_sync(self.workshops.exercise_for, user_id, exercise_id)
        exercise = content.exercise(exercise_id)
        steps = self._steps(exercise, principal)
        frozen: tuple[Source, ...] | None = None
        if exercise.kind == "two_models":  # both models get the very same retrieved chunks
            frozen = tuple(await self.chat.retrieve(principal, exercise.prompts[0], {}))
        runs = [await self._call(principal, step, frozen) for step in steps]
        await anyio.to_thread.run_sync(self.workshops.record_run, user_id, exercise_id)
        return {"object": "workshop.exercise_run", "exercise": exercise.public(lang), "runs": runs}

    def _steps(self, exercise: Exercise, principal: Principal) -> list[Step]:
        _, up = self.router.answering_first(principal.may_use)
        if not up:
            raise APIError(503, "No model is reachable at the moment.", code="backend_unavailable")
        first, prompt = up[0], exercise.prompts[0]
        if exercise.kind == "hallucination":
            return [
                Step("without_documents", prompt, False, first),
                Step("with_documents", prompt, True, first),
            ]
        if exercise.kind == "injection":
            return [Step("with_documents", prompt, True, first)]
        if exercise.kind == "pii":
            return [
                Step("filter_off", prompt, False, first, pii_off=True),
                Step("filter_on", prompt, False, first),
            ]
        if exercise.kind == "two_models":
            if len(up) < 2:
                raise APIError(
                    503, "This exercise needs two reachable models.", code="backend_unavailable"
                )
            return [Step("model", prompt, True, up[0]), Step("model", prompt, True, up[1])]
        return [Step("variant", p, False, first) for p in exercise.prompts[:2]]  # bias

    async def _call(
        self, principal: Principal, step: Step, frozen: tuple[Source, ...] | None
    ) -> dict[str, Any]:
        policy: PiiPolicy | None = None
        if step.pii_off:
            # The demonstration of what a model sees without the filter: detection still
            # runs and is counted in the receipt, nothing is replaced. Only for the
            # exercise's prepared prompt with fictional data, never for free text.
            everything: dict[str, Action] = {entity: "detect" for entity in ENTITY_DEFAULTS}
            policy = PiiPolicy(actions=everything)
        body: dict[str, Any] = {
            "model": step.model,
            "messages": [{"role": "user", "content": step.prompt}],
            "max_tokens": self.max_tokens,
            "temperature": 0.0,  # the room sees the same answer when it repeats a step
        }
        if step.documents:
            body["retrieval"] = True
        call = ChatCall.of(
            body, frozen_sources=frozen if step.documents else None, pii_policy=policy
        )
        result = await self.chat.run(principal, call)
        assert isinstance(result, ChatResult)  # the body asks for no stream
        data = result.completion
        sources = data.get("sources") or []
        return {
            "setting": step.setting,
            "model": step.model,
            "prompt": step.prompt,
            "documents": step.documents,
            "pii_filter": not step.pii_off,
            "answer": result.text,
            "sources": sources,
            "injection_flagged": sum(1 for s in sources if s.get("injection_suspected")),
            "model_saw": result.model_view,
            "pii_receipt": data.get("pii_receipt"),
        }
