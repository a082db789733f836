"""The "Dịch thuật" admin menu: the translation status report and the term base."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .guards import (
    GuardedSubmitPageTranslationView,
    GuardedSubmitSnippetTranslationView,
    GuardedTranslationsReportView,
    GuardedUpdateTranslationsView,
)
from .models import Term
from .views import (
    ADMIN_DOWNLOAD_URL_NAME,
    REPORT_URL_NAME,
    TermFilterSet,
    TermIndexView,
    TranslationStatusReportView,
    page_permission_policy,
    term_base_download,
)

TRANSLATIONS_MENU_HOOK = "register_translations_admin_menu_item"


class TermViewSet(SnippetViewSet):
    model = Term
    icon = "openquote"
    menu_label = _("Thuật ngữ")
    menu_name = "terms"
    menu_order = 200
    index_view_class = TermIndexView
    filterset_class = TermFilterSet
    search_fields = ["term"]  # makes the listing searchable; TermIndexView searches everything, folded
    search_backend_name = None
    copy_view_enabled = False


class TranslationsViewSetGroup(SnippetViewSetGroup):
    items = (TermViewSet,)
    menu_label = _("Dịch thuật")
    menu_name = "translations"
    menu_icon = "wagtail-localize-language"
    menu_order = 270  # after "Tìm kiếm" (260)
    # Menu items returned by hooks of this name join the group (the status report).
    submenu_hook = TRANSLATIONS_MENU_HOOK


register_snippet(TranslationsViewSetGroup)


@hooks.register("register_admin_urls")
def register_translations_admin_urls():
    return [
        path("translations/status/", TranslationStatusReportView.as_view(), name=REPORT_URL_NAME),
        # The same download as the public one, for translators already in the admin.
        path(
            "translations/terms/download.<str:file_format>",
            term_base_download,
            name=ADMIN_DOWNLOAD_URL_NAME,
        ),
        *guarded_localize_urls(),
    ]


def guarded_localize_urls():
    """wagtail-localize's addresses served by guards.py's views: this app's hooks run first,
    so these match before wagtail-localize's own (reversing by its names still works)."""
    return [
        path("localize/submit/page/<int:page_id>/", GuardedSubmitPageTranslationView.as_view()),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            GuardedSubmitSnippetTranslationView.as_view(),
        ),
        path("localize/update/<int:translation_source_id>/", GuardedUpdateTranslationsView.as_view()),
        path("localize/reports/translations/", GuardedTranslationsReportView.as_view()),
        path(
            "localize/reports/translations/results/",
            GuardedTranslationsReportView.as_view(results_only=True),
        ),
    ]


class StatusReportMenuItem(MenuItem):
    def is_shown(self, request):
        return page_permission_policy.user_has_any_permission(
            request.user, TranslationStatusReportView.any_permission_required
        )


@hooks.register(TRANSLATIONS_MENU_HOOK)
def register_status_report_menu_item():
    return StatusReportMenuItem(
        TranslationStatusReportView.page_title,
        reverse(REPORT_URL_NAME),
        name="translation-status",
        icon_name="wagtail-localize-language",
        order=100,
    )
