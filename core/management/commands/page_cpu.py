"""Server CPU per request of each public page type, rendered without the full-page cache.

CPU time (time.process_time) rather than wall time: on a shared, noisy machine it is the
stable figure. Each page is requested through Django's test client (the whole middleware
stack, no network), once to warm up, then --repeat times; the median is printed with the
number of database queries, then the same page served from the full-page cache (search is
never kept: its two figures match). --profile URL prints a pyinstrument profile instead.
"""

import statistics
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import override_settings
from wagtail.models import Locale

from guides.models import GuideIndexPage, GuidePage
from home.models import HomePage
from lessons.models import CoursePage, LessonPage
from news.models import NewsIndexPage, NewsPage
from videos.models import VideoGuidePage

PAGE_TYPES = [
    ("trang chủ", HomePage),
    ("danh sách hướng dẫn", GuideIndexPage),
    ("hướng dẫn", GuidePage),
    ("khoá học", CoursePage),
    ("bài học", LessonPage),
    ("video", VideoGuidePage),
    ("danh sách tin", NewsIndexPage),
    ("tin", NewsPage),
]
SEARCH_URLS = [("tìm kiếm", "/search/?q=khai+sinh"), ("API tìm kiếm", "/api/search/?q=khai+sinh")]


def sample_urls():
    """One live Vietnamese page of each type (the one with the most content: the last edited)."""
    locale = Locale.get_default()
    urls = []
    for label, model in PAGE_TYPES:
        page = model.objects.live().filter(locale=locale).order_by("-last_published_at").first()
        if page:
            urls.append((label, page.url))
    return urls + SEARCH_URLS


class Command(BaseCommand):
    help = "CPU ms and queries per request of each public page type, page cache off."

    def add_arguments(self, parser):
        parser.add_argument("--repeat", type=int, default=30)
        parser.add_argument("--profile", metavar="URL", help="print a pyinstrument profile of one page")

    def handle(self, *args, repeat, profile, **options):
        client = Client(HTTP_HOST="localhost")
        # As in production with Redis, where the parts every page shows (menu, languages) are
        # kept between editorial changes; the full-page cache off.
        with override_settings(DEBUG=False, PAGE_CACHE_SECONDS=0, CACHE_SHARED_BY_PROCESSES=True):
            if profile:
                self.profile(client, profile, repeat)
                return
            urls = sample_urls()
            if len(urls) == len(SEARCH_URLS):
                raise CommandError("No pages: load the demo content first (manage.py load_demo_content).")
            self.stdout.write(f"{'trang':<22} {'CPU ms':>7} {'truy vấn':>9} {'CPU ms đã lưu':>14}  địa chỉ")
            for label, url in urls:
                cpu_ms, queries = self.measure(client, url, repeat)
                with override_settings(PAGE_CACHE_SECONDS=300):  # served from the full-page cache
                    cached_ms, _ = self.measure(client, url, repeat)
                self.stdout.write(f"{label:<22} {cpu_ms:>7.1f} {queries:>9} {cached_ms:>14.1f}  {url}")

    def fetch(self, client, url):
        response = client.get(url)
        if response.status_code != 200:
            raise CommandError(f"{url} answered {response.status_code}")

    def measure(self, client, url, repeat):
        self.fetch(client, url)  # warm: what a visitor after the first one costs
        queries = []  # counted by a wrapper: the test client's request_started resets connection.queries
        with connection.execute_wrapper(
            lambda execute, sql, *args: queries.append(sql) or execute(sql, *args)
        ):
            self.fetch(client, url)
        timings = []
        for _ in range(repeat):
            started = time.process_time()
            self.fetch(client, url)
            timings.append((time.process_time() - started) * 1000)
        return statistics.median(timings), len(queries)

    def profile(self, client, url, repeat):
        from pyinstrument import Profiler  # a dev tool (requirements-dev.txt)

        self.fetch(client, url)
        profiler = Profiler(interval=0.0005)
        with profiler:
            for _ in range(repeat):
                self.fetch(client, url)
        self.stdout.write(profiler.output_text(unicode=True, show_all=False))
