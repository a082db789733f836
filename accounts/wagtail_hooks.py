from django import forms
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail import hooks
from wagtail.admin.views.account import BaseSettingsPanel

from . import views
from .two_factor import has_confirmed_device


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [
        path("xac-thuc-hai-buoc/", views.SetupView.as_view(), name="accounts_2fa_setup"),
        path("xac-thuc-hai-buoc/nhap-ma/", views.VerifyView.as_view(), name="accounts_2fa_verify"),
        path("xac-thuc-hai-buoc/tat/", require_POST(views.turn_off), name="accounts_2fa_turn_off"),
    ]


@hooks.register("register_log_actions")
def register_two_factor_log_actions(actions):
    actions.register_action("accounts.2fa.enable", _("Bật xác thực hai bước"), _("Đã bật xác thực hai bước"))
    actions.register_action("accounts.2fa.disable", _("Tắt xác thực hai bước"), _("Đã tắt xác thực hai bước"))


class NoFieldsForm(forms.Form):
    """Wagtail's account page validates and saves a form per panel; this panel only shows a link."""

    def __init__(self, *args, instance=None, **kwargs):
        super().__init__(*args, **kwargs)

    def save(self):
        pass


class TwoFactorSettingsPanel(BaseSettingsPanel):
    name = "two_factor"
    title = _("Xác thực hai bước")
    order = 550
    form_class = NoFieldsForm
    template_name = "accounts/two_factor_panel.html"

    def get_context_data(self):
        return {**super().get_context_data(), "enabled": has_confirmed_device(self.user)}


@hooks.register("register_account_settings_panel")
def register_two_factor_panel(request, user, profile):
    return TwoFactorSettingsPanel(request, user, profile)
