# Two commands on a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
export RAY_USAGE_STATS_ENABLED := 0

.PHONY: setup demo demo-no-serve test lint bench clean

$(BIN)/eventwire: pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[dev,ray]"
	touch $(BIN)/eventwire

setup: $(BIN)/eventwire

# Code the bundled examples into a fresh store, print the events, then serve
# the dashboard (use `make demo-no-serve` to stop after the table).
demo: setup
	rm -f demo.duckdb
	$(BIN)/eventwire code eventwire/examples --db demo.duckdb --format none || [ $$? -eq 3 ]  # 3 = some input rejected
	$(BIN)/eventwire events --db demo.duckdb --format table
	$(BIN)/eventwire serve --db demo.duckdb

demo-no-serve: setup
	rm -f demo.duckdb
	$(BIN)/eventwire code eventwire/examples --db demo.duckdb --format none || [ $$? -eq 3 ]  # 3 = some input rejected
	$(BIN)/eventwire events --db demo.duckdb --format table

test: setup
	$(BIN)/python -m pytest -q

lint: setup
	$(BIN)/ruff check eventwire tests
	$(BIN)/mypy eventwire

bench: setup
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) *.egg-info demo.duckdb
