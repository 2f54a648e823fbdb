# gpos-standard developer tasks. `make generate` is the one command that derives every generated file.
PYTHON ?= python3
VENV ?= .venv
BIN := $(abspath $(VENV))/bin

.PHONY: install generate check-generated lint lint-schema test ci clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

install: $(BIN)/python ## install the package with the dev extra
	$(BIN)/pip install -e '.[dev]'

generate: ## regenerate schema/codelists.yaml, the JSON Schema, models and metadata from schema/ and the CSVs
	cd tools && $(BIN)/python -m gpos_build.generate

check-generated: ## fail if a generated file is out of date
	cd tools && $(BIN)/python -m gpos_build.generate --check

lint: ## ruff over the code
	$(BIN)/ruff check src tests tools

lint-schema: ## linkml lint over every schema module
	$(BIN)/linkml-lint --config .linkmllint.yaml schema/

test: ## the test suite
	$(BIN)/python -m pytest

ci: check-generated lint test

clean:
	rm -rf build dist .pytest_cache site
