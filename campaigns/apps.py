from django.apps import AppConfig


class CampaignsConfig(AppConfig):
    name = "campaigns"
    verbose_name = "Chiến dịch, lớp học và tổ công nghệ số"

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from .models import ProgressFigure
        from .permissions import CommuneScopedPermissionPolicy

        register_permission_policy(ProgressFigure, CommuneScopedPermissionPolicy(ProgressFigure))
