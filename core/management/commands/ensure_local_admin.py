import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"


class Command(BaseCommand):
    help = "Tạo (một lần) tài khoản quản trị cho máy phát triển và in thông tin đăng nhập."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Chỉ dùng trên máy phát triển (DEBUG=True).")
        credentials = settings.VAR_DIR / "local-admin-password.txt"
        user = get_user_model().objects.filter(username=USERNAME).first()
        if user is None or not credentials.exists():
            password = secrets.token_urlsafe(12)
            user = user or get_user_model()(username=USERNAME, email="admin@localhost")
            user.is_staff = user.is_superuser = True
            user.set_password(password)
            user.save()
            credentials.parent.mkdir(parents=True, exist_ok=True)
            credentials.write_text(password)
        password = credentials.read_text().strip()
        self.stdout.write(
            f"Quản trị: http://127.0.0.1:8000/admin/  tài khoản: {USERNAME}  mật khẩu: {password}"
        )
