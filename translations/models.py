"""The term base: recurring Vietnamese terms and their fixed translation in each language.

A translator of Ê Đê, J'rai or M'Nông looks a term up here (from wagtail-localize's editor,
"Tra thuật ngữ") so that "mật khẩu" or "mã OTP" is translated the same way on every page.

Languages are stored as codes checked against settings.SITE_LANGUAGES at run time, not as
model choices: adding a language to the settings needs no migration.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel

from .languages import language_name, language_rank, target_languages


def validate_target_language(code):
    if code not in dict(target_languages()):
        raise ValidationError(_("“%(code)s” không phải một ngôn ngữ dịch của trang."), params={"code": code})


def language_choices():
    return [("", "---------"), *target_languages()]


class Term(ClusterableModel):
    term = models.CharField(
        _("thuật ngữ tiếng Việt"),
        max_length=200,
        unique=True,
        help_text=_("Viết như trong bài, chữ thường trừ tên riêng. Ví dụ: mật khẩu, mã OTP, VNeID."),
    )
    note = models.TextField(
        _("ghi chú cho người dịch"),
        blank=True,
        help_text=_("Nghĩa, cách dùng, điều cần tránh. Ví dụ: tên ứng dụng, giữ nguyên, không dịch."),
    )
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    panels = [
        FieldPanel("term"),
        FieldPanel("note"),
        InlinePanel("translations", heading=_("Bản dịch"), label=_("bản dịch")),
    ]

    class Meta:
        verbose_name = _("thuật ngữ")
        verbose_name_plural = _("thuật ngữ")
        ordering = [Lower("term")]

    def __str__(self):
        return self.term

    def clean(self):
        super().clean()
        self.term = " ".join((self.term or "").split())
        # Case apart, a term is listed once ("Mật khẩu" and "mật khẩu" are the same term). The
        # term base is small: comparing in Python also works for "Đ" on SQLite.
        others = Term.objects.exclude(pk=self.pk).values_list("term", flat=True)
        if any(other.lower() == self.term.lower() for other in others):
            raise ValidationError({"term": _("Thuật ngữ này đã có trong bảng.")})

    def translations_by_language(self):
        """Language code → TermTranslation, in settings order (uses prefetched rows)."""
        rows = sorted(self.translations.all(), key=lambda row: language_rank(row.language))
        return {row.language: row for row in rows}


class TermTranslation(models.Model):
    term = ParentalKey(Term, on_delete=models.CASCADE, related_name="translations")
    language = models.CharField(_("ngôn ngữ"), max_length=15, validators=[validate_target_language])
    text = models.CharField(_("bản dịch"), max_length=200)
    note = models.CharField(
        _("ghi chú"),
        max_length=255,
        blank=True,
        help_text=_("Ví dụ: cách đọc, biến thể theo vùng, người đã duyệt."),
    )

    panels = [
        FieldPanel("language", widget=forms.Select(choices=language_choices)),
        FieldPanel("text"),
        FieldPanel("note"),
    ]

    class Meta:
        verbose_name = _("bản dịch thuật ngữ")
        verbose_name_plural = _("bản dịch thuật ngữ")
        unique_together = [("term", "language")]

    def __str__(self):
        return f"{self.term} → {self.text} ({self.language})"

    @property
    def language_name(self):
        return language_name(self.language)
