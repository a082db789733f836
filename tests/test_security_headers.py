"""Security headers on every kind of response, and public HTML that a strict CSP cannot break.

The public policy allows no inline code, so these tests also read each public page's HTML for
inline scripts, event-handler attributes, style attributes and javascript: links: any of them
would be blocked in the visitor's browser (tests/browser/test_csp_browser.py checks that too).
"""

from html.parser import HTMLParser

import pytest

from tests.browser.content import build

from .factories import TopicFactory

pytestmark = pytest.mark.django_db

EXECUTABLE_SCRIPT_TYPES = {"", "text/javascript", "module", "application/javascript"}


def csp_directives(response):
    header = response.headers["Content-Security-Policy"]
    return {name: sources for name, _, sources in (part.strip().partition(" ") for part in header.split(";"))}


class InlineCodeFinder(HTMLParser):
    """Collects what a CSP without 'unsafe-inline' would block in a page."""

    def __init__(self):
        super().__init__()
        self.problems = []
        self.in_inline_script = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "script" and "src" not in attributes:
            self.in_inline_script = (attributes.get("type") or "").lower() in EXECUTABLE_SCRIPT_TYPES
            if self.in_inline_script:
                self.problems.append(f"inline <script> {self.getpos()}")
        if tag == "style":
            self.problems.append(f"<style> block {self.getpos()}")
        for name, value in attrs:
            if name.startswith("on") or name == "style":
                self.problems.append(f"<{tag} {name}=…> {self.getpos()}")
            if name in ("href", "src", "action") and (value or "").strip().lower().startswith("javascript:"):
                self.problems.append(f"<{tag} {name}=javascript:…> {self.getpos()}")


def inline_code(html):
    finder = InlineCodeFinder()
    finder.feed(html)
    return finder.problems


def assert_common_headers(response):
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    permissions = response.headers["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in permissions
    directives = csp_directives(response)
    assert directives["object-src"] == "'none'"
    assert directives["base-uri"] == "'self'"
    assert directives["form-action"] == "'self'"
    return directives


def assert_strict_public_policy(response):
    directives = assert_common_headers(response)
    assert directives["script-src"] == "'self'", directives["script-src"]
    assert directives["style-src"] == "'self'", directives["style-src"]
    assert directives["frame-ancestors"] == "'none'"
    assert response.headers["X-Frame-Options"] == "DENY"


@pytest.fixture
def public_urls(home):
    content = build()
    topic = TopicFactory(name="Giấy tờ", slug="giay-to")
    return {
        "home": content["home"].url,
        "guide index": content["guide"].get_parent().url,
        "guide": content["guide"].url,
        "course": content["lesson"].get_parent().url,
        "lesson": content["lesson"].url,
        "video": content["video"].url,
        "news index": content["news"].get_parent().url,
        "news": content["news"].url,
        "topic": f"/chu-de/{topic.slug}/",
        "search": "/search/?q=khai+sinh",
        "kiosk": "/kiosk/thu/",
        "offline": "/offline/",
        "english home": "/en/",
    }


def test_every_public_page_type_has_the_strict_policy_and_no_inline_code(client, public_urls):
    problems = {}
    for name, url in public_urls.items():
        response = client.get(url)
        assert response.status_code == 200, (name, url, response.status_code)
        assert_strict_public_policy(response)
        found = inline_code(response.content.decode())
        if found:
            problems[name] = found
    assert not problems, problems


def test_a_page_seen_from_a_kiosk_has_no_inline_code_either(client, public_urls):
    client.get(public_urls["kiosk"])  # the start screen turns kiosk mode on for this browser
    response = client.get(public_urls["guide"])
    assert "data-kiosk" in response.content.decode()
    assert_strict_public_policy(response)
    assert inline_code(response.content.decode()) == []


def test_a_not_found_page_has_the_strict_policy(client, home):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    assert_strict_public_policy(response)
    assert inline_code(response.content.decode()) == []


def test_the_json_api_has_the_headers(client, home):
    response = client.get("/api/search/", {"q": "khai sinh"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert_strict_public_policy(response)


def test_the_admin_login_has_the_admin_policy_that_allows_wagtails_inline_code_but_no_framing(client, db):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    directives = assert_common_headers(response)
    assert "'unsafe-inline'" in directives["script-src"]
    assert "'unsafe-eval'" not in directives["script-src"]
    assert directives["frame-ancestors"] == "'self'"
    assert response.headers["X-Frame-Options"] == "DENY"


def test_wagtails_preview_may_be_framed_by_the_admin(client, admin_user, public_urls):
    """The live preview panel frames the preview URL from the same origin: it must not be refused."""
    from wagtail.models import Page

    guide = Page.objects.get(url_path__endswith="/khai-sinh/").specific
    client.force_login(admin_user)
    response = client.get(f"/admin/pages/{guide.pk}/edit/preview/?mode=")
    assert response.status_code == 200
    assert response.headers["X-Frame-Options"] == "SAMEORIGIN"
    assert csp_directives(response)["frame-ancestors"] == "'self'"


def test_a_draft_rendered_by_the_admin_keeps_the_admin_policy(client, admin_user, public_urls):
    """Wagtail renders previews and drafts by running the page's own (public) request through the
    middleware again: the admin response around it must still carry the admin's policy."""
    from wagtail.models import Page

    guide = Page.objects.get(url_path__endswith="/khai-sinh/")
    client.force_login(admin_user)
    response = client.get(f"/admin/pages/{guide.pk}/view_draft/")
    assert response.status_code == 200
    assert "Đăng ký khai sinh trực tuyến" in response.content.decode()
    assert csp_directives(response)["frame-ancestors"] == "'self'"
