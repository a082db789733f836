"""Navigation and language switching that follow the visitor's language."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Locale, Page, Site

from core.pagecache import remembered

register = template.Library()


def _navigation(request):
    site = Site.find_for_request(request)
    home = site.root_page.localized.specific if site else None
    if home is None:
        return {"home_url": "/", "sections": [], "news_url": ""}
    sections = [
        {"title": section.title, "url": section.get_url(request), "model_name": section._meta.model_name}
        for section in home.get_children().live().public().in_menu().specific()
    ]
    news = [section["url"] for section in sections if section["model_name"] == "newsindexpage"]
    return {"home_url": home.get_url(request), "sections": sections, "news_url": news[0] if news else ""}


@register.simple_tag(takes_context=True)
def site_navigation(context):
    """The home page's address, the menu's sections and the news section's address.

    In the visitor's language; every page shows them, so they are kept until the next
    editorial change (core.pagecache.remembered) instead of being queried on every request.
    """
    request = context.get("request")
    if request is None:
        return {"home_url": "/", "sections": [], "news_url": ""}
    if not hasattr(request, "_site_navigation"):
        name = f"navigation:{request.get_host()}:{translation.get_language()}"
        request._site_navigation = remembered(name, lambda: _navigation(request))
    return request._site_navigation


@register.simple_tag
def content_language(page):
    """The language the page's content is written in: an untranslated alias shows its source."""
    if not isinstance(page, Page):
        return translation.get_language()
    source = page.alias_of if page.alias_of_id else page
    return source.locale.language_code


def _translations(page, request):
    """Language code → (address, a real translation rather than an alias) of the page."""
    return {
        other.locale.language_code: (other.get_url(request), not other.alias_of_id)
        for other in page.get_translations(inclusive=True).select_related("locale")
    }


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per site language to this page in that language, marking real translations.

    A language has the page "for real" when a translation exists that is not just an alias
    of the source (wagtail-localize creates those aliases so no visitor is stranded).
    """
    request = context.get("request")
    page = context.get("page")
    current = translation.get_language()
    locales = remembered("locales", lambda: set(Locale.objects.values_list("language_code", flat=True)))
    translations = {}
    if isinstance(page, Page):
        host = request.get_host() if request is not None else ""
        translations = remembered(f"translations:{host}:{page.pk}", lambda: _translations(page, request))
    links = []
    for language in settings.SITE_LANGUAGES:
        code = language["code"]
        if code not in locales:
            continue
        if code in translations:
            url, is_translated = translations[code]
        elif request is not None:
            url, is_translated = translate_url(request.get_full_path(), code), not isinstance(page, Page)
        else:
            continue
        links.append(
            {
                "code": code,
                "name": language["name_local"],
                "url": url,
                "is_current": code == current,
                "is_translated": is_translated,
            }
        )
    return links
