"""The full-page cache: fast for anonymous visitors, never stale or mixed up, never someone else's page."""

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer
from wsgiref.util import setup_testing_defaults

import pytest
import redis
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.signals import request_started
from django.db import connection
from django.http import HttpResponse
from django.test.utils import CaptureQueriesContext
from django.urls import resolve
from wagtail.models import Page, PageViewRestriction

from core import pagecache
from core.local_copies import LocalCopies
from core.locales import ensure_site_locales
from kiosks.models import Kiosk
from search.models import CatalogChange, QueryStat
from tests.required import require

from .factories import GuideIndexPageFactory, GuidePageFactory, NewsIndexPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def guide(page_cache, guide_index):
    return GuidePageFactory(parent=guide_index, title="Đăng ký khai sinh", slug="khai-sinh")


def fetch(client, url, **extra):
    response = client.get(url, **extra)
    assert response.status_code == 200, url
    return response


def test_second_anonymous_request_is_a_hit(client, guide):
    first = fetch(client, guide.url)
    second = fetch(client, guide.url)
    assert first["X-Cache"] == "miss"
    assert second["X-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


def test_head_is_served_from_the_copy(client, guide):
    fetch(client, guide.url)
    assert client.head(guide.url)["X-Cache"] == "hit"


def test_query_string_is_a_different_page(client, guide):
    fetch(client, guide.url)
    assert fetch(client, guide.url + "?ho-tro=1")["X-Cache"] == "miss"


def test_logged_in_users_always_get_a_fresh_page_and_never_leave_one(client, guide):
    fetch(client, guide.url)  # an anonymous copy exists
    editor = get_user_model().objects.create_superuser("bientap", "b@example.com", "x")
    client.force_login(editor)
    as_editor = fetch(client, guide.url)
    assert "X-Cache" not in as_editor
    assert b"wagtail-userbar" in as_editor.content
    client.logout()
    cache.clear()
    client.force_login(editor)
    fetch(client, guide.url)
    client.cookies.clear()
    anonymous = fetch(client, guide.url)
    assert anonymous["X-Cache"] == "miss"  # the editor's page was not stored
    assert b"wagtail-userbar" not in anonymous.content


@pytest.mark.parametrize("workers", ["one process", "Redis and each worker's memory"])
def test_publishing_a_change_shows_at_once(client, guide, workers, request):
    if workers != "one process":
        request.getfixturevalue("redis_page_cache")
    fetch(client, guide.url)
    guide.title = "Đăng ký khai sinh trực tuyến tại nhà"
    guide.save_revision().publish()
    response = fetch(client, guide.url)
    assert response["X-Cache"] == "miss"
    assert "Đăng ký khai sinh trực tuyến tại nhà" in response.content.decode()


def test_unpublishing_removes_the_page_and_its_listing(client, guide, guide_index):
    assert "Đăng ký khai sinh" in fetch(client, guide_index.url).content.decode()
    fetch(client, guide.url)
    guide.unpublish()
    assert client.get(guide.url).status_code == 404
    assert "Đăng ký khai sinh" not in fetch(client, guide_index.url).content.decode()


def test_moving_a_page_sends_its_old_address_to_the_new_one(client, guide, home):
    old_url = guide.url
    fetch(client, old_url)
    other_index = GuideIndexPageFactory(parent=home, title="Thủ tục khác", slug="thu-tuc-khac")
    guide.move(other_index, pos="last-child")
    assert client.get(old_url).headers["Location"] == "/thu-tuc-khac/khai-sinh/"
    assert fetch(client, "/thu-tuc-khac/khai-sinh/")["X-Cache"] == "miss"


def test_changing_a_snippet_shows_on_the_pages_that_display_it(client, guide):
    topic = guide.topic
    fetch(client, guide.url)
    topic.name = "Hộ tịch và khai sinh"
    topic.save()
    assert "Hộ tịch và khai sinh" in fetch(client, guide.url).content.decode()


def test_deleting_a_page_removes_it(client, guide, guide_index):
    fetch(client, guide_index.url)
    guide.delete()
    assert "Đăng ký khai sinh" not in fetch(client, guide_index.url).content.decode()


def test_languages_are_never_mixed(client, guide):
    ensure_site_locales()  # mirrors the existing tree into every language
    vietnamese = fetch(client, "/huong-dan/khai-sinh/")
    ede = fetch(client, "/rad/huong-dan/khai-sinh/")
    assert ede["X-Cache"] == "miss"
    assert b'<html lang="rad"' in ede.content and b'<html lang="vi"' in vietnamese.content
    # The root is Vietnamese whatever the browser asks for: the copy keyed "vi" is right for it.
    english_browser = fetch(client, "/huong-dan/khai-sinh/", HTTP_ACCEPT_LANGUAGE="en")
    assert english_browser["X-Cache"] == "hit"
    cache.clear()
    assert b'<html lang="vi"' in fetch(client, "/huong-dan/khai-sinh/", HTTP_ACCEPT_LANGUAGE="en").content


def test_kiosk_pages_and_ordinary_pages_are_never_mixed(client, guide):
    Kiosk.objects.create(name="Thư viện xã Ea Tu", slug="ea-tu", place="Thư viện xã")
    plain = fetch(client, guide.url)
    client.cookies["dls_kiosk"] = "ea-tu"
    on_kiosk = fetch(client, guide.url)
    assert on_kiosk["X-Cache"] == "miss"
    assert b'data-kiosk="ea-tu"' in on_kiosk.content
    assert fetch(client, guide.url)["X-Cache"] == "hit"
    del client.cookies["dls_kiosk"]
    again = fetch(client, guide.url)
    assert again["X-Cache"] == "hit" and again.content == plain.content
    assert b"data-kiosk=" not in again.content


def test_a_page_that_sets_a_cookie_is_not_stored(rf, guide):
    def page_view_setting_a_cookie(request):  # Wagtail's page view, answering with a cookie
        request.resolver_match = resolve(guide.url)
        response = HttpResponse("<p>Trang</p>")
        response.set_cookie("lua-chon", "1")
        return response

    middleware = pagecache.PageCacheMiddleware(page_view_setting_a_cookie)
    middleware(rf.get(guide.url))
    second = middleware(rf.get(guide.url))
    assert "X-Cache" not in second
    assert "lua-chon" in second.cookies  # each visitor gets their own


def test_a_page_with_a_csrf_form_is_not_stored(client, guide):
    PageViewRestriction.objects.create(page=guide, restriction_type="password", password="mat-khau")
    first = fetch(client, guide.url)
    assert b"csrfmiddlewaretoken" in first.content
    client.cookies.clear()
    second = fetch(client, guide.url)
    assert "X-Cache" not in second
    assert second.cookies["csrftoken"].value  # a fresh token for every visitor


def test_post_is_never_served_from_or_stored_in_the_cache(client, guide):
    fetch(client, guide.url)
    posted = client.post(guide.url, {"q": "x"})
    assert "X-Cache" not in posted
    cache.clear()
    client.post(guide.url, {"q": "x"})
    assert fetch(client, guide.url)["X-Cache"] == "miss"


def test_a_visitor_with_a_session_is_not_served_a_copy(client, guide):
    fetch(client, guide.url)
    client.cookies["sessionid"] = "abc"
    assert "X-Cache" not in fetch(client, guide.url)


def test_zero_seconds_turns_the_cache_off(client, guide, settings):
    settings.PAGE_CACHE_SECONDS = 0
    fetch(client, guide.url)
    assert "X-Cache" not in fetch(client, guide.url)


@pytest.fixture
def searched_guide(search_index, page_cache, guide_index):
    guide = GuidePageFactory(parent=guide_index, title="Đăng ký khai sinh", slug="khai-sinh")
    search_index.refresh()
    return guide


def test_a_search_asked_again_is_served_from_the_copy_and_still_counted(client, searched_guide):
    ensure_site_locales()
    for _ in range(2):
        for language in ("", "/rad"):
            response = fetch(client, f"{language}/search/?q=khai+sinh")
            assert f'href="{language}/huong-dan/khai-sinh/"' in response.content.decode()
    assert response["X-Cache"] == "hit"
    counted = {(stat.language, stat.query): stat.searches for stat in QueryStat.objects.all()}
    assert counted == {("vi", "khai sinh"): 2, ("rad", "khai sinh"): 2}


def test_a_new_guide_is_found_at_once_by_a_search_asked_before(client, searched_guide, search_index):
    assert "/huong-dan/can-cuoc/" not in fetch(client, "/search/?q=can+cuoc").content.decode()
    GuidePageFactory(parent=searched_guide.get_parent(), title="Cấp đổi thẻ căn cước", slug="can-cuoc")
    search_index.refresh()
    response = fetch(client, "/search/?q=can+cuoc")
    assert response["X-Cache"] == "miss"
    assert 'href="/huong-dan/can-cuoc/"' in response.content.decode()


# --- A CDN or caching proxy: Wagtail's front-end cache invalidation ------------------------


class PurgeRecorder(BaseHTTPRequestHandler):
    purged = []

    def do_PURGE(self):  # called for the PURGE method
        self.purged.append(self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def caching_proxy(settings):
    server = HTTPServer(("127.0.0.1", 0), PurgeRecorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    PurgeRecorder.purged = []
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        }
    }
    yield PurgeRecorder.purged
    server.shutdown()


def test_publishing_purges_the_page_and_the_pages_listing_it(
    caching_proxy, guide, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        guide.save_revision().publish()
    assert {"/huong-dan/khai-sinh/", "/huong-dan/", "/"} <= set(caching_proxy)


# --- Redis: shared by every worker, and an outage is only a slower site ------------------


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class RedisServer:
    """Debian's redis-server on a free port, private to this test, without persistence."""

    def __init__(self, tmp_path):
        self.port = free_port()
        self.dir = tmp_path
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--dir",
                str(self.dir),
            ],
            stdout=subprocess.DEVNULL,
        )
        for _ in range(100):
            if self.answers():
                return
            time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def answers(self):
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.2) as connection:
                connection.sendall(b"PING\r\n")
                return connection.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


