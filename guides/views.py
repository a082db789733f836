"""Admin report: guides whose facts nobody has checked against the portal for six months."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import PageReportView

from .models import FACTS_CHECK_INTERVAL, GuidePage


class StaleGuidesReportView(PageReportView):
    page_title = _("Hướng dẫn cần đối chiếu lại")
    header_icon = "warning"
    results_template_name = "guides/reports/stale_guides_results.html"
    index_url_name = "stale_guides_report"
    index_results_url_name = "stale_guides_report_results"
    list_export = PageReportView.list_export + ["facts_checked_on", "online_service_url"]
    export_headings = {
        **PageReportView.export_headings,
        "facts_checked_on": _("Đối chiếu lần cuối"),
        "online_service_url": _("Cổng Dịch vụ công"),
    }

    def get_queryset(self):
        cutoff = timezone.localdate() - FACTS_CHECK_INTERVAL
        stale = GuidePage.objects.filter(facts_checked_on__lt=cutoff) | GuidePage.objects.filter(
            facts_checked_on__isnull=True
        )
        return stale.select_related("locale").order_by("facts_checked_on", "title")
