# cschub: `make demo` sets everything up and runs the main job; `make test` runs the tests.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO ?= demo
DEMO_LA ?= E09000027
DEMO_CHILDREN ?= 40000

.PHONY: demo test lint bench clean venv

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

venv: $(VENV)/.installed

demo: $(VENV)/.installed
	rm -rf $(DEMO)/data $(DEMO)/cschub.duckdb
	$(BIN)/cschub synth --children $(DEMO_CHILDREN) --years 2019-2026 --la $(DEMO_LA) \
		--seed 1 --error-rate 0.01 -o $(DEMO)/data
	$(BIN)/cschub load $(DEMO)/data --db $(DEMO)/cschub.duckdb
	$(BIN)/cschub status --db $(DEMO)/cschub.duckdb
	@# validate exits non-zero while any rule cannot run; the report says which and why
	-$(BIN)/cschub validate --db $(DEMO)/cschub.duckdb --collection ssda903 --year 2025-26 \
		--la $(DEMO_LA) --format html -o $(DEMO)/validation-ssda903-2025-26.html
	-$(BIN)/cschub validate --db $(DEMO)/cschub.duckdb --collection cin --year 2025-26 \
		--la $(DEMO_LA) --format html -o $(DEMO)/validation-cin-2025-26.html
	@echo "validation reports: $(DEMO)/validation-ssda903-2025-26.html and" \
		"$(DEMO)/validation-cin-2025-26.html"

test: $(VENV)/.installed-test
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest -q

lint: $(VENV)/.installed-test
	$(BIN)/ruff check src tests bench

bench: $(VENV)/.installed-test
	$(BIN)/python bench/load.py

clean:
	rm -rf $(VENV) $(DEMO) .pytest_cache
