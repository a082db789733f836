from django import forms
from django.utils.translation import gettext_lazy as _


class TokenForm(forms.Form):
    """The six-digit code the authenticator app shows, checked by the view against a device."""

    token = forms.RegexField(
        label=_("Mã 6 chữ số trong ứng dụng xác thực"),
        regex=r"^\s*\d{6}\s*$",
        error_messages={"invalid": _("Mã gồm đúng 6 chữ số.")},
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )

    def __init__(self, *args, device_check, **kwargs):
        super().__init__(*args, **kwargs)
        self.device_check = device_check
        self.device = None

    def clean_token(self):
        token = self.cleaned_data["token"].strip()
        self.device = self.device_check(token)
        if self.device is None:
            raise forms.ValidationError(
                _("Mã không đúng hoặc đã hết hạn. Hãy đợi vài giây rồi nhập mã đang hiện trong ứng dụng."),
                code="wrong_token",
            )
        return token
