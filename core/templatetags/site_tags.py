"""Navigation and language switching that follow the visitor's language."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Locale, Page, Site

register = template.Library()


def _site_home(request):
    site = Site.find_for_request(request) if request else None
    return site.root_page.localized if site else None


@register.simple_tag(takes_context=True)
def site_home(context):
    """The home page in the visitor's language (or the source one)."""
    request = context.get("request")
    if request is None:
        return None
    if not hasattr(request, "_site_home"):
        request._site_home = _site_home(request)
    return request._site_home


@register.simple_tag(takes_context=True)
def primary_navigation(context):
    """The sections shown in the menu: live children of the home page marked "show in menus"."""
    request = context.get("request")
    if request is not None and hasattr(request, "_primary_navigation"):
        return request._primary_navigation
    home = site_home(context)
    sections = list(home.get_children().live().public().in_menu().specific()) if home else []
    if request is not None:
        request._primary_navigation = sections
    return sections


@register.simple_tag(takes_context=True)
def section_url(context, model_name):
    """The URL of the first section of this type under the home page ("guideindexpage")."""
    for section in primary_navigation(context):
        if section._meta.model_name == model_name:
            return section.get_url(context.get("request"))
    return ""


@register.simple_tag
def content_language(page):
    """The language the page's content is written in: an untranslated alias shows its source."""
    if not isinstance(page, Page):
        return translation.get_language()
    source = page.alias_of if page.alias_of_id else page
    return source.locale.language_code


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per site language to this page in that language, marking real translations.

    A language has the page "for real" when a translation exists that is not just an alias
    of the source (wagtail-localize creates those aliases so no visitor is stranded).
    """
    request = context.get("request")
    page = context.get("page")
    current = translation.get_language()
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    translations = {}
    if isinstance(page, Page):
        for other in page.get_translations(inclusive=True).select_related("locale"):
            translations[other.locale.language_code] = other
    links = []
    for language in settings.SITE_LANGUAGES:
        code = language["code"]
        if code not in locales:
            continue
        other = translations.get(code)
        if other is not None:
            url = other.get_url(request)
        elif request is not None:
            url = translate_url(request.get_full_path(), code)
        else:
            continue
        is_translated = other is not None and not other.alias_of_id if isinstance(page, Page) else True
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
