"""Pages read little from the database and still show exactly what they should: routing that
reads each page once, private sections kept between requests, breadcrumbs from routing
(core/pages.py, core/templatetags/site_tags.py)."""

import pytest
from django.core.cache import cache
from wagtail.models import PageViewRestriction

from videos.models import VideoChapter

from .factories import (
    CourseIndexPageFactory,
    CoursePageFactory,
    GuidePageFactory,
    LessonPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    VideoGuidePageFactory,
    VideoIndexPageFactory,
    step,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def shared_cache(settings):
    """As in production with Redis: what every page shares is kept between requests."""
    settings.CACHE_SHARED_BY_PROCESSES = True
    cache.clear()
    yield
    cache.clear()


def test_a_page_made_private_leaves_lists_and_cached_copies_at_once(
    client, settings, shared_cache, guide_index
):
    settings.PAGE_CACHE_SECONDS = 300
    guide = GuidePageFactory(parent=guide_index, title="Hướng dẫn nội bộ")
    assert "Hướng dẫn nội bộ" in client.get(guide_index.url).text
    client.get(guide.url)
    assert client.get(guide.url)["X-Cache"] == "hit"

    PageViewRestriction.objects.create(page=guide, restriction_type="password", password="mat-khau")

    assert "Hướng dẫn nội bộ" not in client.get(guide_index.url).text
    assert b'name="password"' in client.get(guide.url).content


def test_a_guide_step_links_only_chapters_of_live_public_videos(client, home, guide_index):
    guide = GuidePageFactory(parent=guide_index, steps=[step("Mở ứng dụng VNeID")])
    videos = VideoIndexPageFactory(parent=home)
    public = VideoGuidePageFactory(parent=videos)
    private = VideoGuidePageFactory(parent=videos)
    draft = VideoGuidePageFactory(parent=videos, live=False)
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    for page, start in ((public, 75), (private, 90), (draft, 105)):
        VideoChapter.objects.create(page=page, start=start, title="Mở ứng dụng", guide=guide, step_number=1)

    html = client.get(guide.url).text

    assert f"{public.url}?t=75" in html
    assert "?t=90" not in html and "?t=105" not in html


def test_pages_below_an_index_and_the_index_own_routes_are_served(client, home):
    news_index = NewsIndexPageFactory(parent=home)
    article = NewsPageFactory(parent=news_index, title="Lớp học ở buôn Ako Dhông")
    odd_child = GuidePageFactory(parent=news_index, title="Trang lạc loại")  # not a NewsPage

    assert "Lớp học ở buôn Ako Dhông" in client.get(article.url).text
    assert client.get(f"{news_index.url}rss/").status_code == 200  # a route of the index itself
    assert "Trang lạc loại" in client.get(odd_child.url).text  # found as Wagtail finds it
    assert client.get(f"{news_index.url}khong-co/").status_code == 404
    assert client.get("/khong-co/").status_code == 404


def test_breadcrumbs_lead_from_the_home_page_down_when_served_and_previewed(client, home):
    course = CoursePageFactory(
        parent=CourseIndexPageFactory(parent=home, title="Các khóa học"), title="Làm quen"
    )
    lesson = LessonPageFactory(parent=course, title="Bật máy")

    for html in (client.get(lesson.url).text, lesson.make_preview_request().render().text):
        start = html.index('class="breadcrumbs"')
        trail = html[start : html.index("</nav>", start)]
        names = ["Trang chủ", "Các khóa học", "Làm quen", "Bật máy"]
        assert [trail.index(name) for name in names] == sorted(trail.index(name) for name in names)
