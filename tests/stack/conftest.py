"""Shared by the stack checks."""

import os
import subprocess
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def stack_manage(stack_env):
    """manage.py with the stack's environment, as an editor's or a cron job's process on the server."""
    env = {**os.environ, **stack_env}

    def manage(*args):
        return subprocess.run(
            [str(REPO_ROOT / ".venv" / "bin" / "python"), "manage.py", *args],
            cwd=REPO_ROOT,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout

    return manage
