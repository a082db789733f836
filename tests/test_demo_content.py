"""`manage.py load_demo_content`: a complete Vietnamese demo site, safe to run twice.

One test on purpose: loading the demo (with a generated video and every page mirrored into
four other languages) takes a while, so it is loaded once and checked thoroughly.
"""

from django.core.management import call_command
from wagtail.models import Locale, Page, Revision

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
        "locales": Locale.objects.count(),
    }


def check_complete(vi):
    assert GuidePage.objects.live().filter(locale=vi).count() >= 12
    assert CoursePage.objects.live().filter(locale=vi).count() == 2
    assert LessonPage.objects.live().filter(locale=vi).count() >= 6
    assert NewsPage.objects.live().filter(locale=vi).count() >= 6
    videos = VideoGuidePage.objects.live().filter(locale=vi)
    assert videos.count() == 2
    for video in videos:
        assert video.video.file.size > 0 and video.audio_version.file.size > 0
        assert video.captions.first().file.read().startswith(b"WEBVTT")
    assert all(lesson.quiz for lesson in LessonPage.objects.filter(locale=vi))
    assert Topic.objects.filter(locale=vi).count() == 10


def test_demo_content_is_complete_renders_and_loads_idempotently(home, client):
    call_command("load_demo_content")
    vi = Locale.get_default()
    check_complete(vi)
    for page in Page.objects.live().filter(depth__gte=2, locale=vi).specific():
        assert client.get(page.url).status_code == 200, page.url
    # Every Vietnamese page is reachable in every other language (translated or not).
    for code in ("rad", "jra", "mng", "en"):
        assert (
            Page.objects.live().filter(locale__language_code=code).count()
            >= Page.objects.filter(locale=vi, depth__gte=2).count()
        )

    before = counts()
    call_command("load_demo_content")
    assert counts() == before
