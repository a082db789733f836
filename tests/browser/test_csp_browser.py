"""The Content-Security-Policy in Chromium: nothing on the public pages or in the admin is blocked.

Chromium reports every blocked script, style or connection twice: as a console error and as a
`securitypolicyviolation` event, which a script installed before each page's own code records.
"""

import re

import pytest
from django.contrib.auth import get_user_model

from .content import PORTAL, build

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"}`);
});
"""


@pytest.fixture
def watched(browser_context):
    """A page whose CSP violations and CSP console errors are collected, with a getter for both."""
    browser_context.add_init_script(RECORD_VIOLATIONS)
    page = browser_context.new_page()
    console = []
    page.on("console", lambda message: console.append(message.text) if message.type == "error" else None)

    def violations():
        reported = page.evaluate("window.__cspViolations || []")
        logged = [
            text for text in console if "Content Security Policy" in text or "Permissions-Policy" in text
        ]
        console.clear()
        return reported + logged

    return page, violations


def test_public_pages_run_their_scripts_under_the_strict_policy(watched):
    page, violations = watched
    content = build(idle_timeout=600)
    found = {}
    for name, url in {
        "home": "/",
        "guide": content["guide"].url,
        "video": content["video"].url,
        "news": content["news"].url,
        "search": "/search/?q=khai+sinh",
        "offline": "/offline/",
    }.items():
        page.goto(url)
        page.wait_for_load_state("networkidle")
        found[name] = violations()

    page.goto(content["lesson"].url)  # the quiz, marked in the browser by site.js
    page.locator(".quiz input[type=radio]").first.check()
    page.locator("form.quiz [type=submit]").first.click()
    found["lesson quiz"] = violations()

    page.goto("/kiosk/thu/")  # kiosk.js: keyboard, heartbeat, QR dialog for an outside link
    page.goto(content["guide"].url)
    page.locator(f'a[href="{PORTAL}"]').click()
    page.wait_for_function(
        # A function, not an expression: Playwright evaluates an expression with eval when it
        # polls, which the page's CSP rightly refuses.
        "() => { const i = document.querySelector('[data-kiosk-qr-code] img'); return i && i.naturalWidth > 0; }"
    )
    found["kiosk guide"] = violations()

    assert {name: problems for name, problems in found.items() if problems} == {}


def test_the_admin_editor_its_live_preview_and_the_user_bar_work_under_their_policies(watched):
    page, violations = watched
    content = build(idle_timeout=600)
    get_user_model().objects.create_superuser("quantri", "qt@example.vn", "mat-khau-thu")
    page.goto("/admin/login/")
    page.fill("#id_username", "quantri")
    page.fill("#id_password", "mat-khau-thu")
    page.locator("button[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))

    page.goto(f"/admin/pages/{content['guide'].pk}/edit/")
    page.locator("[data-side-panel-toggle='preview']").click()
    preview = page.frame_locator("[data-w-preview-target='iframe']").first
    preview.locator("h1", has_text="Đăng ký khai sinh trực tuyến").wait_for()
    assert violations() == []

    page.goto(content["guide"].url)  # a public page with Wagtail's user bar, under the strict policy
    page.locator("wagtail-userbar").wait_for(state="attached")
    page.wait_for_load_state("networkidle")
    assert violations() == []
