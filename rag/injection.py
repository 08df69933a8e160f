"""Flags retrieved text that addresses the model with instructions (prompt injection)."""

from __future__ import annotations

import re

# Phrases aimed at an AI model, not at a worker: an imperative like "Prüfen Sie das
# Drehmoment" in a work instruction must not match.
_PATTERNS = [
    r"\b(ignoriere|ignorieren sie|vergiss|vergessen sie|missachte)\b[^.\n]{0,40}"
    r"\b(vorherigen|bisherigen|obigen|alle|vorigen)\b[^.\n]{0,20}\b(anweisungen|regeln|instruktionen|vorgaben)",
    r"\bignore\b[^.\n]{0,30}\b(previous|prior|above|all)\b[^.\n]{0,20}\b(instructions|rules|prompts?)",
    r"\bdisregard\b[^.\n]{0,30}\b(instructions|system prompt)",
    r"\b(du bist jetzt|you are now|act as|verhalte dich als|tu so als ob)\b",
    r"\b(system ?prompt|systemanweisung|developer mode|entwicklermodus|jailbreak)\b",
    r"^\s*(system|assistant|user)\s*:",
    r"<\|?(im_start|im_end|system|assistant|user)\|?>",
    r"\[/?(INST|SYS)\]",
    r"<<\s*SYS\s*>>",
    r"\b(an|als) (das|die|ein|eine) (ki|sprachmodell|modell|llm|assistent)\b[^.\n]{0,40}"
    r"\b(antworte|gib|sende|schreibe|verrate)",
    r"\b(function_call|tool_calls?|<tool_call>|```tool)\b",
    r"\b(reveal|print|output|verrate|gib)\b[^.\n]{0,30}"
    r"\b(system prompt|api[- ]?key|passwort|password)",
]
_REGEX = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE | re.MULTILINE)


def injection_signals(text: str) -> list[str]:
    """The instruction-like phrases found in a text (empty when it looks like plain content)."""
    return [match.group(0).strip()[:60] for match in _REGEX.finditer(text)]
