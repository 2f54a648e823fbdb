# gpos-standard developer tasks. `make generate` is the one command that derives every generated file.
PYTHON ?= python3
VENV ?= .venv
BIN := $(abspath $(VENV))/bin

.PHONY: install generate check-generated lint lint-schema test docs docs-serve bench ci clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

install: $(BIN)/python ## install the package with the dev extra
	$(BIN)/pip install -e '.[dev]'

generate: ## regenerate everything derived: code-list module, JSON Schema, models, metadata, reference data, doc pages
	cd tools && $(BIN)/python -m gpos_build.generate

check-generated: ## fail if a generated file is out of date
	cd tools && $(BIN)/python -m gpos_build.generate --check

lint: ## ruff over the code
	$(BIN)/ruff check src tests tools

lint-schema: ## linkml lint over the merged schema of the current version
	$(BIN)/linkml-lint --config .linkmllint.yaml src/gpos_standard/schema/$$($(BIN)/python -c "from gpos_standard.resources import current_version; print(current_version())")/gpos.linkml.yaml

test: ## the test suite
	$(BIN)/python -m pytest

docs: ## build the documentation site (strict, offline) into build/site
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --site-dir build/site

docs-serve: ## serve the documentation site locally
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs serve

bench: ## benchmarks against linkml validate and jsonschema; writes benchmarks/RESULTS.md (not part of the tests)
	$(BIN)/python benchmarks/run.py

ci: check-generated lint test docs

clean:
	rm -rf build dist .pytest_cache site
