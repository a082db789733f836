"""Courses of ordered lessons, each with practice and a self-check quiz."""

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.pages import LeanPageMixin, for_cards, public
from search.aliases import IndexedUnlessAlias
from search.index import FoldedSearchField, folded_page_fields

from .blocks import LessonBodyBlock, QuizQuestionBlock


class CourseIndexPage(LeanPageMixin, Page):
    intro = RichTextField(_("lời giới thiệu"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["lessons.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("mục lục khóa học")

    def typed_children(self):
        return self.children_of_type(CoursePage).select_related("topic")  # a course shows its topic

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["courses"] = public(CoursePage.objects.child_of(self).live().select_related("topic"))
        return context


class CourseLevel(models.TextChoices):
    BASIC = "co-ban", _("Cơ bản")
    ADVANCED = "nang-cao", _("Nâng cao")


class CoursePage(IndexedUnlessAlias, LeanPageMixin, Page):
    summary = models.TextField(_("tóm tắt"), max_length=500)
    audience = models.CharField(_("dành cho"), max_length=200, blank=True)
    level = models.CharField(_("trình độ"), max_length=20, choices=CourseLevel, default=CourseLevel.BASIC)
    estimated_minutes = models.PositiveIntegerField(_("thời gian học (phút)"), default=30)
    topic = models.ForeignKey(
        "core.Topic",
        verbose_name=_("chủ đề"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="courses",
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("audience"), FieldPanel("level"), FieldPanel("estimated_minutes")]),
        FieldPanel("topic"),
    ]
    search_fields = folded_page_fields(
        ("summary", 2),
        ("audience", 1),
        index.RelatedFields("topic", [FoldedSearchField("name")]),
        index.FilterField("topic"),
    )
    parent_page_types = ["lessons.CourseIndexPage"]
    subpage_types = ["lessons.LessonPage"]

    search_summary_field = "summary"
    search_topic_field = "topic"
    search_priority = 0.8

    class Meta:
        verbose_name = _("khóa học")
        verbose_name_plural = _("khóa học")

    def typed_children(self):
        # A lesson shows its video: the page, its files and its poster.
        return self.children_of_type(LessonPage).select_related(
            "video__video", "video__audio_version", "video__poster"
        )

    def lessons(self):
        return for_cards(public(LessonPage.objects.child_of(self).live()))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["lessons"] = list(self.lessons())
        return context


class LessonPage(IndexedUnlessAlias, LeanPageMixin, Page):
    summary = models.TextField(_("tóm tắt"), max_length=500)
    objectives = StreamField(
        [("objective", blocks.CharBlock(label=_("Mục tiêu"), max_length=200, icon="tick"))],
        verbose_name=_("học xong bài này, bạn sẽ"),
    )
    body = StreamField(LessonBodyBlock(), verbose_name=_("nội dung bài học"))
    practice = StreamField(
        [("step", blocks.TextBlock(label=_("Bước thực hành"), rows=2, icon="list-ol"))],
        blank=True,
        verbose_name=_("thực hành"),
    )
    video = models.ForeignKey(
        "videos.VideoGuidePage",
        verbose_name=_("video kèm theo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    quiz = StreamField([("question", QuizQuestionBlock())], blank=True, verbose_name=_("câu hỏi tự kiểm tra"))

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("objectives"),
        FieldPanel("body"),
        FieldPanel("practice"),
        FieldPanel("video"),
        FieldPanel("quiz"),
    ]
    search_fields = folded_page_fields(("summary", 2), ("objectives", 1), ("body", 1), ("practice", 1))
    parent_page_types = ["lessons.CoursePage"]
    subpage_types = []

    search_summary_field = "summary"
    search_priority = 0.9

    class Meta:
        verbose_name = _("bài học")
        verbose_name_plural = _("bài học")

    # The page shows the course, this lesson's number and its neighbours: each is read once
    # per view (cached_property), whatever the number of lessons.
    @cached_property
    def course(self):
        return self.get_parent().specific

    @cached_property
    def sibling_lessons(self):
        """The course's live, public lessons in order, this one included: what numbering and
        linking them needs, not their content."""
        lessons = public(LessonPage.objects.sibling_of(self).live()).order_by("path")
        return list(lessons.only("path", "title", "url_path"))

    def previous_lesson(self):
        earlier = [lesson for lesson in self.sibling_lessons if lesson.path < self.path]
        return earlier[-1] if earlier else None

    def next_lesson(self):
        return next((lesson for lesson in self.sibling_lessons if lesson.path > self.path), None)

    def score_quiz(self, answers):
        """Mark answers given as {"cau-1": "2", …}; None when no question was answered.

        The quiz is marked in the browser by JavaScript; this does the same on the server so
        that it also works on a phone with JavaScript off. Nothing is stored.
        """
        results, correct, answered = [], 0, False
        for number, block in enumerate(self.quiz, start=1):
            chosen = answers.get(f"cau-{number}")
            choice_index = int(chosen) if chosen and chosen.isdigit() else None
            choices = block.value["choices"]
            is_correct = (
                choice_index is not None
                and choice_index < len(choices)
                and choices[choice_index]["is_correct"]
            )
            answered = answered or choice_index is not None
            correct += is_correct
            results.append({"chosen": choice_index, "is_correct": is_correct})
        if not answered:
            return None
        return {"correct": correct, "total": len(results), "questions": results}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["quiz_result"] = self.score_quiz(request.GET)
        return context
