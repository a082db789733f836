# The front door. `make run` serves the site, `make test` runs the whole suite.
# Both create .venv and install requirements on first use, so a fresh clone needs
# only Python 3.11 and make.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
INSTALLED := $(VENV)/.installed

.PHONY: run test test-browser lint format checks setup demo clean

$(INSTALLED): requirements.txt requirements-dev.txt
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is required"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

setup: $(INSTALLED)
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo_content

run: setup
	$(MANAGE) ensure_local_admin
	$(MANAGE) runserver 127.0.0.1:8000

test: $(INSTALLED)
	$(BIN)/pytest

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
	rm -rf $(VENV) var
