from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.log_actions import LogFormatter

from .admin_views import CampaignAdminGroup
from .models import CampaignPage, FigureLogEntry, ProgressFigure
from .text import format_number


@hooks.register("register_admin_viewset")
def register_campaign_admin():
    return CampaignAdminGroup()


def _date(iso):
    year, month, day = iso.split("-")
    return f"{day}/{month}/{year}"


@hooks.register("register_log_actions")
def register_figure_log(actions):
    # A figure's history is kept in its own log table, tagged with the commune, so that the
    # site history report shows a reporter only their commune's entries.
    actions.register_model(ProgressFigure, FigureLogEntry)

    @actions.register_action("campaigns.figure.create")
    class FigureCreated(LogFormatter):
        label = gettext_lazy("Nhập số liệu")

        def format_message(self, log_entry):
            data = log_entry.data
            return _("Nhập số liệu: %(value)s, ngày %(date)s") % {
                "value": format_number(data.get("value")),
                "date": _date(data["date"]) if data.get("date") else "?",
            }

    @actions.register_action("campaigns.figure.correct")
    class FigureCorrected(LogFormatter):
        label = gettext_lazy("Sửa số liệu")

        def format_message(self, log_entry):
            data = log_entry.data
            return _(
                "Sửa số liệu từ %(old)s (ngày %(old_date)s) thành %(new)s (ngày %(date)s). Lý do: %(reason)s"
            ) % {
                "old": format_number(data.get("previous_value")),
                "old_date": _date(data["previous_date"]) if data.get("previous_date") else "?",
                "new": format_number(data.get("value")),
                "date": _date(data["date"]) if data.get("date") else "?",
                "reason": data.get("reason") or "—",
            }


@hooks.register("before_delete_page")
def keep_campaigns_with_figures(request, page):
    """A campaign whose targets have figures is history: unpublish it rather than delete it."""
    specific = page.specific
    if isinstance(specific, CampaignPage) and ProgressFigure.objects.filter(target__page=specific).exists():
        messages.error(
            request,
            _("Chiến dịch “%(title)s” đã có số liệu báo cáo nên không xóa được; hãy hủy xuất bản nếu cần ẩn.")
            % {"title": page.title},
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None
