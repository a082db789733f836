"""Kiosk mode on every page (base.html) and "continue on your phone" QR codes."""

from django import template
from django.utils.html import format_html
from django.utils.translation import gettext as _

from .. import COOKIE, qr
from ..models import Kiosk
from ..views import app_version, kiosk_home_url

register = template.Library()


@register.simple_tag(takes_context=True)
def kiosk_mode(context):
    """The kiosk this browser is (the start page's kiosk, or the one named by its cookie), or None."""
    if isinstance(context.get("kiosk"), Kiosk):
        return context["kiosk"]
    request = context.get("request")
    if request is None:
        return None
    if not hasattr(request, "_kiosk"):
        slug = request.COOKIES.get(COOKIE)
        request._kiosk = Kiosk.objects.select_related("commune").filter(slug=slug).first() if slug else None
    return request._kiosk


@register.simple_tag
def kiosk_attributes(kiosk):
    """data-* attributes read by static/js/kiosk.js."""
    from django.urls import reverse

    return format_html(
        ' data-kiosk="{}" data-kiosk-home="{}" data-kiosk-idle="{}" data-kiosk-heartbeat="{}"'
        ' data-kiosk-token="{}" data-kiosk-version="{}" data-kiosk-qr="{}" data-kiosk-commune="{}"',
        kiosk.slug,
        kiosk_home_url(kiosk),
        kiosk.idle_timeout,
        reverse("kiosk_heartbeat", kwargs={"slug": kiosk.slug}),
        kiosk.token,
        app_version(),
        reverse("qr_svg"),
        kiosk.commune.slug if kiosk.commune_id else "",
    )


@register.simple_tag(takes_context=True)
def page_qr(context, scale=4, path=None, label=None):
    """The QR code of a page on this host: by default the one being shown, without the query string."""
    request = context.get("request")
    if request is None:
        return ""
    return qr.svg(
        request.build_absolute_uri(path or request.path), label or _("Mã QR của trang này"), scale=scale
    )


@register.simple_tag
def kiosk_home(kiosk):
    """The kiosk's start screen in its default language: where an idle kiosk goes back to."""
    return kiosk_home_url(kiosk)
