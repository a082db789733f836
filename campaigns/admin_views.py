"""The admin side: progress figures (scoped to the reporter's commune), the weekly entry form,
classes, teams, communes and reporter assignments — grouped under one "Chiến dịch" menu."""

import django_filters
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.admin.widgets import HeaderButton

from .forms import ProgressFigureForm, WeeklyFiguresForm, log_figure_corrected, log_figure_created
from .models import (
    Commune,
    CommuneReporter,
    DigitalClass,
    DigitalTeam,
    ProgressFigure,
    communes_managed_by,
    source_campaigns,
)

# ---------------------------------------------------------------------------------------------
# Progress figures: every view sees only the communes the user reports for
# ---------------------------------------------------------------------------------------------


def scope(queryset, user):
    communes = communes_managed_by(user)
    return queryset if communes is None else queryset.filter(commune__in=communes)


class ScopedEditMixin:
    """Edit and delete views: another commune's figure is not found (404)."""

    def get_queryset(self):  # SingleObjectMixin
        return scope(super().get_queryset(), self.request.user)


class ScopedObjectMixin:
    """History and usage views: another commune's figure is not found (404)."""

    def get_base_object_queryset(self):  # BaseObjectMixin
        return scope(super().get_base_object_queryset(), self.request.user)


def allowed_communes(request):
    communes = communes_managed_by(request.user if request else None)
    return Commune.objects.all() if communes is None else communes


class FigureFilterSet(WagtailFilterSet):
    commune = django_filters.ModelChoiceFilter(label=gettext_lazy("Xã, phường"), queryset=allowed_communes)
    target__page = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Chiến dịch"), queryset=lambda request: source_campaigns()
    )
    date = django_filters.DateFromToRangeFilter(label=gettext_lazy("Ngày báo cáo"))

    class Meta:
        model = ProgressFigure
        fields = ["commune", "target__page", "date"]


class FigureIndexView(generic.IndexView):
    def get_base_queryset(self):
        queryset = super().get_base_queryset().select_related("commune", "target", "target__page")
        return scope(queryset, self.request.user)

    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if self.user_has_permission("add"):
            buttons.append(
                HeaderButton(
                    _("Nhập số liệu cả tuần"), url=reverse("progressfigure:weekly"), icon_name="table"
                )
            )
        return buttons


class FigureCreateView(generic.CreateView):
    def save_instance(self):
        instance = self.form.save(commit=False)
        if not self.permission_policy.user_has_permission_for_instance(self.request.user, "add", instance):
            raise PermissionDenied
        instance.save()
        log_figure_created(instance, self.request.user)
        return instance


class FigureEditView(ScopedEditMixin, generic.EditView):
    def save_instance(self):
        instance = self.form.save(commit=False)
        if not self.permission_policy.user_has_permission_for_instance(self.request.user, "change", instance):
            raise PermissionDenied
        instance.save()
        if self.form.has_figure_changes():
            log_figure_corrected(
                instance, self.request.user, self.form.previous, self.form.cleaned_data["reason"]
            )
        return instance


class FigureDeleteView(ScopedEditMixin, generic.DeleteView):
    pass


class FigureHistoryView(ScopedObjectMixin, HistoryView):
    pass


class FigureUsageView(ScopedObjectMixin, UsageView):
    pass


