"""Factories that build small, valid pages of every type for the tests."""

import datetime

import factory
import wagtail_factories
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from campaigns.models import (
    CampaignPage,
    CampaignPhase,
    CampaignTarget,
    ClassIndexPage,
    Commune,
    CommuneIndexPage,
    DigitalClass,
    DigitalTeam,
    ProgressFigure,
    TargetAdjustment,
)
from core.models import Topic
from guides.models import GuideIndexPage, GuidePage, TroubleshootingTip
from lessons.models import CourseIndexPage, CoursePage, LessonPage
from news.models import NewsIndexPage, NewsPage
from videos.models import VideoGuidePage, VideoIndexPage


def default_locale():
    return Locale.get_default()


class TopicFactory(DjangoModelFactory):
    class Meta:
        model = Topic

    name = factory.Sequence(lambda n: f"Chủ đề {n}")
    slug = factory.Sequence(lambda n: f"chu-de-{n}")
    locale = factory.LazyFunction(default_locale)


class TroubleshootingTipFactory(DjangoModelFactory):
    class Meta:
        model = TroubleshootingTip

    title = "Mã OTP gửi về số điện thoại cũ"
    slug = factory.Sequence(lambda n: f"meo-{n}")
    problem = "Tin nhắn OTP về số điện thoại bạn không còn dùng."
    solution = "<p>Ra cửa hàng nhà mạng làm lại sim.</p>"
    locale = factory.LazyFunction(default_locale)


def step(title, body="<p>Làm theo hướng dẫn.</p>", **extra):
    return {"type": "step", "value": {"title": title, "body": body, **extra}}


class GuideIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = GuideIndexPage

    title = "Hướng dẫn thủ tục"
    slug = "huong-dan"


class GuidePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = GuidePage

    title = factory.Sequence(lambda n: f"Thủ tục số {n}")
    summary = "Làm thủ tục trực tuyến tại nhà."
    topic = factory.SubFactory(TopicFactory)
    fee = "Miễn phí"
    facts_checked_on = factory.LazyFunction(datetime.date.today)
    steps = factory.LazyFunction(lambda: [step("Mở ứng dụng VNeID"), step("Chọn thủ tục")])


class CourseIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CourseIndexPage

    title = "Khóa học"
    slug = "khoa-hoc"


class CoursePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CoursePage

    title = factory.Sequence(lambda n: f"Khóa học {n}")
    summary = "Học dùng điện thoại thông minh."
    estimated_minutes = 45


def quiz_question(question, choices, correct, explanation="Vì đó là cách an toàn."):
    return {
        "type": "question",
        "value": {
            "question": question,
            "choices": [{"text": text, "is_correct": i == correct} for i, text in enumerate(choices)],
            "explanation": explanation,
        },
    }


class LessonPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Bài học {n}")
    summary = "Bài học ngắn."
    objectives = factory.LazyFunction(lambda: [{"type": "objective", "value": "Tự bật điện thoại"}])
    body = factory.LazyFunction(lambda: [{"type": "text", "value": "<p>Nội dung bài học.</p>"}])
    practice = factory.LazyFunction(lambda: [{"type": "step", "value": "Bấm nút nguồn."}])
    quiz = factory.LazyFunction(
        lambda: [quiz_question("Mã OTP có được đưa cho người khác không?", ["Có", "Không"], correct=1)]
    )


class VideoIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = VideoIndexPage

    title = "Video hướng dẫn"
    slug = "video"


class VideoGuidePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = VideoGuidePage

    title = factory.Sequence(lambda n: f"Video {n}")
    summary = "Video ngắn."
    transcript = "<p>Xin chào bà con.</p>"
    video = None
    external_url = "https://video.example/huong-dan"


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsIndexPage

    title = "Tin tức"
    slug = "tin-tuc"


class NewsPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsPage

    title = factory.Sequence(lambda n: f"Tin số {n}")
    lead = "Tin ngắn về phong trào."
    date = factory.Sequence(lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(days=n))
    body = factory.LazyFunction(lambda: [{"type": "text", "value": "<p>Nội dung tin.</p>"}])


# --- Campaigns app (campaigns/) -----------------------------------------------------------------


