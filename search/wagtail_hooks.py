"""The "Tìm kiếm" admin menu: synonyms, blocked suggestions, promoted results and the searches report."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .admin_views import (
    PROMOTE_URL_NAME,
    REPORT_URL_NAME,
    TOGGLE_URL_NAME,
    PrefilledSearchPromotionCreateView,
    SearchesReportView,
    SynonymCreateView,
    ToggleGuideRequestedView,
    querystat_permission_policy,
)
from .models import BlockedSuggestion, Synonym

SEARCH_MENU_HOOK = "register_search_admin_menu_item"
WAGTAIL_PROMOTIONS_MENU_NAME = "promoted-search-results"  # the name Wagtail gives its menu item


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "list-ul"
    menu_label = _("Từ đồng nghĩa")
    menu_name = "synonyms"
    menu_order = 200
    list_display = ["terms", "note"]
    search_fields = ["terms", "note"]
    add_view_class = SynonymCreateView


class BlockedSuggestionViewSet(SnippetViewSet):
    model = BlockedSuggestion
    icon = "no-view"
    menu_label = _("Từ không gợi ý")
    menu_name = "blocked-suggestions"
    menu_order = 300
    list_display = ["word"]
    search_fields = ["word"]


class SearchViewSetGroup(SnippetViewSetGroup):
    items = (SynonymViewSet, BlockedSuggestionViewSet)
    menu_label = _("Tìm kiếm")
    menu_name = "search"
    menu_icon = "search"
    menu_order = 260  # just after "Chủ đề" (250)
    # Menu items returned by hooks of this name join the group (the report, promoted results).
    submenu_hook = SEARCH_MENU_HOOK


register_snippet(SearchViewSetGroup)


@hooks.register("register_admin_urls")
def register_search_admin_urls():
    return [
        path("search/searches/", SearchesReportView.as_view(), name=REPORT_URL_NAME),
        path(
            "search/searches/<int:pk>/guide-requested/",
            ToggleGuideRequestedView.as_view(),
            name=TOGGLE_URL_NAME,
        ),
        path("search/promote/", PrefilledSearchPromotionCreateView.as_view(), name=PROMOTE_URL_NAME),
    ]


class SearchesReportMenuItem(MenuItem):
    def is_shown(self, request):
        return querystat_permission_policy.user_has_permission(request.user, "view")


@hooks.register(SEARCH_MENU_HOOK)
def register_searches_report_menu_item():
    return SearchesReportMenuItem(
        SearchesReportView.page_title,
        reverse(REPORT_URL_NAME),
        name="searches-report",
        icon_name="search",
        order=100,
    )


class PromotedResultsMenuItem(MenuItem):
    """Wagtail's promoted search results, shown to the same users as Wagtail's own menu item."""

    def is_shown(self, request):
        return any(
            request.user.has_perm(f"wagtailsearchpromotions.{action}_searchpromotion")
            for action in ("add", "change", "delete")
        )


@hooks.register(SEARCH_MENU_HOOK)
def register_promoted_results_menu_item():
    return PromotedResultsMenuItem(
        _("Kết quả được ghim"),
        reverse("wagtailsearchpromotions:index"),
        name=WAGTAIL_PROMOTIONS_MENU_NAME,
        icon_name="pick",
        order=400,
    )


@hooks.register("construct_settings_menu")
def remove_promoted_results_from_settings(request, menu_items):
    """Promoted results now live in the "Tìm kiếm" group, not twice."""
    menu_items[:] = [item for item in menu_items if item.name != WAGTAIL_PROMOTIONS_MENU_NAME]


@hooks.register("register_permissions")
def register_querystat_permissions():
    """Let administrators grant the report (view) and the "needs a guide" flag (change) to groups."""
    return Permission.objects.filter(
        content_type__app_label="search",
        content_type__model="querystat",
        codename__in=["view_querystat", "change_querystat"],
    )
