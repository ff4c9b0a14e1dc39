# cschub: `make demo` sets everything up and runs the main job; `make test` runs the tests.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO ?= demo
DEMO_LA ?= E09000027
DEMO_CHILDREN ?= 40000

.PHONY: demo test lint bench clean venv assets browser screenshots

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

venv: $(VENV)/.installed

# GOV.UK Frontend from the npm registry (package-lock.json), copied into the package's static
# folder: the app never fetches anything from a CDN.
ASSETS := src/cschub/web/static/govuk/govuk-frontend.min.css
$(ASSETS): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	rm -rf src/cschub/web/static/govuk
	mkdir -p src/cschub/web/static/govuk
	cp -r node_modules/govuk-frontend/dist/govuk/assets src/cschub/web/static/govuk/assets
	cp node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css \
		node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js src/cschub/web/static/govuk/
	cp node_modules/swagger-ui-dist/swagger-ui-bundle.js node_modules/swagger-ui-dist/swagger-ui.css \
		src/cschub/web/static/govuk/
	touch $@

assets: $(ASSETS)

demo: $(VENV)/.installed $(ASSETS)
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
	@echo "dashboard: http://127.0.0.1:8000/ (Ctrl-C to stop)"
	$(BIN)/cschub serve --db $(DEMO)/cschub.duckdb --la $(DEMO_LA) --port 8000

# Debian's chromium for the browser tests (never a browser download), when it is missing
browser:
	@command -v chromium >/dev/null 2>&1 || { echo "installing chromium from Debian's packages"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

screenshots: $(VENV)/.installed-test $(ASSETS) browser
	CSCHUB_SCREENSHOTS=1 $(BIN)/python -m pytest -q tests/web/test_browser.py -k accessibility

test: $(VENV)/.installed-test $(ASSETS) browser
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest -q

lint: $(VENV)/.installed-test
	$(BIN)/ruff check src tests bench

bench: $(VENV)/.installed-test
	$(BIN)/python bench/load.py

clean:
	rm -rf $(VENV) $(DEMO) .pytest_cache
