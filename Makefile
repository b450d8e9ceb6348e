# leaflets: `make all` sets everything up and builds; `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
LEAFLETS := $(VENV)/bin/python -m pipeline
STAMP := $(VENV)/.installed

.PHONY: all extract update compile html pdf build release check test bench clean system-deps

all: system-deps $(STAMP)
	$(LEAFLETS) extract
	$(LEAFLETS) update
	$(LEAFLETS) compile
	$(LEAFLETS) build

system-deps:
	@PYTHON=$(PYTHON) sh scripts/system-deps

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "leaflets needs Python 3.11 or newer (found $$($(PYTHON) --version))" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e '.[test]'
	@touch $@

extract: $(STAMP)
	$(LEAFLETS) extract

update: extract
	$(LEAFLETS) update

compile: update
	$(LEAFLETS) compile

html: system-deps $(STAMP)
	$(LEAFLETS) build --only html

pdf: system-deps $(STAMP)
	$(LEAFLETS) build --only pdf

build: system-deps $(STAMP)
	$(LEAFLETS) build

release: system-deps $(STAMP)
	$(LEAFLETS) build --release

check: $(STAMP)
	$(LEAFLETS) check

test: system-deps $(STAMP)
	$(VENV)/bin/python -m pytest -q

bench: system-deps $(STAMP)
	$(VENV)/bin/python bench/run.py

clean:
	rm -rf build dist
	find locales -name '*.mo' -delete
