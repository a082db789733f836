"""When the search engine is down, search still answers and no edit is lost."""

import copy

import pytest
from django.conf import settings
from wagtail.search.backends import get_search_backend

from guides.models import GuidePage
from search.models import PendingIndexUpdate
from search.service import engine_ids

from .factories import GuidePageFactory

pytestmark = pytest.mark.search_engine

UNREACHABLE = "http://127.0.0.1:9"  # the discard port: nothing listens, connections are refused


def external_engine():
    return "fallback" in settings.WAGTAILSEARCH_BACKENDS


def titles(client, query):
    return [result["title"] for result in client.get("/api/search/", {"q": query}).json()["results"]]


def test_health_reports_the_engine(client, db):
    report = client.get("/api/search/health/").json()
    assert report["status"] == "ok"
    assert report["engine"] == ("opensearch2" if external_engine() else "database")
    assert report["pending_index_updates"] == 0


def test_engine_down_search_answers_edits_are_kept_and_caught_up(client, guide_index, search_index, settings):
    if not external_engine():
        # The database backend is the database: it is down only when the site is.
        assert "fallback" not in settings.WAGTAILSEARCH_BACKENDS
        return
    GuidePageFactory(parent=guide_index, title="Đăng ký khai sinh trực tuyến")
    search_index.refresh()
    working = copy.deepcopy(settings.WAGTAILSEARCH_BACKENDS)
    broken = copy.deepcopy(working)
    broken["default"]["URLS"] = [UNREACHABLE]
    settings.WAGTAILSEARCH_BACKENDS = broken
    settings.SEARCH_ENGINE_RETRY_SECONDS = 0  # try the engine again at once once it is back

    assert titles(client, "khai sinh") == ["Đăng ký khai sinh trực tuyến"]  # from the fallback
    settings.PAGE_CACHE_SECONDS = 300
    for _ in range(2):  # the fallback's answer is shown but never kept: the engine may be back soon
        page = client.get("/search/", {"q": "khai sinh"})
        assert "Đăng ký <mark>khai</mark> <mark>sinh</mark>" in page.content.decode()
        assert "X-Cache" not in page
    settings.PAGE_CACHE_SECONDS = 0
    published_while_down = GuidePageFactory(parent=guide_index, title="Cấp đổi thẻ căn cước")
    assert published_while_down.live
    assert PendingIndexUpdate.objects.filter(object_id=str(published_while_down.pk)).exists()
    assert client.get("/api/search/health/").json()["status"] == "degraded"
    assert titles(client, "can cuoc") == ["Cấp đổi thẻ căn cước"]

    settings.WAGTAILSEARCH_BACKENDS = working
    client.get("/api/search/", {"q": "khai sinh"})  # the engine answers again and catches up
    search_index.refresh()
    assert not PendingIndexUpdate.objects.exists()
    found = engine_ids(get_search_backend("default"), GuidePage.objects.live(), "can cuoc")
    assert found == [published_while_down.pk]
