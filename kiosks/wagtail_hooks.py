from django import forms
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import AssistedSessionReportView
from .models import Kiosk, KioskFeaturedPage, language_choices

KioskFeaturedPage.panels = [PageChooserPanel("page", page_type=["guides.GuidePage", "news.NewsPage"])]


class LanguageSelect(forms.Select):
    def __init__(self, attrs=None):
        super().__init__(attrs, choices=language_choices())


class KioskViewSet(SnippetViewSet):
    model = Kiosk
    icon = "desktop"
    menu_label = _("Kiosk")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "commune", "place", "status", "last_version"]
    search_fields = ["name", "place"]
    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("slug"), FieldPanel("commune"), FieldPanel("place")],
            heading=_("Kiosk"),
        ),
        FieldPanel("language", widget=LanguageSelect),
        FieldPanel("idle_timeout"),
        InlinePanel("featured_pages", heading=_("Hướng dẫn, tin nổi bật"), label=_("trang")),
    ]


register_snippet(KioskViewSet)


@hooks.register("register_admin_urls")
def register_assisted_session_report_url():
    return [path("phien-ho-tro/", AssistedSessionReportView.as_view(), name="assisted_sessions")]


class AssistedSessionMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("kiosks.view_assistedsessionday")


@hooks.register("register_reports_menu_item")
def register_assisted_session_report_menu_item():
    return AssistedSessionMenuItem(
        _("Phiên hỗ trợ"), reverse("assisted_sessions"), icon_name="group", order=900
    )
