"""`manage.py load_demo_content`: a complete Vietnamese demo site, safe to run twice."""

import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision

from core.models import Topic
from guides.models import GuidePage
from lessons.models import CoursePage, LessonPage
from news.models import NewsPage
from videos.models import VideoGuidePage


def counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "topics": Topic.objects.count(),
        "guides": GuidePage.objects.live().count(),
    }


@pytest.fixture
def demo(home):
    call_command("load_demo_content")


def test_demo_content_is_complete(demo):
    assert GuidePage.objects.live().count() >= 12
    assert CoursePage.objects.live().count() == 2
    assert LessonPage.objects.live().count() >= 6
    assert NewsPage.objects.live().count() >= 6
    videos = VideoGuidePage.objects.live()
    assert videos.count() == 2
    for video in videos:
        assert video.video.file.size > 0 and video.audio_version.file.size > 0
        assert video.captions.first().file.read().startswith(b"WEBVTT")
    assert all(lesson.quiz for lesson in LessonPage.objects.all())
    assert Topic.objects.count() == 10


def test_loading_twice_changes_nothing(demo):
    before = counts()
    call_command("load_demo_content")
    assert counts() == before


def test_every_demo_page_renders(demo, client):
    for page in Page.objects.live().filter(depth__gte=2).specific():
        response = client.get(page.url)
        assert response.status_code == 200, page.url
