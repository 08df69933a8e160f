"""Serving: the OpenAI-compatible gateway (app factory, routers, the chat pipeline and the other
audited doors), model backends and router, the vLLM supervisor, model registry, settings, CLI."""