@pytest.fixture
def redis_server(tmp_path):
    require(shutil.which("redis-server"), "redis-server is not installed (apt-get install redis-server)")
    server = RedisServer(tmp_path)
    server.start()
    yield server
    if server.process.poll() is None:
        server.stop()


def redis_cache_settings(url):
    return {
        "default": {
            "BACKEND": "core.cache.ResilientRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "test",
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25},
        }
    }


@pytest.fixture
def redis_page_cache(redis_server, settings, page_cache):
    """Production's cache: Redis shared by the workers, each keeping copies in its own memory."""
    settings.CACHES = redis_cache_settings(redis_server.url)
    settings.CACHE_SHARED_BY_PROCESSES = True
    settings.PAGE_CACHE_LOCAL_BYTES = 4 * 2**20
    cache.clear()
    return redis_server


def follower_sees(expected, seconds=2):
    """Wait for this worker's generation follower to see `expected` (a Redis push, not instant)."""
    deadline = time.monotonic() + seconds
    while not expected(pagecache.local_memory()[0].generation):
        assert time.monotonic() < deadline, "the worker never heard of the change"
        time.sleep(0.01)


BUMP_IN_ANOTHER_PROCESS = """
import json, sys
import django
django.setup()
from django.test.utils import override_settings
from core.pagecache import bump_generation
with override_settings(CACHES=json.loads(sys.argv[1]), CACHE_SHARED_BY_PROCESSES=True):
    bump_generation()
"""


