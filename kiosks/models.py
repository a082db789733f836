"""Public touch-screen kiosks (libraries, culture houses): what they show and whether they are alive."""

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

DEFAULT_SILENT_AFTER_SECONDS = 10 * 60


def language_codes():
    return [language["code"] for language in settings.SITE_LANGUAGES]


def language_choices():
    return [(language["code"], language["name_local"]) for language in settings.SITE_LANGUAGES]


def validate_language(value):
    """A code from settings.SITE_LANGUAGES (not a field choice: adding a language needs no migration)."""
    if value not in language_codes():
        raise ValidationError(_("Ngôn ngữ “%(code)s” không có trên trang này."), params={"code": value})


def new_token():
    return secrets.token_urlsafe(24)


def silent_after_seconds():
    return getattr(settings, "KIOSK_SILENT_AFTER_SECONDS", DEFAULT_SILENT_AFTER_SECONDS)


class Kiosk(ClusterableModel):
    name = models.CharField(_("tên"), max_length=120)
    slug = models.SlugField(
        _("đường dẫn"), max_length=60, unique=True, help_text=_("Kiosk mở ở địa chỉ /kiosk/<đường dẫn>/")
    )
    commune = models.ForeignKey(
        "campaigns.Commune",
        verbose_name=_("xã, phường"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="kiosks",
    )
    place = models.CharField(
        _("nơi đặt"), max_length=200, blank=True, help_text=_("Ví dụ: Thư viện xã, nhà văn hóa thôn 3")
    )
    language = models.CharField(
        _("ngôn ngữ mặc định"), max_length=12, default="vi", validators=[validate_language]
    )
    idle_timeout = models.PositiveIntegerField(
        _("thời gian chờ (giây)"),
        default=90,
        help_text=_("Không ai chạm màn hình trong chừng ấy giây thì kiosk xóa mọi thứ và về màn hình đầu"),
    )
    token = models.CharField(_("mã bí mật"), max_length=64, default=new_token, editable=False)
    last_seen = models.DateTimeField(_("lần cuối báo về"), null=True, blank=True, editable=False)
    last_version = models.CharField(_("phiên bản"), max_length=60, blank=True, editable=False)

    class Meta:
        verbose_name = _("kiosk")
        verbose_name_plural = _("kiosk")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.idle_timeout is not None and self.idle_timeout < 5:
            raise ValidationError({"idle_timeout": _("Ít nhất 5 giây.")})

    @property
    def is_silent(self):
        if self.last_seen is None:
            return True
        return (timezone.now() - self.last_seen).total_seconds() > silent_after_seconds()

    def status(self):
        """For the admin listing: alive, or silent since when."""
        if self.last_seen is None:
            return _("Chưa báo về lần nào")
        seen = timezone.localtime(self.last_seen).strftime("%H:%M %d/%m/%Y")
        if self.is_silent:
            return _("IM LẶNG từ %(time)s") % {"time": seen}
        return _("Hoạt động (%(time)s)") % {"time": seen}

    status.short_description = _("tình trạng")


class KioskFeaturedPage(Orderable):
    kiosk = ParentalKey(Kiosk, on_delete=models.CASCADE, related_name="featured_pages")
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("trang"), on_delete=models.CASCADE, related_name="+"
    )

    class Meta(Orderable.Meta):
        verbose_name = _("trang nổi bật")
        verbose_name_plural = _("trang nổi bật")


class AssistedSessionDay(models.Model):
    """How many times a community digital team member started helper mode in a commune on one
    day. Only the count: no IP address, browser, time of day or anything else about anyone."""

    commune = models.ForeignKey(
        "campaigns.Commune",
        verbose_name=_("xã, phường"),
        on_delete=models.CASCADE,
        related_name="assisted_session_days",
    )
    date = models.DateField(_("ngày"))
    sessions = models.PositiveIntegerField(_("số phiên hỗ trợ"), default=0)

    class Meta:
        verbose_name = _("phiên hỗ trợ trong ngày")
        verbose_name_plural = _("phiên hỗ trợ theo ngày")
        constraints = [models.UniqueConstraint(fields=["commune", "date"], name="one_count_per_commune_day")]

    def __str__(self):
        return f"{self.commune} {self.date:%d/%m/%Y}: {self.sessions}"