class WeeklyFiguresView(PermissionCheckedMixin, generic.base.WagtailAdminTemplateMixin, FormView):
    """One screen for all of a commune's figures on one report date."""

    permission_required = "add"
    form_class = WeeklyFiguresForm
    template_name = "campaigns/admin/weekly_figures.html"
    page_title = gettext_lazy("Nhập số liệu cả tuần")
    header_icon = "table"
    model = ProgressFigure

    @cached_property
    def permission_policy(self):
        from wagtail.permissions import policy_registry

        return policy_registry.get_by_type(ProgressFigure)

    @cached_property
    def campaigns(self):
        return list(source_campaigns().order_by("-start_date"))

    @cached_property
    def campaign(self):
        chosen = self.request.GET.get("chien-dich") or self.request.POST.get("chien-dich")
        today = timezone.localdate()
        by_id = {str(campaign.pk): campaign for campaign in self.campaigns}
        if chosen in by_id:
            return by_id[chosen]
        running = [campaign for campaign in self.campaigns if campaign.contains(today)]
        return (running or self.campaigns or [None])[0]

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not self.campaigns:
            messages.warning(request, _("Chưa có chiến dịch nào được xuất bản."))
            return redirect("progressfigure:index")
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user, "campaign": self.campaign}

    def form_valid(self, form):
        figures = form.save()
        messages.success(
            self.request,
            _("Đã lưu %(count)s số liệu của %(commune)s ngày %(date)s.")
            % {
                "count": len(figures),
                "commune": form.cleaned_data["commune"],
                "date": f"{form.cleaned_data['date']:%d/%m/%Y}",
            },
        )
        return redirect("progressfigure:index")

    def form_invalid(self, form):
        messages.error(self.request, _("Chưa lưu được: hãy xem các lỗi bên dưới."))
        return super().form_invalid(form)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("progressfigure:index"), "label": _("Số liệu tiến độ")},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            campaign=self.campaign,
            campaigns=self.campaigns,
            action_url=f"{reverse('progressfigure:weekly')}?chien-dich={self.campaign.pk}",
            submit_button_label=_("Lưu số liệu"),
            submit_button_active_label=_("Đang lưu…"),
        )
        return context


class ProgressFigureViewSet(ModelViewSet):
    model = ProgressFigure
    icon = "table"
    menu_label = gettext_lazy("Số liệu tiến độ")
    menu_order = 100
    add_to_admin_menu = False
    copy_view_enabled = False
    inspect_view_enabled = False
    index_view_class = FigureIndexView
    add_view_class = FigureCreateView
    edit_view_class = FigureEditView
    delete_view_class = FigureDeleteView
    history_view_class = FigureHistoryView
    usage_view_class = FigureUsageView
    filterset_class = FigureFilterSet
    list_display = [
        "commune",
        "target",
        Column("date", label=gettext_lazy("Ngày báo cáo"), accessor=lambda figure: f"{figure.date:%d/%m/%Y}"),
        Column(
            "value",
            label=gettext_lazy("Số liệu"),
            accessor=lambda figure: f"{figure.value} {figure.target.unit}",
        ),
        DateColumn("updated_at", label=gettext_lazy("Sửa lần cuối")),
    ]
    list_export = ["commune", "target", "date", "value", "updated_at"]
    ordering = ["-date", "commune__name"]

    def get_edit_handler(self):
        return ObjectList(
            [
                HelpPanel(
                    content=gettext_lazy(
                        "<p>Chỉ nhập <strong>số tổng hợp</strong> (bao nhiêu người, bao nhiêu tài khoản…), "
                        "không nhập tên hay thông tin cá nhân của người học. Muốn nhập nhiều chỉ tiêu một "
                        "lần, dùng “Nhập số liệu cả tuần”.</p>"
                    )
                ),
                FieldPanel("target"),
                FieldRowPanel([FieldPanel("commune"), FieldPanel("date")]),
                FieldPanel("value"),
                FieldPanel("reason"),
            ],
            base_form_class=ProgressFigureForm,
        ).bind_to_model(ProgressFigure)

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("nhap-theo-tuan/", WeeklyFiguresView.as_view(), name="weekly")
        ]


# ---------------------------------------------------------------------------------------------
# Classes, teams, communes, reporters
# ---------------------------------------------------------------------------------------------


class ClassFilterSet(WagtailFilterSet):
    needs_confirmation = django_filters.BooleanFilter(
        label=gettext_lazy("Đã diễn ra, chưa xác nhận"), method="filter_needs_confirmation"
    )

    class Meta:
        model = DigitalClass
        fields = ["commune", "language", "status", "venue_type"]

    def filter_needs_confirmation(self, queryset, name, value):
        if value is None:
            return queryset
        pending = DigitalClass.objects.needing_confirmation()
        return queryset.filter(pk__in=pending) if value else queryset.exclude(pk__in=pending)


