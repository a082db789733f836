"""The production settings refuse to start insecurely, and pass Django's deploy check."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
GOOD_SECRET = "k" * 20 + "Zq9-vX2_pL7mN4bR8tY1wE5uI3oA6sD0fG"


def manage(*args, **env):
    environment = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG", "ALLOWED_HOSTS"}}
    environment.update(DJANGO_SETTINGS_MODULE="daklakso.settings.production", **env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=REPO, env=environment, capture_output=True, text=True
    )


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"ALLOWED_HOSTS": "daklakso.example"}, "Set SECRET_KEY"),
        ({"ALLOWED_HOSTS": "daklakso.example", "SECRET_KEY": "short"}, "Set SECRET_KEY"),
        (
            {"ALLOWED_HOSTS": "daklakso.example", "SECRET_KEY": "django-insecure-" + "x" * 60},
            "Set SECRET_KEY",
        ),
        (
            {"ALLOWED_HOSTS": "daklakso.example", "SECRET_KEY": GOOD_SECRET, "DEBUG": "true"},
            "DEBUG must be off",
        ),
        ({"SECRET_KEY": GOOD_SECRET}, "Set ALLOWED_HOSTS"),
    ],
)
def test_production_refuses_to_start_insecurely(env, message):
    result = manage("check", **env)
    assert result.returncode != 0
    assert message in result.stderr


def test_production_passes_the_deploy_check_without_warnings():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY=GOOD_SECRET,
        ALLOWED_HOSTS="daklakso.example",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_local_defaults_need_no_environment(settings):
    assert settings.DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3"
    assert settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] == "search.backends.database"
    assert settings.LANGUAGE_CODE == "vi"


def test_a_fresh_checkout_gets_its_sqlite_database(tmp_path):
    """`make run` on a fresh clone: no var/ folder yet, and the default SQLite file is created."""
    var_dir = tmp_path / "not-yet"
    environment = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "SEARCH_URL"}}
    environment.update(DJANGO_SETTINGS_MODULE="daklakso.settings.dev", VAR_DIR=str(var_dir))

    result = subprocess.run(
        [sys.executable, "manage.py", "showmigrations", "search"],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
    )

    assert result.returncode == 0, result.stderr
    assert (var_dir / "db.sqlite3").exists()
