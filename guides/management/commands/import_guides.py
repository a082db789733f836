from django.core.management.base import BaseCommand, CommandError

from guides.importer import GuideImporter, ImportFileError, read_records


class Command(BaseCommand):
    help = "Tạo hoặc cập nhật hướng dẫn từ tệp JSON (khớp theo slug). Lỗi ở một bản ghi thì không ghi gì."

    def add_arguments(self, parser):
        parser.add_argument("file", help='Tệp JSON: danh sách hướng dẫn, hoặc {"guides": [...]}')
        parser.add_argument("--dry-run", action="store_true", help="Kiểm tra và báo cáo, không ghi gì")

    def handle(self, *args, file, dry_run, **options):
        try:
            report = GuideImporter(read_records(file)).run(dry_run=dry_run)
        except ImportFileError as error:
            for line in error.errors:
                self.stderr.write(line)
            raise CommandError(f"Không nhập gì: {len(error.errors)} lỗi trong tệp {file}.") from error
        prefix = "[chạy thử, không ghi] " if dry_run else ""
        self.stdout.write(
            f"{prefix}Tạo mới {len(report.created)}, cập nhật {len(report.updated)}, "
            f"không đổi {len(report.unchanged)} hướng dẫn."
        )
        for slug in report.new_topics:
            self.stdout.write(
                f"Chủ đề mới “{slug}” đã được tạo: hãy đặt lại tên có dấu trong trang quản trị."
            )
