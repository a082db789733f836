"""Admin views of the translation tools, and the term base download.

* TranslationStatusReportView — "Tình trạng dịch": per language, which published Vietnamese
  pages are translated and up to date, out of date, or missing (see status.py).
* TermIndexView — the term base listing: one column per language, or the chosen language only;
  search ignores tone marks ("mat khau" finds "mật khẩu").
* term_base_download — the whole term base as CSV or JSON, for translators working offline.
"""

import csv
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.db.models import Count, Q
from django.http import Http404, HttpResponse, JsonResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import View
from django_filters import ChoiceFilter
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, Table
from wagtail.admin.views.generic import PermissionCheckedMixin, WagtailAdminTemplateMixin
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.admin.widgets.button import Button
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.views.snippets import IndexView as SnippetIndexView

from .languages import fold, language_name, target_languages
from .models import Term, TermTranslation
from .status import CURRENT, MISSING, OUTDATED, TranslationStatus

REPORT_URL_NAME = "translations_status_report"
TERM_LIST_URL_NAME = "wagtailsnippets_translations_term:list"
ADMIN_DOWNLOAD_URL_NAME = "translations_term_base_download_admin"
TABLE_LIMIT = 100  # rows shown per status table; the CSV export has them all

page_permission_policy = PagePermissionPolicy()
term_permission_policy = ModelPermissionPolicy(Term)

STATUS_LABELS = {
    CURRENT: _("Đã dịch, cập nhật"),
    OUTDATED: _("Đã dịch nhưng cũ"),
    MISSING: _("Chưa dịch"),
}


def local_datetime(value):
    return timezone.localtime(value).strftime("%d/%m/%Y %H:%M") if value else ""


# The translation status report ----------------------------------------------------------------


