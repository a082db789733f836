"""Signing in to the admin: lock-out after wrong passwords, two-factor, idle sessions.

Everything goes through Wagtail's real login page and django-axes' database records; the
authenticator app is played by an RFC 6238 computation from the key the setup page shows.
"""

import base64
import hashlib
import hmac
import re
import struct
import time

import pytest
from django.contrib.auth.models import Group, User
from django.test import override_settings
from wagtail.models import ModelLogEntry

from accounts.middleware import LAST_SEEN_KEY

pytestmark = pytest.mark.django_db

LOGIN_URL = "/admin/login/"
SETUP_URL = "/admin/xac-thuc-hai-buoc/"
VERIFY_URL = "/admin/xac-thuc-hai-buoc/nhap-ma/"
PASSWORD = "Mat-khau-dung-2026"
LOCKOUT_TEXT = "tạm bị khoá"


def authenticator_code(key_shown, at=None):
    """What an authenticator app shows for this key (RFC 6238: SHA-1, 30 s steps, 6 digits)."""
    secret = base64.b32decode(key_shown.replace(" ", "") + "=" * (-len(key_shown.replace(" ", "")) % 8))
    counter = int((time.time() if at is None else at) // 30)
    digest = hmac.new(secret, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    number = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{number % 1_000_000:06d}"


def sign_in(client, username, password=PASSWORD, address="203.0.113.7"):
    return client.post(LOGIN_URL, {"username": username, "password": password}, REMOTE_ADDR=address)


def is_signed_in(client):
    return "_auth_user_id" in client.session


@pytest.fixture
def editor(db):
    user = User.objects.create_user("bientapvien", password=PASSWORD)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def administrator(db):
    return User.objects.create_superuser("quantri", password=PASSWORD)


# --- Lock-out (django-axes) -------------------------------------------------------------


@override_settings(AXES_FAILURE_LIMIT=3)
def test_wrong_passwords_lock_the_account_out_with_a_vietnamese_message(client, editor):
    for _ in range(2):
        response = sign_in(client, "bientapvien", "sai-mat-khau")
        assert response.status_code == 200
        assert LOCKOUT_TEXT not in response.content.decode()

    response = sign_in(client, "bientapvien", "sai-mat-khau")
    page = response.content.decode()
    assert response.status_code == 429
    assert "Đăng nhập sai quá 3 lần nên tài khoản này tạm bị khoá" in page
    assert "15 phút" in page
    assert 'name="password"' in page  # still Wagtail's login page

    response = sign_in(client, "bientapvien", PASSWORD)  # the right password, during the lock-out
    assert response.status_code == 429
    assert LOCKOUT_TEXT in response.content.decode()
    assert not is_signed_in(client)


@override_settings(AXES_FAILURE_LIMIT=2)
def test_the_lock_out_is_per_username_and_address(client, editor):
    for _ in range(2):
        sign_in(client, "bientapvien", "sai-mat-khau", address="203.0.113.7")

    response = sign_in(client, "bientapvien", address="198.51.100.20")  # the editor, elsewhere
    assert response.status_code == 302
    assert is_signed_in(client)


@override_settings(AXES_FAILURE_LIMIT=2, SEARCH_CLIENT_IP_HEADER="HTTP_X_REAL_IP")
def test_behind_the_proxy_the_address_comes_from_its_header(client, editor):
    for _ in range(2):
        client.post(
            LOGIN_URL,
            {"username": "bientapvien", "password": "sai"},
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_REAL_IP="203.0.113.7",
        )
    other_visitor = client.post(
        LOGIN_URL,
        {"username": "bientapvien", "password": PASSWORD},
        REMOTE_ADDR="127.0.0.1",  # nginx, for everybody
        HTTP_X_REAL_IP="198.51.100.20",
    )
    assert other_visitor.status_code == 302


# --- Two-factor authentication (django-otp) ----------------------------------------------


@override_settings(ADMIN_2FA_REQUIRED=True)
def test_an_administrator_must_set_up_two_factor_before_any_admin_page(client, administrator):
    response = sign_in(client, "quantri")
    assert response.status_code == 302
    for url in ("/admin/", "/admin/pages/", "/admin/users/"):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(SETUP_URL), url


@override_settings(ADMIN_2FA_REQUIRED=True)
def test_setup_with_the_app_then_verify_at_the_next_sign_in(client, administrator):
    sign_in(client, "quantri")
    page = client.get(f"{SETUP_URL}?next=/admin/pages/").content.decode()
    assert "<svg" in page  # the QR code for the app, drawn on the server
    key = re.search(r"<code>([A-Z2-7 ]+)</code>", page).group(1)

    wrong = client.post(f"{SETUP_URL}?next=/admin/pages/", {"token": "000000"})
    assert "Mã không đúng hoặc đã hết hạn" in wrong.content.decode()
    time.sleep(1.1)  # django-otp refuses every code for 1 s after a wrong one (then 2 s, 4 s…)

    now = time.time()
    response = client.post(f"{SETUP_URL}?next=/admin/pages/", {"token": authenticator_code(key, now)})
    assert response.status_code == 302
    assert response["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200
    assert ModelLogEntry.objects.filter(
        action="accounts.2fa.enable", object_id=str(administrator.pk)
    ).exists()

    client.post("/admin/logout/")
    sign_in(client, "quantri")
    response = client.get("/admin/")
    assert response["Location"].startswith(VERIFY_URL)
    # A code is accepted once: the next one the app shows (30 s later) signs in again.
    response = client.post(f"{VERIFY_URL}?next=/admin/", {"token": authenticator_code(key, now + 30)})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


@override_settings(ADMIN_2FA_REQUIRED=True)
def test_an_administrator_cannot_turn_two_factor_off(client, administrator):
    sign_in(client, "quantri")
    key = re.search(r"<code>([A-Z2-7 ]+)</code>", client.get(SETUP_URL).content.decode()).group(1)
    client.post(SETUP_URL, {"token": authenticator_code(key)})
    response = client.post("/admin/xac-thuc-hai-buoc/tat/", follow=True)
    assert "bắt buộc dùng xác thực hai bước" in response.content.decode()
    assert administrator.totpdevice_set.filter(confirmed=True).exists()


@override_settings(ADMIN_2FA_REQUIRED=True)
def test_an_editor_without_two_factor_may_work(client, editor):
    sign_in(client, "bientapvien")
    assert client.get("/admin/").status_code == 200
    account = client.get("/admin/account/").content.decode()
    assert "Bật xác thực hai bước" in account  # offered in the account settings


@override_settings(ADMIN_2FA_REQUIRED=True)
def test_an_editor_who_turned_two_factor_on_must_use_it(client, editor):
    sign_in(client, "bientapvien")
    key = re.search(r"<code>([A-Z2-7 ]+)</code>", client.get(SETUP_URL).content.decode()).group(1)
    client.post(SETUP_URL, {"token": authenticator_code(key)})
    client.post("/admin/logout/")

    sign_in(client, "bientapvien")
    assert client.get("/admin/pages/")["Location"].startswith(VERIFY_URL)


# --- Idle sessions --------------------------------------------------------------------------


@override_settings(ADMIN_SESSION_IDLE_SECONDS=600)
def test_an_idle_admin_session_ends(client, editor):
    sign_in(client, "bientapvien")
    assert client.get("/admin/").status_code == 200
    session = client.session
    session[LAST_SEEN_KEY] = int(time.time()) - 601
    session.save()

    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN_URL)
    assert not is_signed_in(client)


@override_settings(ADMIN_SESSION_IDLE_SECONDS=600)
def test_an_active_admin_session_goes_on(client, editor):
    sign_in(client, "bientapvien")
    session = client.session
    session[LAST_SEEN_KEY] = int(time.time()) - 500
    session.save()
    assert client.get("/admin/pages/").status_code == 200
    assert client.session[LAST_SEEN_KEY] >= int(time.time()) - 5  # the clock restarted
