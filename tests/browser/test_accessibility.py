"""axe-core in Chromium: no serious or critical violation on any public page type, the kiosk,
the one-page checklist and helper mode.

axe-core comes from the PyPI package axe-playwright-python (requirements-dev.txt), which ships
axe.min.js (axe-core 4.12): no npm, no download at test time. The script is injected into the
page and run with axe's default rules (WCAG 2.0/2.1 A and AA and best practices).
"""

from importlib.resources import files

import pytest

from .content import build

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

AXE = files("axe_playwright_python").joinpath("axe.min.js").read_text(encoding="utf-8")


@pytest.fixture
def bypass_csp():
    return True  # axe is injected inline (conftest.py)


def serious_violations(page):
    page.add_script_tag(content=AXE)
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:5]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def test_no_serious_or_critical_violations(page, browser_context):
    content = build(idle_timeout=600)
    urls = {
        "home": "/",
        "guide": content["guide"].url,
        "lesson": content["lesson"].url,
        "video": content["video"].url,
        "search": "/search/?q=khai+sinh",
        "kiosk": "/kiosk/thu/",
        "kiosk guide": content["guide"].url,  # a page seen in kiosk mode (bar, dialog)
        "checklist": f"{content['guide'].url}in/",
        "helper start": "/ho-tro/",
        "helper mode": f"{content['guide'].url}?ho-tro=1",
    }
    found = {}
    for name, url in urls.items():
        page.goto(url)
        if name == "lesson":  # the quiz, answered and marked in the browser
            page.locator(".quiz input[type=radio]").first.check()
            page.locator("form.quiz [type=submit]").first.click()
        problems = serious_violations(page)
        if problems:
            found[name] = problems
    assert not found, found
