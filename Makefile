# The README's two commands. Both install into .venv/ first (a no-op when nothing changed).
.PHONY: up test test-fast lint bench

up:
	bash scripts/install.sh embedded
	.venv/bin/reallabor up

# The checks first (ruff, mypy: a minute or two), then the whole suite.
test: lint
	.venv/bin/python -m pytest

test-fast:
	bash scripts/install.sh embedded,test
	.venv/bin/python -m pytest -m "not engine and not process"

lint:
	bash scripts/install.sh embedded,test
	.venv/bin/ruff check . && .venv/bin/ruff format --check . && .venv/bin/mypy

bench:
	bash scripts/install.sh embedded,test
	.venv/bin/python bench/gateway_overhead.py
