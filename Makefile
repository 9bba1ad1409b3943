# Callback Atlas. Two commands matter: `make serve` and `make test` (see README.md).
VENV := .venv
PY := $(VENV)/bin/python
SNIPCHECK := $(PY) -m tools.snipcheck
export NO_MKDOCS_2_WARNING := 1

.PHONY: venv system-deps node serve build test lint check update stress bench screenshots clean

$(VENV)/.installed: requirements.txt
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements.txt
	touch $@

venv: $(VENV)/.installed

system-deps:
	@tools/system-deps.sh

# axe-core (accessibility audit in the browser tests) and the vendored search shim, pinned.
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

node: node_modules/.package-lock.json

# Build, serve on http://127.0.0.1:8000, and re-verify any snippet you save (its pages refresh).
serve: venv system-deps node
	@$(SNIPCHECK) --watch & watcher=$$!; \
	trap 'kill $$watcher 2>/dev/null' EXIT INT TERM; \
	$(PY) -m mkdocs serve --dev-addr 127.0.0.1:8000 --livereload

build: venv
	$(PY) -m mkdocs build --strict

lint: venv
	$(PY) -m ruff check tools tests benchmarks
	$(PY) -m ruff format --check tools tests benchmarks
	$(PY) -m mypy

# Everything CI runs.
test: venv system-deps node lint
	$(PY) -m pytest
	$(SNIPCHECK) --no-cache --repeat 2
	$(SNIPCHECK) --stress 20 --timing-only

# Every snippet that uses timers, threads, signals or an event loop, 300 times, 16 copies per core.
stress: venv system-deps node
	$(SNIPCHECK) --stress 300 --timing-only

check: venv system-deps node
	$(SNIPCHECK)

update: venv system-deps node
	$(SNIPCHECK) --update

bench: venv system-deps node
	$(PY) benchmarks/run.py

# Desktop and mobile screenshots of every page, for review (git-ignored).
screenshots: venv system-deps
	$(PY) -m tools.screenshots

clean:
	rm -rf site .cache .pytest_cache .mypy_cache .ruff_cache screenshots
