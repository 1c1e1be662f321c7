# newsgraph: `make demo` and `make test` work on a fresh machine (Python >= 3.11 and pip).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= demo.duckdb

.PHONY: demo test lint typecheck serve bench clean

$(BIN)/newsgraph: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

demo: $(BIN)/newsgraph
	$(BIN)/newsgraph demo --db $(DB)

lint: $(BIN)/newsgraph
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy src

typecheck: lint

test: lint
	$(BIN)/python -m pytest -q

serve: $(BIN)/newsgraph
	$(BIN)/newsgraph serve --db $(DB)

bench: $(BIN)/newsgraph
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) $(DB) .pytest_cache .mypy_cache .ruff_cache test-artifacts
