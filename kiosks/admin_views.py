"""Admin → Báo cáo → Phiên hỗ trợ: assisted sessions per commune over recent weeks or months."""

import csv

from django import forms
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.permission_policies import ModelPermissionPolicy

from . import helper
from .models import AssistedSessionDay

PERIODS = [("week", gettext_lazy("Theo tuần")), ("month", gettext_lazy("Theo tháng"))]


class PeriodForm(forms.Form):
    theo = forms.ChoiceField(
        label=gettext_lazy("Gộp số liệu"),
        choices=PERIODS,
        required=False,
        error_messages={"invalid_choice": gettext_lazy("Chỉ gộp được theo tuần hoặc theo tháng.")},
    )


def period_label(by, start):
    if by == "month":
        return start.strftime("%m/%Y")
    return _("Tuần %(day)s") % {"day": start.strftime("%d/%m")}


class AssistedSessionReportView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "kiosks/admin/assisted_sessions.html"
    page_title = gettext_lazy("Phiên hỗ trợ của tổ công nghệ số")
    header_icon = "group"
    permission_policy = ModelPermissionPolicy(AssistedSessionDay)
    permission_required = "view"

    def get(self, request, *args, **kwargs):
        self.form = PeriodForm(request.GET)
        valid = self.form.is_valid()
        self.by = (self.form.cleaned_data["theo"] if valid else "") or "week"
        self.table = helper.session_table(self.by)
        if valid and request.GET.get("format") == "csv":
            return self.csv_response()
        return super().get(request, *args, **kwargs)

    def csv_response(self):
        periods, rows, totals, grand_total = self.table
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = (
            f'attachment; filename="phien-ho-tro-{timezone.localdate():%Y-%m-%d}.csv"'
        )
        response.write("\ufeff")  # so that Excel opens Vietnamese text correctly
        writer = csv.writer(response)
        writer.writerow(
            [_("Mã xã"), _("Xã, phường")] + [period_label(self.by, start) for start in periods] + [_("Tổng")]
        )
        for commune, values, total in rows:
            writer.writerow([commune.code, str(commune)] + values + [total])
        writer.writerow(["", _("Tổng")] + totals + [grand_total])
        return response

    def get_context_data(self, **kwargs):
        periods, rows, totals, grand_total = self.table
        return super().get_context_data(
            form=self.form,
            by=self.by,
            periods=[period_label(self.by, start) for start in periods],
            rows=rows,
            totals=totals,
            grand_total=grand_total,
            **kwargs,
        )
