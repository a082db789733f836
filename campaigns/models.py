"""The movement itself: campaigns, their targets and the progress each commune reports,
digital-skills classes near people, and the community digital teams.

Only aggregated numbers are stored: a figure is "how many", never "who". No model here
has a field for a learner's name, phone number or identity number.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import BaseLogEntry, Locale, Orderable, Page
from wagtail.models.audit_log import BaseLogEntryManager

from core.pages import LeanPageMixin, public

from .choices import (
    AdjustmentKind,
    Aggregation,
    Audience,
    CampaignStatus,
    ClassStatus,
    CommuneKind,
    InstructionLanguage,
    TargetSource,
    VenueType,
)
from .page_form import CampaignPageForm
from .text import slug_for

# ---------------------------------------------------------------------------------------------
# Communes and wards: data from the national catalogue of administrative units
# ---------------------------------------------------------------------------------------------


class Commune(models.Model):
    """A commune-level unit (xã, phường, đặc khu). Loaded by `manage.py import_communes`."""

    code = models.CharField(
        _("mã đơn vị hành chính"),
        max_length=5,
        unique=True,
        validators=[RegexValidator(r"^\d{5}$", _("Mã đơn vị hành chính gồm đúng 5 chữ số."))],
        help_text=_("Mã 5 chữ số trong Danh mục đơn vị hành chính Việt Nam"),
    )
    name = models.CharField(
        _("tên"), max_length=100, help_text=_("Không kèm chữ “Xã”/“Phường”, ví dụ: Ea Súp")
    )
    kind = models.CharField(_("loại"), max_length=10, choices=CommuneKind, default=CommuneKind.COMMUNE)
    slug = models.SlugField(_("đường dẫn"), max_length=120, unique=True, editable=False)
    is_sample = models.BooleanField(
        _("dữ liệu mẫu"),
        default=False,
        help_text=_("Xã, phường mẫu để trình diễn trang web, không phải đơn vị hành chính thật"),
    )

    class Meta:
        verbose_name = _("xã, phường")
        verbose_name_plural = _("xã, phường")
        ordering = ["name"]

    def __str__(self):
        return f"{self.get_kind_display()} {self.name}"

    def save(self, *args, **kwargs):
        self.slug = slug_for(f"{self.get_kind_display()} {self.name}")
        if Commune.objects.exclude(pk=self.pk).filter(slug=self.slug).exists():
            self.slug = f"{self.slug}-{self.code}"
        super().save(*args, **kwargs)

    @property
    def full_name(self):
        return str(self)


class CommuneReporter(models.Model):
    """A user who reports figures for one commune — and only that commune."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người dùng"),
        on_delete=models.CASCADE,
        related_name="commune_assignments",
    )
    commune = models.ForeignKey(
        Commune, verbose_name=_("xã, phường"), on_delete=models.CASCADE, related_name="reporters"
    )

    class Meta:
        verbose_name = _("báo cáo viên xã, phường")
        verbose_name_plural = _("báo cáo viên xã, phường")
        ordering = ["commune__name"]
        constraints = [
            models.UniqueConstraint(fields=["user", "commune"], name="unique_reporter_per_commune")
        ]

    def __str__(self):
        return f"{self.user.get_username()} – {self.commune}"


# ---------------------------------------------------------------------------------------------
# Campaigns: a page with phases, targets and the adjustments made to them after each phase
# ---------------------------------------------------------------------------------------------