def bump_in_another_process(server):
    """What another gunicorn worker or a management command does after an edit: a process of
    its own, same Redis. Returns once this worker's follower has heard of it."""
    before = pagecache.local_memory()[0].generation
    subprocess.run(
        [sys.executable, "-c", BUMP_IN_ANOTHER_PROCESS, json.dumps(redis_cache_settings(server.url))],
        check=True,
        cwd=settings.BASE_DIR,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "daklakso.settings.test"},
    )
    follower_sees(lambda generation: generation not in (before, None))


def test_an_edit_through_another_process_drops_the_pages_of_every_worker(client, guide, redis_page_cache):
    fetch(client, guide.url)
    assert fetch(client, guide.url)["X-Cache"] == "hit"
    bump_in_another_process(redis_page_cache)
    assert fetch(client, guide.url)["X-Cache"] == "miss"


def catalogue_reads(client, query):
    """(titles the JSON search API finds, queries it made on the catalogue's change rows)."""
    with CaptureQueriesContext(connection) as queries:
        found = [result["title"] for result in client.get("/api/search/", {"q": query}).json()["results"]]
    return found, sum(CatalogChange._meta.db_table in query["sql"] for query in queries)


def test_search_reads_the_catalogues_changes_only_after_a_new_generation(
    client, searched_guide, redis_page_cache
):
    catalogue_reads(client, "khai sinh")  # builds the catalogue
    assert catalogue_reads(client, "khai sinh") == (["Đăng ký khai sinh"], 0)

    # Another process unpublishes the guide: its rows change, a change is written down and a
    # new generation announced. No signal reaches this process.
    Page.objects.filter(pk=searched_guide.pk).update(live=False)
    CatalogChange.objects.create(page_id=searched_guide.pk)
    bump_in_another_process(redis_page_cache)

    assert catalogue_reads(client, "khai sinh") == ([], 1)
    assert catalogue_reads(client, "khai sinh") == ([], 0)


