"""Pages that are not Wagtail pages: a topic's landing page."""

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, Q, Window
from django.http import Http404
from django.shortcuts import render

from core.models import Topic
from core.pages import active_locale_id, for_cards, public
from guides.models import GuidePage
from lessons.models import CoursePage
from news.models import NewsPage
from videos.models import VideoGuidePage

# A topic page lists its guides this many at a time (?trang=N, as the news index): the biggest
# topics of a province have hundreds, far too many for a cheap phone on slow mobile data.
# Eight rows of three cards on a wide screen.
GUIDES_PER_PAGE = 24
# Courses and videos are few on a topic: past this many the page only says how many there are.
COURSES_AND_VIDEOS_SHOWN = 12
NEWS_SHOWN = 10


def find_topic(slug, locale_id):
    """The topic in the visitor's language, else in Vietnamese: guides not yet translated keep
    the Vietnamese topic, and the guide index links to it in the visitor's language."""
    found = {
        topic.locale_id: topic
        for topic in Topic.objects.filter(
            Q(locale_id=locale_id) | Q(locale__language_code=settings.LANGUAGE_CODE), slug=slug
        )
    }
    topic = found.get(locale_id) or next(iter(found.values()), None)
    if topic is None:
        raise Http404
    return topic


def pages_about(pages, topic, locale_id, field="topic"):
    """The live, public pages in the visitor's language on the topic (in any of its
    translations), with only what their cards show."""
    pages = pages.live().filter(locale_id=locale_id, **{f"{field}__translation_key": topic.translation_key})
    return for_cards(public(pages))


def first_of(pages, limit):
    """The first `limit` pages and how many there are in all, in one query."""
    shown = list(pages.annotate(total=Window(Count("pk")))[:limit])
    return shown, shown[0].total if shown else 0


def topic_detail(request, slug):
    """Everything published about one topic, in the visitor's language: guides first, a page
    of them at a time."""
    locale_id = active_locale_id()
    topic = find_topic(slug, locale_id)
    guides = pages_about(GuidePage.objects, topic, locale_id).order_by("title", "pk")
    courses, course_count = first_of(
        pages_about(CoursePage.objects, topic, locale_id).order_by("title", "pk"), COURSES_AND_VIDEOS_SHOWN
    )
    videos, video_count = first_of(
        pages_about(VideoGuidePage.objects, topic, locale_id).order_by("title", "pk"),
        COURSES_AND_VIDEOS_SHOWN,
    )
    news = pages_about(NewsPage.objects, topic, locale_id, "topics").order_by("-date", "-pk")[:NEWS_SHOWN]
    return render(
        request,
        "core/topic_detail.html",
        {
            "topic": topic,
            # The nearest page for a number out of range, the first for one that is not a number.
            "guides": Paginator(guides, GUIDES_PER_PAGE).get_page(request.GET.get("trang")),
            "courses": courses,
            "course_count": course_count,
            "videos": videos,
            "video_count": video_count,
            "news": news,
        },
    )
