"""Forms with the checks an editor or a commune reporter needs, answered in plain Vietnamese."""

import re

from django import forms
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.log_actions import log
from wagtail.models import Locale

from .models import (
    Aggregation,
    CampaignTarget,
    Commune,
    InstructionLanguage,
    ProgressFigure,
    TargetSource,
    communes_managed_by,
)
from .progress import TargetPlan
from .text import format_number

GROUPED_NUMBER = re.compile(r"^\d{1,3}([.,  ]\d{3})+$")


def d(day):
    return f"{day:%d/%m/%Y}"


class WholeNumberField(forms.IntegerField):
    """A count: "1200", "1.200" and "1 200" all mean 1200; anything else is explained."""

    default_error_messages = {
        "required": gettext_lazy("Nhập số liệu: một số nguyên, ví dụ 120."),
        "invalid": gettext_lazy(
            "Số liệu phải là một số nguyên, ví dụ 120 hoặc 1.200 — không có chữ hay số lẻ."
        ),
        "min_value": gettext_lazy("Số liệu không được là số âm."),
        "max_value": gettext_lazy("Số liệu quá lớn, hãy kiểm tra lại (tối đa %(limit_value)s)."),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("min_value", 0)
        kwargs.setdefault("max_value", 10_000_000)
        kwargs.setdefault("widget", forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}))
        super().__init__(**kwargs)

    def to_python(self, value):
        if isinstance(value, str):
            value = value.strip()
            if GROUPED_NUMBER.match(value):
                value = re.sub(r"[.,  ]", "", value)
            if re.fullmatch(r"-\s*\d+", value):
                raise forms.ValidationError(self.error_messages["min_value"], code="min_value")
        return super().to_python(value)


# ---------------------------------------------------------------------------------------------
# Progress figures
# ---------------------------------------------------------------------------------------------


def reportable_targets():
    """Targets a commune enters figures for: reported (not counted) targets of published campaigns."""
    return (
        CampaignTarget.objects.filter(
            source=TargetSource.REPORTED,
            page__live=True,
            page__alias_of__isnull=True,
            page__locale=Locale.get_default(),
        )
        .select_related("page")
        .order_by("page__path", "sort_order")
    )


def target_label(target, with_campaign=False):
    label = f"{target.code}. {target.name} ({target.unit})"
    return f"{target.page.title} – {label}" if with_campaign else label


def applicability(target):
    """ " — từ giai đoạn 2 (15/08/2025)" / " — đến hết giai đoạn 2 (19/09/2025)" / ""."""
    campaign, plan = plan_of(target)
    if plan.retired_in:
        end = campaign.phase_end(plan.last_phase)
        return _(" — đến hết giai đoạn %(phase)s (%(date)s)") % {"phase": plan.last_phase, "date": d(end)}
    if plan.first_phase > 1:
        start = campaign.phase_start(plan.first_phase)
        return _(" — từ giai đoạn %(phase)s (%(date)s)") % {"phase": plan.first_phase, "date": d(start)}
    return ""


def plan_of(target):
    campaign = target.page.specific
    adjustments = [item for item in campaign.target_adjustments.all() if item.target_code == target.code]
    return campaign, TargetPlan(target, adjustments, campaign.phase_count)


def figure_problems(target, commune, day, exclude_pk=None, today=None):
    """{field: message} for a figure that cannot be accepted; empty when it can."""
    today = today or timezone.localdate()
    if not target.is_reported:
        return {"target": _("Chỉ tiêu này được đếm tự động từ các lớp học đã xác nhận, không nhập tay.")}
    campaign, plan = plan_of(target)
    if day > today:
        return {"date": _("Ngày báo cáo không được sau hôm nay (%(today)s).") % {"today": d(today)}}
    if not campaign.contains(day):
        return {
            "date": _("Ngày báo cáo phải trong thời gian chiến dịch (%(start)s – %(end)s).")
            % {"start": d(campaign.start_date), "end": d(campaign.end_date)}
        }
    phase = campaign.phase_number_on(day)
    if not plan.is_active_in(phase):
        if plan.retired_in and phase >= plan.retired_in:
            message = _("Chỉ tiêu %(code)s đã dừng từ giai đoạn %(phase)s (từ %(date)s).")
            number = plan.retired_in
        else:
            message = _("Chỉ tiêu %(code)s chỉ áp dụng từ giai đoạn %(phase)s (từ %(date)s).")
            number = plan.first_phase
        return {
            "date": message % {"code": target.code, "phase": number, "date": d(campaign.phase_start(number))}
        }
    existing = (
        ProgressFigure.objects.filter(target=target, commune=commune, date=day).exclude(pk=exclude_pk).first()
    )
    if existing:
        return {
            "date": _(
                "%(commune)s đã có số liệu chỉ tiêu %(code)s ngày %(date)s (%(value)s %(unit)s). "
                "Nếu cần sửa, hãy mở số liệu đó và sửa, đừng nhập thêm."
            )
            % {
                "commune": commune,
                "code": target.code,
                "date": d(day),
                "value": format_number(existing.value),
                "unit": target.unit,
            }
        }
    return {}


