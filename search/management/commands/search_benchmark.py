"""How fast search is with a realistic amount of content.

    manage.py search_benchmark [--guides 2000] [--queries 300] [--engine-label NAME] [--loaded]

Generates N plausible guides (tests/search_quality/synthetic.py), imports them with
guides.importer.GuideImporter (through search.bulk.import_in_bulk: indexed once, at the end),
rebuilds the whole index (`update_index`), then sends a mixed
set of queries — exact, no tone marks, typo, unfinished word, everyday words — to the JSON
search API and the suggestion API through django.test.Client (the full middleware stack, as
a visitor's browser hits them), and prints p50/p95 latency per kind, the import and rebuild
times and the engine. Goals: p95 ≤ 50 ms for search, ≤ 20 ms for suggestions, rebuild ≤ 60 s
at 2,000 guides.

With --loaded the guides are not imported: they are the ones `manage.py generate_guides N`
(same N and seed) already put on the default site, and only the rebuild and the queries are
measured — the figures for a database prepared once, without paying the import every run.

Nothing is kept: everything runs in one database transaction that is rolled back, and an
external engine (SEARCH_URL) works on throwaway indexes deleted afterwards. With SQLite the
database stays locked for writing by other processes while the benchmark runs.
"""

import io
import logging
import random
import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.test import Client, override_settings
from django.utils import translation
from wagtail.models import Locale, Site

SEARCH_GOAL_MS = 50
SUGGEST_GOAL_MS = 20
REBUILD_GOAL_S = 60
REBUILD_GOAL_GUIDES = 2000


class FallbackCounter(logging.Handler):
    """Counts the searches the engine failed (service.candidate_ids logs each one)."""

    def __init__(self):
        super().__init__(level=logging.WARNING)
        self.count = 0

    def emit(self, record):
        self.count += "answering from the database backend" in record.getMessage()


