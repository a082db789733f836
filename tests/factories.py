"""Factories that build small, valid pages of every type for the tests."""

import datetime

import factory
import wagtail_factories
from factory.django import DjangoModelFactory
from wagtail.models import Locale

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
