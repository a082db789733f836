"""Step-by-step guides to public services: the heart of the site."""

import datetime
from dataclasses import dataclass
from functools import partial

from django.core.paginator import Paginator
from django.db import models
from django.db.models import Count, F, Window
from django.db.models.functions import RowNumber
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.blocks import SnippetChooserBlock
from wagtail_localize.fields import SynchronizedField

from core.blocks import RelatedPageBlock
from core.models import Topic
from core.pages import LeanPageMixin, for_cards, public
from search.aliases import IndexedUnlessAlias
from search.index import FoldedSearchField, folded_page_fields

from .blocks import GuideLinkStepBlock, QuestionAnswerBlock, RequiredDocumentBlock, StepBlock

# An editor re-checks a guide's facts against the national portal at least this often.
FACTS_CHECK_INTERVAL = datetime.timedelta(days=183)


class TroubleshootingTip(TranslatableMixin, index.Indexed, models.Model):
    """An "if something goes wrong" answer shared by many guides (OTP to an old number…)."""

    title = models.CharField(_("tiêu đề"), max_length=200)
    slug = models.SlugField(_("mã"), max_length=100)
    problem = models.CharField(_("sự cố"), max_length=300)
    solution = RichTextField(_("cách xử lý"), features=["bold", "italic", "link", "ol", "ul"])

    panels = [FieldPanel("title"), FieldPanel("slug"), FieldPanel("problem"), FieldPanel("solution")]
    search_fields = [FoldedSearchField("title"), FoldedSearchField("problem")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("mẹo xử lý sự cố")
        verbose_name_plural = _("mẹo xử lý sự cố")
        ordering = ["title"]
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="unique_tip_slug_per_locale")]

    def __str__(self):
        return self.title


# The guide index shows this many guides of each topic, then a link to the topic's page: every
# guide of a province's catalogue (2,000) made a 1 MB page, too heavy for a cheap phone on slow
# mobile data. Six are two rows of cards on a wide screen and a short scroll on a phone.
GUIDES_PER_TOPIC_ON_INDEX = 6
# The guides without a topic have no topic page: the index lists them all itself, a page at a
# time (?chu-de=khac&trang=N), as many a page as a topic page shows.
OTHER_GUIDES = "khac"
OTHER_GUIDES_PER_PAGE = 24


@dataclass
class TopicGuides:
    """One topic's part of the guide index: its first guides and how many it has in all."""

    topic: Topic | None  # None: the guides without a topic
    guides: list
    count: int

    @property
    def has_more(self):
        return self.count > len(self.guides)

    def editorial_order(self):
        """Topics by their sort order, then name; the guides without a topic last."""
        return (1, 0, "") if self.topic is None else (0, self.topic.sort_order, self.topic.name)


