# Rattrapage: one entry point for setting up, serving, building and testing.
# `make serve` and `make test` work from a fresh clone: every target installs
# what it needs (Python venv, pinned npm packages, the wheel of py/).

SHELL := /bin/bash
.DEFAULT_GOAL := help
export NO_MKDOCS_2_WARNING := 1
# Reproducible wheel (zip timestamps) whatever the clone's date.
export SOURCE_DATE_EPOCH := 1767225600

VENV := .venv
BIN := $(VENV)/bin
RUNTIME := build/runtime
WHEELS := build/wheels
PY_SOURCES := $(shell find py -name '*.py' -o -name pyproject.toml)

# pyodide-build needs Python 3.12+: take the first one found, pyenv included.
PYTHON ?= $(shell for p in python3.13 python3.12 $$HOME/.pyenv/versions/3.13*/bin/python3 $$HOME/.pyenv/versions/3.12*/bin/python3 /usr/bin/python3; do \
	if command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then echo $$p; break; fi; done)

.PHONY: help setup serve build build-zensical test lint unit js-test pyodide-test site-test e2e zensical-test bench clean

help:
	@echo "make serve   set everything up and serve the site at http://127.0.0.1:8000"
	@echo "make test    set everything up and run every test"
	@echo "make build   build the static site into site/ (mkdocs build --strict)"
	@echo "make build-zensical  the same site built by Zensical into site-zensical/"
	@echo "make bench   run the performance benchmark"

# --- Setup -------------------------------------------------------------------
$(BIN)/.stamp: requirements.txt py/pyproject.toml
	@if [ -z "$(PYTHON)" ]; then \
		echo "Python 3.12 ou plus est nécessaire (pyodide-build l’exige)."; \
		echo "Installez-le, par exemple : pyenv install 3.12  ou  apt-get install python3.12 python3.12-venv"; \
		exit 1; fi
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --no-build-isolation --no-deps -e py
	touch $@

node_modules/.stamp: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

# The self-hosted runtime: Pyodide's core files from the npm package, our wheel,
# a site-local pyodide-lock.json that registers the wheel (with its sha256), and
# a memory snapshot of Python with the package imported (widgets/runtime/).
$(RUNTIME)/.stamp: $(BIN)/.stamp node_modules/.stamp $(PY_SOURCES) widgets/runtime/construire-instantane.mjs
	rm -rf $(RUNTIME) $(WHEELS) && mkdir -p $(RUNTIME) $(WHEELS)
	$(BIN)/python -m build --wheel --no-isolation --outdir $(WHEELS) py >/dev/null
	cp node_modules/pyodide/{pyodide.mjs,pyodide.asm.mjs,pyodide.asm.wasm,python_stdlib.zip} $(RUNTIME)/
	cp $(WHEELS)/rattrapage-*.whl $(RUNTIME)/
	$(BIN)/pyodide lockfile add-wheels --input node_modules/pyodide/pyodide-lock.json \
		--output $(RUNTIME)/pyodide-lock.json --base-path $(RUNTIME) $(RUNTIME)/rattrapage-*.whl >/dev/null
	node widgets/runtime/construire-instantane.mjs $(RUNTIME)
	touch $@

setup: $(RUNTIME)/.stamp

# --- Site --------------------------------------------------------------------
serve: setup
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000 --watch py

# Without SITE_URL, mkdocs.yml's local address is used: the 404 page's links
# then break under a GitHub Pages sub-path (https://USER.github.io/REPO/).
build: setup
	@if [ -z "$$SITE_URL" ]; then echo "Attention : SITE_URL n’est pas défini ; le site est construit pour http://127.0.0.1:8000/ et sa page 404 ne fonctionnera pas sous un sous-chemin (SITE_URL=https://USER.github.io/REPO/ make build)." >&2; fi
	$(BIN)/mkdocs build --strict

# The same site built by Zensical, Material for MkDocs' successor, from the same
# mkdocs.yml (SITE_DIR: Zensical has no --site-dir), into a clean folder, then
# finished by the step mkdocs build's hook runs (Zensical runs no MkDocs hook):
# each page's CSP, the Python runtime, the stamped worker and service worker.
SITE_ZENSICAL := site-zensical
build-zensical: setup
	rm -rf $(SITE_ZENSICAL)
	SITE_DIR=$(SITE_ZENSICAL) $(BIN)/zensical build --clean --strict
	$(BIN)/python -m widgets.build.finir $(SITE_ZENSICAL)

# --- Tests -------------------------------------------------------------------
# tsc: the JSDoc types of the browser modules, the service worker, the snapshot's
# build step and the JS tests (jsconfig.json; checks only, emits nothing).
lint: $(BIN)/.stamp node_modules/.stamp
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	node_modules/.bin/tsc -p jsconfig.json

unit: $(BIN)/.stamp
	$(BIN)/pytest tests/unit tests/property tests/markdown tests/langue

# Browser modules whose logic a browser here cannot exercise (an OPFS that
# refuses to write), against fakes, with Node's own test runner.
js-test:
	node --test tests/js/

build/pyodide-test-wheels/.stamp: tests/pyodide/requirements.txt $(BIN)/.stamp
	rm -rf $(@D) && mkdir -p $(@D)
	$(BIN)/pip download --quiet --disable-pip-version-check --no-deps --only-binary=:all: \
		--implementation py --platform any --python-version 3.14 -d $(@D) -r $<
	touch $@

pyodide-test: setup build/pyodide-test-wheels/.stamp
	node tests/pyodide/run.mjs

site-test: build
	$(BIN)/pytest tests/site

e2e: build
	$(BIN)/pytest tests/e2e

# Zensical's build: the built-site checks and the end-to-end smoke run (every page,
# the letter widget ready and following typing, no console error).
zensical-test: build-zensical
	SITE_DIR=$(SITE_ZENSICAL) $(BIN)/pytest tests/site tests/e2e/test_fumee.py

test: lint unit js-test pyodide-test site-test e2e zensical-test

# The benchmark (bench/README.md). Lighthouse and PyScript come from package.json's
# devDependencies (npm ci in setup). Options: make bench BENCH_ARGS="--quick" or "--runs 3".
bench: build
	$(BIN)/python bench/run.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) node_modules build site $(SITE_ZENSICAL) .cache
