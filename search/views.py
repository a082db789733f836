"""The public search page: published, public pages of this site, in the visitor's language."""

import unicodedata

from django.core.paginator import Paginator
from django.shortcuts import render
from wagtail.models import Locale, Page, Site

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10


def clean_query(raw):
    """Unicode-normalise, drop control characters and cap the length of a typed query."""
    text = unicodedata.normalize("NFC", raw)
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def searchable_pages(request):
    """Only what an anonymous visitor may read: live, not view-restricted, on this site."""
    pages = Page.objects.live().public().filter(locale=Locale.get_active())
    site = Site.find_for_request(request)
    return pages.in_site(site) if site else pages.none()


def search(request):
    query = clean_query(request.GET.get("q", ""))
    results = searchable_pages(request).specific().search(query) if query else Page.objects.none()
    page = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "search/search.html", {"query": query, "results": page})
