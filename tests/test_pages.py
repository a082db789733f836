"""Every public page type renders its content, in Vietnamese, for an anonymous visitor."""

import datetime
import re
import xml.etree.ElementTree as ElementTree

import pytest
from django.core.files.base import ContentFile
from django.core.paginator import Paginator
from django.template.loader import render_to_string
from django.utils.html import strip_tags
from wagtail.models import PageViewRestriction
from wagtailmedia.models import Media

from guides.models import GuidePage
from videos.models import VideoCaption, VideoChapter

from .factories import (
    CourseIndexPageFactory,
    CoursePageFactory,
    GuidePageFactory,
    LessonPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    TopicFactory,
    TroubleshootingTipFactory,
    VideoGuidePageFactory,
    VideoIndexPageFactory,
    quiz_question,
    step,
)


@pytest.fixture
def guide(guide_index):
    target = GuidePageFactory(parent=guide_index, title="Kích hoạt VNeID mức 2", slug="kich-hoat-vneid")
    tip = TroubleshootingTipFactory(title="Mã OTP gửi về số cũ")
    return GuidePageFactory(
        parent=guide_index,
        title="Đăng ký khai sinh trực tuyến",
        slug="dang-ky-khai-sinh",
        summary="Khai sinh cho con ngay tại nhà.",
        audience="Cha hoặc mẹ của trẻ",
        procedure_code="1.001193",
        submit_online=True,
        submit_at_office=True,
        agency="UBND xã nơi cư trú",
        processing_time="Trong ngày làm việc",
        fee="Miễn phí",
        online_service_url="https://dichvucong.gov.vn/p/home/dvc-trang-chu.html",
        facts_checked_on=datetime.date(2026, 10, 1),
        required_documents=[
            {"type": "document", "value": {"name": "Giấy chứng sinh", "note": "bản gốc"}},
            {"type": "document", "value": {"name": "Thẻ căn cước của cha hoặc mẹ"}},
        ],
        steps=[
            {
                "type": "guide_step",
                "value": {"guide": target.pk, "title": "", "body": "Cần tài khoản mức 2."},
            },
            step("Nộp hồ sơ trên VNeID", tip="Chụp ảnh giấy chứng sinh thật rõ."),
            step("Nộp tại bộ phận một cửa của xã", alternative=True, warning="Mang bản gốc."),
            step("Nhận bản điện tử giấy khai sinh", fee="Bản sao: 8.000 đồng", optional=True),
        ],
        faq=[{"type": "question", "value": {"question": "Có mất phí không?", "answer": "<p>Không.</p>"}}],
        troubleshooting=[{"type": "tip", "value": tip.pk}],
        related_guides=[{"type": "page", "value": target.pk}],
    )


def test_home_page_puts_search_first_then_top_tasks_and_news(client, home, guide):
    news_index = NewsIndexPageFactory(parent=home)
    NewsPageFactory(parent=news_index, title="Lớp học kỹ năng số ở buôn Ako Dhông")
    home.top_tasks = [{"type": "page", "value": guide.pk}]
    home.save_revision().publish()

    html = client.get("/").text

    assert '<html lang="vi"' in html
    assert html.index('name="q"') < html.index("Đăng ký khai sinh trực tuyến")
    assert "Lớp học kỹ năng số ở buôn Ako Dhông" in html


def test_guide_page_shows_facts_steps_and_help(client, guide):
    response = client.get(guide.url)
    html = response.text

    assert response.status_code == 200
    for text in (
        "Khai sinh cho con ngay tại nhà.",
        "Cha hoặc mẹ của trẻ",
        "1.001193",
        "Trực tuyến",
        "UBND xã nơi cư trú",
        "Giấy chứng sinh",
        "Thẻ căn cước của cha hoặc mẹ",
        "Miễn phí",
        "https://dichvucong.gov.vn/p/home/dvc-trang-chu.html",
        "01/10/2026",
        "Kích hoạt VNeID mức 2",
        "Chụp ảnh giấy chứng sinh thật rõ.",
        "Mang bản gốc.",
        "Bản sao: 8.000 đồng",
        "Hoặc",
        "Có mất phí không?",
        "Mã OTP gửi về số cũ",
    ):
        assert text in html, text
    # The "or" step shares its number with the step before it.
    assert [item["number"] for item in guide.numbered_steps()] == [1, 2, 2, 3]


def test_guide_index_groups_guides_by_topic(client, guide_index):
    civil, identity = TopicFactory(name="Hộ tịch"), TopicFactory(name="Giấy tờ tùy thân")
    GuidePageFactory(parent=guide_index, title="Đăng ký kết hôn", topic=civil)
    GuidePageFactory(parent=guide_index, title="Cấp đổi thẻ căn cước", topic=identity)

    grouped = {group.topic: group.guides for group in guide_index.guides_by_topic()}
    html = client.get(guide_index.url).text

    assert [guide.title for guide in grouped[civil]] == ["Đăng ký kết hôn"]
    assert "Hộ tịch" in html and "Cấp đổi thẻ căn cước" in html


