from django.apps import AppConfig


class AccountsConfig(AppConfig):
    """Admin sign-in: lock-out after wrong passwords, two-factor authentication, idle sessions."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "accounts"
    verbose_name = "Tài khoản quản trị"
