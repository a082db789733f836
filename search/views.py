"""The public search page, the JSON search API, title suggestions and the engine's health."""

import unicodedata

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from core.pages import active_language_code
from core.querystrings import query_without, with_parameter

from . import service, stats
from .catalog import get_catalog, searchable_page_models
from .health import engine_health
from .models import BlockedSuggestion
from .ratelimit import seconds_until_allowed
from .text import words

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10
MAX_SUGGESTIONS = 8
EXCERPT_WORDS = 40  # of a result's summary


def clean_query(raw):
    """NFC text without control characters, spaces collapsed (a trailing space is kept: it
    tells that the last word is finished)."""
    text = unicodedata.normalize("NFC", raw)
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)
    cleaned = " ".join(text.split())
    return cleaned + " " if cleaned and text[-1:].isspace() else cleaned


def result_types():
    return {model._meta.model_name: model._meta.verbose_name for model in searchable_page_models()}


def with_urls(request, catalog, entries):
    """Rows of entry and url for display."""
    return [{"entry": entry, "url": catalog.url(entry, request)} for entry in entries]


def type_filters(request, counts):
    """The links of the type filter: all types, then each type found with its count. Each
    keeps the query and the other filters, and goes back to the first page of results."""
    kept, labels = query_without(request, "type", "page"), result_types()
    return {
        "all": f"?{kept}",
        "types": [
            (kind, capfirst(labels.get(kind, kind)), count, with_parameter(kept, "type", kind))
            for kind, count in counts.items()
        ],
    }


def excerpt(text, words=EXCERPT_WORDS):
    """The text's first words, then " …" if it goes on (what the truncatewords filter does)."""
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def result_cards(request, catalog, entries):
    """What the results page shows of each entry, worked out here: looked up by the template
    through the entry and its model, they took half a millisecond per page of results."""
    return [
        {
            "entry": entry,
            "url": catalog.url(entry, request),
            "type": capfirst(entry.kind_label),
            "topic": entry.topics[0][1] if entry.topics else "",
            "excerpt": excerpt(entry.summary),
        }
        for entry in entries
    ]


@require_GET
def search_page(request):
    query = clean_query(request.GET.get("q", ""))[:MAX_QUERY_LENGTH]
    filters = {"type": request.GET.get("type", ""), "topic": request.GET.get("topic", "")}
    outcome = service.search(request, query, filters) if query.strip() else None
    if outcome is not None:
        counted = (query, bool(outcome.hits or outcome.promoted), active_language_code())
        stats.record(*counted)
    hits = outcome.hits if outcome else []
    page = Paginator(hits, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "query": query.strip(),
        "outcome": outcome,
        "results": page,
        "result_cards": result_cards(request, outcome.catalog, page.object_list) if outcome else [],
        "promoted": outcome.promoted if outcome else [],
        "filters": filters,
        "type_filters": type_filters(request, outcome.facets.get("type", {})) if outcome else None,
        "query_too_long": len(request.GET.get("q", "")) > MAX_QUERY_LENGTH,
    }
    response = render(request, "search/search.html", context)
    if outcome is not None:
        response.on_replay = ("search-stats", counted)  # a kept copy of the page still counts
        if outcome.degraded:  # the engine failed: a later visitor may get its full answer
            add_never_cache_headers(response)
    return response


def json_error(message, status=400, **headers):
    response = JsonResponse({"error": message}, status=status, json_dumps_params={"ensure_ascii": False})
    for name, value in headers.items():
        response[name] = value
    return response


def rate_limited(bucket):
    def decorate(view):
        def wrapped(request, *args, **kwargs):
            retry_after = seconds_until_allowed(request, bucket)
            if retry_after is not None:
                return json_error(
                    _("Bạn tìm quá nhiều lần trong thời gian ngắn. Hãy thử lại sau %(seconds)s giây.")
                    % {"seconds": retry_after},
                    status=429,
                    **{"Retry-After": str(retry_after)},
                )
            return view(request, *args, **kwargs)

        return wrapped

    return decorate


def read_api_query(request):
    """(query, error message)."""
    raw = request.GET.get("q", "")
    if len(raw) > MAX_QUERY_LENGTH:
        return None, _("Từ khóa quá dài: tối đa %(max)s ký tự.") % {"max": MAX_QUERY_LENGTH}
    query = clean_query(raw)
    if not words(query):
        return None, _("Hãy nhập từ khóa cần tìm (tham số q).")
    return query, None


@require_GET
@rate_limited("search")
def search_api(request):
    query, error = read_api_query(request)
    if error:
        return json_error(error)
    kind, topic, language = (request.GET.get(name, "") for name in ("type", "topic", "lang"))
    if kind and kind not in result_types():
        return json_error(
            _("Loại nội dung không hợp lệ. Chọn một trong: %(types)s.") % {"types": ", ".join(result_types())}
        )
    if language and not Locale.objects.filter(language_code=language).exists():
        return json_error(_("Ngôn ngữ “%(lang)s” không có trên trang này.") % {"lang": language})
    page_number = request.GET.get("page", "1")
    if not page_number.isdigit() or int(page_number) < 1:
        return json_error(_("Số trang phải là số nguyên từ 1 trở lên."))
    with translation.override(language or translation.get_language()):
        return search_api_answer(request, query, {"type": kind, "topic": topic}, int(page_number))


def search_api_answer(request, query, filters, number):
    """The JSON answer, in the active language: its pages first, then untranslated ones."""
    outcome = service.search(request, query, filters)
    stats.record(query, found=bool(outcome.hits))
    paginator = Paginator(outcome.hits, RESULTS_PER_PAGE)
    entries = list(paginator.page(number).object_list) if number <= paginator.num_pages else []
    results = [
        {
            "title": row["entry"].title,
            "url": row["url"],
            "slug": row["entry"].slug,
            "type": row["entry"].kind,
            "language": row["entry"].language,
            "topic": row["entry"].topics[0][0] if row["entry"].topics else None,
            "summary": row["entry"].summary,
        }
        for row in with_urls(request, outcome.catalog, entries)
    ]
    return JsonResponse(
        {
            "query": query.strip(),
            "count": paginator.count,
            "page": number,
            "results": results,
            "facets": outcome.facets,
            "suggestion": outcome.suggestion or None,
        },
        json_dumps_params={"ensure_ascii": False},
    )


@require_GET
@rate_limited("suggest")
def suggest_api(request):
    query, error = read_api_query(request)
    if error:
        return json_error(error)
    searchable, scope = service.request_scope(request)
    catalog = get_catalog(searchable, scope)
    entries = suggestions(catalog, query)
    return JsonResponse(
        {
            "query": query.strip(),
            "suggestions": [
                {"title": row["entry"].title, "url": row["url"], "type": row["entry"].kind}
                for row in with_urls(request, catalog, entries)
            ],
        },
        json_dumps_params={"ensure_ascii": False},
    )


def suggestions(catalog, query):
    """Titles containing every typed word, the last one possibly unfinished; blocked words never."""
    typed = words(query)
    finished, last = typed[:-1], typed[-1]
    if query[-1:].isspace():
        finished, last = typed, ""
    blocked = set(words(" ".join(BlockedSuggestion.objects.values_list("word", flat=True))))
    matches = [entry for entry in catalog.titled(finished, last) if blocked.isdisjoint(entry.title_words)]
    matches.sort(
        key=lambda entry: (-entry.model.search_priority, len(entry.title_words), entry.title, entry.page_id)
    )
    return matches[:MAX_SUGGESTIONS]


@require_GET
def health(request):
    report = engine_health()
    return JsonResponse(report, status=200 if report["status"] != "down" else 503)