def test_topic_page_lists_everything_on_that_topic(client, guide_index):
    topic = TopicFactory(name="Hộ tịch", slug="ho-tich")
    GuidePageFactory(parent=guide_index, title="Đăng ký kết hôn", topic=topic)
    GuidePageFactory(parent=guide_index, title="Gia hạn thẻ BHYT")

    html = client.get("/chu-de/ho-tich/").text

    assert "Đăng ký kết hôn" in html and "Gia hạn thẻ BHYT" not in html
    assert client.get("/chu-de/khong-co/").status_code == 404


def test_drafts_and_private_guides_are_not_listed(client, guide_index):
    GuidePageFactory(parent=guide_index, title="Bản nháp chưa đăng", live=False)
    private = GuidePageFactory(parent=guide_index, title="Hướng dẫn nội bộ")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")

    html = client.get(guide_index.url).text

    assert "Bản nháp chưa đăng" not in html and "Hướng dẫn nội bộ" not in html


@pytest.fixture
def course(home):
    return CoursePageFactory(parent=CourseIndexPageFactory(parent=home), title="Làm quen với điện thoại")


def test_course_lists_lessons_in_order(client, course):
    LessonPageFactory(parent=course, title="Bật máy")
    LessonPageFactory(parent=course, title="Kết nối wifi")

    html = client.get(course.url).text

    assert html.index("Bật máy") < html.index("Kết nối wifi")
    assert "45" in html


def test_lesson_has_navigation_inside_its_course(client, course):
    first = LessonPageFactory(parent=course, title="Bật máy")
    second = LessonPageFactory(parent=course, title="Kết nối wifi")
    third = LessonPageFactory(parent=course, title="Cài ứng dụng")

    assert second.previous_lesson().pk == first.pk and second.next_lesson().pk == third.pk
    assert first.previous_lesson() is None and third.next_lesson() is None
    html = client.get(second.url).text
    assert first.url in html and third.url in html


def test_quiz_is_marked_on_the_server_when_javascript_is_off(client, course):
    lesson = LessonPageFactory(
        parent=course,
        quiz=[
            quiz_question("Mã OTP có được đưa cho người khác không?", ["Có", "Không"], correct=1),
            quiz_question("Mật khẩu nên dài bao nhiêu?", ["4 ký tự", "Từ 8 ký tự"], correct=1),
        ],
    )

    unanswered = client.get(lesson.url)
    answered = client.get(lesson.url, {"cau-1": "1", "cau-2": "0"})

    assert unanswered.context["quiz_result"] is None
    assert 'name="cau-1"' in unanswered.text
    assert answered.context["quiz_result"]["correct"] == 1
    assert answered.context["quiz_result"]["total"] == 2
    assert "1/2" in answered.text


@pytest.mark.parametrize("answer", ["9", "-1", "abc", ""])
def test_quiz_ignores_nonsense_answers(client, course, answer):
    lesson = LessonPageFactory(parent=course)
    response = client.get(lesson.url, {"cau-1": answer})
    assert response.status_code == 200
    result = response.context["quiz_result"]
    assert result is None or result["correct"] == 0


@pytest.fixture
def video_page(home, guide):
    video = Media(title="Kích hoạt VNeID", type="video", duration=24)
    video.file.save("vneid.mp4", ContentFile(b"\0" * 150_000), save=False)
    video.save()
    page = VideoGuidePageFactory(
        parent=VideoIndexPageFactory(parent=home),
        title="Video: kích hoạt VNeID",
        video=video,
        transcript="<p>Bà con mở ứng dụng VNeID.</p>",
    )
    caption = VideoCaption(page=page, language="vi", label="Tiếng Việt")
    caption.file.save(
        "vneid.vi.vtt", ContentFile(b"WEBVTT\n\n00:00.000 --> 00:02.000\nXin chao\n"), save=False
    )
    caption.save()
    VideoChapter.objects.create(page=page, start=75, title="Chụp giấy chứng sinh", guide=guide, step_number=2)
    return page


def test_video_page_has_captions_transcript_chapters_and_size(client, video_page):
    html = client.get(video_page.url).text

    assert '<track kind="captions"' in html and 'srclang="vi"' in html
    assert "Bà con mở ứng dụng VNeID." in html
    assert "1:15" in html and "Chụp giấy chứng sinh" in html
    assert "146,5" in html  # 150,000 bytes, shown before playing (filesizeformat, Vietnamese)
    assert 'preload="none"' in html


def test_video_chapter_is_linked_from_its_guide_step(client, video_page, guide):
    html = client.get(guide.url).text
    assert f"{video_page.url}?t=75" in html


@pytest.fixture
def news_index(home):
    return NewsIndexPageFactory(parent=home)