class StatusFilterForm(forms.Form):
    language = forms.ChoiceField(label=_("Ngôn ngữ"), required=False)

    def __init__(self, *args, locales=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [
            ("", _("Tất cả ngôn ngữ")),
            *((locale.language_code, language_name(locale.language_code)) for locale in locales),
        ]


class PageColumn(Column):
    """The Vietnamese page: its title, linked to its editor."""

    cell_template_name = "translations/admin/page_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["edit_url"] = reverse("wagtailadmin_pages:edit", args=[instance.page.pk])
        return context


class LanguagesColumn(Column):
    """The languages in which the page has this status, each with its own links."""

    cell_template_name = "translations/admin/languages_cell.html"

    def __init__(self, view, status, **kwargs):
        super().__init__("languages", label=_("Ngôn ngữ"), **kwargs)
        self.view = view
        self.status = status

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["items"] = [
            self.view.language_item(instance, state) for state in self.view.states_of(instance, self.status)
        ]
        return context


class ActionsColumn(Column):
    cell_template_name = "translations/admin/actions_cell.html"

    def __init__(self, view, status, **kwargs):
        super().__init__("actions", label=_("Thao tác"), **kwargs)
        self.view = view
        self.status = status

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["actions"] = self.view.row_actions(instance, self.status)
        return context


class TranslationStatusReportView(
    SpreadsheetExportMixin, PermissionCheckedMixin, WagtailAdminTemplateMixin, View
):
    """Tình trạng dịch: what to translate next, language by language.

    Open to every editor who can edit pages; the "translate" and "sync" actions are shown to
    those who may submit translations (wagtail_localize.submit_translation).
    """

    permission_policy = page_permission_policy
    any_permission_required = ["add", "change", "publish"]
    template_name = "translations/admin/status_report.html"
    page_title = _("Tình trạng dịch")
    header_icon = "wagtail-localize-language"
    show_export_buttons = False  # the CSV and XLSX links sit next to the language filter

    list_export = [
        "title",
        "kind",
        "language",
        "status",
        "progress",
        "source_published_at",
        "synced_at",
        "translation_published_at",
        "source_edit_url",
        "translation_edit_url",
    ]
    export_headings = {
        "title": _("Trang tiếng Việt"),
        "kind": _("Loại"),
        "language": _("Ngôn ngữ"),
        "status": _("Tình trạng"),
        "progress": _("Đoạn đã dịch"),
        "source_published_at": _("Tiếng Việt xuất bản lúc"),
        "synced_at": _("Đồng bộ lần cuối"),
        "translation_published_at": _("Bản dịch xuất bản lúc"),
        "source_edit_url": _("Sửa trang tiếng Việt"),
        "translation_edit_url": _("Sửa bản dịch"),
    }

    def get(self, request, *args, **kwargs):
        if self.is_export:
            return self.as_spreadsheet(self.export_rows(), request.GET["export"])
        return self.render_to_response(self.get_context_data())

    # Filter

    @cached_property
    def report(self):
        return TranslationStatus()

    @cached_property
    def filter_form(self):
        return StatusFilterForm(self.request.GET or None, locales=self.report.locales)

    @cached_property
    def language(self):
        """The chosen locale, or None for all of them."""
        form = self.filter_form
        if form.is_bound and form.is_valid() and form.cleaned_data["language"]:
            code = form.cleaned_data["language"]
            return next(locale for locale in self.report.locales if locale.language_code == code)
        return None

    @cached_property
    def locale_ids(self):
        locales = [self.language] if self.language else self.report.locales
        return {locale.pk for locale in locales}

    def states_of(self, row, status):
        return row.in_status(status, self.locale_ids)

    def report_url(self, **params):
        query = {"language": self.language.language_code} if self.language else {}
        query.update(params)
        return reverse(REPORT_URL_NAME) + ("?" + urlencode(query) if query else "")

    # Links

    @cached_property
    def can_submit_translations(self):
        return self.request.user.has_perm("wagtail_localize.submit_translation")

    def translate_url(self, row, state):
        """wagtail-localize's "Translate this page", with this language ticked."""
        query = urlencode({"select_locale": state.locale.language_code, "next": self.report_url()})
        return reverse("wagtail_localize:submit_page_translation", args=[row.page.pk]) + "?" + query

    def sync_url(self, row):
        """wagtail-localize's "Sync translated pages" for the Vietnamese page."""
        query = urlencode({"next": self.report_url()})
        return reverse("wagtail_localize:update_translations", args=[row.source.pk]) + "?" + query

    def language_item(self, row, state):
        item = {"name": language_name(state.locale.language_code), "state": state}
        if state.page_id:
            item["url"] = reverse("wagtailadmin_pages:edit", args=[state.page_id])
        elif self.can_submit_translations:
            item["url"] = self.translate_url(row, state)
        return item

    def row_actions(self, row, status):
        states = self.states_of(row, status)
        if status == MISSING and self.can_submit_translations:
            if len(states) == 1:
                return [{"label": _("Dịch trang này"), "url": self.translate_url(row, states[0])}]
            url = reverse("wagtail_localize:submit_page_translation", args=[row.page.pk])
            return [{"label": _("Dịch trang này"), "url": url + "?" + urlencode({"next": self.report_url()})}]
        if status == OUTDATED:
            actions = []
            if self.can_submit_translations and row.source and any(state.synced for state in states):
                actions.append({"label": _("Đồng bộ bản dịch"), "url": self.sync_url(row)})
            for state in states:
                if not state.synced:  # translated by hand: only its editor can bring it up to date
                    actions.append(
                        {
                            "label": _("Sửa bản %(language)s")
                            % {"language": language_name(state.locale.language_code)},
                            "url": reverse("wagtailadmin_pages:edit", args=[state.page_id]),
                            "secondary": True,
                        }
                    )
            return actions
        return []

    # Tables

    def section(self, status, title, description, empty_message):
        rows = [row for row in self.report.rows if self.states_of(row, status)]
        columns = [
            PageColumn("title", label=_("Trang tiếng Việt")),
            Column("kind", label=_("Loại")),
            LanguagesColumn(self, status),
        ]
        if status == OUTDATED:
            columns += [
                Column(
                    "source_published_at",
                    label=_("Tiếng Việt sửa lúc"),
                    accessor=lambda row: local_datetime(row.page.last_published_at),
                ),
                Column(
                    "synced_at",
                    label=_("Đồng bộ lần cuối"),
                    accessor=lambda row: local_datetime(row.synced_at),
                ),
            ]
        if status != CURRENT:
            columns.append(ActionsColumn(self, status))
        shown = rows[:TABLE_LIMIT]
        return {
            "name": status,
            "title": title,
            "description": description,
            "empty_message": empty_message,
            "table": Table(columns, shown, caption=title),
            "total": len(rows),
            "shown": len(shown),
        }

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        counts = [
            {
                **item,
                "name": language_name(item["locale"].language_code),
                "url": self.report_url_for(item["locale"]),
            }
            for item in self.report.counts()
            if item["locale"].pk in self.locale_ids
        ]
        context.update(
            {
                "filter_form": self.filter_form,
                "language_name": language_name(self.language.language_code) if self.language else "",
                "page_count": len(self.report.rows),
                "counts": counts,
                "csv_url": self.report_url(export=self.FORMAT_CSV),
                "xlsx_url": self.report_url(export=self.FORMAT_XLSX),
                "sections": [
                    self.section(
                        OUTDATED,
                        STATUS_LABELS[OUTDATED],
                        _(
                            "Trang tiếng Việt đã sửa sau lần đồng bộ bản dịch cuối: đồng bộ để đưa phần mới "
                            "vào trình dịch, phần đã dịch được giữ nguyên."
                        ),
                        _("Không có bản dịch nào bị cũ."),
                    ),
                    self.section(
                        MISSING,
                        STATUS_LABELS[MISSING],
                        _(
                            "Người đọc ngôn ngữ này đang thấy bản tiếng Việt. Hướng dẫn thủ tục được xếp trước."
                        ),
                        _("Mọi trang đều đã có bản dịch."),
                    ),
                    self.section(
                        CURRENT,
                        STATUS_LABELS[CURRENT],
                        _(
                            "Bản dịch theo kịp bản tiếng Việt. Số đoạn đã dịch cho biết còn phần nào chờ dịch."
                        ),
                        _("Chưa có bản dịch nào."),
                    ),
                ],
            }
        )
        return context

    def report_url_for(self, locale):
        return reverse(REPORT_URL_NAME) + "?" + urlencode({"language": locale.language_code})

    # Export: one line per page and language

    def export_rows(self):
        for row in self.report.rows:
            source_edit_url = self.request.build_absolute_uri(
                reverse("wagtailadmin_pages:edit", args=[row.page.pk])
            )
            for locale_id, state in row.languages.items():
                if locale_id not in self.locale_ids:
                    continue
                yield {
                    "title": row.page.title,
                    "kind": str(row.kind),
                    "language": language_name(state.locale.language_code),
                    "status": str(STATUS_LABELS[state.status]),
                    "progress": f"{state.translated_segments}/{state.segments}"
                    if state.segments is not None
                    else "",
                    "source_published_at": local_datetime(row.page.last_published_at),
                    "synced_at": local_datetime(row.synced_at) if state.synced else "",
                    "translation_published_at": local_datetime(state.published_at),
                    "source_edit_url": source_edit_url,
                    "translation_edit_url": self.request.build_absolute_uri(
                        reverse("wagtailadmin_pages:edit", args=[state.page_id])
                    )
                    if state.page_id
                    else "",
                }

    def get_filename(self):
        suffix = f"-{self.language.language_code}" if self.language else ""
        return f"tinh-trang-dich{suffix}-{timezone.localdate().isoformat()}"


# The term base ----------------------------------------------------------------------------------

TRANSLATED = "translated"
UNTRANSLATED = "untranslated"


class TermFilterSet(WagtailFilterSet):
    language = ChoiceFilter(
        label=_("Ngôn ngữ"),
        choices=target_languages,
        empty_label=_("Tất cả ngôn ngữ"),
        help_text=_("Chỉ hiện bản dịch sang ngôn ngữ này."),
    )
    status = ChoiceFilter(
        label=_("Tình trạng"),
        choices=[(TRANSLATED, _("Đã có bản dịch")), (UNTRANSLATED, _("Còn thiếu bản dịch"))],
        empty_label=_("Tất cả"),
    )

    class Meta:
        model = Term
        fields = []

    def filter_queryset(self, queryset):
        """The two filters work together: "untranslated" means "into the chosen language",
        or into any language when none is chosen. The language alone filters no row: it
        shows that language's column only (TermIndexView)."""
        language = self.form.cleaned_data.get("language")
        status = self.form.cleaned_data.get("status")
        if not status:
            return queryset
        if language:
            has_it = Q(pk__in=TermTranslation.objects.filter(language=language).values("term_id"))
            return queryset.filter(has_it if status == TRANSLATED else ~has_it)
        codes = list(dict(target_languages()))
        queryset = queryset.annotate(
            languages_done=Count("translations", filter=Q(translations__language__in=codes), distinct=True)
        )
        if status == TRANSLATED:
            return queryset.filter(languages_done__gte=len(codes))
        return queryset.filter(languages_done__lt=len(codes))


class TermTranslationColumn(Column):
    cell_template_name = "translations/admin/term_translation_cell.html"

    def __init__(self, code, **kwargs):
        super().__init__(f"language_{code}", label=language_name(code), **kwargs)
        self.code = code

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["translation"] = instance.translations_by_language().get(self.code)
        return context


class TermIndexView(SnippetIndexView):
    @cached_property
    def chosen_language(self):
        code = self.request.GET.get("language", "")
        return code if code in dict(target_languages()) else ""

    @cached_property
    def list_display(self):
        codes = [self.chosen_language] if self.chosen_language else list(dict(target_languages()))
        columns = ["term", *(TermTranslationColumn(code) for code in codes)]
        if self.chosen_language:
            columns.append(Column("note", label=_("Ghi chú cho người dịch")))
        return columns

    def get_base_queryset(self):
        return super().get_base_queryset().prefetch_related("translations")

    def search_queryset(self, queryset):
        """Folded search over the term, its note and its translations: "mat khau" finds
        "mật khẩu". The term base is small enough to be searched in Python."""
        if not self.is_searching:
            return queryset
        query = fold(self.search_query)
        matching = [
            term.pk
            for term in Term.objects.prefetch_related("translations")
            if query
            in fold(" | ".join([term.term, term.note, *(row.text for row in term.translations.all())]))
        ]
        return queryset.filter(pk__in=matching)

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        url = reverse(ADMIN_DOWNLOAD_URL_NAME, args=["csv"])
        buttons.append(Button(_("Tải bảng thuật ngữ (CSV)"), url=url, icon_name="download", priority=100))
        url = reverse(ADMIN_DOWNLOAD_URL_NAME, args=["json"])
        buttons.append(Button(_("Tải bảng thuật ngữ (JSON)"), url=url, icon_name="download", priority=110))
        return buttons


def term_base_rows():
    """Every term with its translations, in a plain structure shared by CSV and JSON."""
    languages = target_languages()
    for term in Term.objects.prefetch_related("translations"):
        by_language = term.translations_by_language()
        yield {
            "term": term.term,
            "note": term.note,
            "translations": {
                code: {"text": row.text, "note": row.note}
                for code, _name in languages
                if (row := by_language.get(code)) is not None
            },
        }


def term_base_download(request, file_format):
    """The term base, read only: `csv` (one column per language, opens in a spreadsheet) or
    `json`. Safe to serve publicly: it holds only the terms and their translations."""
    languages = target_languages()
    if file_format == "json":
        data = {
            "source_language": settings.LANGUAGE_CODE,
            "languages": [{"code": code, "name": name} for code, name in languages],
            "terms": list(term_base_rows()),
        }
        response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 1})
    elif file_format == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response.write("\ufeff")  # a byte order mark, so that spreadsheet programs read UTF-8
        writer = csv.writer(response)
        header = [str(_("Tiếng Việt")), str(_("Ghi chú"))]
        for code, name in languages:
            header += [f"{name} ({code})", str(_("Ghi chú %(language)s") % {"language": name})]
        writer.writerow(header)
        for row in term_base_rows():
            line = [row["term"], row["note"]]
            for code, _name in languages:
                translation = row["translations"].get(code, {})
                line += [translation.get("text", ""), translation.get("note", "")]
            writer.writerow(line)
    else:
        raise Http404
    response["Content-Disposition"] = f'attachment; filename="thuat-ngu.{file_format}"'
    return response


def editor_term_base_url(language_code):
    """The term base listing with only this language's translations shown."""
    url = reverse(TERM_LIST_URL_NAME)
    return (
        url + "?" + urlencode({"language": language_code})
        if language_code in dict(target_languages())
        else url
    )
