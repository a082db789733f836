"""Navigation and language switching that follow the visitor's language, and what every
page and card says about a page.

Fields some page types lack are read here with getattr: a template looking one up on a page
that lacks it costs a dir() of the whole model, a tenth of a millisecond each time.
"""

import functools

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.html import strip_tags
from wagtail.models import Page, Site

from core.pagecache import remembered
from core.pages import CARD_TEXT_FIELDS, public, read_locale_codes
from core.querystrings import query_without, with_parameter

register = template.Library()


def _navigation(request):
    site = Site.find_for_request(request)
    home = site.root_page.localized.specific if site else None
    if home is None:
        return {"home_url": "/", "sections": [], "news_url": ""}
    sections = [
        {"title": section.title, "url": section.get_url(request), "model_name": section._meta.model_name}
        for section in public(home.get_children().live()).in_menu().specific()
    ]
    news = [section["url"] for section in sections if section["model_name"] == "newsindexpage"]
    return {"home_url": home.get_url(request), "sections": sections, "news_url": news[0] if news else ""}


def _shared_part(request, name, compute):
    """compute()'s value for a part every page shows: read once a request, and kept until the
    next editorial change (core.pagecache.remembered) instead of being queried on every request."""
    if request is None:
        return remembered(name, compute)
    parts = request.__dict__.setdefault("_shared_parts", {})
    if name not in parts:
        parts[name] = remembered(name, compute)
    return parts[name]


def _locale_codes(request):
    return _shared_part(request, "locale_codes", read_locale_codes)


@register.simple_tag(takes_context=True)
def site_navigation(context):
    """The home page's address, the menu's sections and the news section's address.

    In the visitor's language.
    """
    request = context.get("request")
    if request is None:
        return {"home_url": "/", "sections": [], "news_url": ""}
    name = f"navigation:{request.get_host()}:{translation.get_language()}"
    return _shared_part(request, name, lambda: _navigation(request))


@register.simple_tag(takes_context=True)
def content_language(context, page):
    """The language the page's content is written in: an untranslated alias shows its source."""
    if not isinstance(page, Page):
        return translation.get_language()
    source = page.alias_of if page.alias_of_id else page
    return _locale_codes(context.get("request"))[source.locale_id]


@register.simple_tag
def breadcrumb_trail(page):
    """The page's ancestors from the home page (depth 2) down, for the breadcrumbs.

    Walked up with get_parent(): routing leaves each page its parent (Page.route,
    core.pages.LeanPageMixin), so for a page being served none is read from the database.
    """
    trail = []
    while page.depth > 2:
        page = page.get_parent()
        trail.append(page)
    return trail[::-1]


def _translations(page, request):
    """Language code → (address, a real translation rather than an alias) of the page."""
    return {
        other.locale.language_code: (other.get_url(request), not other.alias_of_id)
        for other in page.get_translations(inclusive=True).select_related("locale")
    }


@functools.lru_cache(maxsize=4096)
def _path_in_language(path, active_language, code):
    """translate_url for the path of a view that is not a page, kept: resolving and reversing
    cost a tenth of a millisecond per language on every request, for an answer only a new
    release changes. The path is resolved in the active language, so that is in the key."""
    return translate_url(path, code)


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per site language to this page in that language, marking real translations.

    A language has the page "for real" when a translation exists that is not just an alias
    of the source (wagtail-localize creates those aliases so no visitor is stranded).
    """
    request = context.get("request")
    page = context.get("page")
    current = translation.get_language()
    locales = set(_locale_codes(request).values())
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
            path, mark, query = request.get_full_path().partition("?")
            url, is_translated = (
                _path_in_language(path, current, code) + mark + query,
                not isinstance(page, Page),
            )
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


def _first_filled(page, names):
    """The first of these fields the page has and has filled in, else ""."""
    return next((value for name in names if (value := getattr(page, name, None))), "")


@register.simple_tag
def meta_description(page):
    """The page's description for search engines, as plain text ("" when it has none)."""
    return _first_filled(page, ("search_description", "summary", "lead")) or strip_tags(
        getattr(page, "intro", None) or ""
    )


@register.simple_tag
def card_details(page):
    """What a page's card shows besides its title: its date (news) and a sentence about it."""
    return {
        "date": getattr(page, "date", None),
        "text": _first_filled(page, CARD_TEXT_FIELDS),
    }


@register.simple_tag(takes_context=True)
def pagination_links(context, page_obj, param):
    """The links of a pagination bar, each keeping the other GET parameters (q, chu-de…).

    The numbers are the first and last, two on each side of the current one, and
    Paginator.ELLIPSIS between: listing all of them would cost a thousand template steps for a
    search that found a thousand pages.
    """
    kept = query_without(context["request"], param)
    numbers = page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)
    return {
        "previous": with_parameter(kept, param, page_obj.previous_page_number())
        if page_obj.has_previous()
        else None,
        "next": with_parameter(kept, param, page_obj.next_page_number()) if page_obj.has_next() else None,
        "pages": [
            (n, None if n == page_obj.paginator.ELLIPSIS else with_parameter(kept, param, n)) for n in numbers
        ],
    }