class ScopedFigureFormMixin:
    """Limits the communes offered to those the user may report for."""

    def limit_communes(self, field, user):
        self.allowed_communes = communes_managed_by(user)
        field.queryset = Commune.objects.all() if self.allowed_communes is None else self.allowed_communes
        if field.queryset.count() == 1:
            field.initial = field.queryset.first()
        field.error_messages["invalid_choice"] = _("Bạn chỉ được nhập số liệu cho xã, phường được phân công.")
        field.empty_label = None if field.queryset.count() == 1 else "---------"

    def commune_allowed(self, commune):
        return self.allowed_communes is None or self.allowed_communes.filter(pk=commune.pk).exists()


class ProgressFigureForm(ScopedFigureFormMixin, WagtailAdminModelForm):
    reason = forms.CharField(
        label=gettext_lazy("Lý do sửa"),
        required=False,
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=gettext_lazy(
            "Bắt buộc khi sửa số liệu đã nhập; được lưu vào lịch sử. Không ghi tên hay số điện thoại của ai."
        ),
    )

    class Meta:
        model = ProgressFigure
        fields = ["target", "commune", "date", "value"]
        field_classes = {"value": WholeNumberField}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.limit_communes(self.fields["commune"], self.for_user)
        targets = reportable_targets()
        if self.instance.pk:
            targets = targets | CampaignTarget.objects.filter(pk=self.instance.target_id)
        self.fields["target"].queryset = targets.distinct()
        several = targets.values("page").distinct().count() > 1
        self.fields["target"].label_from_instance = lambda target: (
            target_label(target, several) + applicability(target)
        )
        if not self.instance.pk:
            del self.fields["reason"]  # asked only when correcting a figure
        self.fields["target"].error_messages["invalid_choice"] = _("Chọn một chỉ tiêu trong danh sách.")
        self.previous = (
            {"date": self.instance.date, "value": self.instance.value} if self.instance.pk else None
        )

    def has_figure_changes(self):
        return self.previous is not None and bool(set(self.changed_data) - {"reason"})

    def clean(self):
        cleaned_data = super().clean()
        target, commune, day = (
            cleaned_data.get("target"),
            cleaned_data.get("commune"),
            cleaned_data.get("date"),
        )
        if commune and not self.commune_allowed(commune):
            self.add_error("commune", _("Bạn chỉ được nhập số liệu cho xã, phường được phân công."))
        elif target and commune and day:
            for field, message in figure_problems(target, commune, day, exclude_pk=self.instance.pk).items():
                self.add_error(field, message)
        if self.has_figure_changes() and not (cleaned_data.get("reason") or "").strip():
            self.add_error("reason", _("Ghi ngắn gọn vì sao sửa số liệu này; lý do được lưu vào lịch sử."))
        return cleaned_data