CAMPAIGN_START, CAMPAIGN_END = datetime.date(2025, 7, 15), datetime.date(2025, 10, 25)
PHASE_DATES = [
    (datetime.date(2025, 7, 15), datetime.date(2025, 8, 14)),
    (datetime.date(2025, 8, 15), datetime.date(2025, 9, 19)),
    (datetime.date(2025, 9, 20), datetime.date(2025, 10, 25)),
]


class CommuneFactory(DjangoModelFactory):
    class Meta:
        model = Commune

    code = factory.Sequence(lambda n: f"{24000 + n:05d}")
    name = factory.Sequence(lambda n: f"Ea Thử {n}")
    kind = "xa"


def campaign_phases():
    names = ["Khởi động", "Tăng tốc", "Về đích"]
    return [
        CampaignPhase(name=name, start_date=start, end_date=end, sort_order=number)
        for number, (name, (start, end)) in enumerate(zip(names, PHASE_DATES, strict=True))
    ]


def campaign_targets():
    """CT1 summed, raised in phase 2 · CT2 latest value · CT3 counted classes ·
    CT4 added in phase 2 · CT5 retired from phase 3."""
    rows = [
        ("CT1", "Số người được hướng dẫn", "Người được hướng dẫn", "người", 1000, "bao-cao", "cong-don", 1),
        ("CT2", "Số hộ có người dùng thành thạo", "Hộ dùng thành thạo", "hộ", 100, "bao-cao", "moi-nhat", 1),
        ("CT3", "Số lớp học đã tổ chức", "Lớp đã tổ chức", "lớp", 10, "lop-hoc", "cong-don", 1),
        ("CT4", "Số người học tiếng dân tộc", "Học tiếng dân tộc", "người", 50, "bao-cao", "cong-don", 2),
        ("CT5", "Số người dùng VssID", "Người dùng VssID", "người", 200, "bao-cao", "cong-don", 1),
    ]
    return [
        CampaignTarget(
            code=code, name=name, short_name=short, unit=unit, initial_value=value, how_measured="Xã báo cáo.",
            source=source, aggregation=aggregation, introduced_in_phase=phase, sort_order=number,
        )
        for number, (code, name, short, unit, value, source, aggregation, phase) in enumerate(rows)
    ]  # fmt: skip


def campaign_adjustments():
    return [
        TargetAdjustment(phase=2, target_code="CT1", kind="dieu-chinh", new_value=1500, reason="Vượt kế hoạch.", sort_order=0),
        TargetAdjustment(phase=3, target_code="CT5", kind="dung", reason="Bảo hiểm xã hội theo dõi.", sort_order=1),
    ]  # fmt: skip


class CampaignPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CampaignPage

    title = "Chiến dịch 100 ngày"
    slug = "chien-dich"
    summary = "Phổ cập kỹ năng số."
    start_date = CAMPAIGN_START
    end_date = CAMPAIGN_END
    phases = factory.LazyFunction(campaign_phases)
    targets = factory.LazyFunction(campaign_targets)
    target_adjustments = factory.LazyFunction(campaign_adjustments)


class ClassIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ClassIndexPage

    title = "Lớp học kỹ năng số"
    slug = "lop-hoc"


class CommuneIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CommuneIndexPage

    title = "Xã, phường"
    slug = "xa-phuong"


class ProgressFigureFactory(DjangoModelFactory):
    class Meta:
        model = ProgressFigure

    commune = factory.SubFactory(CommuneFactory)
    date = datetime.date(2025, 8, 1)
    value = 10


def in_days(days, hour=19):
    """An aware datetime `days` from today at `hour` o'clock, local time."""
    from django.utils import timezone

    today = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(today, datetime.time(hour)))


class DigitalClassFactory(DjangoModelFactory):
    class Meta:
        model = DigitalClass

    title = factory.Sequence(lambda n: f"Lớp kỹ năng số {n}")
    commune = factory.SubFactory(CommuneFactory)
    venue_type = "nha-van-hoa"
    venue_name = "Nhà văn hóa buôn Ako Dhông"
    starts_at = factory.LazyFunction(lambda: in_days(3))
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + datetime.timedelta(minutes=90))
    capacity = 30
    contact = "Đoàn Thanh niên xã – 0900 000 100"


class DigitalTeamFactory(DjangoModelFactory):
    class Meta:
        model = DigitalTeam

    commune = factory.SubFactory(CommuneFactory)
    name = factory.Sequence(lambda n: f"Tổ công nghệ số thôn {n}")
    area = "Thôn 1"
