"""What editors manage about search: synonyms, blocked suggestions, and what people searched."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from .text import fold_for_search


class Synonym(models.Model):
    """Words and phrases that mean the same thing to a citizen: "cccd, căn cước, căn cước công dân".

    Applied to queries when they are searched, on every engine, so a new synonym works at once
    without rebuilding any index.
    """

    terms = models.CharField(
        _("các cách gọi"),
        max_length=500,
        help_text=_(
            "Các từ hoặc cụm từ cùng nghĩa, cách nhau bằng dấu phẩy. Ví dụ: cccd, căn cước, căn cước công dân"
        ),
    )
    note = models.CharField(_("ghi chú"), max_length=200, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    panels = [FieldPanel("terms"), FieldPanel("note")]

    class Meta:
        verbose_name = _("từ đồng nghĩa")
        verbose_name_plural = _("từ đồng nghĩa")
        ordering = ["terms"]

    def __str__(self):
        return self.terms

    def phrases(self):
        """The group's phrases, folded, without blanks or repeats."""
        folded = (fold_for_search(term) for term in self.terms.split(","))
        return list(dict.fromkeys(phrase for phrase in folded if phrase))


class BlockedSuggestion(models.Model):
    """A word never offered as a search suggestion (an insult, a misleading nickname…)."""

    word = models.CharField(_("từ"), max_length=100, unique=True)

    panels = [FieldPanel("word")]

    class Meta:
        verbose_name = _("từ không gợi ý")
        verbose_name_plural = _("từ không gợi ý")
        ordering = ["word"]

    def __str__(self):
        return self.word


class QueryStat(models.Model):
    """How often a normalised query was searched in one week and language; nothing personal."""

    week = models.DateField(_("tuần bắt đầu ngày"))
    language = models.CharField(_("ngôn ngữ"), max_length=12)
    query = models.CharField(_("từ khóa"), max_length=200)
    searches = models.PositiveIntegerField(_("số lượt tìm"), default=0)
    searches_without_results = models.PositiveIntegerField(_("số lượt không có kết quả"), default=0)
    guide_requested = models.BooleanField(_("cần viết hướng dẫn"), default=False)

    class Meta:
        verbose_name = _("thống kê tìm kiếm")
        verbose_name_plural = _("thống kê tìm kiếm")
        constraints = [
            models.UniqueConstraint(fields=["week", "language", "query"], name="unique_query_stat_per_week")
        ]
        indexes = [models.Index(fields=["week", "language", "-searches"])]

    def __str__(self):
        return self.query


class PendingIndexUpdate(models.Model):
    """An object the search engine missed while it was down; sent again once it answers."""

    content_type = models.ForeignKey("contenttypes.ContentType", on_delete=models.CASCADE)
    object_id = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id"], name="unique_pending_index_update")
        ]

    def __str__(self):
        return f"{self.content_type} {self.object_id}"


class CatalogChange(models.Model):
    """Something the search catalogues of every web process must pick up, written where it
    happens (a publish, an unpublish, a move, a new synonym…) and read by each process before
    a search, so that a change made in one process reaches all of them, page by page."""

    PAGE, SYNONYMS, EVERYTHING = "page", "synonyms", "everything"
    subject = models.CharField(max_length=12, default=PAGE)
    page_id = models.IntegerField(null=True)  # no foreign key: a deleted page is a change too
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    def __str__(self):
        return f"{self.subject} {self.page_id or ''}"