class GuideIndexPage(LeanPageMixin, Page):
    """All guides, grouped by topic: the first few of each, the rest on the topic's page."""

    intro = RichTextField(_("lời giới thiệu"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["guides.GuidePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("mục lục hướng dẫn")

    def typed_children(self):
        return self.children_of_type(GuidePage).select_related("topic")  # a guide shows its topic

    def live_guides(self):
        """The live guides of this index that everyone may see."""
        return public(GuidePage.objects.child_of(self).live())

    def guides_by_topic(self):
        """[TopicGuides] in the topics' editorial order, each with its first few guides by title.

        A topic is all its translations: a guide not yet translated (an alias of the Vietnamese
        one) keeps the Vietnamese topic, a translated one has the translated topic; both are
        listed under one heading, the topic's name in this index's language when it has one.
        At most three queries however many guides: which guides come first in their topic and
        how many each topic has (window functions, filtered in SQL; ids only: sorting every
        guide's card text with them took twice as long at 2,000 guides), those guides' cards,
        and the topics' translations.
        """
        per_topic = F("topic__translation_key")
        firsts = dict(
            self.live_guides()
            .annotate(
                place=Window(RowNumber(), partition_by=per_topic, order_by=(F("title").asc(), F("pk").asc())),
                guides_in_topic=Window(Count("pk"), partition_by=per_topic),
            )
            .filter(place__lte=GUIDES_PER_TOPIC_ON_INDEX)
            .values_list("pk", "guides_in_topic")
        )
        guides = for_cards(self.live_guides().filter(pk__in=firsts), "topic").select_related("topic")
        groups = {}
        for guide in guides.order_by("title", "pk"):
            key = guide.topic.translation_key if guide.topic else None
            groups.setdefault(key, TopicGuides(guide.topic, [], firsts[guide.pk])).guides.append(guide)
        untranslated = [
            key for key, group in groups.items() if group.topic and group.topic.locale_id != self.locale_id
        ]
        if untranslated:
            for topic in Topic.objects.filter(locale_id=self.locale_id, translation_key__in=untranslated):
                groups[topic.translation_key].topic = topic
        return sorted(groups.values(), key=TopicGuides.editorial_order)

    def other_guides(self, request):
        """One page (?trang=N, the nearest one when out of range) of the guides without a topic."""
        guides = for_cards(self.live_guides().filter(topic=None)).order_by("title", "pk")
        return Paginator(guides, OTHER_GUIDES_PER_PAGE).get_page(request.GET.get("trang"))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if request.GET.get("chu-de") == OTHER_GUIDES:
            context["other_guides"] = self.other_guides(request)
        else:
            context["topic_groups"] = self.guides_by_topic()
        return context


class GuidePageTag(TaggedItemBase):
    content_object = ParentalKey("guides.GuidePage", related_name="tagged_items", on_delete=models.CASCADE)


class SubmissionMethod(models.TextChoices):
    ONLINE = "online", _("Trực tuyến")
    OFFICE = "office", _("Nộp trực tiếp tại cơ quan")
    POST = "post", _("Qua bưu chính")


class GuidePage(IndexedUnlessAlias, RoutablePageMixin, LeanPageMixin, Page):
    """How to do one public service, step by step, with the procedure's facts."""

    topic = models.ForeignKey(
        "core.Topic",
        verbose_name=_("chủ đề"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="guides",
    )
    tags = ClusterTaggableManager(
        through=GuidePageTag,
        blank=True,
        verbose_name=_("từ khóa"),
        help_text=_("Những từ người dân hay gõ khi tìm thủ tục này, ví dụ: cccd, sổ đỏ"),
    )
    summary = models.TextField(_("tóm tắt"), max_length=500)
    audience = models.TextField(_("dành cho ai"), blank=True, max_length=500)

    # Procedure facts: the parts every administrative procedure has (Decree 63/2010, art. 8).
    procedure_code = models.CharField(_("mã thủ tục"), max_length=40, blank=True)
    submit_online = models.BooleanField(_("nộp trực tuyến"), default=False)
    submit_at_office = models.BooleanField(_("nộp trực tiếp tại cơ quan"), default=False)
    submit_by_post = models.BooleanField(_("nộp qua bưu chính"), default=False)
    required_documents = StreamField(
        [("document", RequiredDocumentBlock())], blank=True, verbose_name=_("giấy tờ cần mang")
    )
    processing_time = models.CharField(_("thời hạn giải quyết"), max_length=300, blank=True)
    eligible_applicants = models.TextField(_("ai được làm thủ tục"), blank=True, max_length=500)
    agency = models.CharField(_("cơ quan giải quyết"), max_length=300, blank=True)
    result = models.CharField(_("kết quả nhận được"), max_length=300, blank=True)
    fee = models.CharField(_("phí, lệ phí"), max_length=300, blank=True)
    legal_basis = models.TextField(_("căn cứ pháp lý"), blank=True)
    online_service_url = models.URLField(_("đường dẫn trên Cổng Dịch vụ công"), blank=True, max_length=500)
    hotline = models.CharField(
        _("số điện thoại hỗ trợ"), max_length=40, blank=True, help_text=_("Ví dụ: 1900 0368")
    )
    facts_checked_on = models.DateField(
        _("ngày đối chiếu với Cổng Dịch vụ công"),
        null=True,
        blank=True,
        help_text=_("Ngày biên tập viên kiểm tra lại các thông tin trên với cổng dịch vụ công"),
    )

    steps = StreamField(
        [("step", StepBlock()), ("guide_step", GuideLinkStepBlock())],
        verbose_name=_("các bước"),
    )
    faq = StreamField([("question", QuestionAnswerBlock())], blank=True, verbose_name=_("câu hỏi thường gặp"))
    troubleshooting = StreamField(
        [
            (
                "tip",
                SnippetChooserBlock(
                    "guides.TroubleshootingTip",
                    icon="warning",
                    label=_("Nếu gặp trục trặc"),
                    template="guides/blocks/troubleshooting.html",
                ),
            )
        ],
        blank=True,
        verbose_name=_("nếu gặp trục trặc"),
    )
    related_guides = StreamField(
        [("page", RelatedPageBlock(page_type="guides.GuidePage"))],
        blank=True,
        verbose_name=_("hướng dẫn liên quan"),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("audience"),
        FieldRowPanel([FieldPanel("topic"), FieldPanel("tags")]),
        MultiFieldPanel(
            [
                FieldPanel("procedure_code"),
                FieldRowPanel(
                    [
                        FieldPanel("submit_online"),
                        FieldPanel("submit_at_office"),
                        FieldPanel("submit_by_post"),
                    ],
                    heading=_("Cách thực hiện"),
                ),
                FieldPanel("required_documents"),
                FieldPanel("processing_time"),
                FieldPanel("eligible_applicants"),
                FieldPanel("agency"),
                FieldPanel("result"),
                FieldPanel("fee"),
                FieldPanel("legal_basis"),
                FieldPanel("online_service_url"),
                FieldPanel("hotline"),
                FieldPanel("facts_checked_on"),
            ],
            heading=_("Thông tin thủ tục"),
        ),
        FieldPanel("steps"),
        FieldPanel("faq"),
        FieldPanel("troubleshooting"),
        FieldPanel("related_guides"),
    ]

    search_fields = folded_page_fields(
        ("summary", 2),
        ("procedure_code", 3),
        ("agency", 1),
        ("audience", 1),
        ("steps", 1),
        ("faq", 1),
        index.RelatedFields("tags", [FoldedSearchField("name", boost=4)]),
        index.RelatedFields("topic", [FoldedSearchField("name")]),
        index.FilterField("topic"),
    )

    # Facts that do not depend on the language are stored once, on the Vietnamese guide, and
    # copied to every translation on sync: an Ê Đê page can never show an outdated fee.
    override_translatable_fields = [
        SynchronizedField("procedure_code"),
        SynchronizedField("fee"),
        SynchronizedField("processing_time"),
        SynchronizedField("online_service_url"),
        SynchronizedField("hotline"),
        SynchronizedField("facts_checked_on"),
    ]

    parent_page_types = ["guides.GuideIndexPage"]
    subpage_types = []

    # What site search shows and ranks (see search/catalog.py); guides answer tasks, so first.
    search_summary_field = "summary"
    search_topic_field = "topic"
    search_keyword_fields = ["tags"]
    search_priority = 1.0

    class Meta:
        verbose_name = _("hướng dẫn thủ tục")
        verbose_name_plural = _("hướng dẫn thủ tục")

    def save(self, *args, **kwargs):
        # Store every step in full, as the editor's form does, whatever wrote it (import, code):
        # wagtail-localize cannot extract a step whose optional image or text is missing.
        for stream in (self.steps, self.required_documents):
            list(stream)  # converting each block makes the save write it in full
        return super().save(*args, **kwargs)

    @property
    def submission_methods(self):
        """Labels of the ways the procedure can be carried out, in a fixed order."""
        chosen = {
            SubmissionMethod.ONLINE: self.submit_online,
            SubmissionMethod.OFFICE: self.submit_at_office,
            SubmissionMethod.POST: self.submit_by_post,
        }
        return [method.label for method, on in chosen.items() if on]

    @property
    def facts_need_checking(self):
        if self.facts_checked_on is None:
            return True
        return timezone.localdate() - self.facts_checked_on > FACTS_CHECK_INTERVAL

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # A callable: the template calls it when it shows the steps, the checklist never does.
        context["steps"] = partial(self.steps_with_videos, request)
        return context

    def steps_with_videos(self, request):
        """numbered_steps(), each with the links to the video chapters that show it."""
        videos = self.video_links_by_step(request)
        return [{**item, "videos": videos.get(item["number"], [])} for item in self.numbered_steps()]

    def video_links_by_step(self, request):
        """Step number → [{url, timestamp}] of the chapters of live, public videos showing it."""
        from videos.models import VideoChapter, guides_shown_in_videos  # videos link to guides

        if self.translation_key not in guides_shown_in_videos():
            return {}  # most guides: no query
        # Chapters point at the Vietnamese guide; show those of the videos in this page's language.
        chapters = VideoChapter.objects.filter(
            guide__translation_key=self.translation_key, page__live=True, page__locale_id=self.locale_id
        )
        chapters = public(chapters, path="page__path").select_related("page")
        page_urls, links = {}, {}
        for chapter in chapters.only("step_number", "start", "page__url_path"):  # what a link needs
            if chapter.page_id not in page_urls:  # one video has many chapters: its address once
                page_urls[chapter.page_id] = chapter.page.get_url(request)
            links.setdefault(chapter.step_number, []).append(
                {"url": f"{page_urls[chapter.page_id]}?t={chapter.start}", "timestamp": chapter.timestamp}
            )
        return links

    @path("in/", name="checklist")
    def checklist(self, request):
        """One printable A4 page: documents to bring, fee, where to submit, time limit, a QR code."""
        return self.render(request, template="guides/guide_checklist.html")

    def numbered_steps(self):
        """Steps with their display number; an "or" alternative shares its predecessor's number."""
        numbered, number = [], 0
        for block in self.steps:
            is_alternative = bool(block.value.get("alternative")) and number > 0
            if not is_alternative:
                number += 1
            numbered.append({"number": number, "block": block, "is_alternative": is_alternative})
        return numbered
