"""The shared taxonomy and the page fields every content type has in common."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from search.index import FoldedAutocompleteField, FoldedSearchField


class Topic(TranslatableMixin, index.Indexed, models.Model):
    """One subject area (hộ tịch, đất đai…) shared by guides, lessons, videos and news."""

    name = models.CharField(_("tên chủ đề"), max_length=100)
    slug = models.SlugField(
        _("đường dẫn"),
        max_length=100,
        allow_unicode=False,
        help_text=_("Chữ thường không dấu, nối bằng gạch ngang, ví dụ: ho-tich"),
    )
    description = models.TextField(_("mô tả ngắn"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("thứ tự hiển thị"), default=100)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"), FieldPanel("sort_order")]
    search_fields = [FoldedSearchField("name"), FoldedAutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("chủ đề")
        verbose_name_plural = _("chủ đề")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_topic_slug_per_locale")
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("topic_detail", kwargs={"slug": self.slug})
