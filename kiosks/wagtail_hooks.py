from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

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