def test_news_index_paginates_newest_first_and_filters_by_topic(client, news_index):
    topic = TopicFactory(slug="an-toan-tren-mang", name="An toàn trên mạng")
    for day in range(12):
        NewsPageFactory(parent=news_index, title=f"Tin ngày {day + 1}", date=datetime.date(2026, 9, day + 1))
    NewsPageFactory(
        parent=news_index, title="Cảnh báo lừa đảo", date=datetime.date(2026, 8, 1), topics=[topic]
    )

    first = client.get(news_index.url).text
    second = client.get(news_index.url, {"trang": "2"}).text
    filtered = client.get(news_index.url, {"chu-de": "an-toan-tren-mang"}).text

    assert first.index("Tin ngày 12") < first.index("Tin ngày 11")
    assert "Cảnh báo lừa đảo" not in first and "Cảnh báo lừa đảo" in second
    assert "Cảnh báo lừa đảo" in filtered and "Tin ngày 12" not in filtered
    assert client.get(news_index.url, {"trang": "999"}).status_code == 200
    assert client.get(news_index.url, {"trang": "x"}).status_code == 200


def test_news_article_shows_date_lead_and_related_guides(client, news_index, guide):
    article = NewsPageFactory(
        parent=news_index,
        title="Thư viện tỉnh mở điểm hỗ trợ",
        date=datetime.date(2026, 11, 2),
        lead="Người dân được hướng dẫn miễn phí.",
        hero_caption="Người dân được hướng dẫn",
        hero_credit="Đắk Lắk số",
        related_guides=[{"type": "page", "value": guide.pk}],
    )
    html = client.get(article.url).text
    assert "02/11/2026" in html and "Người dân được hướng dẫn miễn phí." in html
    assert guide.title in html


@pytest.mark.parametrize(
    ("route", "root_tag"), [("rss/", "rss"), ("atom/", "{http://www.w3.org/2005/Atom}feed")]
)
def test_news_feeds_are_valid_xml_with_the_articles(client, news_index, route, root_tag):
    NewsPageFactory(parent=news_index, title="Tin mới nhất")
    response = client.get(news_index.url + route)
    root = ElementTree.fromstring(response.content)
    assert root.tag == root_tag
    assert "Tin mới nhất" in response.text


def test_unknown_address_gets_a_friendly_vietnamese_404(client, home):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.text


def test_search_page_finds_published_guides_only(client, guide_index):
    GuidePageFactory(parent=guide_index, title="Đăng ký kết hôn")
    GuidePageFactory(parent=guide_index, title="Đăng ký kết hôn (bản nháp)", live=False)
    text = strip_tags(client.get("/search/", {"q": "kết hôn"}).text)
    assert "Đăng ký kết hôn" in text and "bản nháp" not in text


@pytest.mark.parametrize("query", ["", "x" * 2000, '" * ? ~ : \\ / [ ] { } ( ) ^ ! + - && ||', "a\x00b\x07"])
def test_search_page_never_fails_on_odd_input(client, home, query):
    assert client.get("/search/", {"q": query, "page": "abc"}).status_code == 200


def test_guides_out_of_date_use_the_check_interval(guide_index):
    old = GuidePageFactory(parent=guide_index, facts_checked_on=datetime.date(2020, 1, 1))
    never = GuidePageFactory(parent=guide_index, facts_checked_on=None)
    fresh = GuidePageFactory(parent=guide_index)
    assert old.facts_need_checking and never.facts_need_checking
    assert not GuidePage.objects.get(pk=fresh.pk).facts_need_checking


def test_server_error_page_is_vietnamese_and_standalone():
    from django.template.loader import render_to_string

    html = render_to_string("500.html")
    assert '<html lang="vi"' in html and "Xin lỗi" in html


def test_meta_description_is_escaped_once(client, guide_index):
    """A summary with "&" or quotes reaches search engines and link previews as typed."""
    guide = GuidePageFactory(parent=guide_index, title="Cấp bản sao", summary='Giấy tờ & lệ phí "mới"')

    html = client.get(guide.url).text

    assert '<meta name="description" content="Giấy tờ &amp; lệ phí &quot;mới&quot;">' in html


def test_pagination_shows_the_pages_near_the_current_one_and_both_ends(rf):
    """A search may find a thousand pages: the bar keeps them reachable without listing all."""
    request = rf.get("/search/", {"q": "dang ky", "page": "50"})
    page_obj = Paginator(range(1000), 10).page(50)
    html = render_to_string("components/pagination.html", {"page_obj": page_obj}, request=request)

    numbers = [int(n) for n in re.findall(r"</span>(\d+)</a>", html)]
    assert numbers == [1, 48, 49, 50, 51, 52, 100]
    assert html.count("…") == 2
    assert 'aria-current="page" href="?q=dang+ky&amp;page=50"' in html
    assert 'rel="next" href="?q=dang+ky&amp;page=51"' in html
