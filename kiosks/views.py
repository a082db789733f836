"""The kiosk start screen, its heartbeat, server-side QR codes, the service worker and offline page."""

import hashlib
import secrets
import tomllib
from functools import lru_cache

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST
from wagtail.models import Locale

from . import qr
from .models import Kiosk

COOKIE = "dls_kiosk"
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
            GuidePage.objects.live()
            .public()
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