class CampaignPage(RoutablePageMixin, LeanPageMixin, Page):
    """A campaign: its period, phases and targets; the public view of the province's progress.

    Routes (views.py): the page; open data at `du-lieu/<tong-hop|theo-xa|theo-ngay>/<csv|json>/`
    (`?xa=<code>` for one commune). Wagtail page paths cannot contain dots, hence no ".csv":
    the file name comes with the download (Content-Disposition).
    """

    summary = models.TextField(_("tóm tắt"), max_length=500)
    start_date = models.DateField(_("ngày bắt đầu"))
    end_date = models.DateField(_("ngày kết thúc"))
    description = RichTextField(
        _("giới thiệu"), blank=True, features=["h2", "h3", "bold", "italic", "link", "ol", "ul"]
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")], heading=_("Thời gian")),
        FieldPanel("description"),
        InlinePanel(
            "phases",
            heading=_("Các giai đoạn"),
            label=_("Giai đoạn"),
            help_text=_("Theo thứ tự thời gian. Giai đoạn đầu tiên là giai đoạn 1."),
        ),
    ]
    target_panels = [
        HelpPanel(
            content=_(
                "<p><strong>Chỉ tiêu</strong> là những gì chiến dịch đặt ra từ đầu. "
                "<strong>Điều chỉnh</strong> ghi lại những thay đổi sau mỗi lần rà soát giai đoạn: "
                "nâng hoặc hạ chỉ tiêu, hoặc dừng chỉ tiêu. Không sửa “giá trị ban đầu” khi điều "
                "chỉnh — hãy thêm một dòng điều chỉnh, để trang công khai cho thấy chỉ tiêu đã thay "
                "đổi ở giai đoạn nào. Chỉ tiêu mới thêm thì chọn “áp dụng từ giai đoạn”. "
                "Mọi lần lưu đều có trong lịch sử của trang.</p>"
            )
        ),
        InlinePanel("targets", heading=_("Chỉ tiêu"), label=_("Chỉ tiêu")),
        InlinePanel(
            "target_adjustments",
            heading=_("Điều chỉnh sau mỗi giai đoạn"),
            label=_("Điều chỉnh"),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Nội dung")),
            ObjectList(target_panels, heading=_("Chỉ tiêu")),
            ObjectList(Page.promote_panels, heading=_("Quảng bá")),
            ObjectList(Page.settings_panels, heading=_("Cài đặt")),
        ]
    )

    base_form_class = CampaignPageForm
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("chiến dịch")
        verbose_name_plural = _("chiến dịch")

    # Languages ---------------------------------------------------------------------------------

    def source_page(self):
        """The campaign in the default language, which holds the targets that figures refer to.
        Its aliases and translations (other languages) show the same figures."""
        if self.alias_of_id:
            return self.alias_of.specific
        default = Locale.get_default()
        if self.locale_id != default.pk:
            source = self.get_translation_or_none(default)
            return source.specific if source else self
        return self

    # Phases ------------------------------------------------------------------------------------

    def phase_list(self):
        """Phases in order; each carries its 1-based `number`. Read once per instance."""
        if getattr(self, "_phase_list", None) is None:
            self._phase_list = list(self.phases.all())
            for number, phase in enumerate(self._phase_list, start=1):
                phase.number = number
        return self._phase_list

    def refresh_from_db(self, *args, **kwargs):
        self._phase_list = None
        super().refresh_from_db(*args, **kwargs)

    @property
    def phase_count(self):
        return max(1, len(self.phase_list()))

    def phase_number_on(self, day):
        """The phase running on `day`: before the first → 1, between two → the earlier, after → last."""
        number = 1
        for phase in self.phase_list():
            if day >= phase.start_date:
                number = phase.number
        return number

    def phase_start(self, number):
        phases = self.phase_list()
        if 1 <= number <= len(phases):
            return phases[number - 1].start_date
        return self.start_date

    def phase_end(self, number):
        phases = self.phase_list()
        if 1 <= number <= len(phases):
            return phases[number - 1].end_date
        return self.end_date

    def status_on(self, day):
        if day < self.start_date:
            return CampaignStatus.UPCOMING
        if day > self.end_date:
            return CampaignStatus.FINISHED
        return CampaignStatus.RUNNING

    def contains(self, day):
        return self.start_date <= day <= self.end_date

    @property
    def duration_days(self):
        return (self.end_date - self.start_date).days + 1

    def elapsed_percent(self, day):
        if day < self.start_date:
            return 0
        if day > self.end_date:
            return 100
        return round(100 * ((day - self.start_date).days + 1) / self.duration_days)

    # Targets -----------------------------------------------------------------------------------

    def target_plans(self):
        from .progress import target_plans

        return target_plans(self)

    def progress(self, today=None):
        from .progress import CampaignProgress

        return CampaignProgress(self.source_page(), today or timezone.localdate())

    # Public views (campaigns/views.py) ---------------------------------------------------------

    @path("")
    def index(self, request):
        from . import views

        return views.campaign_page(self, request)

    @path("du-lieu/<slug:dataset>/<slug:fmt>/", name="data")
    def data(self, request, dataset, fmt):
        from . import views

        return views.campaign_data(self, request, dataset, fmt)


