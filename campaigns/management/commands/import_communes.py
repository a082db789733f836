"""manage.py import_communes FILE.csv — load the province's communes and wards."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from campaigns.importer import CommuneFileError, import_rows, parse

FORMAT = """
Định dạng tệp (CSV, mã UTF-8, dấu phẩy hoặc dấu chấm phẩy; dòng đầu là tiêu đề cột):

  ma,ten,loai
  24121,Buôn Ma Thuột,phuong
  24133,Ea Súp,xa

  ma    mã đơn vị hành chính, đúng 5 chữ số (Danh mục đơn vị hành chính Việt Nam)
  ten   tên, có thể kèm hoặc không kèm chữ “Xã”/“Phường”
  loai  xa, phuong hoặc dac-khu (hoặc “Xã”, “Phường”, “Đặc khu”)
  mau   (không bắt buộc) 1 nếu là xã mẫu để trình diễn

Xã, phường được so khớp theo mã: mã mới thì thêm, mã đã có thì cập nhật tên và loại. Không
xóa xã, phường nào (trừ xã mẫu, khi có --xoa-xa-mau). Một dòng sai là không nạp gì cả.
"""


class Command(BaseCommand):
    help = "Nạp danh sách xã, phường từ tệp CSV." + FORMAT

    def create_parser(self, *args, **kwargs):
        from argparse import RawDescriptionHelpFormatter

        parser = super().create_parser(*args, **kwargs)
        parser.formatter_class = RawDescriptionHelpFormatter
        return parser

    def add_arguments(self, parser):
        parser.add_argument("file", help="tệp CSV")
        parser.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra và báo cáo, không ghi gì")
        parser.add_argument(
            "--xoa-xa-mau",
            action="store_true",
            dest="remove_samples",
            help="xóa các xã mẫu (và lớp học, tổ, số liệu của chúng) không có trong tệp",
        )

    def handle(self, *args, file, dry_run, remove_samples, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"Không tìm thấy tệp {file}.")
        try:
            rows = parse(path.read_bytes())
        except CommuneFileError as error:
            raise CommandError(str(error)) from error
        report = import_rows(rows, remove_samples=remove_samples, dry_run=dry_run)
        prefix = "[Chạy thử, không ghi gì] " if dry_run else ""
        self.stdout.write(
            f"{prefix}{len(rows)} xã, phường trong tệp: thêm {len(report.created)}, cập nhật "
            f"{len(report.updated)}, giữ nguyên {report.unchanged}."
        )
        if report.samples_removed:
            names = ", ".join(str(commune) for commune in report.samples_removed)
            self.stdout.write(f"{prefix}Đã xóa {len(report.samples_removed)} xã mẫu: {names}.")
        if report.not_in_file:
            names = ", ".join(str(commune) for commune in report.not_in_file[:10])
            more = "…" if len(report.not_in_file) > 10 else ""
            self.stdout.write(
                f"Có {len(report.not_in_file)} xã, phường không có trong tệp (giữ nguyên): {names}{more}"
            )
