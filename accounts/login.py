"""Wagtail's login form with django-axes' lock-out explained in Vietnamese.

Axes refuses every attempt (a right password too) for a username from one address after
AXES_FAILURE_LIMIT wrong ones, until AXES_COOLOFF_TIME has passed; each refused attempt
restarts the wait. The message replaces Wagtail's "wrong password" on its own login page.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.admin.forms.auth import LoginForm


def lockout_message():
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return _(
        "Đăng nhập sai quá %(limit)s lần nên tài khoản này tạm bị khoá trên máy này. "
        "Hãy thử lại sau %(minutes)s phút, hoặc nhờ quản trị viên mở khoá."
    ) % {"limit": settings.AXES_FAILURE_LIMIT, "minutes": minutes}


class AdminLoginForm(LoginForm):
    def get_invalid_login_error(self):
        if getattr(self.request, "axes_locked_out", False):
            return ValidationError(lockout_message(), code="locked_out")
        return super().get_invalid_login_error()


def lockout_response(request, original_response, credentials=None):
    """Axes' lock-out response: the login page already showing the message, as 429."""
    original_response.status_code = settings.AXES_HTTP_RESPONSE_CODE
    return original_response