def test_a_page_made_private_leaves_the_search_at_once_in_production(
    client, searched_guide, redis_page_cache
):
    """Production keeps what a search is built from between editorial changes (the catalogue's
    change rows, the query set the engine is given); a restriction is such a change."""
    assert fetch(client, "/search/?q=khai+sinh").content.decode().count('href="/huong-dan/khai-sinh/"') == 1
    PageViewRestriction.objects.create(page=searched_guide, restriction_type=PageViewRestriction.LOGIN)
    assert 'href="/huong-dan/khai-sinh/"' not in fetch(client, "/search/?q=khai+sinh").content.decode()
    assert catalogue_reads(client, "khai sinh")[0] == []


def redis_calls(server, *commands):
    with redis.Redis.from_url(server.url) as client:
        stats = client.info("commandstats")
    return sum(stats.get(f"cmdstat_{command}", {}).get("calls", 0) for command in commands)


def test_a_page_asked_for_again_is_served_from_the_workers_memory(client, guide, redis_page_cache):
    first = fetch(client, guide.url)
    follower_sees(lambda generation: generation is not None)
    reads_before = redis_calls(redis_page_cache, "get", "mget")
    for _ in range(3):
        again = fetch(client, guide.url)
        assert again["X-Cache"] == "hit" and again.content == first.content
    assert redis_calls(redis_page_cache, "get", "mget") == reads_before


def test_a_search_is_kept_in_the_worker_alone_and_counted_each_time(client, searched_guide, redis_page_cache):
    """Most queries are asked once: their pages and answers never travel to Redis."""
    ensure_site_locales()
    for language in ("", "/en"):  # a first visit draws the generation, keeps the menus…
        fetch(client, f"{language}/search/?q=dang+ky")
    follower_sees(lambda generation: generation is not None)
    calls_before = redis_calls(redis_page_cache, "set", "get", "mget")
    for language in ("", "/en"):
        first = fetch(client, f"{language}/search/?q=khai+sinh")
        again = fetch(client, f"{language}/search/?q=khai+sinh")
        assert (first["X-Cache"], again["X-Cache"]) == ("miss", "hit") and again.content == first.content
    assert redis_calls(redis_page_cache, "set", "get", "mget") == calls_before
    counted = {(stat.language, stat.searches) for stat in QueryStat.objects.filter(query="khai sinh")}
    assert counted == {("vi", 2), ("en", 2)}


def wsgi_get(path, **headers):
    """(status, headers, body) from the site's WSGI application itself, as gunicorn calls it."""
    from daklakso.wsgi import application

    environ = {"PATH_INFO": path, "HTTP_HOST": "testserver", **headers}
    setup_testing_defaults(environ)
    answer = {}
    body = b"".join(
        application(environ, lambda status, headers: answer.update(status=status, headers=headers))
    )
    return answer["status"], dict(answer["headers"]), body


