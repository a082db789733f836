"""Admin views for search: the "what people searched" report and its one-click actions.

The report reads QueryStat rows (folded query text and counts per week and language, nothing
personal). From each row an editor can add a synonym, pin a result for the query, or mark the
query as needing a guide.
"""

import datetime
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.db.models import Count, Sum
from django.middleware.csrf import get_token
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import View
from wagtail.admin.ui.tables import Column, NumberColumn, Table
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.generic import PermissionCheckedMixin, WagtailAdminTemplateMixin
from wagtail.admin.views.generic.base import BaseOperationView
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.contrib.search_promotions.views import CreateView as SearchPromotionCreateView
from wagtail.log_actions import log
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import CreateView as SnippetCreateView

from .models import QueryStat, Synonym
from .stats import week_start

TABLE_LIMIT = 50  # rows shown per weekly table; the CSV export has them all

REPORT_URL_NAME = "search_searches_report"
TOGGLE_URL_NAME = "search_toggle_guide_requested"
PROMOTE_URL_NAME = "search_promote_query"
SYNONYM_ADD_URL_NAME = "wagtailsnippets_search_synonym:add"

querystat_permission_policy = ModelPermissionPolicy(QueryStat)


def language_names():
    """Language code → display name, for the content languages and any language seen in the stats."""
    names = dict(getattr(settings, "WAGTAIL_CONTENT_LANGUAGES", settings.LANGUAGES))
    for code in QueryStat.objects.values_list("language", flat=True).distinct().order_by("language"):
        names.setdefault(code, code)
    return names


