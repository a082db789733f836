"""Two-factor pages of the admin: set up the authenticator app, enter a code, turn it off."""

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from django_otp import login as otp_login
from django_otp import match_token
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log

from .forms import TokenForm
from .two_factor import has_confirmed_device, pending_device, qr_svg, readable_key


def can_turn_off(user):
    return not (settings.ADMIN_2FA_REQUIRED and user.is_superuser)


class TokenFormView(WagtailAdminTemplateMixin, FormView):
    form_class = TokenForm
    header_icon = "key"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "device_check": self.device_for_token}

    def get_success_url(self):
        return get_valid_next_url_from_request(self.request) or reverse("wagtailadmin_home")

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            **kwargs, action_url=self.request.get_full_path(), submit_button_label=_("Xác nhận")
        )


class SetupView(TokenFormView):
    """Scan the QR code (or type the key), then prove it worked with a first code."""

    template_name = "accounts/two_factor_setup.html"
    page_title = gettext_lazy("Xác thực hai bước")

    def device_for_token(self, token):
        device = pending_device(self.request.user)
        return device if device.verify_token(token) else None

    def get_context_data(self, **kwargs):
        user = self.request.user
        context = super().get_context_data(**kwargs, enabled=has_confirmed_device(user))
        if context["enabled"]:
            return {**context, "can_turn_off": can_turn_off(user)}
        device = pending_device(user)
        return {**context, "qr_svg": qr_svg(device), "key": readable_key(device)}

    def form_valid(self, form):
        if has_confirmed_device(self.request.user):  # a second tab already finished the setup
            return redirect(self.get_success_url())
        form.device.confirmed = True
        form.device.save(update_fields=["confirmed"])
        otp_login(self.request, form.device)
        log(self.request.user, "accounts.2fa.enable")
        messages.success(self.request, _("Đã bật xác thực hai bước."))
        return redirect(self.get_success_url())


class VerifyView(TokenFormView):
    """The second step of signing in for a user who has the authenticator app set up."""

    template_name = "accounts/two_factor_verify.html"
    page_title = gettext_lazy("Nhập mã xác thực")

    def device_for_token(self, token):
        return match_token(self.request.user, token)

    def form_valid(self, form):
        otp_login(self.request, form.device)
        return redirect(self.get_success_url())


def turn_off(request):
    """POST only (see urls): remove the user's devices, unless two-factor is required of them."""
    if not can_turn_off(request.user):
        messages.error(request, _("Tài khoản quản trị viên bắt buộc dùng xác thực hai bước."))
    elif TOTPDevice.objects.filter(user=request.user).delete()[0]:
        log(request.user, "accounts.2fa.disable")
        messages.success(request, _("Đã tắt xác thực hai bước."))
    return redirect("accounts_2fa_setup")
