"""Admin sessions: end them after a quiet spell, and ask for the second factor before any page.

AdminSessionMiddleware runs after OTPMiddleware (which gives request.user its is_verified()).
"""

import time

import django_otp.middleware
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import LazyObject
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from core.security import is_admin_path

from .two_factor import has_confirmed_device

LAST_SEEN_KEY = "admin_last_seen"
# Writing the time on every admin request would save the session on each one; once a minute
# is precise enough for an idle limit counted in minutes.
LAST_SEEN_RESOLUTION_SECONDS = 60
# Pages an administrator who has not passed the second factor may still open.
OPEN_URL_NAMES = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "accounts_2fa_setup",
    "accounts_2fa_verify",
    "wagtailadmin_javascript_catalog",
}


def session_went_idle(request):
    """True when the admin session saw no request for ADMIN_SESSION_IDLE_SECONDS; else notes this one."""
    now = int(time.time())
    last_seen = request.session.get(LAST_SEEN_KEY, now)
    if now - last_seen > settings.ADMIN_SESSION_IDLE_SECONDS:
        return True
    if now - last_seen >= LAST_SEEN_RESOLUTION_SECONDS or LAST_SEEN_KEY not in request.session:
        request.session[LAST_SEEN_KEY] = now
    return False


def second_factor_url_name(user):
    """Where this user must go before the admin: None, or the setup or verify page's URL name.

    An editor who turned two-factor on must use it; an administrator must have it.
    """
    if not settings.ADMIN_2FA_REQUIRED or user.is_verified():
        return None
    if has_confirmed_device(user):
        return "accounts_2fa_verify"
    return "accounts_2fa_setup" if user.is_superuser else None


class OTPMiddleware(django_otp.middleware.OTPMiddleware):
    """django-otp's middleware with request.user wrapped in one lazy object, not two.

    Wagtail's audit log finds a logged object's model by unwrapping one lazy object: with the
    user wrapped twice, every entry about a user (their account settings, their two-factor)
    was silently dropped.
    """

    def _verify_user_sync(self, request, user):
        verified = super()._verify_user_sync(request, user)
        return verified._wrapped if isinstance(verified, LazyObject) else verified


class AdminSessionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        # The path first: public pages must not load the user (a session and database read).
        if not (is_admin_path(request.path) and request.user.is_authenticated):
            return None
        if session_went_idle(request):
            logout(request)
            messages.info(request, _("Phiên làm việc đã hết hạn vì lâu không thao tác. Hãy đăng nhập lại."))
            return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
        url_name = second_factor_url_name(request.user)
        if url_name and request.resolver_match.url_name not in OPEN_URL_NAMES:
            return redirect(f"{reverse(url_name)}?{urlencode({'next': request.get_full_path()})}")
        return None
