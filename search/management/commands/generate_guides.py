"""Import N generated guides for measuring: manage.py generate_guides 2000 [--seed 2026].

They are kept (unlike search_benchmark, which rolls everything back); run it on a database
made for measuring, never on the real site.
"""

import time

from django.core.management.base import BaseCommand, CommandError

from guides.importer import ImportFileError


class Command(BaseCommand):
    help = "Nhập N hướng dẫn giả lập để đo tốc độ (chỉ dùng trên cơ sở dữ liệu thử)."

    def add_arguments(self, parser):
        parser.add_argument("count", type=int)
        parser.add_argument("--seed", type=int, default=2026)

    def handle(self, *args, count, seed, **options):
        if count < 1:
            raise CommandError("Số hướng dẫn phải từ 1 trở lên.")
        try:
            from search.benchmarking import load_generated_guides
        except ImportError as error:
            raise CommandError(f"Cần cài các gói phát triển (requirements-dev.txt): {error}") from error
        started = time.perf_counter()
        try:
            report = load_generated_guides(count, seed=seed)
        except ImportFileError as error:
            raise CommandError("\n".join(error.errors)) from error
        elapsed = time.perf_counter() - started
        self.stdout.write(
            f"{len(report.created)} created, {len(report.updated)} updated, "
            f"{len(report.unchanged)} unchanged in {elapsed:.1f} s ({elapsed / count * 1000:.0f} ms/guide)"
        )