class Command(BaseCommand):
    help = "Đo tốc độ tìm kiếm với nhiều hướng dẫn giả lập (không thay đổi dữ liệu thật)."

    def add_arguments(self, parser):
        parser.add_argument("--guides", type=int, default=2000)
        parser.add_argument("--queries", type=int, default=300)
        parser.add_argument("--seed", type=int, default=2026)
        parser.add_argument(
            "--time-budget",
            type=float,
            default=900,
            help="stop sending queries after this many seconds (the rest of the shuffled set is skipped)",
        )
        parser.add_argument(
            "--engine-label", default="", help="name printed for the engine (default: from settings)"
        )
        parser.add_argument(
            "--loaded",
            action="store_true",
            help="the guides are already on the default site (manage.py generate_guides N): do not import",
        )

    def handle(self, *args, **options):
        try:
            from tests.search_quality import loader, runner, synthetic
        except ImportError as error:
            raise CommandError(f"The benchmark needs the development requirements: {error}") from error
        if options["guides"] < 1 or options["queries"] < 1:
            raise CommandError("--guides and --queries must be at least 1")
        self.loader, self.runner = loader, runner
        self.time_budget = options["time_budget"]
        self.loaded = options["loaded"]
        label = options["engine_label"] or loader.engine_label()

        started = time.perf_counter()
        records = synthetic.generate_guides(options["guides"], seed=options["seed"])
        generated = time.perf_counter() - started
        distinct, total = synthetic.vocabulary(records)
        queries = synthetic.generate_queries(records, options["queries"], seed=options["seed"] + 1)

        self.out(f"Search benchmark — engine: {label}")
        self.out(
            f"Generated {len(records)} guides in {generated:.1f} s: {total:,} words, "
            f"{distinct:,} distinct (folded); {len(queries)} queries"
        )
        fallbacks = FallbackCounter()
        search_log = logging.getLogger("daklakso.search")
        search_log.addHandler(fallbacks)
        try:
            with loader.throwaway_state(), translation.override(Locale.get_default().language_code):
                figures = self.measure(records, queries)
        finally:
            search_log.removeHandler(fallbacks)
        self.report(figures, len(records), label)
        if fallbacks.count:  # the figures above are then partly the database backend's
            self.out(
                f"WARNING: the engine failed {fallbacks.count} times; the database backend answered instead."
            )

    def out(self, text=""):
        self.stdout.write(text)
        self.stdout.flush()

    def measure(self, records, queries):
        loader = self.loader
        figures = {"import": None}
        if self.loaded:
            host = Site.objects.get(is_default_site=True).hostname
        else:
            quality_site = loader.make_quality_site()
            started = time.perf_counter()
            loader.import_guides(records, quality_site)
            figures["import"] = time.perf_counter() - started
            self.out(f"Import (bulk GuideImporter): {figures['import']:.1f} s")
            host = quality_site.hostname

        started = time.perf_counter()
        call_command("update_index", stdout=io.StringIO(), stderr=io.StringIO())
        loader.refresh_search_indexes()
        figures["rebuild"] = time.perf_counter() - started
        self.out(f"Full index rebuild (update_index): {figures['rebuild']:.1f} s")

        # The API's per-client budget is for people, not for a benchmark loop from one address.
        with override_settings(SEARCH_RATE_LIMIT="1000000/m", ALLOWED_HOSTS=[*settings.ALLOWED_HOSTS, host]):
            client = Client(HTTP_HOST=host)
            figures["cold"] = self.timed(client, "/api/search/", "đăng ký khai sinh")
            figures["cold_suggest"] = self.timed(client, "/api/search/suggest/", "đăng ký kh")
            for warm in ("giấy phép", "dang ky", "the can cuoc"):  # code paths and caches warm
                self.timed(client, "/api/search/", warm)
                self.timed(client, "/api/search/suggest/", warm)
            figures["search"], figures["suggest"] = [], []
            order = list(queries)
            random.Random(0).shuffle(order)
            deadline = time.perf_counter() + self.time_budget
            for kind, text in order:
                figures["search"].append((kind, self.timed(client, "/api/search/", text)))
                figures["suggest"].append((kind, self.timed(client, "/api/search/suggest/", text)))
                if time.perf_counter() > deadline:
                    self.out(
                        f"Time budget spent: stopped after {len(figures['search'])} of {len(order)} queries."
                    )
                    break
        return figures

    def timed(self, client, path, text):
        """(wall-clock ms, this process's CPU ms) of one request."""
        started, cpu_started = time.perf_counter(), time.process_time()
        response = client.get(path, {"q": text})
        elapsed = (time.perf_counter() - started) * 1000, (time.process_time() - cpu_started) * 1000
        if response.status_code != 200:
            raise CommandError(f"{path}?q={text} answered {response.status_code}: {response.content[:300]!r}")
        return elapsed

    def report(self, figures, guide_count, label):
        percentile = self.runner.percentile
        goal_rebuild = REBUILD_GOAL_S * guide_count / REBUILD_GOAL_GUIDES
        self.out("")
        self.out(f"engine                     {label}")
        self.out(f"guides                     {guide_count}")
        if figures["import"] is None:
            self.out("import                     not measured (--loaded)")
        else:
            self.out(
                f"import (bulk GuideImporter) {figures['import']:.1f} s  "
                f"({figures['import'] / guide_count * 1000:.1f} ms/guide)"
            )
        verdict = "OK" if figures["rebuild"] <= goal_rebuild else "MISSED"
        self.out(
            f"index rebuild              {figures['rebuild']:.1f} s  "
            f"(goal ≤ {goal_rebuild:.0f} s at this size, {REBUILD_GOAL_S} s per {REBUILD_GOAL_GUIDES}: {verdict})"
        )
        self.out(
            f"first request after change search {figures['cold'][0]:.0f} ms, suggest {figures['cold_suggest'][0]:.0f} ms "
            "(catalogue rebuilt)"
        )
        self.out("")
        self.out("Latency through the JSON API (django.test.Client, full middleware), milliseconds.")
        self.out(
            "wall = what the visitor waits for; cpu = this process only (less disturbed by a busy machine,"
        )
        self.out("but without the time an external engine spends):")
        self.out(
            f"{'endpoint':<9}{'kind':<15}{'n':>4}{'p50':>8}{'p95':>8}{'max':>8}{'cpu p50':>9}{'cpu p95':>9}"
        )
        for endpoint, goal in (("search", SEARCH_GOAL_MS), ("suggest", SUGGEST_GOAL_MS)):
            timings = figures[endpoint]
            kinds = sorted({kind for kind, _ms in timings})
            for kind in [*kinds, "all"]:
                wall = [ms[0] for k, ms in timings if kind in (k, "all")]
                cpu = [ms[1] for k, ms in timings if kind in (k, "all")]
                p95 = percentile(wall, 95)
                line = (
                    f"{endpoint:<9}{kind:<15}{len(wall):>4}{percentile(wall, 50):>8.1f}{p95:>8.1f}{max(wall):>8.1f}"
                    f"{percentile(cpu, 50):>9.1f}{percentile(cpu, 95):>9.1f}"
                )
                if kind == "all":
                    line += f"   goal p95 ≤ {goal} ms: {'OK' if p95 <= goal else 'MISSED'}"
                self.out(line)
        self.out("\n(Rolled back: no guide, index entry or statistic was kept.)")
