# The front door. `make run` serves the site, `make test` runs the whole suite.
# Both create .venv and install requirements on first use, so a fresh clone needs
# only Python 3.11 and make. `make test` also runs the search tests on PostgreSQL and
# OpenSearch when they are available (required under CI=true): see scripts/test.sh.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
INSTALLED := $(VENV)/.installed

.PHONY: run test test-browser bench bench-search lint format checks setup clean \
	postgres-up postgres-down opensearch-up opensearch-down redis-up redis-down stack-up stack-down

$(INSTALLED): requirements.txt requirements-dev.txt
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is required"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

setup: $(INSTALLED)
	$(MANAGE) compile_translations
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo_content

run: setup
	$(MANAGE) ensure_local_admin
	$(MANAGE) runserver 127.0.0.1:8000

# Extra pytest arguments for every engine's run: make test PYTEST_ARGS="-k guide -x"
PYTEST_ARGS ?=

test: $(INSTALLED)
	$(MANAGE) compile_translations
	bash scripts/test.sh $(PYTEST_ARGS)

# The search engines on their own (for `DATABASE_URL=… make run`, or pytest by hand).
# Each prints its URL as its last line; `make test` starts and stops them by itself.
postgres-up:
	@bash scripts/postgres-up.sh

postgres-down:
	@bash scripts/postgres-down.sh

opensearch-up:
	@bash search/engine/opensearch-up.sh

opensearch-down:
	@bash search/engine/opensearch-down.sh

redis-up:
	@bash scripts/redis-up.sh

redis-down:
	@bash scripts/redis-down.sh

# The production-like stack: PostgreSQL + Redis + gunicorn (production settings) + nginx, on
# 127.0.0.1:8480. `make stack-up STACK_CONTENT=demo STACK_SEARCH=opensearch` loads the demo
# content and uses OpenSearch. Prints what to export (STACK_URL, DATABASE_URL, REDIS_URL).
stack-up: $(INSTALLED)
	@bash scripts/stack-up.sh

stack-down:
	@bash scripts/stack-down.sh

# Search speed at 2,000 guides on the configured engine (prints figures; not a test).
bench-search: $(INSTALLED)
	$(MANAGE) search_benchmark

# The whole site on the production stack with 2,000 guides: requests/s, latency, CPU per request
# cached, uncached and against the floor, first-view size, faults under load (~15 minutes).
bench: $(INSTALLED)
	bash scripts/bench.sh

# The browser tests alone (Debian's Chromium driven by Playwright); `make test` runs them too.
test-browser: $(INSTALLED)
	$(MANAGE) compile_translations
	$(BIN)/pytest -m browser

lint: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(INSTALLED)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# What CI checks besides the tests: no missing migration, a clean deploy check.
checks: $(INSTALLED)
	$(MANAGE) makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=daklakso.settings.production \
	SECRET_KEY=ci-only-$$(printf 'x%.0s' $$(seq 60))-$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(40))') \
	ALLOWED_HOSTS=daklakso.example $(MANAGE) check --deploy --fail-level WARNING

clean:
	-bash scripts/stack-down.sh
	-bash scripts/redis-down.sh
	-bash scripts/postgres-down.sh
	-bash search/engine/opensearch-down.sh
	if [ -L var/postgres ]; then rm -rf "$$(readlink -f var/postgres)"; fi
	rm -rf $(VENV) var