class DigitalClassViewSet(ModelViewSet):
    model = DigitalClass
    icon = "date"
    menu_label = gettext_lazy("Lớp học kỹ năng số")
    menu_order = 200
    filterset_class = ClassFilterSet
    list_display = [
        "title",
        "commune",
        Column(
            "starts_at",
            label=gettext_lazy("Thời gian"),
            accessor=lambda item: f"{item.local_start:%d/%m/%Y %H:%M}–{item.local_end:%H:%M}",
        ),
        Column("language", label=gettext_lazy("Ngôn ngữ"), accessor="get_language_display"),
        Column("status", label=gettext_lazy("Tình trạng"), accessor="get_status_display"),
    ]
    list_export = ["title", "commune", "starts_at", "ends_at", "venue_name", "language", "capacity", "status"]
    search_fields = ["title", "venue_name"]
    search_backend_name = None
    ordering = ["-starts_at"]
    panels = [
        FieldPanel("title"),
        MultiFieldPanel(
            [
                FieldPanel("commune"),
                FieldPanel("venue_type"),
                FieldPanel("venue_name"),
                FieldPanel("address"),
            ],
            heading=gettext_lazy("Địa điểm"),
        ),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")], heading=gettext_lazy("Thời gian")),
        MultiFieldPanel(
            [
                HelpPanel(content=gettext_lazy("<p>Chọn một khóa học hoặc một hướng dẫn thủ tục.</p>")),
                FieldPanel("course"),
                FieldPanel("guide"),
            ],
            heading=gettext_lazy("Nội dung lớp học"),
        ),
        FieldRowPanel([FieldPanel("audience"), FieldPanel("language"), FieldPanel("capacity")]),
        FieldPanel("contact"),
        FieldPanel("note"),
        FieldPanel(
            "status",
            help_text=gettext_lazy(
                "Sau buổi học, chọn “Đã tổ chức” để lớp được tính vào chỉ tiêu “số lớp đã tổ chức” của chiến dịch."
            ),
        ),
    ]


class DigitalTeamViewSet(ModelViewSet):
    model = DigitalTeam
    icon = "group"
    menu_label = gettext_lazy("Tổ công nghệ số cộng đồng")
    menu_order = 300
    list_display = [
        "name",
        "commune",
        "area",
        Column(
            "contact_is_public",
            label=gettext_lazy("Công khai liên hệ"),
            accessor=lambda team: _("Có") if team.contact_is_public else _("Không"),
        ),
    ]
    list_filter = ["commune", "contact_is_public"]
    search_fields = ["name", "area"]
    search_backend_name = None


class CommuneViewSet(ModelViewSet):
    model = Commune
    icon = "site"
    menu_label = gettext_lazy("Xã, phường")
    menu_order = 400
    list_display = [
        "name",
        Column("kind", label=gettext_lazy("Loại"), accessor="get_kind_display"),
        "code",
        Column(
            "is_sample",
            label=gettext_lazy("Dữ liệu mẫu"),
            accessor=lambda commune: _("Mẫu") if commune.is_sample else "",
        ),
    ]
    list_filter = ["kind", "is_sample"]
    search_fields = ["name", "code"]
    search_backend_name = None
    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("code")]),
        FieldPanel("is_sample"),
    ]


class CommuneReporterViewSet(ModelViewSet):
    model = CommuneReporter
    icon = "user"
    menu_label = gettext_lazy("Báo cáo viên xã, phường")
    menu_order = 500
    list_display = ["user", "commune"]
    list_filter = ["commune"]
    panels = [
        HelpPanel(
            content=gettext_lazy(
                "<p>Người dùng được phân công chỉ thấy và nhập số liệu của xã, phường này. Thêm người dùng "
                "vào nhóm “Báo cáo viên xã, phường” để họ vào được trang quản trị.</p>"
            )
        ),
        FieldPanel("user"),
        FieldPanel("commune"),
    ]


class CampaignAdminGroup(ModelViewSetGroup):
    menu_label = gettext_lazy("Chiến dịch")
    menu_icon = "tasks"
    menu_order = 210
    items = (
        ProgressFigureViewSet("progressfigure", url_prefix="campaigns/figures"),
        DigitalClassViewSet("digitalclass", url_prefix="campaigns/classes"),
        DigitalTeamViewSet("digitalteam", url_prefix="campaigns/teams"),
        CommuneViewSet("commune", url_prefix="campaigns/communes"),
        CommuneReporterViewSet("communereporter", url_prefix="campaigns/reporters"),
    )
