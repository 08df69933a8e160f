"""Serving: the OpenAI-compatible gateway, backends and the vLLM supervisor."""
