from django.core.management.base import BaseCommand

from core.locales import ensure_site_locales


class Command(BaseCommand):
    help = "Tạo ngôn ngữ cho mọi mục trong SITE_LANGUAGES và đồng bộ cây trang từ tiếng Việt."

    def handle(self, *args, **options):
        created = ensure_site_locales()
        self.stdout.write(f"Ngôn ngữ mới: {', '.join(created) or 'không có'}.")
