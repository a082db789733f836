"""Security headers and cookies as a browser gets them: nginx → gunicorn → production settings.

The stack serves plain http on 127.0.0.1 (SECURE_SSL_REDIRECT=false), so HSTS, which Django
sends only over https, is not checked here: `make checks` (check --deploy) covers its setting.
"""

import http.client
import re
import uuid
from http.cookies import SimpleCookie
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.stack

PUBLIC_PATHS = [
    "/",
    "/huong-dan/",
    "/search/?q=khai+sinh",
    "/api/search/?q=khai+sinh",
    "/khong-co-trang-nay/",
]


def csp_directives(headers):
    parts = (part.strip().partition(" ") for part in headers["content-security-policy"].split(";"))
    return {name: sources for name, _, sources in parts}


def cookies_of(headers_list):
    jar = SimpleCookie()
    for name, value in headers_list:
        if name.lower() == "set-cookie":
            jar.load(value)
    return jar


def raw_response(stack_url, path, method="GET", headers=None, body=None):
    """(status, header pairs, text): pairs, not a dict, so that every Set-Cookie is kept."""
    address = urlsplit(stack_url)
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=20)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.getheaders(), response.read().decode()
    finally:
        connection.close()


def assert_cookie_is_locked_down(jar, name):
    cookie = jar[name]
    assert cookie["secure"], f"{name} is not Secure"
    assert cookie["httponly"], f"{name} is not HttpOnly"
    assert cookie["samesite"] == "Lax", f"{name} SameSite={cookie['samesite']!r}"


@pytest.fixture
def editor_account(stack_manage):
    username, password = f"bt-{uuid.uuid4().hex[:8]}", uuid.uuid4().hex
    stack_manage(
        "shell",
        "-c",
        "from django.contrib.auth.models import Group, User; "
        f"User.objects.create_user({username!r}, password={password!r}).groups.add(Group.objects.get(name='Editors'))",
    )
    yield username, password
    stack_manage(
        "shell",
        "-c",
        f"from django.contrib.auth.models import User; User.objects.filter(username={username!r}).delete()",
    )
    stack_manage("axes_reset_username", username)


def login_form(stack_url):
    """(csrftoken cookie, form token) from the admin login page."""
    status, headers, html = raw_response(stack_url, "/admin/login/")
    assert status == 200
    cookie = cookies_of(headers)["csrftoken"].value
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    return cookie, token


def post_login(stack_url, username, password):
    cookie, token = login_form(stack_url)
    body = f"csrfmiddlewaretoken={token}&username={username}&password={password}"
    return raw_response(
        stack_url,
        "/admin/login/",
        method="POST",
        body=body,
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"csrftoken={cookie}",
            "Origin": stack_url,
            "Referer": f"{stack_url}/admin/login/",
        },
    )


@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_public_responses_carry_the_strict_policy_and_the_other_headers(stack_url, path):
    status, pairs, _ = raw_response(stack_url, path)
    assert status in (200, 404), status
    headers = {name.lower(): value for name, value in pairs}
    directives = csp_directives(headers)
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert directives["object-src"] == "'none'"
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "strict-origin-when-cross-origin"
    assert headers["x-frame-options"] == "DENY"
    assert "camera=()" in headers["permissions-policy"]


def test_the_admin_login_page_has_the_admin_policy_and_a_locked_down_csrf_cookie(stack_url):
    status, headers, _ = raw_response(stack_url, "/admin/login/")
    assert status == 200
    directives = csp_directives({name.lower(): value for name, value in headers})
    assert directives["frame-ancestors"] == "'self'"
    assert "'unsafe-eval'" not in directives["script-src"]
    assert_cookie_is_locked_down(cookies_of(headers), "csrftoken")


def test_signing_in_sets_a_locked_down_session_cookie(stack_url, editor_account):
    status, headers, _ = post_login(stack_url, *editor_account)
    assert status == 302
    jar = cookies_of(headers)
    assert_cookie_is_locked_down(jar, "sessionid")
    assert not jar["sessionid"]["max-age"]  # ends with the browser (SESSION_EXPIRE_AT_BROWSER_CLOSE)


def test_wrong_passwords_lock_the_account_with_the_vietnamese_message(stack_url, editor_account):
    username, password = editor_account
    for _ in range(5):  # AXES_FAILURE_LIMIT of the production settings
        status, _, html = post_login(stack_url, username, "sai-mat-khau")
    assert status == 429
    assert "tài khoản này tạm bị khoá" in html
    status, _, html = post_login(stack_url, username, password)
    assert status == 429
