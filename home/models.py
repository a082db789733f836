"""The home page: search first, then what most people come for."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from core.blocks import RelatedPageBlock
from core.models import Topic
from core.pages import LeanPageMixin, for_cards, public
from news.models import NewsPage

LATEST_NEWS_COUNT = 3


class HomePage(LeanPageMixin, Page):
    intro = RichTextField(_("lời chào"), blank=True, features=["bold", "italic", "link"])
    top_tasks = StreamField(
        [("page", RelatedPageBlock(page_type="guides.GuidePage"))],
        blank=True,
        verbose_name=_("việc hay làm nhất"),
        help_text=_("Những hướng dẫn được tìm nhiều nhất, hiện ngay dưới ô tìm kiếm"),
    )
    featured_courses = StreamField(
        [("page", RelatedPageBlock(page_type="lessons.CoursePage"))],
        blank=True,
        verbose_name=_("khóa học nổi bật"),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("top_tasks"),
        FieldPanel("featured_courses"),
    ]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "guides.GuideIndexPage",
        "lessons.CourseIndexPage",
        "videos.VideoIndexPage",
        "news.NewsIndexPage",
        # The movement (campaigns app): campaigns, classes near you, communes and their teams.
        "campaigns.CampaignPage",
        "campaigns.ClassIndexPage",
        "campaigns.CommuneIndexPage",
    ]

    keeps_children_for_routing = True  # its sections: a handful per language

    class Meta:
        verbose_name = _("trang chủ")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        news = public(NewsPage.objects.live().filter(locale_id=self.locale_id))
        context["latest_news"] = for_cards(news).order_by("-date")[:LATEST_NEWS_COUNT]
        context["topics"] = Topic.objects.filter(locale_id=self.locale_id)
        return context