class ReportFilterForm(forms.Form):
    week = forms.DateField(
        label=_("Tuần có ngày"),
        required=False,
        input_formats=["%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Chọn một ngày bất kỳ trong tuần cần xem."),
    )
    language = forms.ChoiceField(label=_("Ngôn ngữ"), required=False)

    def __init__(self, *args, languages=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [("", _("Tất cả ngôn ngữ")), *(languages or {}).items()]


# Table columns ---------------------------------------------------------------------------------


class QueryColumn(Column):
    """The query text, with a badge when a guide has been asked for."""

    cell_template_name = "search/admin/query_cell.html"


class LanguageColumn(Column):
    def __init__(self, names, **kwargs):
        super().__init__("language", label=_("Ngôn ngữ"), **kwargs)
        self.names = names

    def get_value(self, instance):
        return self.names.get(instance.language, instance.language)


class WeekColumn(Column):
    def get_value(self, instance):
        return instance.week.strftime("%d/%m/%Y")


class ActionsColumn(Column):
    """The one-click actions of a row; each shown only to users allowed to use it."""

    cell_template_name = "search/admin/actions_cell.html"

    def __init__(self, view, section, **kwargs):
        super().__init__("actions", label=_("Thao tác"), **kwargs)
        self.view = view
        self.section = section  # back to this table after a flag is toggled

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        view = self.view
        context.update(
            {
                "stat": instance,
                "synonym_url": view.synonym_url(instance.query) if view.can_add_synonym else None,
                "promote_url": view.promote_url(instance.query) if view.can_promote else None,
                "toggle_url": reverse(TOGGLE_URL_NAME, args=[instance.pk]) if view.can_flag else None,
                "next_url": f"{view.request.get_full_path()}#section-{self.section}",
                "csrf_token": view.csrf_token,
            }
        )
        return context


# The report --------------------------------------------------------------------------------------


class SearchesReportView(SpreadsheetExportMixin, PermissionCheckedMixin, WagtailAdminTemplateMixin, View):
    """Người dân tìm gì: the most frequent and the fruitless queries of one week, and the
    queries flagged as needing a guide."""

    permission_policy = querystat_permission_policy
    permission_required = "view"
    template_name = "search/admin/searches_report.html"
    page_title = _("Người dân tìm gì")
    header_icon = "search"

    TABLES = ("frequent", "no_results", "guides")
    list_export = ["query", "language", "week", "searches", "searches_without_results", "guide_requested"]
    export_headings = {
        "query": _("Từ khóa"),
        "language": _("Ngôn ngữ"),
        "week": _("Tuần bắt đầu ngày"),
        "searches": _("Số lượt tìm"),
        "searches_without_results": _("Số lượt không có kết quả"),
        "guide_requested": _("Cần viết hướng dẫn"),
    }
    custom_field_preprocess = {
        "guide_requested": {
            SpreadsheetExportMixin.FORMAT_CSV: lambda value: "x" if value else "",
            SpreadsheetExportMixin.FORMAT_XLSX: lambda value: "x" if value else "",
        }
    }
    show_export_buttons = False  # one download link per table instead, in the template

    def get(self, request, *args, **kwargs):
        if self.is_export:
            table = request.GET.get("table")
            if table not in self.TABLES:
                table = "frequent"
            self.export_table = table
            return self.as_spreadsheet(self.get_rows(table), request.GET["export"])
        return self.render_to_response(self.get_context_data())

    # Filters

    @cached_property
    def languages(self):
        return language_names()

    @cached_property
    def filter_form(self):
        return ReportFilterForm(self.request.GET or None, languages=self.languages)

    @cached_property
    def current_week(self):
        return week_start(timezone.localdate())

    @cached_property
    def filters_chosen(self):
        """The valid filter values; an invalid one falls back to its default, the other is kept."""
        form = self.filter_form
        if not form.is_bound:
            return {}
        form.is_valid()
        return form.cleaned_data

    @cached_property
    def week(self):
        day = self.filters_chosen.get("week")
        return week_start(day) if day else self.current_week

    @cached_property
    def language(self):
        return self.filters_chosen.get("language") or ""

    def report_url(self, **params):
        """The report's URL with these filters (week as the Monday's ISO date)."""
        query = {"week": params.get("week", self.week).isoformat()}
        language = params.get("language", self.language)
        if language:
            query["language"] = language
        query.update({key: value for key, value in params.items() if key not in ("week", "language")})
        return reverse(REPORT_URL_NAME) + "?" + urlencode(query)

    # Data

    def stats(self, all_weeks=False):
        rows = QueryStat.objects.all()
        if not all_weeks:
            rows = rows.filter(week=self.week)
        if self.language:
            rows = rows.filter(language=self.language)
        return rows

    def get_rows(self, table):
        if table == "frequent":
            return self.stats().order_by("-searches", "-searches_without_results", "query", "language")
        if table == "no_results":
            return (
                self.stats()
                .filter(searches_without_results__gt=0)
                .order_by("-searches_without_results", "-searches", "query", "language")
            )
        return self.stats(all_weeks=True).filter(guide_requested=True).order_by("-week", "-searches", "query")

    def get_filename(self):
        return f"nguoi-dan-tim-gi-{self.export_table}-{self.week.isoformat()}"

    # Permissions for the row actions

    @cached_property
    def can_add_synonym(self):
        return self.request.user.has_perm("search.add_synonym")

    @cached_property
    def can_promote(self):
        return self.request.user.has_perm("wagtailsearchpromotions.add_searchpromotion")

    @cached_property
    def can_flag(self):
        return querystat_permission_policy.user_has_permission(self.request.user, "change")

    @cached_property
    def csrf_token(self):
        return get_token(self.request)

    def synonym_url(self, query):
        return reverse(SYNONYM_ADD_URL_NAME) + "?" + urlencode({"terms": query})

    def promote_url(self, query):
        return reverse(PROMOTE_URL_NAME) + "?" + urlencode({"query_string": query})

    # Rendering

    def make_table(self, name, rows, caption, with_week=False):
        columns = [QueryColumn("query", label=_("Từ khóa"))]
        if with_week:
            columns.append(WeekColumn("week", label=_("Tuần bắt đầu ngày")))
        columns += [
            LanguageColumn(self.languages),
            NumberColumn("searches", label=_("Số lượt tìm")),
            NumberColumn("searches_without_results", label=_("Không có kết quả")),
            ActionsColumn(self, name),
        ]
        return Table(columns, rows, caption=caption)

    def section(self, name, title, description, empty_message, limit=TABLE_LIMIT, with_week=False):
        rows = self.get_rows(name)
        total = rows.count()
        shown = list(rows[:limit]) if limit else list(rows)
        return {
            "name": name,
            "title": title,
            "description": description,
            "empty_message": empty_message,
            "table": self.make_table(name, shown, title, with_week=with_week),
            "total": total,
            "shown": len(shown),
            "csv_url": self.report_url(table=name, export=self.FORMAT_CSV),
            "xlsx_url": self.report_url(table=name, export=self.FORMAT_XLSX),
        }

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        week_end = self.week + datetime.timedelta(days=6)
        totals = self.stats().aggregate(
            searches=Sum("searches"), without_results=Sum("searches_without_results"), queries=Count("id")
        )
        next_week = self.week + datetime.timedelta(days=7)
        context.update(
            {
                "filter_form": self.filter_form,
                "week": self.week,
                "week_end": week_end,
                "is_current_week": self.week == self.current_week,
                "previous_week_url": self.report_url(week=self.week - datetime.timedelta(days=7)),
                "next_week_url": self.report_url(week=next_week) if next_week <= self.current_week else None,
                "current_week_url": self.report_url(week=self.current_week),
                "language_name": self.languages.get(self.language, "") if self.language else "",
                "totals": {key: value or 0 for key, value in totals.items()},
                "sections": [
                    self.section(
                        "frequent",
                        _("Từ khóa được tìm nhiều nhất"),
                        _("Những gì người dân tìm nhiều nhất trong tuần."),
                        _("Tuần này chưa có lượt tìm kiếm nào."),
                    ),
                    self.section(
                        "no_results",
                        _("Từ khóa không tìm thấy gì"),
                        _(
                            "Những lần tìm không ra kết quả nào: nên thêm từ đồng nghĩa, ghim một kết quả "
                            "hoặc viết hướng dẫn mới."
                        ),
                        _("Tuần này mọi lượt tìm đều có kết quả."),
                    ),
                    self.section(
                        "guides",
                        _("Hướng dẫn cần viết"),
                        _("Mọi từ khóa đã được đánh dấu “Cần viết hướng dẫn”, qua tất cả các tuần."),
                        _("Chưa có từ khóa nào được đánh dấu cần viết hướng dẫn."),
                        limit=None,
                        with_week=True,
                    ),
                ],
            }
        )
        return context


class ToggleGuideRequestedView(PermissionCheckedMixin, BaseOperationView):
    """POST only: mark (or unmark) a query as needing a new guide, then go back to the report.

    The form sends the wanted state (guide_requested=1 or 0) so a double click does no harm;
    without it the flag is flipped.
    """

    model = QueryStat
    permission_policy = querystat_permission_policy
    permission_required = "change"
    http_method_names = ["post"]

    def perform_operation(self):
        wanted = self.request.POST.get("guide_requested")
        if wanted in ("0", "1"):
            self.object.guide_requested = wanted == "1"
        else:
            self.object.guide_requested = not self.object.guide_requested
        self.object.save(update_fields=["guide_requested"])
        log(self.object, "wagtail.edit", data={"guide_requested": self.object.guide_requested})

    def get_success_message(self):
        if self.object.guide_requested:
            message = _("Đã đánh dấu “%(query)s” là cần viết hướng dẫn.")
        else:
            message = _("Đã bỏ đánh dấu cần viết hướng dẫn cho “%(query)s”.")
        return message % {"query": self.object.query}

    def get_success_url(self):
        return get_valid_next_url_from_request(self.request) or reverse(REPORT_URL_NAME)


# Prefilled create forms ---------------------------------------------------------------------------


class SynonymCreateView(SnippetCreateView):
    """The usual synonym form; ``?terms=`` only fills in the initial value, saving is unchanged."""

    def get_initial(self):
        initial = super().get_initial()
        terms = " ".join(self.request.GET.get("terms", "").split())
        if terms:
            initial["terms"] = terms[: Synonym._meta.get_field("terms").max_length]
        return initial


class PrefilledSearchPromotionCreateView(SearchPromotionCreateView):
    """Wagtail's "add promoted result" form with ``?query_string=`` filled in.

    Wagtail's own add view ignores GET parameters, so this subclass only adds the initial value;
    the form still posts to Wagtail's add view (``add_url_name``), which validates and saves it.
    """

    http_method_names = ["get", "head", "options"]

    def get_initial(self):
        initial = super().get_initial()
        query = " ".join(self.request.GET.get("query_string", "").split())
        if query:
            initial["query_string"] = query[:255]
        return initial
