# The README's two commands. Both install into .venv/ first (a no-op when nothing changed).
.PHONY: up test lint bench

up:
	bash scripts/install.sh embedded
	.venv/bin/reallabor up

test:
	bash scripts/install.sh embedded,test
	.venv/bin/python -m pytest

lint:
	bash scripts/install.sh embedded,test
	.venv/bin/ruff check . && .venv/bin/ruff format --check . && .venv/bin/mypy

bench:
	bash scripts/install.sh embedded,test
	.venv/bin/python bench/gateway_overhead.py
