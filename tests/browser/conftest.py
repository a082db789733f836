"""Browser tests: Python Playwright driving Debian's Chromium (/usr/bin/chromium, never a
downloaded browser) against pytest-django's live server (which serves static files too).

Run them on their own: `.venv/bin/pytest -m browser` (scripts/test.sh does, in its own phase).
Without Chromium they are skipped, except under CI (CI=true), where that is a failure.
"""

import importlib.util
import os
import shutil
import time

import pytest

from tests.required import require

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"]


@pytest.fixture(scope="session")
def chromium():
    require(
        os.path.exists(CHROMIUM) or shutil.which(CHROMIUM),
        f"Chromium not found at {CHROMIUM} (apt-get install -y chromium)",
    )
    require(importlib.util.find_spec("playwright"), "playwright is not installed (requirements-dev.txt)")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls the tests make between
    # browser steps are still plain synchronous code. Set only while the browser runs (pytest-django
    # runs these transactional tests last), never for the rest of the suite: `check --deploy`
    # rejects it.
    before = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS, headless=True)
            yield browser
            browser.close()
    finally:
        if before is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = before


@pytest.fixture
def bypass_csp():
    """Overridden (True) by the axe tests: axe-core is injected as an inline script, which the
    site's Content-Security-Policy rightly blocks. Every other browser test runs under the CSP."""
    return False


@pytest.fixture
def browser_context(chromium, live_server, bypass_csp):
    context = chromium.new_context(
        base_url=live_server.url, service_workers="allow", locale="vi-VN", bypass_csp=bypass_csp
    )
    context.set_default_timeout(15_000)
    yield context
    # The live server shares the in-memory test database with this thread: let requests still
    # in flight (a heartbeat, the service worker filling its cache) finish before the database
    # is flushed, or the flush meets a locked table.
    for open_page in context.pages:
        open_page.goto("about:blank")
    context.close()
    time.sleep(0.5)


@pytest.fixture
def page(browser_context):
    return browser_context.new_page()
