"""The campaign page's editor form: phases, targets and adjustments must fit together.

Kept apart from forms.py because models.py names it as CampaignPage.base_form_class.
"""

from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm

from .choices import AdjustmentKind, Aggregation, TargetSource


def d(day):
    return f"{day:%d/%m/%Y}"


class CampaignPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        start, end = cleaned_data.get("start_date"), cleaned_data.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("Ngày kết thúc phải sau ngày bắt đầu."))
            start = end = None
        phases = self.child_forms("phases")
        self.check_phases(phases, start, end)
        phase_count = max(1, len(phases))
        targets = self.check_targets(self.child_forms("targets"), phase_count)
        self.check_adjustments(self.child_forms("target_adjustments"), targets, phase_count)
        self.check_deleted_targets()
        return cleaned_data

    def child_forms(self, relation):
        """The inline forms that will be kept, in the order the editor put them."""
        formset = self.formsets.get(relation)
        if formset is None:
            return []
        formset.is_valid()  # cleans every child form
        kept = []
        for form in formset.forms:
            data = getattr(form, "cleaned_data", None) or {}
            if data.get("DELETE") or (not form.instance.pk and not form.has_changed()):
                continue
            kept.append(form)
        return sorted(
            kept,
            key=lambda form: (form.cleaned_data.get("ORDER") is None, form.cleaned_data.get("ORDER") or 0),
        )

    def check_phases(self, forms_, start, end):
        previous_end = None
        for form in forms_:
            phase_start, phase_end = form.cleaned_data.get("start_date"), form.cleaned_data.get("end_date")
            if not (phase_start and phase_end):
                continue
            if phase_end < phase_start:
                form.add_error("end_date", _("Ngày kết thúc giai đoạn phải sau ngày bắt đầu."))
            elif start and end and (phase_start < start or phase_end > end):
                form.add_error(
                    "start_date",
                    _("Giai đoạn phải nằm trong thời gian chiến dịch (%(start)s – %(end)s).")
                    % {"start": d(start), "end": d(end)},
                )
            elif previous_end and phase_start <= previous_end:
                form.add_error(
                    "start_date",
                    _(
                        "Giai đoạn phải bắt đầu sau khi giai đoạn trước kết thúc (%(date)s); sắp xếp theo thời gian."
                    )
                    % {"date": d(previous_end)},
                )
            previous_end = phase_end

    def check_targets(self, forms_, phase_count):
        """{code: introduced_in_phase} of the targets kept."""
        codes = {}
        for form in forms_:
            data = form.cleaned_data
            code = (data.get("code") or "").strip()
            if not code:
                continue
            if code.lower() in {known.lower() for known in codes}:
                form.add_error(
                    "code", _("Mã chỉ tiêu %(code)s bị trùng; mỗi chỉ tiêu một mã riêng.") % {"code": code}
                )
                continue
            introduced = data.get("introduced_in_phase") or 1
            if introduced > phase_count:
                form.add_error(
                    "introduced_in_phase",
                    _("Chiến dịch chỉ có %(count)s giai đoạn.") % {"count": phase_count},
                )
            if data.get("source") == TargetSource.CLASSES and data.get("aggregation") != Aggregation.SUM:
                form.add_error("aggregation", _("Chỉ tiêu đếm lớp học luôn cộng dồn."))
            codes[code] = introduced
        return codes

    def check_adjustments(self, forms_, targets, phase_count):
        seen, retired = set(), {}
        for form in sorted(forms_, key=lambda form: form.cleaned_data.get("phase") or 0):
            data = form.cleaned_data
            code, phase, kind = (data.get("target_code") or "").strip(), data.get("phase"), data.get("kind")
            if not (code and phase and kind):
                continue
            if code not in targets:
                form.add_error(
                    "target_code",
                    _("Không có chỉ tiêu mã “%(code)s” trong danh sách chỉ tiêu.") % {"code": code},
                )
                continue
            if phase > phase_count:
                form.add_error("phase", _("Chiến dịch chỉ có %(count)s giai đoạn.") % {"count": phase_count})
            elif phase <= targets[code]:
                form.add_error(
                    "phase",
                    _(
                        "Chỉ tiêu %(code)s áp dụng từ giai đoạn %(start)s; điều chỉnh phải từ giai đoạn %(next)s trở đi."
                    )
                    % {"code": code, "start": targets[code], "next": targets[code] + 1},
                )
            elif (code, phase) in seen:
                form.add_error(
                    "phase",
                    _("Chỉ tiêu %(code)s đã có một điều chỉnh ở giai đoạn %(phase)s.")
                    % {"code": code, "phase": phase},
                )
            elif code in retired:
                form.add_error(
                    "phase",
                    _("Chỉ tiêu %(code)s đã dừng từ giai đoạn %(phase)s.")
                    % {"code": code, "phase": retired[code]},
                )
            if kind == AdjustmentKind.ADJUST and data.get("new_value") is None:
                form.add_error("new_value", _("Nhập giá trị mới của chỉ tiêu."))
            if kind == AdjustmentKind.RETIRE:
                if data.get("new_value") is not None:
                    form.add_error("new_value", _("Dừng chỉ tiêu thì để trống giá trị mới."))
                retired.setdefault(code, phase)
            seen.add((code, phase))

    def check_deleted_targets(self):
        formset = self.formsets.get("targets")
        if formset is None:
            return
        for form in formset.forms:
            data = getattr(form, "cleaned_data", None) or {}
            if form.instance.pk and data.get("DELETE"):
                count = form.instance.figures.count()
                if count:
                    self.add_error(
                        None,
                        _(
                            "Chỉ tiêu %(code)s đã có %(count)s số liệu báo cáo nên không xóa được. "
                            "Hãy thêm một dòng điều chỉnh “Dừng chỉ tiêu” thay vì xóa."
                        )
                        % {"code": form.instance.code, "count": count},
                    )