class WeeklyFiguresForm(ScopedFigureFormMixin, forms.Form):
    """All of a commune's figures for one report date, one box per target."""

    commune = forms.ModelChoiceField(label=gettext_lazy("Xã, phường"), queryset=Commune.objects.none())
    date = forms.DateField(
        label=gettext_lazy("Ngày báo cáo"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={
            "required": gettext_lazy("Nhập ngày báo cáo."),
            "invalid": gettext_lazy("Ngày không hợp lệ."),
        },
    )

    def __init__(self, *args, user, campaign, **kwargs):
        super().__init__(*args, **kwargs)
        self.user, self.campaign = user, campaign
        self.fields["date"].initial = min(timezone.localdate(), campaign.end_date)
        self.limit_communes(self.fields["commune"], user)
        self.targets = [target for target in reportable_targets().filter(page=campaign)]
        for target in self.targets:
            help_text = (
                _("Số mới trong kỳ, tính từ lần báo cáo trước")
                if target.aggregation == Aggregation.SUM
                else _("Tổng số tính đến ngày báo cáo")
            )
            self.fields[self.field_name(target)] = WholeNumberField(
                label=target_label(target) + applicability(target), required=False, help_text=help_text
            )

    @staticmethod
    def field_name(target):
        return f"chi_tieu_{target.pk}"

    def filled(self):
        return [
            (target, self.cleaned_data[self.field_name(target)])
            for target in self.targets
            if self.cleaned_data.get(self.field_name(target)) is not None
        ]

    def clean(self):
        cleaned_data = super().clean()
        commune, day = cleaned_data.get("commune"), cleaned_data.get("date")
        if not (commune and day):
            return cleaned_data
        if not self.commune_allowed(commune):
            self.add_error("commune", _("Bạn chỉ được nhập số liệu cho xã, phường được phân công."))
            return cleaned_data
        filled = self.filled()
        if not filled and not self.errors:
            raise forms.ValidationError(_("Chưa nhập số liệu nào."))
        for target, _value in filled:
            for message in figure_problems(target, commune, day).values():
                self.add_error(self.field_name(target), message)
        return cleaned_data

    @transaction.atomic
    def save(self):
        commune, day = self.cleaned_data["commune"], self.cleaned_data["date"]
        figures = []
        for target, value in self.filled():
            figure = ProgressFigure.objects.create(target=target, commune=commune, date=day, value=value)
            log_figure_created(figure, self.user)
            figures.append(figure)
        return figures


def log_figure_created(figure, user):
    log(
        figure,
        "campaigns.figure.create",
        user=user,
        data={"date": figure.date.isoformat(), "value": figure.value},
    )


def log_figure_corrected(figure, user, previous, reason):
    log(
        figure,
        "campaigns.figure.correct",
        user=user,
        content_changed=True,
        data={
            "date": figure.date.isoformat(),
            "value": figure.value,
            "previous_date": previous["date"].isoformat(),
            "previous_value": previous["value"],
            "reason": reason,
        },
    )


# ---------------------------------------------------------------------------------------------
# Public filters (GET, work without JavaScript)
# ---------------------------------------------------------------------------------------------


class ClassFilterForm(forms.Form):
    """Filters of the class listing. Field names are the URL parameters (Vietnamese, hyphenated)."""

    def __init__(self, data, *, communes, topics, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["xa"] = forms.ChoiceField(
            label=_("Xã, phường"),
            required=False,
            choices=[("", _("Tất cả xã, phường"))] + [(commune.slug, str(commune)) for commune in communes],
        )
        self.fields["chu-de"] = forms.ChoiceField(
            label=_("Chủ đề"),
            required=False,
            choices=[("", _("Tất cả chủ đề"))] + [(topic.slug, topic.name) for topic in topics],
        )
        self.fields["ngon-ngu"] = forms.ChoiceField(
            label=_("Ngôn ngữ"),
            required=False,
            choices=[("", _("Mọi ngôn ngữ"))] + list(InstructionLanguage.choices),
        )
        for name, label in (("tu-ngay", _("Từ ngày")), ("den-ngay", _("Đến ngày"))):
            self.fields[name] = forms.DateField(
                label=label,
                required=False,
                input_formats=["%Y-%m-%d", "%d/%m/%Y"],
                widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                error_messages={"invalid": _("Ngày không hợp lệ; hãy nhập theo dạng ngày/tháng/năm.")},
            )

    def full_clean(self):
        super().full_clean()
        if self.is_bound and self.errors:
            # Show an invalid date box empty (a date input cannot hold "abc"); the error says why.
            self.data = self.data.copy()
            for name in self.errors:
                self.data[name] = ""

    def value(self, name):
        """The cleaned value, or None when missing or invalid (an invalid filter is ignored)."""
        if not self.is_bound:
            return None
        self.is_valid()  # cleans once; fields with errors are left out of cleaned_data
        return self.cleaned_data.get(name) or None
