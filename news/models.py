"""News about the movement: a paginated, topic-filtered index with Atom/RSS feeds."""

from django import forms
from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import RelatedPageBlock
from core.models import Topic
from core.pages import LeanPageMixin, for_cards, public
from search.aliases import IndexedUnlessAlias
from search.index import FoldedSearchField, folded_page_fields

from .blocks import NewsBodyBlock
from .feeds import LatestNewsAtomFeed, LatestNewsFeed

NEWS_PER_PAGE = 10


class NewsIndexPage(RoutablePageMixin, LeanPageMixin, Page):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("mục lục tin tức")

    def typed_children(self):
        return self.children_of_type(NewsPage).select_related("hero_image")  # shown at the top

    def articles(self):
        # Listed in feeds, which show none of the content (StreamFields), and as cards.
        return public(NewsPage.objects.child_of(self).live().defer_streamfields().order_by("-date", "-pk"))

    @path("")
    def index(self, request):
        published = self.articles()
        slug = request.GET.get("chu-de", "")
        topic = Topic.objects.filter(locale_id=self.locale_id, slug=slug).first() if slug else None
        articles = published.filter(topics=topic) if topic else published
        page = Paginator(for_cards(articles), NEWS_PER_PAGE).get_page(request.GET.get("trang"))
        return self.render(
            request,
            context_overrides={
                "articles": page,
                "topic": topic,
                "topics": Topic.objects.filter(locale_id=self.locale_id, news__in=published).distinct(),
            },
        )

    @path("rss/", name="rss")
    def rss(self, request):
        return LatestNewsFeed(self)(request)

    @path("atom/", name="atom")
    def atom(self, request):
        return LatestNewsAtomFeed(self)(request)


class NewsPage(IndexedUnlessAlias, LeanPageMixin, Page):
    date = models.DateField(_("ngày đăng"), default=timezone.localdate)
    lead = models.TextField(_("sapô"), max_length=600)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("ảnh đầu bài"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_caption = models.CharField(_("chú thích ảnh"), max_length=300, blank=True)
    hero_credit = models.CharField(_("nguồn ảnh"), max_length=150, blank=True)
    body = StreamField(NewsBodyBlock(), verbose_name=_("nội dung"))
    topics = ParentalManyToManyField("core.Topic", verbose_name=_("chủ đề"), blank=True, related_name="news")
    related_guides = StreamField(
        [("page", RelatedPageBlock(page_type="guides.GuidePage"))],
        blank=True,
        verbose_name=_("hướng dẫn liên quan"),
    )

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("lead"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_caption"), FieldPanel("hero_credit")],
            heading=_("Ảnh đầu bài"),
        ),
        FieldPanel("body"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("related_guides"),
    ]
    search_fields = folded_page_fields(
        ("lead", 2),
        ("body", 1),
        index.RelatedFields("topics", [FoldedSearchField("name")]),
        index.FilterField("date"),
    )
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    search_summary_field = "lead"
    search_topic_field = "topics"
    search_date_field = "date"
    search_priority = 0.4  # even the freshest news stays below a guide that matches as well

    class Meta:
        verbose_name = _("bài tin")
        verbose_name_plural = _("bài tin")
