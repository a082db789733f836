from django.core.management.base import BaseCommand, CommandError
from wagtail.search.backends import get_search_backend

from search.backends.catch_up import catch_up
from search.models import PendingIndexUpdate


class Command(BaseCommand):
    help = "Gửi lại cho máy tìm kiếm những cập nhật nó bỏ lỡ khi bị ngừng (chạy định kỳ, ví dụ mỗi phút)."

    def handle(self, *args, **options):
        backend = get_search_backend("default")
        sent = 0
        while PendingIndexUpdate.objects.exists():
            try:
                batch = catch_up(backend, limit=500)
            except Exception as error:
                raise CommandError(f"Máy tìm kiếm vẫn chưa nhận cập nhật ({sent} đã gửi): {error}") from error
            sent += batch
        self.stdout.write(f"Đã gửi {sent} cập nhật còn thiếu.")
