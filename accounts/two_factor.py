"""TOTP devices (django-otp) for the authenticator app, and the QR code that enrols one."""

import base64

import segno
from django.utils.translation import gettext as _
from django_otp import user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

DEVICE_NAME = "Ứng dụng xác thực"


def has_confirmed_device(user):
    return user_has_device(user, confirmed=True)


def pending_device(user):
    """The device being set up: kept unconfirmed until the user enters a first right code, so
    reloading the page shows the same key instead of invalidating the one already scanned."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)


def readable_key(device):
    """The secret in base32, in groups of four, for typing into the app by hand."""
    key = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(key[start : start + 4] for start in range(0, len(key), 4))


def qr_svg(device):
    return segno.make(device.config_url, error="m").svg_inline(
        scale=4,
        border=2,
        dark="#000",
        light="#fff",
        svgclass="accounts-qr",
        title=_("Mã QR cho ứng dụng xác thực"),
    )
