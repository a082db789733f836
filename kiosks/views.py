"""The kiosk start screen, its heartbeat, server-side QR codes, the service worker, the offline
page and the start of an assisted session (helper mode)."""

import hashlib
import secrets
import tomllib
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from django import forms
from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.cache import cache_control
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from wagtail.models import Locale

from campaigns.models import Commune
from core.pages import public

from . import COOKIE, helper, qr
from .models import Kiosk

TOP_GUIDES = 6


@lru_cache(maxsize=1)
def app_version():
    """The project's version and a fingerprint of the kiosk script: what a kiosk has loaded."""
    with open(settings.BASE_DIR / "pyproject.toml", "rb") as file:
        version = tomllib.load(file)["project"]["version"]
    script = finders.find("js/kiosk.js")
    digest = ""
    if script:
        with open(script, "rb") as file:
            digest = "+" + hashlib.sha256(file.read()).hexdigest()[:8]
    return f"{version}{digest}"


def kiosk_home_url(kiosk):
    with translation.override(kiosk.language):
        return reverse("kiosk", kwargs={"slug": kiosk.slug})


def featured_pages(kiosk):
    """The kiosk's featured guides and news in the visitor's language, else the newest guides."""
    from guides.models import GuidePage

    try:
        locale = Locale.get_active()
    except Locale.DoesNotExist:
        locale = Locale.get_default()
    pages = []
    for item in kiosk.featured_pages.select_related("page"):
        page = item.page.get_translation_or_none(locale) or item.page
        if page.live:
            pages.append(page.specific)
    if not pages:
        pages = list(
            public(GuidePage.objects.live())
            .filter(locale=locale)
            .order_by("-first_published_at")[:TOP_GUIDES]
        )
    return pages


def kiosk_languages(kiosk):
    """Every site language, named in itself, each leading to this start screen in that language."""
    current = translation.get_language()
    links = []
    for language in settings.SITE_LANGUAGES:
        with translation.override(language["code"]):
            url = reverse("kiosk", kwargs={"slug": kiosk.slug})
        links.append(
            {
                "code": language["code"],
                "name": language["name_local"],
                "url": url,
                "is_current": language["code"] == current,
            }
        )
    return links


@require_GET
def kiosk_start(request, slug):
    kiosk = get_object_or_404(Kiosk, slug=slug)
    response = render(
        request,
        "kiosks/kiosk_start.html",
        {"kiosk": kiosk, "featured": featured_pages(kiosk), "kiosk_languages": kiosk_languages(kiosk)},
    )
    # Browsing on from the start screen stays in kiosk mode (base.html reads this cookie); a
    # session cookie, so closing the browser ends it.
    response.set_cookie(COOKIE, kiosk.slug, samesite="Lax", httponly=True, secure=request.is_secure())
    response["Cache-Control"] = "private, no-cache"
    return response


@csrf_exempt  # authenticated by the kiosk's own token, embedded in its pages; writes nothing else
@require_POST
def heartbeat(request, slug):
    kiosk = get_object_or_404(Kiosk, slug=slug)
    token = request.POST.get("token", "")
    if not secrets.compare_digest(token.encode(), kiosk.token.encode()):
        return JsonResponse({"error": "token"}, status=403)
    version = request.POST.get("version", "")[:60]
    Kiosk.objects.filter(pk=kiosk.pk).update(last_seen=timezone.now(), last_version=version)
    return JsonResponse({"ok": True, "version": app_version()})


@require_GET
@cache_control(public=True, max_age=86400)
def qr_svg(request):
    url = request.GET.get("url", "")
    if not qr.is_allowed(url, request):
        return HttpResponseBadRequest(
            _("Chỉ tạo mã QR cho trang của trang web này và các trang dịch vụ công."),
            content_type="text/plain; charset=utf-8",
        )
    return HttpResponse(
        qr.svg_document(url, _("Mã QR của %(url)s") % {"url": url}), content_type="image/svg+xml"
    )


@require_GET
def service_worker(request):
    shell = [
        static("css/site.css"),
        static("css/print.css"),
        static("js/site.js"),
        static("js/kiosk.js"),
        reverse("offline"),
    ]
    response = render(
        request,
        "kiosks/sw.js",
        {
            "version": app_version(),
            "shell": shell,
            "offline_url": reverse("offline"),
            "static_url": settings.STATIC_URL,
        },
        content_type="application/javascript; charset=utf-8",
    )
    response["Service-Worker-Allowed"] = "/"
    response["Cache-Control"] = "no-cache"
    return response


@require_GET
def offline(request):
    return render(request, "offline.html", {"page": None})


# ---------------------------------------------------------------------------------------------
# Helper mode: a community digital team member starts an assisted session
# ---------------------------------------------------------------------------------------------


class HelperSessionForm(forms.Form):
    xa = forms.ModelChoiceField(
        queryset=Commune.objects.all(),
        to_field_name="slug",
        label=_lazy("Xã, phường nơi bạn đang hỗ trợ"),
        empty_label=_lazy("— Chọn xã, phường —"),
        error_messages={
            "required": _lazy("Hãy chọn xã, phường nơi bạn đang hỗ trợ."),
            "invalid_choice": _lazy("Không có xã, phường này trong danh sách. Hãy chọn lại."),
        },
    )
    next = forms.CharField(required=False, widget=forms.HiddenInput)


def safe_next(request, url):
    if url and url_has_allowed_host_and_scheme(url, {request.get_host()}, request.is_secure()):
        return url
    return "/"


def with_helper_mode(url):
    """The same address with ?ho-tro=1, so the page opens in helper mode even without JavaScript."""
    parts = urlsplit(url)
    query = [(key, value) for key, value in parse_qsl(parts.query) if key != helper.QUERY_PARAMETER]
    query.append((helper.QUERY_PARAMETER, "1"))
    return urlunsplit(parts._replace(query=urlencode(query)))


def wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


def helper_refusal(request, form, message, status):
    if wants_json(request):
        return JsonResponse({"error": message}, status=status)
    return render(request, "kiosks/helper_start.html", {"form": form, "error": message}, status=status)


# Anonymous and cookie-free on purpose: the count is started from any public page (which carries
# no CSRF token), a forged request could only add one to a counter, and the rate limit caps that.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def helper_start(request):
    if request.method == "GET":
        kiosk = Kiosk.objects.filter(slug=request.COOKIES.get(COOKIE) or None).first()
        initial = {"next": request.GET.get("next", ""), "xa": kiosk.commune if kiosk else None}
        response = render(request, "kiosks/helper_start.html", {"form": HelperSessionForm(initial=initial)})
        response["Cache-Control"] = "private, no-cache"
        return response
    form = HelperSessionForm(request.POST)
    if not form.is_valid():
        return helper_refusal(request, form, form.errors.get("xa", [""])[0], status=400)
    commune = form.cleaned_data["xa"]
    if not helper.take_rate_slot(commune):
        message = _("Đã ghi quá nhiều phiên hỗ trợ cho xã, phường này trong giờ qua. Hãy thử lại sau.")
        return helper_refusal(request, form, message, status=429)
    helper.count_session(commune)
    if wants_json(request):
        return JsonResponse({"ok": True, "commune": commune.slug})
    return redirect(with_helper_mode(safe_next(request, form.cleaned_data["next"])))
