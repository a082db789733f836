from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import TroubleshootingTip
from .views import StaleGuidesReportView


class TroubleshootingTipViewSet(SnippetViewSet):
    model = TroubleshootingTip
    icon = "warning"
    list_display = ["title", "problem"]
    search_fields = ["title", "problem"]


register_snippet(TroubleshootingTipViewSet)


@hooks.register("register_admin_urls")
def register_stale_guides_report_urls():
    return [
        path("reports/stale-guides/", StaleGuidesReportView.as_view(), name="stale_guides_report"),
        path(
            "reports/stale-guides/results/",
            StaleGuidesReportView.as_view(results_only=True),
            name="stale_guides_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_stale_guides_report_menu_item():
    return MenuItem(
        StaleGuidesReportView.page_title,
        reverse("stale_guides_report"),
        icon_name="warning",
        order=50,
    )
