"""What a test needs from the machine: an engine, a server, a browser."""

import os

import pytest


def under_ci():
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require(available, what):
    """Skip a test whose engine, server or browser is missing here; under CI, fail instead:
    `make test` under CI=true installs and starts every one, so a missing one is a broken run."""
    if available:
        return
    if under_ci():
        pytest.fail(f"{what}: required under CI")
    pytest.skip(what)