def test_a_page_kept_in_the_worker_is_served_before_django_runs(client, guide, redis_page_cache):
    first = fetch(client, guide.url)
    follower_sees(lambda generation: generation is not None)
    django_ran = []
    request_started.connect(lambda **kwargs: django_ran.append(1), weak=False, dispatch_uid="test-django-ran")
    try:
        status, headers, body = wsgi_get(guide.url)
        assert (status, headers["X-Cache"], body) == ("200 OK", "hit", first.content)
        assert headers["Content-Security-Policy"] == first["Content-Security-Policy"]
        assert not django_ran
        status, headers, body = wsgi_get(guide.url, HTTP_COOKIE="sessionid=abc")  # someone's own page
        assert status == "200 OK" and "X-Cache" not in headers and django_ran
    finally:
        request_started.disconnect(dispatch_uid="test-django-ran")


def test_the_menu_kept_between_edits_shows_a_new_section_at_once(client, guide, redis_page_cache, settings):
    settings.CACHE_SHARED_BY_PROCESSES = True
    settings.PAGE_CACHE_SECONDS = 0  # the menu's own copy, not the page's
    assert "Tin tức" not in fetch(client, guide.url).content.decode()
    NewsIndexPageFactory(parent=guide.get_parent().get_parent(), title="Tin tức", show_in_menus=True)
    assert '<a href="/tin-tuc/">Tin tức</a>' in fetch(client, guide.url).content.decode()


def test_redis_stopping_and_starting_never_breaks_a_page(client, guide, redis_page_cache, caplog):
    fetch(client, guide.url)
    redis_page_cache.stop()
    # The worker's copies stop counting once it notices (its generation channel closes).
    follower_sees(lambda generation: generation is None)
    for _ in range(3):
        response = fetch(client, guide.url)
        assert "X-Cache" not in response
        assert "Đăng ký khai sinh" in response.content.decode()
    assert "Redis unreachable" in caplog.text
    assert cache.get("anything", "default") == "default"
    assert cache.add("anything", 1) is False
    with pytest.raises(ValueError):
        cache.incr("anything")
    redis_page_cache.start()
    assert fetch(client, guide.url)["X-Cache"] == "miss"
    assert fetch(client, guide.url)["X-Cache"] == "hit"
    # The worker follows the generation again, and serves the page from its memory again.
    follower_sees(lambda generation: generation is not None, seconds=5)
    fetch(client, guide.url)
    reads_before = redis_calls(redis_page_cache, "get", "mget")
    assert fetch(client, guide.url)["X-Cache"] == "hit"
    assert redis_calls(redis_page_cache, "get", "mget") == reads_before


def test_the_search_rate_limit_lets_requests_through_while_redis_is_down(client, redis_page_cache):
    redis_page_cache.stop()
    assert client.get("/api/search/", {"q": "khai sinh"}).status_code == 200


def test_a_workers_copies_stay_within_their_memory_and_keep_the_most_asked_for():
    copies = LocalCopies(max_bytes=64 * 1024)
    page = b"x" * 7000  # about a ninth of the memory
    for number in range(12):
        copies.put(f"page-{number}", "g1", page)
        assert copies.get("page-0", "g1") == page  # asked for again and again: kept
    assert copies._bytes <= 64 * 1024
    assert copies.get("page-1", "g1") is None  # the least recently asked for went first
    assert copies.get("page-11", "g1") == page
    assert copies.get("page-11", "g2") is None  # made in an older generation


def test_a_workers_copy_is_a_copy_and_is_read_again_from_redis_after_a_while(monkeypatch):
    copies = LocalCopies(max_bytes=2**20)
    copies.put("menu", "g1", [{"title": "Hướng dẫn"}])
    copies.get("menu", "g1")[0]["title"] = "changed by one request"
    assert copies.get("menu", "g1") == [{"title": "Hướng dẫn"}]
    monkeypatch.setattr(LocalCopies, "SECONDS", -1)  # a copy made now is already too old
    copies.put("menu", "g1", [{"title": "Hướng dẫn"}])
    assert copies.get("menu", "g1") is None