class CampaignPhase(Orderable):
    page = ParentalKey(CampaignPage, on_delete=models.CASCADE, related_name="phases")
    name = models.CharField(_("tên giai đoạn"), max_length=150, help_text=_("Ví dụ: Khởi động"))
    start_date = models.DateField(_("từ ngày"))
    end_date = models.DateField(_("đến ngày"))
    review_note = models.TextField(
        _("kết quả rà soát cuối giai đoạn"),
        blank=True,
        help_text=_("Ban chỉ đạo đánh giá gì sau giai đoạn này (hiện trên trang công khai)"),
    )

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldPanel("review_note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("giai đoạn")
        verbose_name_plural = _("giai đoạn")

    def __str__(self):
        return self.name


class CampaignTarget(Orderable):
    """One target as set at launch (or when it was added). Later changes: TargetAdjustment."""

    page = ParentalKey(CampaignPage, on_delete=models.CASCADE, related_name="targets")
    code = models.CharField(
        _("mã chỉ tiêu"),
        max_length=10,
        validators=[
            RegexValidator(r"^[A-Za-z0-9.-]+$", _("Mã chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang."))
        ],
        help_text=_("Ngắn, không đổi suốt chiến dịch, ví dụ: CT1"),
    )
    name = models.CharField(_("tên chỉ tiêu"), max_length=255)
    short_name = models.CharField(
        _("tên ngắn"),
        max_length=40,
        help_text=_("Dùng làm tiêu đề cột trong bảng, ví dụ: Người được tập huấn"),
    )
    unit = models.CharField(_("đơn vị tính"), max_length=40, help_text=_("Ví dụ: người, tài khoản, lớp"))
    initial_value = models.PositiveIntegerField(
        _("giá trị chỉ tiêu ban đầu"),
        validators=[MinValueValidator(1, _("Chỉ tiêu phải lớn hơn 0."))],
        help_text=_("Khi điều chỉnh, đừng sửa số này: thêm một dòng “Điều chỉnh” bên dưới"),
    )
    how_measured = models.TextField(_("cách tính"), help_text=_("Đếm gì, ai báo cáo, khi nào"))
    source = models.CharField(
        _("nguồn số liệu"), max_length=10, choices=TargetSource, default=TargetSource.REPORTED
    )
    aggregation = models.CharField(
        _("cách cộng số liệu"), max_length=10, choices=Aggregation, default=Aggregation.SUM
    )
    introduced_in_phase = models.PositiveSmallIntegerField(
        _("áp dụng từ giai đoạn"),
        default=1,
        validators=[MinValueValidator(1)],
        help_text=_("1 nếu có từ đầu chiến dịch; chỉ tiêu thêm sau lần rà soát thì chọn giai đoạn đó"),
    )

    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("short_name")]),
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("initial_value"), FieldPanel("unit"), FieldPanel("introduced_in_phase")]),
        FieldPanel("how_measured"),
        FieldRowPanel([FieldPanel("source"), FieldPanel("aggregation")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("chỉ tiêu")
        verbose_name_plural = _("chỉ tiêu")

    def __str__(self):
        return f"{self.code}. {self.name}"

    @property
    def is_reported(self):
        return self.source == TargetSource.REPORTED


class TargetAdjustment(Orderable):
    """A change decided at a phase review: from `phase` on, the target has a new value or stops."""

    page = ParentalKey(CampaignPage, on_delete=models.CASCADE, related_name="target_adjustments")
    phase = models.PositiveSmallIntegerField(
        _("từ giai đoạn"), validators=[MinValueValidator(2)], help_text=_("Thay đổi áp dụng từ giai đoạn này")
    )
    target_code = models.CharField(_("mã chỉ tiêu"), max_length=10)
    kind = models.CharField(
        _("thay đổi"), max_length=12, choices=AdjustmentKind, default=AdjustmentKind.ADJUST
    )
    new_value = models.PositiveIntegerField(
        _("giá trị mới"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1, _("Chỉ tiêu phải lớn hơn 0."))],
        help_text=_("Bỏ trống nếu dừng chỉ tiêu"),
    )
    reason = models.TextField(_("lý do"), help_text=_("Hiện trên trang công khai"))

    panels = [
        FieldRowPanel(
            [FieldPanel("phase"), FieldPanel("target_code"), FieldPanel("kind"), FieldPanel("new_value")]
        ),
        FieldPanel("reason"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("điều chỉnh chỉ tiêu")
        verbose_name_plural = _("điều chỉnh chỉ tiêu")

    def __str__(self):
        return f"{self.target_code} – {self.get_kind_display()} – giai đoạn {self.phase}"


# ---------------------------------------------------------------------------------------------
# Progress figures: how many, per commune, per target, per date — nothing about anyone
# ---------------------------------------------------------------------------------------------


class ProgressFigure(models.Model):
    """A dated figure a commune reports for one target. Corrections are logged (FigureLogEntry)."""

    target = models.ForeignKey(
        CampaignTarget, verbose_name=_("chỉ tiêu"), on_delete=models.PROTECT, related_name="figures"
    )
    commune = models.ForeignKey(
        Commune, verbose_name=_("xã, phường"), on_delete=models.PROTECT, related_name="figures"
    )
    date = models.DateField(_("ngày báo cáo"), default=timezone.localdate)
    value = models.PositiveIntegerField(
        _("số liệu"),
        help_text=_(
            "Chỉ tiêu cộng dồn: số mới trong kỳ, từ lần báo cáo trước. "
            "Chỉ tiêu lấy số mới nhất: tổng số tính đến ngày báo cáo."
        ),
    )
    created_at = models.DateTimeField(_("nhập lúc"), auto_now_add=True)
    updated_at = models.DateTimeField(_("sửa lần cuối"), auto_now=True)

    class Meta:
        verbose_name = _("số liệu tiến độ")
        verbose_name_plural = _("số liệu tiến độ")
        ordering = ["-date", "commune__name", "target__sort_order"]
        constraints = [
            models.UniqueConstraint(
                fields=["target", "commune", "date"],
                name="unique_figure_per_target_commune_date",
                violation_error_message=_("Xã, phường này đã có số liệu của chỉ tiêu này trong ngày này."),
            )
        ]
        permissions = [("manage_all_communes", _("Nhập và sửa số liệu của mọi xã, phường"))]

    def __str__(self):
        return f"{self.commune} · {self.target.code} · {self.date:%d/%m/%Y}"

    @property
    def campaign(self):
        return self.target.page


def communes_managed_by(user):
    """The communes whose figures `user` may see and touch; None means every commune."""
    if not user or not user.is_authenticated or not user.is_active:
        return Commune.objects.none()
    if user.is_superuser or user.has_perm("campaigns.manage_all_communes"):
        return None
    return Commune.objects.filter(reporters__user=user)


class FigureLogEntryManager(BaseLogEntryManager):
    def log_action(self, instance, action, **kwargs):
        kwargs.update(object_id=str(instance.pk), commune_id=instance.commune_id)
        return super().log_action(instance, action, **kwargs)

    def for_instance(self, instance):
        return self.filter(object_id=str(instance.pk))

    def viewable_by_user(self, user):
        """The site history report shows a reporter only the entries of their own commune."""
        entries = super().viewable_by_user(user)
        communes = communes_managed_by(user)
        return entries if communes is None else entries.filter(commune__in=communes)


class FigureLogEntry(BaseLogEntry):
    """The history of a figure: who entered it, who corrected it, from what to what and why."""

    object_id = models.CharField(max_length=255, db_index=True)
    commune = models.ForeignKey(
        Commune, null=True, blank=True, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+"
    )

    objects = FigureLogEntryManager()

    class Meta(BaseLogEntry.Meta):
        ordering = ["-timestamp", "-id"]
        verbose_name = _("nhật ký số liệu")
        verbose_name_plural = _("nhật ký số liệu")


# ---------------------------------------------------------------------------------------------
# Classes near you
# ---------------------------------------------------------------------------------------------


class DigitalClassQuerySet(models.QuerySet):
    def upcoming(self, now=None):
        """Classes not yet over, earliest first: past classes drop off by themselves."""
        now = now or timezone.now()
        return self.filter(ends_at__gte=now).exclude(status=ClassStatus.HELD).order_by("starts_at", "pk")

    def about_topic(self, topic):
        return self.filter(Q(course__topic=topic) | Q(guide__topic=topic))

    def needing_confirmation(self, now=None):
        return self.filter(ends_at__lt=now or timezone.now(), status=ClassStatus.SCHEDULED)


class DigitalClass(models.Model):
    """A digital-skills class at a venue in a commune: something residents can turn up to."""

    title = models.CharField(_("tên lớp"), max_length=200, help_text=_("Ví dụ: Cài và kích hoạt VNeID"))
    commune = models.ForeignKey(
        Commune, verbose_name=_("xã, phường"), on_delete=models.PROTECT, related_name="classes"
    )
    venue_type = models.CharField(_("loại địa điểm"), max_length=20, choices=VenueType)
    venue_name = models.CharField(
        _("địa điểm"), max_length=200, help_text=_("Ví dụ: Nhà văn hóa buôn Ako Dhông")
    )
    address = models.CharField(_("địa chỉ, cách tìm"), max_length=300, blank=True)
    starts_at = models.DateTimeField(_("bắt đầu"))
    ends_at = models.DateTimeField(_("kết thúc"))
    course = models.ForeignKey(
        "lessons.CoursePage",
        verbose_name=_("khóa học"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="digital_classes",
    )
    guide = models.ForeignKey(
        "guides.GuidePage",
        verbose_name=_("hướng dẫn thủ tục"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="digital_classes",
    )
    audience = models.CharField(_("dành cho"), max_length=20, choices=Audience, default=Audience.EVERYONE)
    language = models.CharField(
        _("ngôn ngữ giảng dạy"),
        max_length=5,
        choices=InstructionLanguage,
        default=InstructionLanguage.VIETNAMESE,
    )
    capacity = models.PositiveSmallIntegerField(
        _("số chỗ"), validators=[MinValueValidator(1, _("Lớp phải có ít nhất 1 chỗ."))]
    )
    contact = models.CharField(
        _("liên hệ"),
        max_length=200,
        help_text=_("Đầu mối công khai của nơi tổ chức, ví dụ: Đoàn Thanh niên xã – 0262 3 812 345"),
    )
    note = models.TextField(
        _("lưu ý cho người học"),
        blank=True,
        help_text=_("Ví dụ: mang theo điện thoại đã sạc và thẻ căn cước"),
    )
    status = models.CharField(
        _("tình trạng"), max_length=12, choices=ClassStatus, default=ClassStatus.SCHEDULED
    )
    sequence = models.PositiveIntegerField(default=0, editable=False)  # iCalendar SEQUENCE
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = DigitalClassQuerySet.as_manager()

    class Meta:
        verbose_name = _("lớp học kỹ năng số")
        verbose_name_plural = _("lớp học kỹ năng số")
        ordering = ["-starts_at"]

    def __str__(self):
        when = timezone.localtime(self.starts_at).strftime("%d/%m/%Y %H:%M") if self.starts_at else ""
        return f"{self.title} – {self.commune} – {when}" if self.commune_id else self.title

    def save(self, *args, **kwargs):
        if self.pk:
            self.sequence += 1  # calendars replace an event only when its SEQUENCE grows
        super().save(*args, **kwargs)

    def clean(self):
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = _("Giờ kết thúc phải sau giờ bắt đầu.")
        elif self.starts_at and self.ends_at and self.ends_at - self.starts_at > datetime.timedelta(hours=12):
            errors["ends_at"] = _("Một buổi học không dài quá 12 giờ; lớp nhiều buổi thì nhập từng buổi.")
        if not self.course_id and not self.guide_id:
            errors["course"] = _("Chọn một khóa học hoặc một hướng dẫn thủ tục làm nội dung của lớp.")
        if self.status == ClassStatus.HELD and self.starts_at and self.starts_at > timezone.now():
            errors["status"] = _("Chỉ xác nhận “đã tổ chức” sau khi lớp đã diễn ra.")
        if errors:
            raise ValidationError(errors)

    @property
    def topic_page(self):
        return self.course or self.guide

    @cached_property
    def topic(self):
        page = self.topic_page
        return page.topic if page else None

    @property
    def is_cancelled(self):
        return self.status == ClassStatus.CANCELLED

    @property
    def local_start(self):
        return timezone.localtime(self.starts_at)

    @property
    def local_end(self):
        return timezone.localtime(self.ends_at)

    @property
    def place(self):
        parts = [self.venue_name, self.address, str(self.commune)]
        return ", ".join(part for part in parts if part)

    @property
    def anchor(self):
        return f"lop-{self.pk}"


# ---------------------------------------------------------------------------------------------
# Community digital teams
# ---------------------------------------------------------------------------------------------


class DigitalTeam(models.Model):
    """A community digital team (tổ công nghệ số cộng đồng) in a village or area of a commune."""

    commune = models.ForeignKey(
        Commune, verbose_name=_("xã, phường"), on_delete=models.CASCADE, related_name="teams"
    )
    name = models.CharField(_("tên tổ"), max_length=200)
    area = models.CharField(_("thôn, buôn, tổ dân phố"), max_length=200)
    member_count = models.PositiveSmallIntegerField(_("số thành viên"), null=True, blank=True)
    contact_name = models.CharField(_("người liên hệ"), max_length=120, blank=True)
    contact_phone = models.CharField(
        _("số điện thoại liên hệ"),
        max_length=20,
        blank=True,
        validators=[
            RegexValidator(r"^[0-9 .+]{8,20}$", _("Số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm."))
        ],
    )
    contact_is_public = models.BooleanField(
        _("người liên hệ đồng ý công khai"),
        default=False,
        help_text=_("Chỉ đánh dấu khi người liên hệ đã đồng ý cho đăng tên và số điện thoại lên trang web"),
    )
    consent_date = models.DateField(_("ngày đồng ý"), null=True, blank=True)

    panels = [
        FieldPanel("commune"),
        FieldPanel("name"),
        FieldPanel("area"),
        FieldPanel("member_count"),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldPanel("contact_phone"),
                FieldRowPanel([FieldPanel("contact_is_public"), FieldPanel("consent_date")]),
            ],
            heading=_("Đầu mối liên hệ"),
        ),
    ]

    class Meta:
        verbose_name = _("tổ công nghệ số cộng đồng")
        verbose_name_plural = _("tổ công nghệ số cộng đồng")
        ordering = ["commune__name", "area", "name"]

    def __str__(self):
        return f"{self.name} ({self.commune})" if self.commune_id else self.name

    def clean(self):
        if self.contact_is_public:
            errors = {}
            if not self.consent_date:
                errors["consent_date"] = _("Ghi ngày người liên hệ đồng ý công khai thông tin.")
            if not (self.contact_name and self.contact_phone):
                errors["contact_phone"] = _("Cần cả tên và số điện thoại để công khai đầu mối liên hệ.")
            if errors:
                raise ValidationError(errors)

    @property
    def public_contact(self):
        """(name, phone) when the contact consented to publication, else None."""
        if self.contact_is_public and self.contact_name and self.contact_phone:
            return self.contact_name, self.contact_phone
        return None


def localized_index(model):
    """The live page of `model` in the visitor's language, else in the default language."""
    pages = public(model.objects.live())
    return (
        pages.filter(locale=Locale.get_active()).first() or pages.filter(locale=Locale.get_default()).first()
    )


def source_campaigns():
    """Published campaigns in the default language (not their aliases or translations)."""
    return public(CampaignPage.objects.live()).filter(locale=Locale.get_default(), alias_of__isnull=True)


# ---------------------------------------------------------------------------------------------
# The public pages for classes and communes (their views are in views.py)
# ---------------------------------------------------------------------------------------------


class ClassIndexPage(RoutablePageMixin, LeanPageMixin, Page):
    """Upcoming classes, filterable, with iCalendar feeds (all classes, and per commune)."""

    intro = RichTextField(_("lời giới thiệu"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("lịch lớp học kỹ năng số")

    @path("")
    def index(self, request):
        from . import views

        return views.class_listing(self, request)

    @path("lich/", name="calendar")
    def calendar(self, request):
        from . import views

        return views.class_calendar(self, request)

    @path("xa/<slug:slug>/lich/", name="commune_calendar")
    def commune_calendar(self, request, slug):
        from . import views

        return views.class_calendar(self, request, commune_slug=slug)

    @path("lop/<int:pk>/lich/", name="class_event")
    def class_event(self, request, pk):
        from . import views

        return views.class_event(self, request, pk)


class CommuneIndexPage(RoutablePageMixin, LeanPageMixin, Page):
    """The communes and wards: each with its progress, upcoming classes and digital teams, and
    the directory of community digital teams. A commune's screen on a kiosk is the kiosks app's
    Kiosk (/kiosk/<slug>/), which shows the same classes and teams."""

    intro = RichTextField(_("lời giới thiệu"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("danh sách xã, phường")

    @path("")
    def index(self, request):
        from . import views

        return views.commune_index(self, request)

    @path("to-cong-nghe-so/", name="teams")
    def teams(self, request):
        from . import views

        return views.team_directory(self, request)

    @path("<slug:slug>/", name="commune")
    def commune(self, request, slug):
        from . import views

        return views.commune_detail(self, request, slug)

    @path("<slug:slug>/kiosk/", name="kiosk")
    def kiosk(self, request, slug):
        from . import views

        return views.commune_kiosk(self, request, slug)

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        if base:
            urls += [{"location": f"{base}{commune.slug}/"} for commune in Commune.objects.all()]
        return urls
