"""Video guides: a kept video file with captions, transcript, chapters and an audio-only copy."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtailmedia.edit_handlers import MediaChooserPanel

from core.languages import content_language_choices
from core.pagecache import remembered
from core.pages import LeanPageMixin, public
from core.validators import validate_webvtt
from search.aliases import IndexedUnlessAlias
from search.index import FoldedSearchField, folded_page_fields


class VideoIndexPage(LeanPageMixin, Page):
    intro = RichTextField(_("lời giới thiệu"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["videos.VideoGuidePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("mục lục video")

    def typed_children(self):
        # A video page shows its topic, files and poster.
        return self.children_of_type(VideoGuidePage).select_related(
            "topic", "video", "audio_version", "poster"
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["videos"] = public(
            VideoGuidePage.objects.child_of(self).live().select_related("poster", "video")
        )
        return context


class VideoGuidePage(IndexedUnlessAlias, LeanPageMixin, Page):
    summary = models.TextField(_("tóm tắt"), max_length=500)
    topic = models.ForeignKey(
        "core.Topic",
        verbose_name=_("chủ đề"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="videos",
    )
    video = models.ForeignKey(
        "wagtailmedia.Media",
        verbose_name=_("tệp video"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    audio_version = models.ForeignKey(
        "wagtailmedia.Media",
        verbose_name=_("bản chỉ có tiếng"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Bản âm thanh nhẹ hơn nhiều, cho người dùng 3G/4G yếu"),
    )
    poster = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("ảnh bìa"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    external_url = models.URLField(
        _("xem trên trang khác"),
        blank=True,
        help_text=_("Chỉ dùng khi không có tệp video: hiện thành đường liên kết, không nhúng."),
    )
    transcript = RichTextField(_("lời thoại đầy đủ"), features=["bold", "italic", "ol", "ul"])

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("topic"),
        MultiFieldPanel(
            [
                MediaChooserPanel("video", media_type="video"),
                MediaChooserPanel("audio_version", media_type="audio"),
                FieldPanel("poster"),
                FieldPanel("external_url"),
            ],
            heading=_("Tệp"),
        ),
        InlinePanel("captions", label=_("Phụ đề")),
        InlinePanel("chapters", label=_("Các đoạn")),
        FieldPanel("transcript"),
    ]
    search_fields = folded_page_fields(
        ("summary", 2),
        ("transcript", 1),
        index.RelatedFields("topic", [FoldedSearchField("name")]),
        index.FilterField("topic"),
    )
    parent_page_types = ["videos.VideoIndexPage"]
    subpage_types = []

    search_summary_field = "summary"
    search_topic_field = "topic"
    search_priority = 0.85

    class Meta:
        verbose_name = _("video hướng dẫn")
        verbose_name_plural = _("video hướng dẫn")

    def clean(self):
        super().clean()
        if not self.video_id and not self.external_url:
            raise ValidationError(
                {"video": _("Hãy chọn tệp video, hoặc điền đường dẫn xem trên trang khác.")}
            )

    def start_seconds(self, request):
        """Where to start playing: ?t=SECONDS from a chapter link, else the beginning."""
        value = request.GET.get("t", "")
        return int(value) if value.isdigit() else 0

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["start"] = self.start_seconds(request)
        return context

    def chapters_with_guides(self):
        """The chapters and the guide each points to, in one query whatever their number.

        Of a guide only what a link to it needs: its content (StreamFields) is the costly part.
        """
        return self.chapters.select_related("guide").only(
            "page", "start", "title", "step_number", "guide__title", "guide__live", "guide__url_path"
        )


class VideoCaption(Orderable):
    page = ParentalKey(VideoGuidePage, related_name="captions", on_delete=models.CASCADE)
    language = models.CharField(_("ngôn ngữ"), max_length=12, choices=content_language_choices)
    label = models.CharField(_("tên hiển thị"), max_length=60, help_text=_("Ví dụ: Tiếng Việt"))
    file = models.FileField(_("tệp WebVTT"), upload_to="captions/", validators=[validate_webvtt])

    panels = [FieldPanel("language"), FieldPanel("label"), FieldPanel("file")]

    class Meta(Orderable.Meta):
        verbose_name = _("phụ đề")


class VideoChapter(Orderable):
    page = ParentalKey(VideoGuidePage, related_name="chapters", on_delete=models.CASCADE)
    start = models.PositiveIntegerField(_("bắt đầu ở giây thứ"))
    title = models.CharField(_("tên đoạn"), max_length=200)
    guide = models.ForeignKey(
        "guides.GuidePage",
        verbose_name=_("ứng với hướng dẫn"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="video_chapters",
    )
    step_number = models.PositiveSmallIntegerField(_("bước số"), null=True, blank=True)

    panels = [FieldPanel("start"), FieldPanel("title"), FieldPanel("guide"), FieldPanel("step_number")]

    class Meta(Orderable.Meta):
        verbose_name = _("đoạn video")

    @property
    def timestamp(self):
        minutes, seconds = divmod(self.start, 60)
        return f"{minutes}:{seconds:02d}"


def guides_shown_in_videos():
    """translation_key of every guide a video chapter shows, kept until the next editorial change.

    A guide page looks for the chapters that show its steps only when it is in this set.
    """
    return remembered(
        "guides_shown_in_videos",
        lambda: set(
            VideoChapter.objects.filter(guide__isnull=False).values_list("guide__translation_key", flat=True)
        ),
    )
