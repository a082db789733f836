"""How well the public search finds the right guide: the quality set in tests/search_quality/.

    manage.py search_quality [--engine-label NAME] [--kind KIND …] [--verbose]

Loads the set's 31 guides (through the bulk importer) and its decoy news and lessons onto a
throwaway home page serving the default site, runs every labelled query through
search.service.search — what the search page and the JSON API call — and prints recall@1,
recall@5 and MRR per kind and overall, then every query whose guide is not in the first five.

Nothing is kept: everything runs in one database transaction that is rolled back, and an
external engine (SEARCH_URL) gets throwaway indexes that are deleted afterwards, so the real
content and the real index are never touched. The engine is whatever the settings say.
"""

import time

from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Đo chất lượng tìm kiếm trên bộ câu hỏi mẫu (không thay đổi dữ liệu thật)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--engine-label", default="", help="name printed for the engine (default: from settings)"
        )
        parser.add_argument(
            "--kind", action="append", default=[], help="only queries of this kind (repeatable)"
        )
        parser.add_argument("--verbose", action="store_true", help="also list every query with its rank")

    def handle(self, *args, **options):
        try:
            from tests.search_quality import loader, runner
            from tests.search_quality.guides import GUIDES
            from tests.search_quality.queries import KINDS, QUERIES
        except ImportError as error:  # the quality set lives with the tests (dev requirements)
            raise CommandError(f"The quality set needs the development requirements: {error}") from error

        unknown = set(options["kind"]) - set(KINDS)
        if unknown:
            raise CommandError(
                f"Unknown kind(s) {', '.join(sorted(unknown))}; choose from {', '.join(KINDS)}"
            )
        queries = [query for query in QUERIES if not options["kind"] or query.kind in options["kind"]]
        label = options["engine_label"] or loader.engine_label()

        started = time.perf_counter()
        with loader.throwaway_state():
            quality_site = loader.load_quality_set()
            loaded = time.perf_counter() - started
            results = runner.run_queries(quality_site, queries)
        self.stdout.write(
            f"Search quality — engine: {label}\n"
            f"{len(GUIDES)} guides + decoy news and lessons loaded in {loaded:.1f} s "
            "(rolled back afterwards; real content untouched)\n"
        )
        self.stdout.write(runner.report(results))
        if options["verbose"]:
            self.stdout.write("\nEvery query:")
            for result in results:
                rank = result.rank or "-"
                first = result.top[0][0] if result.top else "nothing"
                self.stdout.write(
                    f"  {rank!s:>3}  [{result.query.kind}] {result.query.text}  (first: {first})"
                )
